from typing import Literal

GttTypeOpenType0 = Literal["SINGLE"]

GTT_TYPE_OPEN_TYPE_0_VALUES: set[GttTypeOpenType0] = {
    "SINGLE",
}


def check_gtt_type_open_type_0(value: str) -> GttTypeOpenType0:
    if value in GTT_TYPE_OPEN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GTT_TYPE_OPEN_TYPE_0_VALUES!r}")
