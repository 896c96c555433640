from typing import Literal

TransType = Literal["B", "S"]

TRANS_TYPE_VALUES: set[TransType] = {
    "B",
    "S",
}


def check_trans_type(value: str) -> TransType:
    if value in TRANS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANS_TYPE_VALUES!r}")
