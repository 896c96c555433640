from typing import Literal

ProductCode = Literal["B", "C", "H", "I", "M"]

PRODUCT_CODE_VALUES: set[ProductCode] = {
    "B",
    "C",
    "H",
    "I",
    "M",
}


def check_product_code(value: str) -> ProductCode:
    if value in PRODUCT_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_CODE_VALUES!r}")
