from typing import Literal

GttProductType = Literal["CNC", "NRML"]

GTT_PRODUCT_TYPE_VALUES: set[GttProductType] = {
    "CNC",
    "NRML",
}


def check_gtt_product_type(value: str) -> GttProductType:
    if value in GTT_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GTT_PRODUCT_TYPE_VALUES!r}")
