from typing import Literal

RegularOrderType = Literal["L", "MKT", "SL", "SL-M"]

REGULAR_ORDER_TYPE_VALUES: set[RegularOrderType] = {
    "L",
    "MKT",
    "SL",
    "SL-M",
}


def check_regular_order_type(value: str) -> RegularOrderType:
    if value in REGULAR_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGULAR_ORDER_TYPE_VALUES!r}")
