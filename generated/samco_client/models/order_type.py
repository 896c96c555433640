from typing import Literal

OrderType = Literal["L", "SL"]

ORDER_TYPE_VALUES: set[OrderType] = {
    "L",
    "SL",
}


def check_order_type(value: str) -> OrderType:
    if value in ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_TYPE_VALUES!r}")
