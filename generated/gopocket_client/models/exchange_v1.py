from typing import Literal

ExchangeV1 = Literal[
    "BCD", "BCO", "BFO", "BSE", "CDS", "INDICES", "MCX", "NCDEX", "NCO", "NFO", "NSE"
]

EXCHANGE_V1_VALUES: set[ExchangeV1] = {
    "BCD",
    "BCO",
    "BFO",
    "BSE",
    "CDS",
    "INDICES",
    "MCX",
    "NCDEX",
    "NCO",
    "NFO",
    "NSE",
}


def check_exchange_v1(value: str) -> ExchangeV1:
    if value in EXCHANGE_V1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_V1_VALUES!r}")
