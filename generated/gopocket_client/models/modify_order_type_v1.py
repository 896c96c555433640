from typing import Literal

ModifyOrderTypeV1 = Literal["", "LIMIT", "MARKET", "SL", "SLM"]

MODIFY_ORDER_TYPE_V1_VALUES: set[ModifyOrderTypeV1] = {
    "",
    "LIMIT",
    "MARKET",
    "SL",
    "SLM",
}


def check_modify_order_type_v1(value: str) -> ModifyOrderTypeV1:
    if value in MODIFY_ORDER_TYPE_V1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFY_ORDER_TYPE_V1_VALUES!r}")
