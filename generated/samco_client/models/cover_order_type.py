from typing import Literal

CoverOrderType = Literal["L"]

COVER_ORDER_TYPE_VALUES: set[CoverOrderType] = {
    "L",
}


def check_cover_order_type(value: str) -> CoverOrderType:
    if value in COVER_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COVER_ORDER_TYPE_VALUES!r}")
