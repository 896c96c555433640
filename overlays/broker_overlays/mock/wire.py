"""What both brokers' wire adapters share: the engine-backed :class:`ExchangeMock` base (state,
reset, settling before every handler, refusals as the broker's failure envelope) and the
translation helpers (numbers in and out, order types, statuses)."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, ClassVar

from broker_overlays.auth.clock import Clock, system_clock
from broker_overlays.instruments.cache import last_publication
from broker_overlays.mock.app import Call, Failure, Handler, MockBroker, Reply
from broker_overlays.mock.engine import (
    ZERO,
    Exchange,
    Holding,
    Numbers,
    Order,
    OrderAcceptance,
    OrderEvents,
    Refused,
    Ticket,
    Trade,
    cents,
)
from broker_overlays.mock.universe import Instrument, Universe
from broker_overlays.spec_catalog import catalog

__all__ = [
    "ORDER_TYPES",
    "ORDER_TYPE_CODES",
    "ExchangeMock",
    "Fields",
    "count",
    "csv_file",
    "money",
    "number",
    "reverse",
]

ORDER_TYPES: Mapping[str, str] = {"L": "LIMIT", "MKT": "MARKET", "SL": "SL", "SL-M": "SL-M"}
"""Both brokers' order type codes -> the engine's."""


def reverse(mapping: Mapping[str, str]) -> dict[str, str]:
    """value -> first key (a name table read the other way)."""
    out: dict[str, str] = {}
    for key, value in mapping.items():
        out.setdefault(value, key)
    return out


ORDER_TYPE_CODES = reverse(ORDER_TYPES)


def money(value: Decimal) -> str:
    """A price or amount as the brokers print it: a string with two decimals."""
    rounded = cents(value)
    return str(abs(rounded) if rounded == 0 else rounded)  # never "-0.00"


def number(value: Any, name: str) -> Decimal:
    """A decimal request field (missing or empty: 0); Failure naming it if not a number."""
    try:
        return Decimal(str(value)) if value not in (None, "") else ZERO
    except InvalidOperation:
        raise Failure(f"{name} is not a number") from None


def count(value: Any) -> int:
    return int(value) if value not in (None, "") else 0


def csv_file(
    call: Call, header: Sequence[str], rows: Iterable[Sequence[str]], now: datetime
) -> Reply:
    """An instrument master as a static file server answers it: ``ETag`` (a hash of the
    content) and ``Last-Modified`` (the day's publication, 08:00 IST), and 304 without a body
    to a conditional GET whose ``If-None-Match`` (or, without one, ``If-Modified-Since``)
    matches."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    etag = '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'
    published = last_publication(now)
    stamp = format_datetime(published.astimezone(UTC), usegmt=True)
    headers = {"ETag": etag, "Last-Modified": stamp}
    if _not_modified(call, etag, published):
        return Reply("", status=304, media_type="text/csv", headers=headers)
    return Reply(text, media_type="text/csv", headers=headers)


def _not_modified(call: Call, etag: str, published: datetime) -> bool:
    tags = call.request.headers.get("if-none-match")
    if tags is not None:
        return any(t.strip() in (etag, "*") for t in tags.split(","))
    since = call.request.headers.get("if-modified-since")
    if since is None:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    return moment.tzinfo is not None and moment >= published.replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class Fields:
    """A broker's names of an order's quantity, price, trigger, validity and disclosed
    quantity fields (the only part of order translation both brokers share)."""

    quantity: str
    price: str
    trigger: str
    validity: str
    disclosed: str

    def new(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Ticket fields of a new order's body."""
        return {
            "quantity": int(body[self.quantity]),
            "price": number(body.get(self.price), self.price),
            "trigger": number(body.get(self.trigger), self.trigger),
            "validity": str(body.get(self.validity) or "DAY"),
            "disclosed": count(body.get(self.disclosed)),
        }

    def changes(self, body: Mapping[str, Any], order_type: str | None) -> dict[str, Any]:
        """``Exchange.modify`` arguments of a modify body (absent or empty: unchanged)."""

        def given(name: str) -> bool:
            return body.get(name) not in (None, "")

        return {
            "quantity": count(body.get(self.quantity)) or None,
            "price": number(body[self.price], self.price) if given(self.price) else None,
            "trigger": number(body[self.trigger], self.trigger) if given(self.trigger) else None,
            "order_type": ORDER_TYPES.get(order_type, order_type) if order_type else None,
            "validity": str(body[self.validity]) if given(self.validity) else None,
            "disclosed": count(body[self.disclosed]) if given(self.disclosed) else None,
        }


class ExchangeMock(MockBroker):
    """A broker mock whose state is one account at the :class:`Exchange`."""

    messages: ClassVar[Mapping[str, str]]
    """How the broker words the engine's refusals (by code)."""
    order_numbers: ClassVar[tuple[int, int]]
    """(digits, first number) of the broker's order numbers."""
    first_exchange_id: ClassVar[int]

    def __init__(
        self,
        account: Any,
        *,
        clock: Clock = system_clock,
        instruments: Universe | None = None,
        order_acceptance: OrderAcceptance | None = None,
        seed: int = 0,
    ) -> None:
        super().__init__(clock)
        self.account = account
        self.instruments = instruments or Universe()
        self.seed = seed
        self._acceptance = order_acceptance
        self.order_events = OrderEvents()
        """Order state changes of the account, across resets (the mock streams listen)."""
        self.reset()

    def reset(self) -> None:
        digits, start = self.order_numbers
        self.exchange = Exchange(
            clock=self.clock,
            cash=self.account.cash,
            universe=self.instruments,
            order_numbers=Numbers(digits, start),
            exchange_ids=iter(range(self.first_exchange_id, 10**16)),
            messages=self.messages,
            acceptance=self._acceptance,
            seed=self.seed,
            events=self.order_events,
        )
        self.reset_sessions()

    def reset_sessions(self) -> None:
        """Forget sessions and pending logins (part of :meth:`reset`)."""

    @property
    def order_acceptance(self) -> OrderAcceptance | None:
        """Delayed acceptance or rejection of new orders (None: decided at once)."""
        return self.exchange.acceptance

    @order_acceptance.setter
    def order_acceptance(self, rule: OrderAcceptance | None) -> None:
        self._acceptance = self.exchange.acceptance = rule

    @property
    def orders(self) -> dict[str, Order]:
        return self.exchange.orders

    @property
    def holdings(self) -> list[Holding]:
        return self.exchange.holdings

    def handler(self, operation_id: str) -> Handler | None:
        """Every handler first lets the clock act on the exchange (decisions, fills)."""
        found = super().handler(operation_id)
        if found is None:
            return None

        def run(call: Call) -> Any:
            self.exchange.settle()
            try:
                return found(call)
            except Refused as exc:
                raise self.failure(exc) from None

        return run

    def failure(self, exc: Refused, **payload: Any) -> Failure:
        return Failure(self.exchange.message(exc.code, **exc.detail), **payload)

    def place(self, ticket: Ticket, **wire: str) -> Order:
        return self.exchange.place(ticket, **wire)

    def order(self, number: str) -> Order:
        return self.exchange.order(str(number))

    def csv_columns(self, call: Call) -> list[str]:
        """The column names of the operation's CSV answer (the spec's ``x-csv-columns``)."""
        return [c.name for c in catalog(self.broker).csv_columns(call.op.operation_id)]

    def instrument(self, exchange: str, name: str) -> Instrument:
        found = self.instruments.find(exchange, name)
        if found is None:
            raise Failure(f"Invalid symbol name {name} for exchange {exchange}")
        return found

    def settle(self) -> None:
        self.exchange.settle()

    def fills(self) -> list[tuple[Trade, Order]]:
        """The visible trades with their orders, newest first."""
        out = []
        for trade in reversed(self.exchange.visible_trades()):
            order = self.orders.get(trade.order_no)
            if order is not None:  # (a test may hide an order)
                out.append((trade, order))
        return out

    def snapshot(self) -> dict[str, Any]:
        self.exchange.settle()
        return {
            "orders": [
                {"number": o.number, "symbol": o.instrument.trading_symbol, "side": o.side,
                 "quantity": o.quantity, "filled": o.filled, "price": money(o.price),
                 "status": o.status}
                for o in self.orders.values()
            ],
            "trades": len(self.exchange.visible_trades()),
            "marginUsed": money(self.exchange.margin_used()),
        }  # fmt: skip
