from typing import Literal

ExitOrderComplexity = Literal["BO", "CO"]

EXIT_ORDER_COMPLEXITY_VALUES: set[ExitOrderComplexity] = {
    "BO",
    "CO",
}


def check_exit_order_complexity(value: str) -> ExitOrderComplexity:
    if value in EXIT_ORDER_COMPLEXITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXIT_ORDER_COMPLEXITY_VALUES!r}")
