"""Broker-neutral typed ticks and order events, and the per-symbol merging behind them.

A :class:`Tick` holds the merged record of one instrument (the broker's field names, values
as the broker sent them) plus the typed generated message of the frame that produced it;
its typed views (``ltp: Decimal | None``, ``volume: int | None``, ``bids``/``asks`` ...) are
computed on access, so a tick nobody reads costs no decimal parsing.

Merging: Samco ``quote`` (LTP, OHLC, volume, best bid/ask) and ``quote2`` (5-level depth) of
one symbol are merged into one record (:class:`SamcoMerger`); Noren ``tk``/``dk`` snapshots
replace a record and ``tf``/``df`` partial updates are merged into it (:class:`NorenMerger`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from broker_overlays.auth.clock import IST

_SAMCO_TIME = "%d %b %Y, %I:%M:%S %p"


def decimal_of(text: object) -> Decimal | None:
    """``"1,282.40"`` -> ``Decimal("1282.40")``; ``""``, ``None``, ``"--"`` -> ``None``."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return Decimal(text.replace(",", "") if "," in text else text)
    except InvalidOperation:
        return None


def int_of(text: object) -> int | None:
    value = decimal_of(text)
    return None if value is None else int(value)


@dataclass(frozen=True, slots=True)
class DepthLevel:
    """One level of a depth ladder (best first)."""

    price: Decimal | None
    quantity: int | None
    orders: int | None


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which broker field holds which value of a :class:`Tick`."""

    symbol: str
    ltp: str
    ltq: str
    volume: str
    open: str
    high: str
    low: str
    close: str
    change_percent: str
    oi: str
    bid: str
    bid_qty: str
    ask: str
    ask_qty: str
    total_buy_qty: str
    total_sell_qty: str
    time: str
    depth: Literal["samco", "noren"]


SAMCO_FIELDS = FieldMap(
    symbol="sym", ltp="ltp", ltq="ltq", volume="vol", open="o", high="h", low="l", close="c",
    change_percent="chPer", oi="oI", bid="bPr", bid_qty="bSz", ask="aPr", ask_qty="aSz",
    total_buy_qty="tBQ", total_sell_qty="tSQ", time="ltt", depth="samco",
)  # fmt: skip
NOREN_FIELDS = FieldMap(
    symbol="ts", ltp="lp", ltq="ltq", volume="v", open="o", high="h", low="l", close="c",
    change_percent="pc", oi="oi", bid="bp1", bid_qty="bq1", ask="sp1", ask_qty="sq1",
    total_buy_qty="tbq", total_sell_qty="tsq", time="ft", depth="noren",
)  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Tick:
    """The latest state of one instrument, as one stream frame left it.

    ``key`` is the stream key (Samco ``2885_NSE``, Noren ``NSE|2885``); ``fields`` the merged
    record in the broker's own field names; ``message`` the typed generated message
    (``samco_stream.models.QuoteTick`` / ``DepthData``, ``gopocket_stream.models.TouchlineUpdate``
    ...) of the frame that produced this tick; ``received`` its arrival
    (``time.perf_counter()``)."""

    broker: str
    key: str
    fields: Mapping[str, Any]
    message: Any
    received: float
    depth: bool = False
    field_map: FieldMap = field(default=SAMCO_FIELDS, repr=False)

    def _d(self, name: str) -> Decimal | None:
        return decimal_of(self.fields.get(name))

    def _i(self, name: str) -> int | None:
        return int_of(self.fields.get(name))

    @property
    def symbol(self) -> str | None:
        """The trading symbol where the feed names it (Noren ``ts``), else the key."""
        value = self.fields.get(self.field_map.symbol)
        return str(value) if value else self.key

    @property
    def ltp(self) -> Decimal | None:
        return self._d(self.field_map.ltp)

    @property
    def ltq(self) -> int | None:
        return self._i(self.field_map.ltq)

    @property
    def volume(self) -> int | None:
        return self._i(self.field_map.volume)

    @property
    def open(self) -> Decimal | None:
        return self._d(self.field_map.open)

    @property
    def high(self) -> Decimal | None:
        return self._d(self.field_map.high)

    @property
    def low(self) -> Decimal | None:
        return self._d(self.field_map.low)

    @property
    def close(self) -> Decimal | None:
        """Previous close."""
        return self._d(self.field_map.close)

    @property
    def change_percent(self) -> Decimal | None:
        return self._d(self.field_map.change_percent)

    @property
    def oi(self) -> int | None:
        return self._i(self.field_map.oi)

    @property
    def bid(self) -> Decimal | None:
        bids = self.bids
        return bids[0].price if bids else self._d(self.field_map.bid)

    @property
    def bid_qty(self) -> int | None:
        bids = self.bids
        return bids[0].quantity if bids else self._i(self.field_map.bid_qty)

    @property
    def ask(self) -> Decimal | None:
        asks = self.asks
        return asks[0].price if asks else self._d(self.field_map.ask)

    @property
    def ask_qty(self) -> int | None:
        asks = self.asks
        return asks[0].quantity if asks else self._i(self.field_map.ask_qty)

    @property
    def total_buy_qty(self) -> int | None:
        value = self._i(self.field_map.total_buy_qty)
        return value if value is not None else self._i("tbq")

    @property
    def total_sell_qty(self) -> int | None:
        value = self._i(self.field_map.total_sell_qty)
        return value if value is not None else self._i("taq")

    @property
    def exchange_time(self) -> datetime | None:
        """Last trade time (Samco ``ltt``, IST) or feed time (Noren ``ft``, epoch seconds)."""
        text = self.fields.get(self.field_map.time)
        if not isinstance(text, str) or not text:
            return None
        try:
            if self.field_map.depth == "noren":
                return datetime.fromtimestamp(int(text), IST)
            return datetime.strptime(text, _SAMCO_TIME).replace(tzinfo=IST)
        except (ValueError, OverflowError, OSError):
            return None

    @property
    def bids(self) -> tuple[DepthLevel, ...]:
        """The bid ladder, best first (empty without depth)."""
        return self._ladder("bid")

    @property
    def asks(self) -> tuple[DepthLevel, ...]:
        return self._ladder("ask")

    def _ladder(self, side: Literal["bid", "ask"]) -> tuple[DepthLevel, ...]:
        if not self.depth:
            return ()
        f = self.fields
        if self.field_map.depth == "samco":
            levels: Sequence[Mapping[str, Any]] = f.get(f"{side}Values") or ()
            return tuple(
                DepthLevel(decimal_of(lv.get("price")), int_of(lv.get("qty")), int_of(lv.get("no")))
                for lv in levels
                if isinstance(lv, Mapping)
            )
        p, q, o = ("bp", "bq", "bo") if side == "bid" else ("sp", "sq", "so")
        out = []
        for n in range(1, 6):
            price = f.get(f"{p}{n}")
            if price is None:
                break
            out.append(
                DepthLevel(decimal_of(price), int_of(f.get(f"{q}{n}")), int_of(f.get(f"{o}{n}")))
            )
        return tuple(out)

    def __repr__(self) -> str:
        return (
            f"Tick({self.broker} {self.key} ltp={self.ltp} vol={self.volume} "
            f"bid={self.bid} ask={self.ask}{' depth' if self.depth else ''})"
        )


@dataclass(frozen=True, slots=True, eq=False)
class OrderEvent:
    """A change of one order, on both brokers: Gopocket's ``om`` frames, Samco's polled order
    book (a new order, or a change of status or filled quantity). ``message`` is the typed
    generated object it came from (``gopocket_stream.models.OrderUpdate``,
    ``samco_client.models.OrderBookEntry``)."""

    broker: str
    order_number: str
    status: str | None
    symbol: str | None
    exchange: str | None
    side: str | None
    quantity: int | None
    filled_quantity: int | None
    price: Decimal | None
    average_price: Decimal | None
    reason: str | None
    message: Any = field(repr=False)
    received: float = field(repr=False, default=0.0)
    previous_status: str | None = None


class SamcoMerger:
    """``quote`` + ``quote2`` of one symbol merged into one record."""

    __slots__ = ("records",)

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def merge(self, key: str, data: Mapping[str, Any]) -> dict[str, Any]:
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = dict(data)
        else:
            record.update(data)
        return record.copy()

    def forget(self, key: str) -> None:
        self.records.pop(key, None)


class NorenMerger:
    """Noren ``tk``/``dk`` snapshots replace a record; ``tf``/``df`` updates merge into it."""

    __slots__ = ("records",)

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def snapshot(self, key: str, data: Mapping[str, Any]) -> dict[str, Any]:
        record = self.records[key] = dict(data)
        return record.copy()

    def update(self, key: str, data: Mapping[str, Any]) -> dict[str, Any]:
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = dict(data)
        else:
            record.update(data)
        return record.copy()

    def forget(self, key: str) -> None:
        self.records.pop(key, None)


__all__ = [
    "NOREN_FIELDS",
    "SAMCO_FIELDS",
    "DepthLevel",
    "FieldMap",
    "NorenMerger",
    "OrderEvent",
    "SamcoMerger",
    "Tick",
    "decimal_of",
    "int_of",
]
