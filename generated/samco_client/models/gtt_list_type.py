from typing import Literal

GttListType = Literal["active", "expired", "triggered"]

GTT_LIST_TYPE_VALUES: set[GttListType] = {
    "active",
    "expired",
    "triggered",
}


def check_gtt_list_type(value: str) -> GttListType:
    if value in GTT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GTT_LIST_TYPE_VALUES!r}")
