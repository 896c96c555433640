from typing import Literal

ChainExchange = Literal["BFO", "CDS", "MCX", "MFO", "NFO"]

CHAIN_EXCHANGE_VALUES: set[ChainExchange] = {
    "BFO",
    "CDS",
    "MCX",
    "MFO",
    "NFO",
}


def check_chain_exchange(value: str) -> ChainExchange:
    if value in CHAIN_EXCHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAIN_EXCHANGE_VALUES!r}")
