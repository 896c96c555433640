from typing import Literal

PosType = Literal["DAY", "NET"]

POS_TYPE_VALUES: set[PosType] = {
    "DAY",
    "NET",
}


def check_pos_type(value: str) -> PosType:
    if value in POS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POS_TYPE_VALUES!r}")
