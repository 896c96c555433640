from typing import Literal

ExchangeSegment = Literal["BSE_EQ", "IDX_I", "MCX_COMM", "NSE_CURRENCY", "NSE_EQ", "NSE_FNO"]

EXCHANGE_SEGMENT_VALUES: set[ExchangeSegment] = {
    "BSE_EQ",
    "IDX_I",
    "MCX_COMM",
    "NSE_CURRENCY",
    "NSE_EQ",
    "NSE_FNO",
}


def check_exchange_segment(value: str) -> ExchangeSegment:
    if value in EXCHANGE_SEGMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_SEGMENT_VALUES!r}")
