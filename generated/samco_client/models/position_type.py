from typing import Literal

PositionType = Literal["DAY", "NET"]

POSITION_TYPE_VALUES: set[PositionType] = {
    "DAY",
    "NET",
}


def check_position_type(value: str) -> PositionType:
    if value in POSITION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSITION_TYPE_VALUES!r}")
