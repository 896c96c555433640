from typing import Literal

SubscribeRequestT = Literal["d", "t"]

SUBSCRIBE_REQUEST_T_VALUES: set[SubscribeRequestT] = {
    "d",
    "t",
}


def check_subscribe_request_t(value: str) -> SubscribeRequestT:
    if value in SUBSCRIBE_REQUEST_T_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_REQUEST_T_VALUES!r}")
