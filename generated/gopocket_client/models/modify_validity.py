from typing import Literal

ModifyValidity = Literal["", "DAY", "IOC", "NET"]

MODIFY_VALIDITY_VALUES: set[ModifyValidity] = {
    "",
    "DAY",
    "IOC",
    "NET",
}


def check_modify_validity(value: str) -> ModifyValidity:
    if value in MODIFY_VALIDITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFY_VALIDITY_VALUES!r}")
