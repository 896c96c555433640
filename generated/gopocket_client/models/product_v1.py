from typing import Literal

ProductV1 = Literal[
    "BNPL", "CNC", "DELIVERY", "GTT", "INTRADAY", "LONGTERM", "MIS", "MTF", "NORMAL"
]

PRODUCT_V1_VALUES: set[ProductV1] = {
    "BNPL",
    "CNC",
    "DELIVERY",
    "GTT",
    "INTRADAY",
    "LONGTERM",
    "MIS",
    "MTF",
    "NORMAL",
}


def check_product_v1(value: str) -> ProductV1:
    if value in PRODUCT_V1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_V1_VALUES!r}")
