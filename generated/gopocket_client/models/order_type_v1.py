from typing import Literal

OrderTypeV1 = Literal["LIMIT", "MARKET", "SL", "SLM"]

ORDER_TYPE_V1_VALUES: set[OrderTypeV1] = {
    "LIMIT",
    "MARKET",
    "SL",
    "SLM",
}


def check_order_type_v1(value: str) -> OrderTypeV1:
    if value in ORDER_TYPE_V1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_TYPE_V1_VALUES!r}")
