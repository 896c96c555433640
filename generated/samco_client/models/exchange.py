from typing import Literal

Exchange = Literal["BFO", "BSE", "CDS", "MCX", "MFO", "NFO", "NSE"]

EXCHANGE_VALUES: set[Exchange] = {
    "BFO",
    "BSE",
    "CDS",
    "MCX",
    "MFO",
    "NFO",
    "NSE",
}


def check_exchange(value: str) -> Exchange:
    if value in EXCHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_VALUES!r}")
