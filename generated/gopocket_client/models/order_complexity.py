from typing import Literal

OrderComplexity = Literal["AMO", "BO", "CO", "REGULAR"]

ORDER_COMPLEXITY_VALUES: set[OrderComplexity] = {
    "AMO",
    "BO",
    "CO",
    "REGULAR",
}


def check_order_complexity(value: str) -> OrderComplexity:
    if value in ORDER_COMPLEXITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_COMPLEXITY_VALUES!r}")
