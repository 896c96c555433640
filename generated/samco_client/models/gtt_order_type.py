from typing import Literal

GttOrderType = Literal["L", "MKT"]

GTT_ORDER_TYPE_VALUES: set[GttOrderType] = {
    "L",
    "MKT",
}


def check_gtt_order_type(value: str) -> GttOrderType:
    if value in GTT_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GTT_ORDER_TYPE_VALUES!r}")
