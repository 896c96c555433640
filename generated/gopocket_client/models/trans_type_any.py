from typing import Literal

TransTypeAny = Literal["B", "BUY", "S", "SELL"]

TRANS_TYPE_ANY_VALUES: set[TransTypeAny] = {
    "B",
    "BUY",
    "S",
    "SELL",
}


def check_trans_type_any(value: str) -> TransTypeAny:
    if value in TRANS_TYPE_ANY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANS_TYPE_ANY_VALUES!r}")
