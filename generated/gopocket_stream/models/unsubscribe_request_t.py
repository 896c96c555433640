from typing import Literal

UnsubscribeRequestT = Literal["u", "ud"]

UNSUBSCRIBE_REQUEST_T_VALUES: set[UnsubscribeRequestT] = {
    "u",
    "ud",
}


def check_unsubscribe_request_t(value: str) -> UnsubscribeRequestT:
    if value in UNSUBSCRIBE_REQUEST_T_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_REQUEST_T_VALUES!r}")
