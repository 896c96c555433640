from typing import Literal

OrderTypeOpenType0 = Literal["L", "MKT", "SL", "SL-M"]

ORDER_TYPE_OPEN_TYPE_0_VALUES: set[OrderTypeOpenType0] = {
    "L",
    "MKT",
    "SL",
    "SL-M",
}


def check_order_type_open_type_0(value: str) -> OrderTypeOpenType0:
    if value in ORDER_TYPE_OPEN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_TYPE_OPEN_TYPE_0_VALUES!r}"
    )
