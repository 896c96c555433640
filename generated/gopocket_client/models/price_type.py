from typing import Literal

PriceType = Literal["L", "MKT", "SL", "SL-M"]

PRICE_TYPE_VALUES: set[PriceType] = {
    "L",
    "MKT",
    "SL",
    "SL-M",
}


def check_price_type(value: str) -> PriceType:
    if value in PRICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICE_TYPE_VALUES!r}")
