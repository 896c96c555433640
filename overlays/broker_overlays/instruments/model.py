"""The instrument row and a loaded master with its look-ups.

:class:`Instrument` is a NamedTuple (made with ``tuple.__new__`` in the parser's hot loop: the
cheapest immutable record in CPython, see :mod:`broker_overlays.candles`). Each index of
:class:`InstrumentMaster` is built once, on its first use.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path
from typing import Literal, NamedTuple, TypeAlias, TypeVar

from broker_overlays.errors import ClientValidationError
from broker_overlays.instruments.bulk import quiet_gc
from broker_overlays.instruments.dates import parse_date

__all__ = ["Broker", "FileStatus", "Instrument", "InstrumentMaster", "MasterFile"]

Broker: TypeAlias = Literal["samco", "gopocket"]
FileStatus: TypeAlias = Literal["cached", "not-modified", "downloaded"]
_FUTURE_PREFIX = "FUT"
_OPTION_PREFIXES = ("OPT", "IO")
"""Instrument codes of options (Samco files SENSEX index options under ``IO``, FR:A2.6)."""
_OPTION_TYPES = frozenset({"CE", "PE"})


class Instrument(NamedTuple):
    """One row of a broker's instrument master.

    Samco (ScripMaster.csv): ``token`` is the scrip code part of ``symbolCode``, and
    ``stream_key`` the ``symbolCode`` itself (``2885_NSE``: REST ``listingId`` and streaming
    key, FR:A2.3); ``name`` and ``underlying`` are both the ``name`` column. Gopocket
    (contract master): ``token`` is ``Token`` (v1 ``instrumentId``), ``stream_key`` the Noren
    WebSocket key ``EXCH|token`` (FR:B1.5; None where the file gives no token, FR:B5.2),
    ``underlying`` is ``Symbol`` and ``name`` ``Instrument Name``.
    """

    broker: Broker
    exchange: str
    token: str
    """Exchange token ("" when the file has none)."""
    stream_key: str | None
    trading_symbol: str
    name: str
    underlying: str
    instrument_type: str
    """The broker's instrument code (``EQ``, ``OPTIDX``, ``FUTSTK``, Samco ``IO``, Gopocket
    ``ETF`` / ``E`` ...; "" when the file gives none)."""
    lot_size: int
    """1 when the file gives none."""
    tick_size: Decimal | None
    expiry: date | None
    strike: Decimal | None
    """Options only."""
    option_type: Literal["CE", "PE"] | None
    """None for futures (Gopocket's ``XX``) and everything else."""
    segment: str = ""
    series: str = ""
    """Gopocket ``Group Name`` (NSE series: EQ, BE ...)."""

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


def _group(pairs: Iterable[tuple[K, Instrument]]) -> dict[K, list[Instrument]]:
    """key -> the instruments with that key, in order."""
    index: dict[K, list[Instrument]] = {}
    get = index.get
    for key, item in pairs:
        found = get(key)
        if found is None:
            index[key] = [item]
        else:
            found.append(item)
    return index


class _Upper(dict[str, str]):
    """Text -> its upper case, computed once per distinct text."""

    def __missing__(self, text: str) -> str:
        value = self[text] = text.upper()
        return value


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

    @cached_property
    def _symbols(self) -> dict[str, list[Instrument]]:
        with quiet_gc():
            return _group((i.trading_symbol.upper(), i) for i in self.instruments)

    @cached_property
    def _tokens(self) -> dict[str, list[Instrument]]:
        with quiet_gc():
            return _group((i.token, i) for i in self.instruments if i.token)

    @cached_property
    def _contracts(self) -> dict[tuple[str, date], list[Instrument]]:
        upper = _Upper()  # underlyings repeat (the parser shares their strings)
        with quiet_gc():
            return _group(
                ((upper[i.underlying], i.expiry), i)
                for i in self.instruments
                if i.expiry is not None
            )

    @cached_property
    def _texts(self) -> list[str]:
        """Per instrument: trading symbol, underlying and name, upper case, NUL-separated (one
        ``in`` test per row for a substring search)."""
        with quiet_gc():
            return [
                f"{i.trading_symbol}\0{i.underlying}\0{i.name}".upper() for i in self.instruments
            ]

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
