from typing import Literal

Product = Literal["CNC", "GTT", "MIS", "MTF", "NRML"]

PRODUCT_VALUES: set[Product] = {
    "CNC",
    "GTT",
    "MIS",
    "MTF",
    "NRML",
}


def check_product(value: str) -> Product:
    if value in PRODUCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_VALUES!r}")
