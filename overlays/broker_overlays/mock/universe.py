"""The symbol universe of the mock exchange: every instrument both mock brokers quote and trade.

The default universe (:data:`DEFAULT_INSTRUMENTS`) is defined here and nowhere else; the mock
CLI lists it (``mock-server samco --list-symbols``) and :func:`load_symbols` extends it from a
CSV file (``--symbols FILE``, ``MockConfig(symbols=...)``). CSV columns (header row required,
names case-insensitive, order free; only the first four are required):

=================  ===========================================================================
``exchange``       NSE, BSE, NFO, BFO, ... (indices: the exchange that computes them)
``token``          the exchange token / Samco listing id / Gopocket ``Token`` / ``instrumentId``
``symbol``         the scrip or underlying name (Samco ``symbolName``), e.g. ``SBIN``
``seed_price``     the price at the moment the mock starts (blank for options: priced from
                   their underlying)
``trading_symbol`` default: ``<symbol>-EQ`` on NSE, ``<symbol>`` elsewhere
``name``           company / contract description (default: the symbol)
``type``           EQ (default), INDEX, FUTIDX, FUTSTK, OPTIDX, OPTSTK
``lot_size``       default 1
``tick_size``      default 0.05
``underlying``     the price series it follows (default: the symbol); an index and its
                   futures and options share one, e.g. ``NIFTY``
``expiry``         ``yyyy-mm-dd`` (derivatives)
``strike``         strike price (options)
``option_type``    CE or PE (options)
=================  ===========================================================================

A row whose (exchange, token) is already known replaces that instrument.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

__all__ = [
    "DEFAULT_HOLDINGS",
    "DEFAULT_INSTRUMENTS",
    "DERIVATIVES",
    "Instrument",
    "Universe",
    "load_symbols",
    "universe_table",
]

DERIVATIVES = ("FUTIDX", "FUTSTK", "OPTIDX", "OPTSTK")
KINDS = ("EQ", "INDEX", *DERIVATIVES)


@dataclass(frozen=True, slots=True)
class Instrument:
    """One instrument of the universe (an index is quoted and charted, never traded)."""

    exchange: str
    token: str
    symbol: str
    """Scrip / underlying name (Samco ``symbolName``), e.g. ``SBIN``."""
    trading_symbol: str
    """Exchange trading symbol (Gopocket ``tradingSymbol``), e.g. ``SBIN-EQ``."""
    name: str
    seed_price: Decimal
    """Price at the moment the mock starts (options: 0, priced from the underlying)."""
    kind: str = "EQ"
    lot_size: int = 1
    tick_size: str = "0.05"
    underlying: str = ""
    """Key of the price series (instruments with the same key move together)."""
    expiry: str = ""
    strike: str = ""
    option_type: str = ""

    @property
    def listing_id(self) -> str:
        """Samco's ``<token>_<exchange>`` key."""
        return f"{self.token}_{self.exchange}"

    @property
    def series(self) -> str:
        return self.underlying or self.symbol

    @property
    def tradable(self) -> bool:
        return self.kind != "INDEX"

    @property
    def is_option(self) -> bool:
        return self.kind in ("OPTIDX", "OPTSTK")

    @property
    def is_future(self) -> bool:
        return self.kind in ("FUTIDX", "FUTSTK")

    @property
    def tick(self) -> Decimal:
        return Decimal(self.tick_size)


def _eq(exchange: str, token: str, symbol: str, name: str, price: str) -> Instrument:
    trading = f"{symbol}-EQ" if exchange == "NSE" else symbol
    return Instrument(exchange, token, symbol, trading, name, Decimal(price))


def _index(exchange: str, token: str, name: str, series: str, price: str) -> Instrument:
    return Instrument(
        exchange, token, name, name, name, Decimal(price), kind="INDEX", tick_size="0.01",
        underlying=series,
    )  # fmt: skip


def _deriv(
    token: str, trading: str, symbol: str, kind: str, lot: int, expiry: str, price: str = "0",
    strike: str = "", option: str = "",
) -> Instrument:  # fmt: skip
    name = f"{symbol} {expiry} {strike} {option}".strip() if option else f"{symbol} {expiry} FUT"
    return Instrument(
        "NFO", token, symbol, trading, name, Decimal(price), kind=kind, lot_size=lot,
        underlying=symbol, expiry=expiry, strike=strike, option_type=option,
    )  # fmt: skip


DEFAULT_INSTRUMENTS: tuple[Instrument, ...] = (
    _eq("NSE", "2885", "RELIANCE", "RELIANCE INDUSTRIES LTD", "1290.00"),
    _eq("NSE", "3045", "SBIN", "STATE BANK OF INDIA", "600.00"),
    _eq("NSE", "1594", "INFY", "INFOSYS LIMITED", "1500.00"),
    _eq("NSE", "11536", "TCS", "TATA CONSULTANCY SERVICES LTD.", "3500.00"),
    _eq("NSE", "236", "ASIANPAINT", "ASIAN PAINTS LIMITED", "2400.00"),
    _eq("NSE", "14366", "IDEA", "VODAFONE IDEA LIMITED", "13.95"),
    _eq("NSE", "5097", "ZOMATO", "ZOMATO LIMITED", "250.00"),
    _eq("BSE", "500325", "RELIANCE", "RELIANCE INDUSTRIES LTD", "1290.10"),
    _eq("BSE", "500112", "SBIN", "STATE BANK OF INDIA", "600.05"),
    _eq("BSE", "500209", "INFY", "INFOSYS LIMITED", "1500.10"),
    _eq("BSE", "532540", "TCS", "TATA CONSULTANCY SERVICES LTD.", "3500.20"),
    _eq("BSE", "532822", "IDEA", "VODAFONE IDEA LIMITED", "13.96"),
    _index("NSE", "26000", "NIFTY 50", "NIFTY", "24800.00"),
    _index("NSE", "26009", "NIFTY BANK", "BANKNIFTY", "53500.00"),
    _index("BSE", "1", "SENSEX", "SENSEX", "81500.00"),
    _deriv("52168", "NIFTY26JUN26F", "NIFTY", "FUTIDX", 75, "2026-06-26", "24850.00"),
    _deriv("52175", "NIFTY26DEC26F", "NIFTY", "FUTIDX", 75, "2026-12-31", "24950.00"),
    _deriv("52176", "BANKNIFTY26DEC26F", "BANKNIFTY", "FUTIDX", 35, "2026-12-31", "53700.00"),
    _deriv("52177", "RELIANCE26DEC26F", "RELIANCE", "FUTSTK", 500, "2026-12-31", "1296.00"),
    _deriv("52180", "NIFTY26DEC2624800CE", "NIFTY", "OPTIDX", 75, "2026-12-31",
           strike="24800", option="CE"),
    _deriv("52181", "NIFTY26DEC2624800PE", "NIFTY", "OPTIDX", 75, "2026-12-31",
           strike="24800", option="PE"),
    _deriv("52182", "NIFTY26DEC2625000CE", "NIFTY", "OPTIDX", 75, "2026-12-31",
           strike="25000", option="CE"),
    _deriv("52183", "NIFTY26DEC2625000PE", "NIFTY", "OPTIDX", 75, "2026-12-31",
           strike="25000", option="PE"),
    _deriv("52185", "RELIANCE26DEC261300CE", "RELIANCE", "OPTSTK", 500, "2026-12-31",
           strike="1300", option="CE"),
)  # fmt: skip
"""The default symbol universe of both mocks."""

DEFAULT_HOLDINGS: tuple[tuple[str, str, int, Decimal], ...] = (
    ("NSE", "INFY", 10, Decimal("1400.00")),
    ("NSE", "SBIN", 20, Decimal("550.00")),
    ("NSE", "IDEA", 30, Decimal("7.87")),
)
"""Seeded demat holdings: (exchange, symbol, quantity, average buy price)."""


class Universe:
    """Look-ups into the instruments by symbol, trading symbol, token or underlying."""

    def __init__(self, items: Iterable[Instrument] = DEFAULT_INSTRUMENTS) -> None:
        self.all: tuple[Instrument, ...] = tuple(items)
        self.items = tuple(i for i in self.all if i.tradable)
        """The tradable instruments (indices excluded)."""
        self.indices = tuple(i for i in self.all if not i.tradable)

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.items)

    def find(self, exchange: str, name: str) -> Instrument | None:
        """A tradable instrument by symbol or trading symbol (case-insensitive)."""
        wanted, exchange = name.strip().upper(), exchange.upper()
        for item in self.items:
            if item.exchange == exchange and wanted in (item.symbol, item.trading_symbol):
                if item.kind == "EQ" or wanted == item.trading_symbol:
                    return item
        return None

    def by_token(self, exchange: str, token: str) -> Instrument | None:
        exchange, token = exchange.upper(), token.strip()
        return next((i for i in self.all if i.exchange == exchange and i.token == token), None)

    def index(self, name: str) -> Instrument | None:
        wanted = name.strip().upper()
        return next((i for i in self.indices if wanted in (i.symbol, i.series)), None)

    def spot(self, series: str) -> Instrument | None:
        """The index or NSE/BSE equity whose price a derivative's series follows."""
        found = [i for i in self.all if i.series == series and i.kind in ("INDEX", "EQ")]
        return min(found, key=lambda i: (i.exchange != "NSE", i.kind != "INDEX"), default=None)

    def derivatives(self, underlying: str, kinds: tuple[str, ...]) -> list[Instrument]:
        wanted = underlying.strip().upper()
        return [i for i in self.items if i.kind in kinds and wanted in (i.symbol, i.series)]

    def search(self, text: str, exchange: str | None = None) -> list[Instrument]:
        wanted = text.strip().upper()
        return [
            i
            for i in self.items
            if (exchange is None or i.exchange == exchange.upper())
            and (wanted in i.trading_symbol or wanted in i.name.upper())
        ]

    def exchanges(self) -> list[str]:
        return sorted({item.exchange for item in self.items})

    def extended(self, more: Iterable[Instrument]) -> Universe:
        """This universe with ``more`` added (same exchange and token: replaced)."""
        items = {(i.exchange, i.token): i for i in self.all}
        items.update({(i.exchange, i.token): i for i in more})
        return Universe(items.values())


def _row_instrument(row: dict[str, str], line: int) -> Instrument:
    def get(name: str, default: str = "") -> str:
        return (row.get(name) or "").strip() or default

    missing = [n for n in ("exchange", "token", "symbol") if not get(n)]
    kind = get("type", "EQ").upper()
    if kind not in KINDS:
        raise ValueError(f"line {line}: type {kind!r} is not one of {', '.join(KINDS)}")
    is_option = kind in ("OPTIDX", "OPTSTK")
    if not get("seed_price") and not is_option:
        missing.append("seed_price")
    if missing:
        raise ValueError(f"line {line}: missing {', '.join(missing)}")
    exchange, symbol = get("exchange").upper(), get("symbol").upper()
    try:
        price = Decimal(get("seed_price", "0"))
        lot = int(get("lot_size", "1"))
        tick = Decimal(get("tick_size", "0.05"))
    except (InvalidOperation, ValueError):
        raise ValueError(
            f"line {line}: seed_price, lot_size or tick_size is not a number"
        ) from None
    if price < 0 or lot < 1 or tick <= 0:
        raise ValueError(f"line {line}: seed_price, lot_size and tick_size must be positive")
    if is_option and (not get("strike") or get("option_type").upper() not in ("CE", "PE")):
        raise ValueError(f"line {line}: an option needs strike and option_type CE or PE")
    default_trading = f"{symbol}-EQ" if exchange == "NSE" and kind == "EQ" else symbol
    return Instrument(
        exchange=exchange,
        token=get("token"),
        symbol=symbol,
        trading_symbol=get("trading_symbol", default_trading).upper(),
        name=get("name", symbol),
        seed_price=price,
        kind=kind,
        lot_size=lot,
        tick_size=str(tick),
        underlying=get("underlying", symbol).upper(),
        expiry=get("expiry"),
        strike=get("strike"),
        option_type=get("option_type").upper(),
    )


def load_symbols(path: str | os.PathLike[str]) -> list[Instrument]:
    """The instruments of a symbols CSV file (see the module docstring); ValueError if bad."""
    with Path(path).open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        if reader.fieldnames is None:
            raise ValueError(f"{path}: empty symbols file")
        rows = []
        for number, raw in enumerate(reader, start=2):
            row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
            rows.append(_row_instrument(row, number))
    return rows


def universe_table(universe: Universe | None = None) -> str:
    """The universe as an aligned text table (the CLI's ``--list-symbols``)."""
    universe = universe or Universe()
    header = ("EXCH", "TOKEN", "TRADING SYMBOL", "TYPE", "LOT", "TICK", "SEED", "EXPIRY", "STRIKE")
    rows = [header] + [
        (i.exchange, i.token, i.trading_symbol, i.kind, str(i.lot_size), i.tick_size,
         str(i.seed_price) if i.seed_price else "model", i.expiry or "-",
         f"{i.strike} {i.option_type}".strip() or "-")
        for i in universe.all
    ]  # fmt: skip
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    return "\n".join("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)  # fmt: skip
