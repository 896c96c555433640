from typing import Literal

RegularProductType = Literal["CNC", "MIS", "NRML"]

REGULAR_PRODUCT_TYPE_VALUES: set[RegularProductType] = {
    "CNC",
    "MIS",
    "NRML",
}


def check_regular_product_type(value: str) -> RegularProductType:
    if value in REGULAR_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGULAR_PRODUCT_TYPE_VALUES!r}")
