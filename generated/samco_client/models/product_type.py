from typing import Literal

ProductType = Literal["BO", "CNC", "CO", "MIS", "NRML"]

PRODUCT_TYPE_VALUES: set[ProductType] = {
    "BO",
    "CNC",
    "CO",
    "MIS",
    "NRML",
}


def check_product_type(value: str) -> ProductType:
    if value in PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_TYPE_VALUES!r}")
