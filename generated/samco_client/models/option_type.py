from typing import Literal

OptionType = Literal["CE", "PE"]

OPTION_TYPE_VALUES: set[OptionType] = {
    "CE",
    "PE",
}


def check_option_type(value: str) -> OptionType:
    if value in OPTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTION_TYPE_VALUES!r}")
