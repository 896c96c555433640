from typing import Literal

StreamRequestBodyResponseFormat = Literal["json"]

STREAM_REQUEST_BODY_RESPONSE_FORMAT_VALUES: set[StreamRequestBodyResponseFormat] = {
    "json",
}


def check_stream_request_body_response_format(value: str) -> StreamRequestBodyResponseFormat:
    if value in STREAM_REQUEST_BODY_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_REQUEST_BODY_RESPONSE_FORMAT_VALUES!r}"
    )
