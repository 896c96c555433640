from typing import Literal

EnvelopeStatus = Literal["error", "Not_ok", "Not_Ok", "Ok"]

ENVELOPE_STATUS_VALUES: set[EnvelopeStatus] = {
    "error",
    "Not_ok",
    "Not_Ok",
    "Ok",
}


def check_envelope_status(value: str) -> EnvelopeStatus:
    if value in ENVELOPE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENVELOPE_STATUS_VALUES!r}")
