from typing import Literal

OrderValidity = Literal["DAY", "IOC"]

ORDER_VALIDITY_VALUES: set[OrderValidity] = {
    "DAY",
    "IOC",
}


def check_order_validity(value: str) -> OrderValidity:
    if value in ORDER_VALIDITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_VALIDITY_VALUES!r}")
