"""The seeded market both mock brokers trade in: instruments with fixed prices, holdings, and
a trade ledger that positions and margin are derived from.

Prices never move, so an order's fate is decided once, when it is placed or modified. Both
brokers share these rules; only their wire formats (in ``samco.py`` / ``gopocket.py``) differ.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from broker_overlays.auth.clock import IST

__all__ = [
    "HOLDINGS",
    "INSTRUMENTS",
    "ZERO",
    "Holding",
    "Instrument",
    "Instruments",
    "Ledger",
    "Numbers",
    "OrderAcceptance",
    "Position",
    "Trade",
    "cents",
    "margin_factor",
    "marketable",
    "money",
    "seeded_holdings",
    "triggered",
]

ZERO = Decimal(0)
CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    """``value`` rounded to cents, however many digits it has (prices come from clients; the
    default 28-digit context would raise ``InvalidOperation`` on a long one)."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 3)
        return value.quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Decimal) -> str:
    """A price or amount as the brokers print it: a string with two decimals."""
    rounded = cents(value)
    return str(abs(rounded) if rounded == 0 else rounded)  # never "-0.00"


@dataclass(frozen=True, slots=True)
class Instrument:
    """One tradable contract of the seeded contract master."""

    exchange: str
    token: str
    symbol: str
    """Underlying / scrip name (Samco ``symbolName``), e.g. ``SBIN``."""
    trading_symbol: str
    """Exchange trading symbol (Gopocket ``tradingSymbol``), e.g. ``SBIN-EQ``."""
    name: str
    ltp: Decimal
    previous_close: Decimal
    lot_size: int = 1
    tick_size: str = "0.05"
    instrument_type: str = ""
    group: str = "EQ"
    expiry: str = ""
    option_type: str = ""
    strike: str = ""

    @property
    def listing_id(self) -> str:
        """Samco's ``<token>_<exchange>`` key."""
        return f"{self.token}_{self.exchange}"


def _equity(exchange: str, token: str, symbol: str, name: str, ltp: str, close: str) -> Instrument:
    trading = f"{symbol}-EQ" if exchange == "NSE" else symbol
    return Instrument(exchange, token, symbol, trading, name, Decimal(ltp), Decimal(close))


INSTRUMENTS: tuple[Instrument, ...] = (
    _equity("NSE", "2885", "RELIANCE", "RELIANCE INDUSTRIES LTD", "1290.00", "1275.40"),
    _equity("NSE", "3045", "SBIN", "STATE BANK OF INDIA", "600.00", "596.85"),
    _equity("NSE", "1594", "INFY", "INFOSYS LIMITED", "1500.00", "1488.20"),
    _equity("NSE", "11536", "TCS", "TATA CONSULTANCY SERVICES LTD.", "3500.00", "3478.90"),
    _equity("NSE", "236", "ASIANPAINT", "ASIAN PAINTS LIMITED", "2400.00", "2391.10"),
    _equity("NSE", "14366", "IDEA", "VODAFONE IDEA LIMITED", "13.95", "13.80"),
    _equity("NSE", "5097", "ZOMATO", "ZOMATO LIMITED", "250.00", "247.65"),
    _equity("BSE", "500325", "RELIANCE", "RELIANCE INDUSTRIES LTD", "1290.10", "1275.50"),
    _equity("BSE", "500112", "SBIN", "STATE BANK OF INDIA", "600.05", "596.90"),
    _equity("BSE", "500209", "INFY", "INFOSYS LIMITED", "1500.10", "1488.30"),
    _equity("BSE", "532540", "TCS", "TATA CONSULTANCY SERVICES LTD.", "3500.20", "3479.00"),
    _equity("BSE", "532822", "IDEA", "VODAFONE IDEA LIMITED", "13.96", "13.81"),
    Instrument(
        "NFO", "52168", "NIFTY", "NIFTY26JUN26F", "NIFTY 26JUN26 FUT", Decimal("24850.00"),
        Decimal("24790.35"), lot_size=75, instrument_type="FUTIDX", group="XX",
        expiry="2026-06-26", option_type="XX", strike="0",
    ),
)  # fmt: skip
"""The contract master both mocks serve and trade (fixed last traded prices)."""

HOLDINGS: tuple[tuple[str, str, int, Decimal], ...] = (
    ("NSE", "INFY", 10, Decimal("1400.00")),
    ("NSE", "SBIN", 20, Decimal("550.00")),
    ("NSE", "IDEA", 30, Decimal("7.87")),
)
"""Seeded demat holdings: (exchange, symbol, quantity, average buy price)."""


@dataclass(frozen=True, slots=True)
class OrderAcceptance:
    """A broker that decides a new order late: it first shows as pending validation.

    For ``delay_s`` seconds (of the mock's clock) after it was placed, an order that this rule
    applies to shows the broker's pre-acceptance status (Samco ``Validation Pending``,
    Gopocket ``PENDING``); then it is rejected with ``reject_reason`` if one is given, or
    accepted (open, trigger pending or filled, by the usual rules). ``symbols`` limits the
    rule to some instruments (symbol or trading symbol, upper case); None means every order.
    Set it as ``order_acceptance=`` of a mock's constructor or on its ``order_acceptance``
    attribute at any time (it applies to orders placed afterwards).
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


class Instruments:
    """Look-ups into the seeded contract master by symbol, trading symbol or token."""

    def __init__(self, items: Iterable[Instrument] = INSTRUMENTS) -> None:
        self.items = tuple(items)

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.items)

    def find(self, exchange: str, name: str) -> Instrument | None:
        """By symbol or trading symbol (case-insensitive) on ``exchange``."""
        wanted = name.strip().upper()
        for item in self.items:
            if item.exchange == exchange.upper() and wanted in (item.symbol, item.trading_symbol):
                return item
        return None

    def by_token(self, exchange: str, token: str) -> Instrument | None:
        for item in self.items:
            if item.exchange == exchange.upper() and item.token == token.strip():
                return item
        return None

    def exchanges(self) -> list[str]:
        return sorted({item.exchange for item in self.items})


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


def seeded_holdings(instruments: Instruments) -> list[Holding]:
    holdings = []
    for exchange, symbol, qty, price in HOLDINGS:
        instrument = instruments.find(exchange, symbol)
        if instrument is not None:
            holdings.append(Holding(instrument, qty, price))
    return holdings


def margin_factor(product: str) -> Decimal:
    """Share of an order's value blocked as margin: intraday products get 5x leverage."""
    return Decimal("0.2") if product in ("MIS", "CO", "BO", "INTRADAY") else Decimal(1)


@dataclass(frozen=True, slots=True)
class Trade:
    """One fill. ``visible=False`` entries move quantity between products (conversions)."""

    trade_no: str
    order_no: str
    instrument: Instrument
    product: str
    side: str  # BUY / SELL
    quantity: int
    price: Decimal
    time: datetime
    visible: bool = True


@dataclass(slots=True)
class Position:
    """Net position of one instrument and product, aggregated from the ledger."""

    instrument: Instrument
    product: str
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
        return self.net_qty * (self.instrument.ltp - self.average_price)

    def margin(self) -> Decimal:
        """Margin held by the open quantity (a CNC short is a sale of holdings: none)."""
        if self.product == "CNC" and self.net_qty < 0:
            return ZERO
        return abs(self.net_qty) * self.average_price * margin_factor(self.product)


class Numbers:
    """Sequential order / trade / exchange numbers in the brokers' shapes (date prefix)."""

    def __init__(self, digits: int, start: int = 1) -> None:
        self._digits = digits
        self._counter = itertools.count(start)

    def next(self, now: datetime) -> str:
        prefix = now.astimezone(IST).strftime("%y%m%d")
        return f"{prefix}{next(self._counter):0{self._digits - len(prefix)}d}"


@dataclass
class Ledger:
    """Today's fills; positions and their margin are always computed from it."""

    trades: list[Trade] = field(default_factory=list)
    trade_numbers: Iterator[int] = field(default_factory=lambda: itertools.count(25400))

    def fill(
        self,
        order_no: str,
        instrument: Instrument,
        product: str,
        side: str,
        quantity: int,
        now: datetime,
        *,
        price: Decimal | None = None,
        visible: bool = True,
    ) -> Trade:
        trade = Trade(
            trade_no=str(next(self.trade_numbers)),
            order_no=order_no,
            instrument=instrument,
            product=product,
            side=side,
            quantity=quantity,
            price=instrument.ltp if price is None else price,
            time=now,
            visible=visible,
        )
        self.trades.append(trade)
        return trade

    def visible_trades(self) -> list[Trade]:
        return [t for t in self.trades if t.visible]

    def positions(self) -> list[Position]:
        book: dict[tuple[str, str, str], Position] = {}
        for trade in self.trades:
            key = (trade.instrument.exchange, trade.instrument.token, trade.product)
            pos = book.setdefault(key, Position(trade.instrument, trade.product))
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

    def convert(
        self,
        instrument: Instrument,
        from_product: str,
        to_product: str,
        quantity: int,
        now: datetime,
    ) -> str | None:
        """Move ``quantity`` of an open position to another product; the reason if impossible."""
        pos = self.position(instrument, from_product)
        if pos is None or pos.net_qty == 0:
            return f"No open {from_product} position in {instrument.trading_symbol}"
        if quantity > abs(pos.net_qty):
            return f"Quantity to convert exceeds the open quantity {abs(pos.net_qty)}"
        long = pos.net_qty > 0
        price = pos.average_price
        out, into = ("SELL", "BUY") if long else ("BUY", "SELL")
        self.fill("", instrument, from_product, out, quantity, now, price=price, visible=False)
        self.fill("", instrument, to_product, into, quantity, now, price=price, visible=False)
        return None

    def margin_used(self) -> Decimal:
        return sum((pos.margin() for pos in self.positions()), ZERO)


def marketable(side: str, price: Decimal, ltp: Decimal) -> bool:
    """Whether a limit order crosses the (fixed) last traded price and so fills at once."""
    return price >= ltp if side == "BUY" else price <= ltp


def triggered(side: str, trigger: Decimal, ltp: Decimal) -> bool:
    """Whether a stop order's trigger is already reached at the (fixed) last traded price."""
    return ltp >= trigger if side == "BUY" else ltp <= trigger
