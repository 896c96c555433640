from typing import Literal

StreamRequestBodyRequestType = Literal["subscribe", "unsubscribe"]

STREAM_REQUEST_BODY_REQUEST_TYPE_VALUES: set[StreamRequestBodyRequestType] = {
    "subscribe",
    "unsubscribe",
}


def check_stream_request_body_request_type(value: str) -> StreamRequestBodyRequestType:
    if value in STREAM_REQUEST_BODY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_REQUEST_BODY_REQUEST_TYPE_VALUES!r}"
    )
