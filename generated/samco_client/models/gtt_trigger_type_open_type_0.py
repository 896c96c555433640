from typing import Literal

GttTriggerTypeOpenType0 = Literal["STOPLOSS", "TARGET"]

GTT_TRIGGER_TYPE_OPEN_TYPE_0_VALUES: set[GttTriggerTypeOpenType0] = {
    "STOPLOSS",
    "TARGET",
}


def check_gtt_trigger_type_open_type_0(value: str) -> GttTriggerTypeOpenType0:
    if value in GTT_TRIGGER_TYPE_OPEN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GTT_TRIGGER_TYPE_OPEN_TYPE_0_VALUES!r}"
    )
