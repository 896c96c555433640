from typing import Literal

ChartInstrument = Literal[
    "EQUITY",
    "FUTCOM",
    "FUTCUR",
    "FUTIDX",
    "FUTSTK",
    "INDEX",
    "OPTCUR",
    "OPTFUT",
    "OPTIDX",
    "OPTSTK",
]

CHART_INSTRUMENT_VALUES: set[ChartInstrument] = {
    "EQUITY",
    "FUTCOM",
    "FUTCUR",
    "FUTIDX",
    "FUTSTK",
    "INDEX",
    "OPTCUR",
    "OPTFUT",
    "OPTIDX",
    "OPTSTK",
}


def check_chart_instrument(value: str) -> ChartInstrument:
    if value in CHART_INSTRUMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHART_INSTRUMENT_VALUES!r}")
