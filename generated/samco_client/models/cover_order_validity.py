from typing import Literal

CoverOrderValidity = Literal["DAY"]

COVER_ORDER_VALIDITY_VALUES: set[CoverOrderValidity] = {
    "DAY",
}


def check_cover_order_validity(value: str) -> CoverOrderValidity:
    if value in COVER_ORDER_VALIDITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COVER_ORDER_VALIDITY_VALUES!r}")
