from typing import Literal

GainLossStatus = Literal["close", "open"]

GAIN_LOSS_STATUS_VALUES: set[GainLossStatus] = {
    "close",
    "open",
}


def check_gain_loss_status(value: str) -> GainLossStatus:
    if value in GAIN_LOSS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GAIN_LOSS_STATUS_VALUES!r}")
