from typing import Literal

AnalyserExchange = Literal["BFO", "NFO"]

ANALYSER_EXCHANGE_VALUES: set[AnalyserExchange] = {
    "BFO",
    "NFO",
}


def check_analyser_exchange(value: str) -> AnalyserExchange:
    if value in ANALYSER_EXCHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSER_EXCHANGE_VALUES!r}")
