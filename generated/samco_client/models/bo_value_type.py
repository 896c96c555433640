from typing import Literal

BoValueType = Literal["Absolute", "Ticks"]

BO_VALUE_TYPE_VALUES: set[BoValueType] = {
    "Absolute",
    "Ticks",
}


def check_bo_value_type(value: str) -> BoValueType:
    if value in BO_VALUE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BO_VALUE_TYPE_VALUES!r}")
