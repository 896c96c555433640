"""The exchange engine behind both mock brokers: one account trading a moving market.

Broker-neutral (no field names, no wire formats): the brokers' adapters (``samco.py``,
``gopocket.py``) translate requests into :class:`Ticket` s and engine calls, and orders, trades,
positions, holdings and funds back into their answers. So the same orders give the same
fills on both brokers.

* **Market** (:mod:`~broker_overlays.mock.prices`): every instrument's price moves with the
  clock (seeded random walk, anchored at the seed prices when the engine is made).
* **Matching**: price-time priority against the account's resting orders and a market maker
  that quotes ``levels`` levels a tick apart on each side, the first at the current price
  (:class:`~broker_overlays.mock.prices.MarketMaker`). A BUY at or above the price (a SELL at
  or below it) fills, a passive one rests; an order larger than the quantity within its limit
  fills partly and rests with the rest (the market maker's quantity comes back each minute).
* **Lifecycle**: validation pending (an :class:`OrderAcceptance` rule) -> open / trigger
  pending -> partially filled -> complete; or cancelled / rejected. Resting orders and
  stop triggers are re-examined minute by minute as the clock moves (before every call).
* **Risk**: CNC sells need sellable holdings (blocked while the order lives); other orders
  need margin (intraday products 20% of the value), blocked by open orders and open
  positions; an order that reduces a position of its product needs none for that part.
* Positions (net, average, realised / unrealised P&L at the current price; of all trades or
  of some, e.g. a period's), the trade book, position conversion and square-off, bracket /
  cover legs (one-cancels-other) and exits, price alerts (:meth:`Exchange.touched`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from broker_overlays.auth.clock import IST, Clock
from broker_overlays.mock.prices import Market, session_minutes
from broker_overlays.mock.universe import DEFAULT_HOLDINGS, Instrument, Universe

__all__ = [
    "CANCELLED",
    "COMPLETE",
    "LIVE",
    "MARKET",
    "OPEN",
    "PARTIALLY_FILLED",
    "REJECTED",
    "TRIGGER_PENDING",
    "VALIDATION_PENDING",
    "ZERO",
    "Bracket",
    "Event",
    "Exchange",
    "Holding",
    "Numbers",
    "Order",
    "OrderAcceptance",
    "OrderEvents",
    "OrderListener",
    "Position",
    "Refused",
    "Ticket",
    "Trade",
    "cents",
    "margin_factor",
]

ZERO = Decimal(0)
CENT = Decimal("0.01")

VALIDATION_PENDING, OPEN, TRIGGER_PENDING = "validation pending", "open", "trigger pending"
PARTIALLY_FILLED, COMPLETE = "partially filled", "complete"
CANCELLED, REJECTED = "cancelled", "rejected"
LIVE = (OPEN, TRIGGER_PENDING, PARTIALLY_FILLED)
LIMIT, MARKET, STOP_LIMIT, STOP_MARKET = "LIMIT", "MARKET", "SL", "SL-M"
STOPS = (STOP_LIMIT, STOP_MARKET)
MAX_CATCH_UP_MINUTES = 1500
"""Resting orders are re-examined for at most this many past session minutes per call."""

EventKind = Literal["new", "accepted", "amo", "modified", "triggered", "fill", "cancelled",
                    "rejected"]  # fmt: skip


def cents(value: Decimal) -> Decimal:
    """``value`` rounded to cents, however many digits it has."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 3)
        return value.quantize(CENT, rounding=ROUND_HALF_UP)


def margin_factor(product: str) -> Decimal:
    """Share of an order's value blocked as margin: intraday products get 5x leverage."""
    return Decimal("0.2") if product in ("MIS", "CO", "BO") else Decimal(1)


class Refused(Exception):
    """The engine refuses a request; ``code`` names why (adapters word it their way)."""

    def __init__(self, code: str, **detail: str) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class OrderAcceptance:
    """A broker that decides a new order late: it first shows as pending validation.

    For ``delay_s`` seconds (of the mock's clock) after it was placed, an order that this rule
    applies to shows the broker's pre-acceptance status (Samco ``Validation Pending``,
    Gopocket ``PENDING``); then it is rejected with ``reject_reason`` if one is given, or goes
    through the risk checks and is accepted (open, trigger pending or filled). ``symbols``
    limits the rule to some instruments (symbol or trading symbol, upper case); None means
    every order. Set it as ``order_acceptance=`` of a mock's constructor or on its
    ``order_acceptance`` attribute at any time (it applies to orders placed afterwards).
    """

    delay_s: float = 0.0
    reject_reason: str | None = None
    symbols: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.delay_s < 0:
            raise ValueError("delay_s must be >= 0")

    def applies(self, instrument: Instrument) -> bool:
        return self.symbols is None or bool(
            {instrument.symbol, instrument.trading_symbol} & self.symbols
        )

    def decide_at(self, placed_at: datetime) -> datetime:
        return placed_at + timedelta(seconds=self.delay_s)


class Numbers:
    """Sequential order / exchange numbers in the brokers' shapes (date prefix)."""

    def __init__(self, digits: int, start: int = 1) -> None:
        self._digits = digits
        self._counter = itertools.count(start)

    def next(self, now: datetime) -> str:
        prefix = now.astimezone(IST).strftime("%y%m%d")
        return f"{prefix}{next(self._counter):0{self._digits - len(prefix)}d}"


@dataclass(frozen=True, slots=True)
class Bracket:
    """Exit legs added when the main order fills: a bracket order (``target`` and ``stop``
    distances from the fill price) or a cover order (``stop`` is the stop-loss trigger)."""

    kind: Literal["BO", "CO"]
    target: Decimal = ZERO
    stop: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Ticket:
    """A new order, in engine terms."""

    instrument: Instrument
    side: str  # BUY / SELL
    order_type: str  # LIMIT / MARKET / SL / SL-M
    product: str  # CNC / MIS / NRML / MTF / CO / BO ...
    quantity: int
    price: Decimal = ZERO
    trigger: Decimal = ZERO
    validity: str = "DAY"
    disclosed: int = 0
    amo: bool = False
    tag: str = ""
    bracket: Bracket | None = None


@dataclass(frozen=True, slots=True)
class Event:
    status: str
    kind: EventKind
    time: datetime


OrderListener = Callable[["Order", Event], None]
"""Told of every order state change: the order (as it is right after the change) and the
event just added to its history."""

log = logging.getLogger("broker_overlays.mock")


class OrderEvents:
    """The listeners of an account's order changes (the mock streams' order updates).

    Broker-neutral: a listener gets the engine's :class:`Order` and :class:`Event` and words
    them itself. It outlives :meth:`Exchange` resets (the mock keeps one and hands it to each
    new exchange). Listeners run synchronously inside the engine call that changed the order
    (under the mock's state lock): they must not block nor call back into the engine. A
    listener that raises is logged and skipped.
    """

    def __init__(self) -> None:
        self._listeners: list[OrderListener] = []

    def add(self, listener: OrderListener) -> Callable[[], None]:
        """Register ``listener``; returns the function that removes it again."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def __len__(self) -> int:
        return len(self._listeners)

    def emit(self, order: Order, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(order, event)
            except Exception:
                log.exception("order listener %r failed", listener)


@dataclass(eq=False)
class Order:
    number: str
    exchange_id: str
    instrument: Instrument
    side: str
    order_type: str
    product: str
    validity: str
    quantity: int
    price: Decimal
    trigger: Decimal
    disclosed: int
    placed_at: datetime
    tag: str = ""
    amo: bool = False
    status: str = VALIDATION_PENDING
    filled: int = 0
    value: Decimal = ZERO
    rejection: str = ""
    triggered: bool = False
    bracket: Bracket | None = None
    parent: str | None = None
    leg: Literal["target", "stopLoss"] | None = None
    legs: list[str] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)
    decide_at: datetime | None = None
    """While validation pending: when the broker decides (see OrderAcceptance)."""
    decision: str | None = None
    """While validation pending: the rejection reason it will get (None: the risk checks)."""
    wire: dict[str, str] = field(default_factory=dict)
    """What an adapter keeps for its own answers (e.g. Gopocket's order variety)."""

    @property
    def live(self) -> bool:
        return self.status in LIVE

    @property
    def pending(self) -> int:
        return self.quantity - self.filled if self.live else 0

    @property
    def average(self) -> Decimal:
        return self.value / self.filled if self.filled else ZERO

    @property
    def sells_holdings(self) -> bool:
        return self.side == "SELL" and self.product == "CNC"

    @property
    def executable_type(self) -> str:
        """LIMIT or MARKET once a stop order has triggered."""
        if self.order_type in STOPS and self.triggered:
            return MARKET if self.order_type == STOP_MARKET else LIMIT
        return self.order_type


@dataclass(frozen=True, slots=True)
class Trade:
    """One fill. ``visible=False`` entries move quantity between products (conversions)."""

    trade_no: str
    order_no: str
    instrument: Instrument
    product: str
    side: str
    quantity: int
    price: Decimal
    time: datetime
    visible: bool = True


@dataclass(slots=True)
class Holding:
    """A demat holding; ``sold`` counts CNC sell orders placed against it today."""

    instrument: Instrument
    quantity: int
    average_price: Decimal
    sold: int = 0

    @property
    def sellable(self) -> int:
        return self.quantity - self.sold


@dataclass(slots=True)
class Position:
    """Net position of one instrument and product; ``mark`` is the current price."""

    instrument: Instrument
    product: str
    mark: Decimal = ZERO
    buy_qty: int = 0
    buy_value: Decimal = ZERO
    sell_qty: int = 0
    sell_value: Decimal = ZERO

    @property
    def net_qty(self) -> int:
        return self.buy_qty - self.sell_qty

    @property
    def avg_buy(self) -> Decimal:
        return self.buy_value / self.buy_qty if self.buy_qty else ZERO

    @property
    def avg_sell(self) -> Decimal:
        return self.sell_value / self.sell_qty if self.sell_qty else ZERO

    @property
    def average_price(self) -> Decimal:
        """Average price of the open side (the side the net quantity is on)."""
        return self.avg_buy if self.net_qty >= 0 else self.avg_sell

    @property
    def realized(self) -> Decimal:
        return min(self.buy_qty, self.sell_qty) * (self.avg_sell - self.avg_buy)

    @property
    def unrealized(self) -> Decimal:
        return self.net_qty * (self.mark - self.average_price)

    def margin(self) -> Decimal:
        """Margin held by the open quantity (a CNC short is a sale of holdings: none)."""
        if self.product == "CNC" and self.net_qty < 0:
            return ZERO
        return abs(self.net_qty) * self.average_price * margin_factor(self.product)


def _minute(moment: datetime) -> int:
    return int(moment.timestamp() // 60)


class Exchange:
    """One account at the mock exchange (see the module docstring)."""

    def __init__(
        self,
        *,
        clock: Clock,
        cash: Decimal,
        universe: Universe | None = None,
        market: Market | None = None,
        order_numbers: Numbers,
        exchange_ids: Iterator[int],
        messages: Mapping[str, str],
        acceptance: OrderAcceptance | None = None,
        seed: int = 0,
        events: OrderEvents | None = None,
    ) -> None:
        self.clock = clock
        self.events = events if events is not None else OrderEvents()
        """Listeners told of every order state change (see :class:`OrderEvents`)."""
        self.cash = cash
        self.universe = universe or Universe()
        self.market = market or Market(self.universe, anchor=clock(), seed=seed)
        self.order_numbers = order_numbers
        self.exchange_ids = exchange_ids
        self.messages = messages
        self.acceptance = acceptance
        self.orders: dict[str, Order] = {}
        self.trades: list[Trade] = []
        self._trade_numbers = itertools.count(25400)
        self._taken: dict[tuple[str, str, str, int, int], int] = {}
        self._settled = clock()
        self.holdings: list[Holding] = []
        for exchange, symbol, quantity, price in DEFAULT_HOLDINGS:
            instrument = self.universe.find(exchange, symbol)
            if instrument is not None:
                self.holdings.append(Holding(instrument, quantity, price))

    def now(self) -> datetime:
        return self.clock().astimezone(IST)

    def message(self, code: str, **detail: str) -> str:
        return self.messages.get(code, code).format(**detail)

    # -- prices -----------------------------------------------------------------------------

    def price(self, instrument: Instrument, at: datetime | None = None) -> Decimal:
        return self.market.price(instrument, at or self.clock())

    def depth(
        self, instrument: Instrument, at: datetime | None = None
    ) -> tuple[list[tuple[Decimal, int]], list[tuple[Decimal, int]]]:
        """(bids, asks) best first: the market maker's remaining quantity and resting orders."""
        at = at or self.clock()
        sides: dict[str, dict[Decimal, int]] = {"BUY": {}, "SELL": {}}
        for side in ("BUY", "SELL"):
            for price, quantity, _ in self._maker_levels(instrument, side, at):
                sides[side][price] = sides[side].get(price, 0) + quantity
        for order in self.orders.values():
            if order.instrument == instrument and order.live and self._resting(order):
                book = sides[order.side]
                book[order.price] = book.get(order.price, 0) + order.pending
        bids = sorted(sides["BUY"].items(), key=lambda kv: -kv[0])[:5]
        asks = sorted(sides["SELL"].items(), key=lambda kv: kv[0])[:5]
        return bids, asks

    def _maker_levels(
        self, instrument: Instrument, side: str, at: datetime
    ) -> list[tuple[Decimal, int, int]]:
        """The market maker's (price, remaining quantity, level) on ``side`` (BUY: bids)."""
        mark, tick = self.market.price(instrument, at), instrument.tick
        maker = self.market.maker
        levels = []
        for level in range(maker.levels):
            price = mark - level * tick if side == "BUY" else mark + level * tick
            if price <= 0:
                break
            key = (instrument.exchange, instrument.token, side, _minute(at), level)
            left = maker.quantity(instrument, price) - self._taken.get(key, 0)
            if left > 0:
                levels.append((price, left, level))
        return levels

    def touched(
        self, instrument: Instrument, level: Decimal, rising: bool, since: datetime, until: datetime
    ) -> datetime | None:
        """The first moment in (since, until] (a session minute, or ``until``) at which the
        price is at or above ``level`` (``rising``), or at or below it; None if it never is
        (a price alert, e.g. a good-till-triggered order)."""
        if until <= since:
            return None
        for at in [*_session_minutes_between(since, until)[-MAX_CATCH_UP_MINUTES:], until]:
            price = self.market.price(instrument, at)
            if (price >= level) if rising else (price <= level):
                return at.astimezone(IST)
        return None

    # -- the clock --------------------------------------------------------------------------

    def settle(self) -> None:
        """Apply what the clock brought since the last call: due acceptance decisions, then
        triggers and fills of resting orders minute by minute."""
        now = self.clock()
        due = sorted(
            (o for o in self.orders.values()
             if o.status == VALIDATION_PENDING and o.decide_at is not None and o.decide_at <= now),
            key=lambda o: o.decide_at or now,
        )  # fmt: skip
        for order in due:
            when = order.decide_at or now
            order.decide_at = None
            self._catch_up(when)
            self._decide(order, when.astimezone(IST), order.decision)
        self._catch_up(now)

    def _catch_up(self, until: datetime) -> None:
        since, self._settled = self._settled, max(self._settled, until)
        if until <= since or not any(o.live for o in self.orders.values()):
            return
        minutes = _session_minutes_between(since, until)[-MAX_CATCH_UP_MINUTES:]
        if not minutes:
            # No session minute began: prices and the market maker's quantities are those
            # the resting orders were last matched against, so nothing new can trigger or
            # fill (matching against other orders happens when an order is placed). Skipping
            # keeps a request O(1) in the number of resting orders.
            return
        for at in [*minutes, until]:
            for order in sorted(self.orders.values(), key=lambda o: o.placed_at):
                if order.live and order.placed_at <= at:
                    self._work(order, at.astimezone(IST))

    # -- orders -----------------------------------------------------------------------------

    def place(self, ticket: Ticket, **wire: str) -> Order:
        """Book a new order: pending validation, then decided (at once, or by the rule)."""
        if ticket.quantity <= 0:
            raise Refused("quantity")
        if ticket.order_type in (LIMIT, STOP_LIMIT) and ticket.price <= 0:
            raise Refused("price_required")
        if ticket.order_type in STOPS and ticket.trigger <= 0:
            raise Refused("trigger_required")
        if ticket.disclosed and ticket.disclosed * 10 < ticket.quantity:
            raise Refused("disclosed")
        now = self.now()
        order = Order(
            number=self.order_numbers.next(now),
            exchange_id=str(next(self.exchange_ids)),
            instrument=ticket.instrument,
            side=ticket.side,
            order_type=ticket.order_type,
            product=ticket.product,
            validity=ticket.validity,
            quantity=ticket.quantity,
            price=ticket.price,
            trigger=ticket.trigger,
            disclosed=ticket.disclosed,
            placed_at=now,
            tag=ticket.tag,
            amo=ticket.amo,
            bracket=ticket.bracket,
            wire=dict(wire),
        )
        self._record(order, Event(VALIDATION_PENDING, "new", now))
        self.orders[order.number] = order
        rule = self.acceptance
        if rule is not None and rule.applies(order.instrument):
            order.decide_at = rule.decide_at(self.clock())
            order.decision = rule.reject_reason
            return order
        self._decide(order, now)
        return order

    def _decide(self, order: Order, at: datetime, reason: str | None = None) -> None:
        reason = reason or self._risk(order, at)
        if reason is not None:
            order.status, order.rejection = REJECTED, reason
            self._record(order, Event(REJECTED, "rejected", at))
            return
        order.status = OPEN
        self._record(order, Event(OPEN, "amo" if order.amo else "accepted", at))
        self._work(order, at)

    def _risk(self, order: Order, at: datetime) -> str | None:
        """Why the risk checks reject a new order (None: accepted); blocks CNC holdings."""
        if order.sells_holdings:
            holding = self.holding(order.instrument)
            if holding is None or holding.sellable < order.quantity:
                return self.message("holdings")
            holding.sold += order.quantity
            return None
        price = order.price if order.price > 0 else self.price(order.instrument, at)
        required = self.required_margin(order.instrument, order.side, order.product,
                                        order.quantity, price)  # fmt: skip
        if required > self.available():
            return self.message("margin", required=str(cents(required)))
        return None

    def required_margin(
        self, instrument: Instrument, side: str, product: str, quantity: int, price: Decimal
    ) -> Decimal:
        """Margin a new order needs (the part that reduces a position of its product: none)."""
        if side == "SELL" and product == "CNC":
            return ZERO
        pos = self.position(instrument, product)
        net = pos.net_qty if pos is not None else 0
        reducing = max(0, -net) if side == "BUY" else max(0, net)
        return max(0, quantity - reducing) * price * margin_factor(product)

    def _resting(self, order: Order) -> bool:
        return (
            not order.amo
            and order.executable_type == LIMIT
            and (order.order_type not in STOPS or order.triggered)
        )

    def _work(self, order: Order, at: datetime) -> None:
        """Trigger and match a live order at ``at``."""
        if not order.live or order.amo:
            return
        if order.order_type in STOPS and not order.triggered:
            mark = self.market.price(order.instrument, at)
            hit = mark >= order.trigger if order.side == "BUY" else mark <= order.trigger
            if not hit:
                order.status = TRIGGER_PENDING
                return
            order.triggered = True
            order.status = OPEN if not order.filled else PARTIALLY_FILLED
            self._record(order, Event(order.status, "triggered", at))
        self._match(order, at)

    def _match(self, order: Order, at: datetime) -> None:
        limit = None if order.executable_type == MARKET else order.price
        other = "SELL" if order.side == "BUY" else "BUY"
        sign = 1 if order.side == "BUY" else -1
        offers: list[tuple[Decimal, int, int, Order | None, int]] = []
        for price, quantity, level in self._maker_levels(order.instrument, other, at):
            offers.append((sign * price, 1, level, None, quantity))
        for rest in self.orders.values():
            if (rest is not order and rest.instrument == order.instrument and rest.live
                    and rest.side == other and self._resting(rest)):  # fmt: skip
                offers.append((sign * rest.price, 0, int(rest.placed_at.timestamp()), rest, 0))
        offers.sort(key=lambda o: (o[0], o[1], o[2]))
        for signed, _, level, resting, quantity in offers:
            price = signed * sign
            if order.pending == 0:
                break
            if limit is not None and sign * price > sign * limit:
                break
            available = resting.pending if resting is not None else quantity
            take = min(available, order.pending)
            if take <= 0:
                continue
            self._fill(order, take, price, at)
            if resting is not None:
                self._fill(resting, take, price, at)
            else:
                key = (order.instrument.exchange, order.instrument.token, other, _minute(at), level)
                self._taken[key] = self._taken.get(key, 0) + take

    def _fill(self, order: Order, quantity: int, price: Decimal, at: datetime) -> None:
        self.trades.append(
            Trade(str(next(self._trade_numbers)), order.number, order.instrument, order.product,
                  order.side, quantity, price, at)
        )  # fmt: skip
        order.filled += quantity
        order.value += quantity * price
        order.status = COMPLETE if order.filled >= order.quantity else PARTIALLY_FILLED
        self._record(order, Event(order.status, "fill", at))
        if order.status != COMPLETE:
            return
        if order.parent is None and order.bracket is not None:
            self._add_legs(order, at)
        if order.parent is not None:  # one leg done: the others go (one-cancels-other)
            for number in self.orders[order.parent].legs:
                sibling = self.orders[number]
                if sibling is not order and sibling.live:
                    self._close(sibling, at)

    def _add_legs(self, main: Order, at: datetime) -> None:
        bracket = main.bracket
        assert bracket is not None
        exit_side = "SELL" if main.side == "BUY" else "BUY"
        sign = 1 if main.side == "BUY" else -1
        fill = main.average
        legs: list[tuple[Literal["target", "stopLoss"], str, Decimal]] = []
        if bracket.kind == "BO":
            legs.append(("target", LIMIT, cents(fill + sign * bracket.target)))
            legs.append(("stopLoss", STOP_LIMIT, cents(fill - sign * bracket.stop)))
        else:
            legs.append(("stopLoss", STOP_LIMIT, bracket.stop))
        for kind, order_type, price in legs:
            leg = Order(
                number=self.order_numbers.next(at),
                exchange_id=str(next(self.exchange_ids)),
                instrument=main.instrument,
                side=exit_side,
                order_type=order_type,
                product=main.product,
                validity="DAY",
                quantity=main.quantity,
                price=price,
                trigger=price if order_type == STOP_LIMIT else ZERO,
                disclosed=0,
                placed_at=at,
                status=OPEN,
                parent=main.number,
                leg=kind,
            )
            self._record(leg, Event(OPEN, "accepted", at))
            self.orders[leg.number] = leg
            main.legs.append(leg.number)
        for number in list(main.legs):
            self._work(self.orders[number], at)

    def _record(self, order: Order, event: Event) -> None:
        """Add ``event`` to the order's history and tell the listeners."""
        order.history.append(event)
        if len(self.events):
            self.events.emit(order, event)

    def order(self, number: str) -> Order:
        found = self.orders.get(number)
        if found is None:
            raise Refused("not_found", number=number)
        return found

    def modify(
        self,
        order: Order,
        *,
        quantity: int | None = None,
        price: Decimal | None = None,
        trigger: Decimal | None = None,
        order_type: str | None = None,
        validity: str | None = None,
        disclosed: int | None = None,
    ) -> Order:
        if not order.live:
            raise Refused("not_live", number=order.number, status=order.status)
        new_type = order_type or order.order_type
        new_price = order.price if price is None else price
        new_trigger = order.trigger if trigger is None else trigger
        new_quantity = quantity or order.quantity
        if new_type in (LIMIT, STOP_LIMIT) and new_price <= 0:
            raise Refused("price_required")
        if new_type in STOPS and new_trigger <= 0:
            raise Refused("trigger_required")
        if new_quantity < order.filled:
            raise Refused("quantity")
        holding = self.holding(order.instrument)
        if order.sells_holdings and holding is not None:
            extra = new_quantity - order.quantity
            if extra > holding.sellable:
                raise Refused("holdings")
            holding.sold += extra
        order.order_type, order.price, order.trigger = new_type, new_price, new_trigger
        order.quantity = new_quantity
        order.validity = validity or order.validity
        order.disclosed = order.disclosed if disclosed is None else disclosed
        if new_type in STOPS and (trigger is not None or order_type is not None):
            order.triggered = False
        order.status = OPEN if not order.filled else PARTIALLY_FILLED
        at = self.now()
        self._record(order, Event(order.status, "modified", at))
        self._work(order, at)
        return order

    def cancel(self, order: Order) -> Order:
        if not order.live:
            raise Refused("not_live", number=order.number, status=order.status)
        self._close(order, self.now())
        return order

    def _close(self, order: Order, at: datetime) -> None:
        holding = self.holding(order.instrument)
        if order.sells_holdings and holding is not None:
            holding.sold -= order.pending
        order.status = CANCELLED
        self._record(order, Event(CANCELLED, "cancelled", at))
        for number in order.legs:
            if self.orders[number].live:
                self._close(self.orders[number], at)

    def exit_bracket(self, main: Order) -> Literal["cancelled", "exited"]:
        """Exit a bracket / cover order: cancel it while it lives, else fill its stop-loss leg
        at the market and cancel the others."""
        if main.live:
            self._close(main, self.now())
            return "cancelled"
        if main.status != COMPLETE:
            raise Refused("not_live", number=main.number, status=main.status)
        legs = [self.orders[n] for n in main.legs]
        if any(leg.status == COMPLETE for leg in legs):
            raise Refused("leg_executed")
        if not any(leg.live for leg in legs):
            raise Refused("exited", number=main.number)
        at = self.now()
        for leg in legs:
            if leg.leg == "stopLoss" and leg.live:
                leg.order_type, leg.triggered, leg.status = MARKET, True, OPEN
                self._match(leg, at)
        for leg in legs:
            if leg.live and leg.leg != "stopLoss":
                self._close(leg, at)
        return "exited"

    # -- portfolio --------------------------------------------------------------------------

    def holding(self, instrument: Instrument) -> Holding | None:
        return next((h for h in self.holdings if h.instrument.symbol == instrument.symbol), None)

    def visible_trades(self) -> list[Trade]:
        return [t for t in self.trades if t.visible]

    def positions(self, trades: Iterable[Trade] | None = None) -> list[Position]:
        """Net positions of the account (of ``trades`` only, e.g. a period's, if given)."""
        book: dict[tuple[str, str, str], Position] = {}
        now = self.clock()
        for trade in self.trades if trades is None else trades:
            key = (trade.instrument.exchange, trade.instrument.token, trade.product)
            pos = book.get(key)
            if pos is None:
                pos = book[key] = Position(trade.instrument, trade.product,
                                           self.price(trade.instrument, now))  # fmt: skip
            if trade.side == "BUY":
                pos.buy_qty += trade.quantity
                pos.buy_value += trade.quantity * trade.price
            else:
                pos.sell_qty += trade.quantity
                pos.sell_value += trade.quantity * trade.price
        return list(book.values())

    def position(self, instrument: Instrument, product: str) -> Position | None:
        for pos in self.positions():
            if pos.instrument == instrument and pos.product == product:
                return pos
        return None

    def square_off(
        self, instrument: Instrument, product: str, quantity: int | None = None
    ) -> Order | None:
        """A market order closing ``quantity`` (default and at most: all) of the open position
        of ``product``; None when there is no open position."""
        pos = self.position(instrument, product)
        if pos is None or pos.net_qty == 0:
            return None
        size = abs(pos.net_qty) if quantity is None else min(quantity, abs(pos.net_qty))
        side = "SELL" if pos.net_qty > 0 else "BUY"
        return self.place(Ticket(instrument, side, MARKET, product, size))

    def convert(self, instrument: Instrument, source: str, target: str, quantity: int) -> None:
        """Move ``quantity`` of an open position to another product."""
        pos = self.position(instrument, source)
        if pos is None or pos.net_qty == 0:
            raise Refused("no_position", product=source, symbol=instrument.trading_symbol)
        if quantity > abs(pos.net_qty):
            raise Refused("convert_quantity", open=str(abs(pos.net_qty)))
        out, into = ("SELL", "BUY") if pos.net_qty > 0 else ("BUY", "SELL")
        now = self.now()
        for product, side in ((source, out), (target, into)):
            self.trades.append(
                Trade(str(next(self._trade_numbers)), "", instrument, product, side, quantity,
                      pos.average_price, now, visible=False)
            )  # fmt: skip

    def blocked(self) -> Decimal:
        """Margin blocked by live orders (CNC sells block holdings instead; legs nothing)."""
        now = self.clock()
        total = ZERO
        for order in self.orders.values():
            if order.parent is None and order.pending and not order.sells_holdings:
                price = order.price if order.price > 0 else self.price(order.instrument, now)
                total += order.pending * price * margin_factor(order.product)
        return total

    def margin_used(self) -> Decimal:
        return sum((pos.margin() for pos in self.positions()), ZERO) + self.blocked()

    def available(self) -> Decimal:
        return self.cash - self.margin_used()


def _session_minutes_between(since: datetime, until: datetime) -> list[datetime]:
    """Starts of the session minutes in (since, until]."""
    out: list[datetime] = []
    day = since.astimezone(IST).date()
    last = until.astimezone(IST).date()
    if (last - day).days > 7:  # a long jump: the last days are enough for resting orders
        day = last - timedelta(days=7)
    while day <= last:
        if day.weekday() < 5:
            start, end = session_minutes(day)
            first = max(start, since + timedelta(microseconds=1))
            minute = start + timedelta(minutes=-(-(first - start) // timedelta(minutes=1)))
            while minute < end and minute <= until:
                out.append(minute)
                minute += timedelta(minutes=1)
        day += timedelta(days=1)
    return out
