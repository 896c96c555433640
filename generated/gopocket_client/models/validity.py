from typing import Literal

Validity = Literal["DAY", "IOC", "NET"]

VALIDITY_VALUES: set[Validity] = {
    "DAY",
    "IOC",
    "NET",
}


def check_validity(value: str) -> Validity:
    if value in VALIDITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDITY_VALUES!r}")
