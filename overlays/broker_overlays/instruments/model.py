"""The instrument row and a loaded master with its look-ups.

:class:`Instrument` is a tuple of its :class:`ContractTerms` (shared by the rows that have
them) and three texts of its own: the cheapest immutable record in CPython, made in C by the
parser (``tuple.__new__``), with the fields built from those texts computed on access. Each
index of :class:`InstrumentMaster` is built once, on its first use.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cached_property
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Final, Literal, NamedTuple, TypeAlias, TypeVar

from broker_overlays.errors import ClientValidationError
from broker_overlays.instruments.bulk import positions, quiet_gc
from broker_overlays.instruments.dates import parse_date
from broker_overlays.instruments.values import OPTIONS
from broker_overlays.instruments.values import strike as strike_of

__all__ = ["Broker", "ContractTerms", "FileStatus", "Instrument", "InstrumentMaster", "MasterFile"]

Broker: TypeAlias = Literal["samco", "gopocket"]
FileStatus: TypeAlias = Literal["cached", "not-modified", "downloaded"]
_FUTURE_PREFIX = "FUT"
_OPTION_PREFIXES = ("OPT", "IO")
"""Instrument codes of options (Samco files SENSEX index options under ``IO``, FR:A2.6)."""
_OPTION_TYPES = frozenset({"CE", "PE"})


class ContractTerms(NamedTuple):
    """What many rows of a master share (exchange, underlying, type, lot and tick size,
    expiry ...): converted once per distinct combination in a file, and held by reference
    by every row that has it."""

    broker: Broker
    exchange: str
    name: str
    underlying: str
    instrument_type: str
    """The broker's instrument code (``EQ``, ``OPTIDX``, ``FUTSTK``, Samco ``IO``, Gopocket
    ``ETF`` / ``E`` ...; "" when the file gives none)."""
    lot_size: int
    """1 when the file gives none."""
    tick_size: Decimal | None
    expiry: date | None
    segment: str = ""
    series: str = ""
    """Gopocket ``Group Name`` (NSE series: EQ, BE ...)."""
    option_type: Literal["CE", "PE"] | None = None
    """From the file's option-type column (Gopocket); None without one."""
    options_by_suffix: bool = False
    """No option-type column (Samco): a row of these terms is a ``CE`` / ``PE`` option when
    its trading symbol ends so (the terms are dated and not a future)."""


class Instrument(tuple[ContractTerms, str, str, str]):
    """One row of a broker's instrument master: its :class:`ContractTerms` (shared with its
    siblings) and three texts of its own, as the file gives them (the code, the trading
    symbol, the strike). The parser builds rows in C (``tuple.__new__``); the fields made
    from a row's own texts (token, stream key, trading symbol, strike, option type) are
    computed on access, as a stream's ticks are.

    Samco (ScripMaster.csv): ``token`` is the scrip code part of ``symbolCode``, and
    ``stream_key`` the ``symbolCode`` itself (``2885_NSE``: REST ``listingId`` and streaming
    key, FR:A2.3); ``name`` and ``underlying`` are both the ``name`` column. Gopocket
    (contract master): ``token`` is ``Token`` (v1 ``instrumentId``), ``stream_key`` the Noren
    WebSocket key ``EXCH|token`` (FR:B1.5; None where the file gives no token, FR:B5.2),
    ``underlying`` is ``Symbol`` and ``name`` ``Instrument Name``.

    Immutable and hashable; two rows are equal when their terms and texts are.
    """

    __slots__ = ()

    def __new__(
        cls, terms: ContractTerms, code: str, trading_symbol: str, strike: str = ""
    ) -> Instrument:
        """``code``: Samco ``symbolCode`` / Gopocket ``Token``; ``strike``: the strike text
        (read for options only)."""
        return tuple.__new__(cls, (terms, code, trading_symbol, strike))

    def __getnewargs__(self) -> tuple[ContractTerms, str, str, str]:
        return (self[0], self[1], self[2], self[3])

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.as_dict().items())
        return f"Instrument({fields})"

    def as_dict(self) -> dict[str, object]:
        """The fields by name (broker, exchange, token, stream_key, trading_symbol, name,
        underlying, instrument_type, lot_size, tick_size, expiry, strike, option_type,
        segment, series)."""
        return {name: getattr(self, name) for name in _FIELDS}

    @property
    def terms(self) -> ContractTerms:
        return self[0]

    @property
    def broker(self) -> Broker:
        return self[0].broker

    @property
    def exchange(self) -> str:
        return self[0].exchange

    @property
    def name(self) -> str:
        return self[0].name

    @property
    def underlying(self) -> str:
        return self[0].underlying

    @property
    def instrument_type(self) -> str:
        return self[0].instrument_type

    @property
    def lot_size(self) -> int:
        return self[0].lot_size

    @property
    def tick_size(self) -> Decimal | None:
        return self[0].tick_size

    @property
    def expiry(self) -> date | None:
        return self[0].expiry

    @property
    def segment(self) -> str:
        return self[0].segment

    @property
    def series(self) -> str:
        return self[0].series

    @property
    def token(self) -> str:
        """Exchange token ("" when the file has none)."""
        return _TOKEN_OF[self[0].broker](self[1].strip())

    @property
    def stream_key(self) -> str | None:
        """Samco: the ``symbolCode``; Gopocket: ``EXCH|token`` (None without a token)."""
        if self[0].broker == "samco":
            return self[1].strip()
        token = self.token
        return f"{self[0].exchange}|{token}" if token else None

    @property
    def trading_symbol(self) -> str:
        """The file's trading symbol, or the underlying where it gives none."""
        return self[2].strip() or self[0].underlying

    @property
    def option_type(self) -> Literal["CE", "PE"] | None:
        """None for futures (Gopocket's ``XX``) and everything else."""
        terms = self[0]
        if not terms.options_by_suffix:
            return terms.option_type
        return OPTIONS.get(self.trading_symbol[-2:])

    @property
    def strike(self) -> Decimal | None:
        """Options only (a positive strike)."""
        return None if self.option_type is None else strike_of(self[3])

    @property
    def is_option(self) -> bool:
        return self.option_type is not None

    @property
    def is_future(self) -> bool:
        kind = self.instrument_type
        return self.option_type is None and (
            kind.startswith(_FUTURE_PREFIX)
            or (self.expiry is not None and not kind.startswith(_OPTION_PREFIXES))
        )

    @property
    def is_derivative(self) -> bool:
        return self.expiry is not None or self.is_option or self.is_future

    @property
    def symbol_name(self) -> str:
        """What Samco's orders, quotes and candles take as ``symbolName``: the ``name`` for
        equities, the ``tradingSymbol`` for F&O (FR:A2.5)."""
        return self.trading_symbol if self.is_derivative else self.underlying

    @property
    def instrument_id(self) -> str:
        """Gopocket's v1 ``instrumentId`` (the token)."""
        return self.token


def _samco_token(code: str) -> str:
    """The scrip code of a ``symbolCode`` (``2885_NSE`` -> ``2885``)."""
    return code.rpartition("_")[0] or code


def _gopocket_token(code: str) -> str:
    """The ``Token``, less a ``.0`` where it went through a float (FR:B5.2)."""
    return code[:-2] if code.endswith(".0") and code[:-2].isdigit() else code


_TOKEN_OF: Final[dict[str, Callable[[str], str]]] = {
    "samco": _samco_token,
    "gopocket": _gopocket_token,
}
"""Per broker: a row's stripped code -> its token."""


_FIELDS: Final = (
    "broker", "exchange", "token", "stream_key", "trading_symbol", "name", "underlying",
    "instrument_type", "lot_size", "tick_size", "expiry", "strike", "option_type", "segment",
    "series",
)  # fmt: skip
"""The fields of an :class:`Instrument`, in :meth:`Instrument.as_dict` order."""


@dataclass(frozen=True, slots=True)
class MasterFile:
    """Where the rows of one downloaded file came from."""

    exchange: str
    """The file's exchange (Gopocket), or ``ALL`` (Samco's one file)."""
    url: str
    path: Path | None
    """The cached copy (None when nothing was cached)."""
    status: FileStatus
    """``cached``: the copy was fresh, nothing was asked; ``not-modified``: the broker
    answered 304 to a conditional GET; ``downloaded``: a new file (HTTP 200)."""
    fetched_at: datetime
    """When the file itself was downloaded (UTC)."""
    rows: int


K = TypeVar("K")
ROW_TERMS: Final = itemgetter(0)
"""A row's :class:`ContractTerms` (the layout of :class:`Instrument`, for C calls)."""
ROW_CODE: Final = itemgetter(1)
"""A row's code text."""
_TRADING: Final = itemgetter(2)
_UNDERLYING: Final = attrgetter("underlying")
_EXPIRY: Final = attrgetter("expiry")
_NAME: Final = attrgetter("name")


def _group(keys: Iterable[K], rows: Iterable[Instrument]) -> dict[K, list[Instrument]]:
    """key -> the rows with that key, in order."""
    index: dict[K, list[Instrument]] = {}
    get = index.get
    for key, row in zip(keys, rows, strict=True):
        found = get(key)
        if found is None:
            index[key] = [row]
        else:
            found.append(row)
    return index


def _upper(value: str | None) -> str:
    return (value or "").strip().upper()


def _strike(value: Decimal | float | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ClientValidationError(f"strike {value!r} is not a number") from None
    if not number.is_finite():
        raise ClientValidationError(f"strike {value!r} is not a finite number")
    return number


class InstrumentMaster:
    """The instruments of one broker, with look-ups by trading symbol, token, contract and
    free text. Look-ups are case-insensitive; one that matches several exchanges without an
    ``exchange=`` raises :class:`~broker_overlays.errors.ClientValidationError` naming them."""

    def __init__(
        self, broker: Broker, instruments: Iterable[Instrument], files: Sequence[MasterFile] = ()
    ) -> None:
        self.broker: Broker = broker
        self.instruments: tuple[Instrument, ...] = tuple(instruments)
        self.files: tuple[MasterFile, ...] = tuple(files)
        """Where the rows came from (empty for a master built from rows)."""

    def __len__(self) -> int:
        return len(self.instruments)

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.instruments)

    def __repr__(self) -> str:
        return f"InstrumentMaster({self.broker!r}, {len(self)} instruments, {self.exchanges})"

    @cached_property
    def exchanges(self) -> tuple[str, ...]:
        return tuple(sorted({i.exchange for i in self.instruments}))

    # -- indexes (each built once, on first use) ---------------------------------------------

    # Indexes are built column-wise: C calls over all rows, Python once per distinct terms.

    @cached_property
    def _trading_symbols(self) -> list[str]:
        """:attr:`Instrument.trading_symbol` of every row."""
        rows = self.instruments
        symbols = list(map(str.strip, map(_TRADING, rows)))
        for n in positions(symbols, ""):
            symbols[n] = rows[n].trading_symbol
        return symbols

    @cached_property
    def _symbols(self) -> dict[str, list[Instrument]]:
        with quiet_gc():
            return _group(map(str.upper, self._trading_symbols), self.instruments)

    @cached_property
    def _tokens(self) -> dict[str, list[Instrument]]:
        """Token -> rows (every row is read with ``broker``'s rule: a master holds one
        broker's rows)."""
        codes = map(str.strip, map(ROW_CODE, self.instruments))
        with quiet_gc():
            index = _group(map(_TOKEN_OF[self.broker], codes), self.instruments)
        index.pop("", None)  # no token in the file
        return index

    @cached_property
    def _contracts(self) -> dict[tuple[str, date | None], list[Instrument]]:
        terms = list(map(ROW_TERMS, self.instruments))
        underlyings = map(str.upper, map(_UNDERLYING, terms))
        with quiet_gc():
            keys = zip(underlyings, map(_EXPIRY, terms), strict=True)
            index = _group(keys, self.instruments)
        for key in [key for key in index if key[1] is None]:
            del index[key]  # undated: not a contract
        return index

    @cached_property
    def _texts(self) -> list[str]:
        """Per instrument: trading symbol, underlying and name, upper case, NUL-separated (one
        ``in`` test per row for a substring search)."""
        terms = list(map(ROW_TERMS, self.instruments))
        parts = zip(self._trading_symbols, map(_UNDERLYING, terms), map(_NAME, terms), strict=True)
        with quiet_gc():
            return list(map(str.upper, map("\0".join, parts)))

    def build_indexes(self) -> None:
        """Build every index now (they are otherwise built on first use)."""
        for name in ("_symbols", "_tokens", "_contracts", "_texts"):
            getattr(self, name)

    # -- look-ups -----------------------------------------------------------------------------

    def _one(
        self, found: Sequence[Instrument], exchange: str | None, what: str
    ) -> Instrument | None:
        if exchange is not None:
            wanted = _upper(exchange)
            found = [i for i in found if i.exchange == wanted]
        if len(found) > 1:
            places = ", ".join(sorted({f"{i.exchange} {i.trading_symbol}" for i in found}))
            raise ClientValidationError(
                f"{what} matches {len(found)} instruments ({places}): pass exchange=",
                broker=self.broker,
            )
        return found[0] if found else None

    def by_symbol(self, trading_symbol: str, exchange: str | None = None) -> Instrument | None:
        """The instrument whose trading symbol is ``trading_symbol`` (exact, any case)."""
        found = self._symbols.get(_upper(trading_symbol), [])
        return self._one(found, exchange, f"trading symbol {trading_symbol!r}")

    def by_token(self, token: str, exchange: str | None = None) -> Instrument | None:
        """The instrument of a token (``2885``), a Samco ``symbolCode`` (``2885_NSE``) or a
        Gopocket stream key (``NSE|2885``)."""
        wanted = _upper(token)
        exch, bar, code = wanted.partition("|")
        if bar:  # a Noren stream key
            found = [i for i in self._tokens.get(code, ()) if i.exchange == exch]
        else:
            found = list(self._tokens.get(wanted, ()))
            code, underscore, _ = wanted.rpartition("_")
            if not found and underscore:  # a Samco symbolCode
                found = [i for i in self._tokens.get(code, ()) if i.stream_key == wanted]
        return self._one(found, exchange, f"token {token!r}")

    def contract(
        self,
        underlying: str,
        expiry: date | str,
        strike: Decimal | float | str | None = None,
        option_type: str | None = None,
        *,
        exchange: str | None = None,
    ) -> Instrument | None:
        """The future (no ``strike``, ``option_type`` None or ``XX``) or option (``strike`` and
        ``CE`` / ``PE``) of ``underlying`` expiring on ``expiry`` (a date, or text in any
        format :func:`~broker_overlays.instruments.parsing.parse_date` reads)."""
        day = expiry if isinstance(expiry, date) else _expiry(expiry)
        kind = _upper(option_type) or None
        if kind == "XX":
            kind = None
        if kind is not None and kind not in _OPTION_TYPES:
            raise ClientValidationError(f"option_type must be CE, PE or None, not {option_type!r}")
        number = _strike(strike) if kind is not None else None
        found = [
            i
            for i in self._contracts.get((_upper(underlying), day), ())
            if i.option_type == kind and (kind is None or i.strike == number)
        ]
        what = f"{underlying} {day} {number or ''} {kind or 'FUT'}".replace("  ", " ")
        return self._one(found, exchange, what)

    def search(
        self, text: str, *, limit: int = 20, exchange: str | None = None
    ) -> list[Instrument]:
        """Instruments whose trading symbol, underlying or name contains ``text`` (any case),
        best first: an exact trading symbol, then an exact underlying or name, then a prefix,
        then any substring; within a rank cash before derivatives, then shorter trading
        symbols, then alphabetical."""
        wanted = _upper(text)
        if not wanted or limit <= 0:
            return []
        items, only = self.instruments, _upper(exchange) or None
        hits = [n for n, haystack in enumerate(self._texts) if wanted in haystack]
        if only is not None:
            hits = [n for n in hits if items[n].exchange == only]

        texts = self._texts

        def rank(n: int) -> tuple[int, bool, int, str, str]:
            symbol, underlying, name = texts[n].split("\0")
            if symbol == wanted:
                score = 0
            elif wanted in (underlying, name):
                score = 1
            elif (
                symbol.startswith(wanted)
                or underlying.startswith(wanted)
                or name.startswith(wanted)
            ):
                score = 2
            else:
                score = 3
            item = items[n]
            return (score, item.is_derivative, len(symbol), symbol, item.exchange)

        return [items[n] for n in heapq.nsmallest(limit, hits, key=rank)]


def _expiry(text: str) -> date:
    found = parse_date(text)
    if found is None:
        raise ClientValidationError(f"expiry {text!r} is not a date")
    return found
