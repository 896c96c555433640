from typing import Literal

CoverProductType = Literal["CO"]

COVER_PRODUCT_TYPE_VALUES: set[CoverProductType] = {
    "CO",
}


def check_cover_product_type(value: str) -> CoverProductType:
    if value in COVER_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COVER_PRODUCT_TYPE_VALUES!r}")
