from typing import Literal

Exchange = Literal["BCD", "BSE", "CDS", "MCX", "NFO", "NSE"]

EXCHANGE_VALUES: set[Exchange] = {
    "BCD",
    "BSE",
    "CDS",
    "MCX",
    "NFO",
    "NSE",
}


def check_exchange(value: str) -> Exchange:
    if value in EXCHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_VALUES!r}")
