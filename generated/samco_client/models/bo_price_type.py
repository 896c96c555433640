from typing import Literal

BoPriceType = Literal["ATP", "LTP"]

BO_PRICE_TYPE_VALUES: set[BoPriceType] = {
    "ATP",
    "LTP",
}


def check_bo_price_type(value: str) -> BoPriceType:
    if value in BO_PRICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BO_PRICE_TYPE_VALUES!r}")
