from typing import Literal

GttTriggerStatusOpenType0 = Literal["", "CANCELLED", "REJECTED", "TRIGGERED"]

GTT_TRIGGER_STATUS_OPEN_TYPE_0_VALUES: set[GttTriggerStatusOpenType0] = {
    "",
    "CANCELLED",
    "REJECTED",
    "TRIGGERED",
}


def check_gtt_trigger_status_open_type_0(value: str) -> GttTriggerStatusOpenType0:
    if value in GTT_TRIGGER_STATUS_OPEN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GTT_TRIGGER_STATUS_OPEN_TYPE_0_VALUES!r}"
    )
