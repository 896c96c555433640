from typing import Literal

BracketProductType = Literal["BO"]

BRACKET_PRODUCT_TYPE_VALUES: set[BracketProductType] = {
    "BO",
}


def check_bracket_product_type(value: str) -> BracketProductType:
    if value in BRACKET_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRACKET_PRODUCT_TYPE_VALUES!r}")
