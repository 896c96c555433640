"""Good-till-triggered orders (GTT) and one-cancels-other pairs (OCO) kept by the broker.

Broker-neutral: a wire adapter parses its requests into :class:`Gtt` s (what it echoes back
goes in their ``wire`` fields), keeps them in a :class:`TriggerBook` and builds its answers
from them. Before every call :meth:`TriggerBook.check` looks at the market since the last
check, minute by minute (:meth:`~broker_overlays.mock.engine.Exchange.touched`): the first
trigger reached fires, placing its order through the engine then (the adapter builds the
order), and an OCO's other leg is cancelled. A GTT on a contract past its expiry that never
fired is expired.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from broker_overlays.auth.clock import IST
from broker_overlays.mock.engine import CANCELLED, REJECTED, Exchange, Order, Refused
from broker_overlays.mock.universe import Instrument

__all__ = ["TRIGGERED", "WAITING", "Gtt", "Place", "TriggerBook", "TriggerLeg"]

WAITING, TRIGGERED = "", "triggered"
"""Leg statuses besides the engine's REJECTED (its order was) and CANCELLED (the other leg
of its OCO fired)."""


@dataclass
class TriggerLeg:
    """One trigger of a GTT (one leg) or of an OCO pair (two)."""

    trigger_id: str
    quantity: int
    trigger: Decimal
    limit: Decimal
    ltp_at_creation: Decimal
    wire: dict[str, str] = field(default_factory=dict)
    """What the adapter echoes back as sent (prices as written, leg type ...)."""
    status: str = WAITING
    triggered_at: datetime | None = None
    order_number: str = ""
    reject_reason: str = ""

    @property
    def rising(self) -> bool:
        """Fires when the price rises to the trigger (else when it falls to it)."""
        return self.trigger >= self.ltp_at_creation


@dataclass
class Gtt:
    """A good-till-triggered order (one leg) or OCO pair (two legs), kept by the broker."""

    gtt_id: str
    instrument: Instrument
    side: str
    product: str
    created_at: datetime
    checked_at: datetime
    """The market was checked against the triggers up to here."""
    legs: dict[str, TriggerLeg]
    """By the adapter's leg names."""
    wire: dict[str, str] = field(default_factory=dict)
    """What the adapter echoes back as sent (order type, market protection ...)."""

    @property
    def oco(self) -> bool:
        return len(self.legs) > 1

    @property
    def triggered(self) -> bool:
        return any(leg.status for leg in self.legs.values())

    def expired(self, today: date) -> bool:
        expiry = self.instrument.expiry
        return bool(expiry) and not self.triggered and date.fromisoformat(expiry) < today


Place = Callable[[Gtt, TriggerLeg], Order]
"""Places a fired leg's order through the engine (the adapter's order for it)."""


class TriggerBook:
    """The account's GTTs by id, with the ids of new GTTs and legs."""

    def __init__(self, first_id: int, first_leg_id: int) -> None:
        self.gtts: dict[str, Gtt] = {}
        self._ids = itertools.count(first_id)
        self._leg_ids = itertools.count(first_leg_id)

    def __len__(self) -> int:
        return len(self.gtts)

    def next_id(self) -> str:
        return str(next(self._ids))

    def next_leg_id(self) -> str:
        return str(next(self._leg_ids))

    def get(self, gtt_id: str) -> Gtt | None:
        return self.gtts.get(gtt_id)

    def add(self, gtt: Gtt, replaces: Gtt | None = None) -> None:
        """Keep ``gtt`` (in place of ``replaces``, a modify)."""
        if replaces is not None:
            self.remove(replaces)
        self.gtts[gtt.gtt_id] = gtt

    def remove(self, gtt: Gtt) -> None:
        del self.gtts[gtt.gtt_id]

    def check(self, exchange: Exchange, now: datetime, place: Place) -> None:
        """Check the market up to ``now`` against every waiting trigger: the first one reached
        fires (``place``); an OCO's other leg is cancelled."""
        today = now.astimezone(IST).date()
        for gtt in list(self.gtts.values()):
            if gtt.triggered or gtt.expired(today):
                continue
            since, gtt.checked_at = gtt.checked_at, max(gtt.checked_at, now)
            hits = []
            for leg in gtt.legs.values():
                at = exchange.touched(gtt.instrument, leg.trigger, leg.rising, since, now)
                if at is not None:
                    hits.append((at, leg.trigger_id, leg))
            if hits:
                at, _, leg = min(hits, key=lambda hit: hit[:2])
                self._fire(exchange, gtt, leg, at, place)

    @staticmethod
    def _fire(exchange: Exchange, gtt: Gtt, leg: TriggerLeg, at: datetime, place: Place) -> None:
        leg.status, leg.triggered_at = TRIGGERED, at
        try:
            order = place(gtt, leg)
        except Refused as exc:
            leg.status, leg.reject_reason = REJECTED, exchange.message(exc.code, **exc.detail)
        else:
            leg.order_number = order.number
            if order.status == REJECTED:
                leg.status, leg.reject_reason = REJECTED, order.rejection
        for other in gtt.legs.values():
            if other is not leg:
                other.status = CANCELLED
