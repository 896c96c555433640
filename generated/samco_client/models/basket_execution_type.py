from typing import Literal

BasketExecutionType = Literal["allatonce", "chronologically"]

BASKET_EXECUTION_TYPE_VALUES: set[BasketExecutionType] = {
    "allatonce",
    "chronologically",
}


def check_basket_execution_type(value: str) -> BasketExecutionType:
    if value in BASKET_EXECUTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASKET_EXECUTION_TYPE_VALUES!r}")
