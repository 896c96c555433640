"""Compatibility names of the mock market (the engine and universe modules hold them now).

``OrderAcceptance`` and the seeded universe keep their old import paths here:
``from broker_overlays.mock.market import OrderAcceptance`` still works. See
:mod:`broker_overlays.mock.engine` (the exchange), :mod:`broker_overlays.mock.prices` (the
moving market) and :mod:`broker_overlays.mock.universe` (the symbol universe).
"""

from __future__ import annotations

from broker_overlays.mock.engine import (
    ZERO,
    Holding,
    Numbers,
    OrderAcceptance,
    Position,
    Trade,
    cents,
    margin_factor,
)
from broker_overlays.mock.universe import DEFAULT_HOLDINGS as HOLDINGS
from broker_overlays.mock.universe import DEFAULT_INSTRUMENTS as INSTRUMENTS
from broker_overlays.mock.universe import Instrument
from broker_overlays.mock.universe import Universe as Instruments
from broker_overlays.mock.wire import money

__all__ = [
    "HOLDINGS",
    "INSTRUMENTS",
    "ZERO",
    "Holding",
    "Instrument",
    "Instruments",
    "Numbers",
    "OrderAcceptance",
    "Position",
    "Trade",
    "cents",
    "margin_factor",
    "money",
]
