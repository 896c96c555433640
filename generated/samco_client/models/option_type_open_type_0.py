from typing import Literal

OptionTypeOpenType0 = Literal["CE", "PE", "XX"]

OPTION_TYPE_OPEN_TYPE_0_VALUES: set[OptionTypeOpenType0] = {
    "CE",
    "PE",
    "XX",
}


def check_option_type_open_type_0(value: str) -> OptionTypeOpenType0:
    if value in OPTION_TYPE_OPEN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPTION_TYPE_OPEN_TYPE_0_VALUES!r}"
    )
