from typing import Literal

OrderType = Literal["AMO", "BO", "CO", "Regular"]

ORDER_TYPE_VALUES: set[OrderType] = {
    "AMO",
    "BO",
    "CO",
    "Regular",
}


def check_order_type(value: str) -> OrderType:
    if value in ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_TYPE_VALUES!r}")
