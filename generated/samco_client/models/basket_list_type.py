from typing import Literal

BasketListType = Literal["ALL", "EXECUTED", "NOT EXECUTED"]

BASKET_LIST_TYPE_VALUES: set[BasketListType] = {
    "ALL",
    "EXECUTED",
    "NOT EXECUTED",
}


def check_basket_list_type(value: str) -> BasketListType:
    if value in BASKET_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASKET_LIST_TYPE_VALUES!r}")
