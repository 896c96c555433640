from typing import Literal

PostbackStatus = Literal["CANCEL", "COMPLETE", "REJECTED", "UPDATE"]

POSTBACK_STATUS_VALUES: set[PostbackStatus] = {
    "CANCEL",
    "COMPLETE",
    "REJECTED",
    "UPDATE",
}


def check_postback_status(value: str) -> PostbackStatus:
    if value in POSTBACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSTBACK_STATUS_VALUES!r}")
