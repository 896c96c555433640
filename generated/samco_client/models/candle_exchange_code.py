from typing import Literal

CandleExchangeCode = Literal["BSE", "CDS", "MCX", "NFO", "NSE"]

CANDLE_EXCHANGE_CODE_VALUES: set[CandleExchangeCode] = {
    "BSE",
    "CDS",
    "MCX",
    "NFO",
    "NSE",
}


def check_candle_exchange_code(value: str) -> CandleExchangeCode:
    if value in CANDLE_EXCHANGE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANDLE_EXCHANGE_CODE_VALUES!r}")
