"""Instrument master CSV text -> :class:`~broker_overlays.instruments.model.Instrument` rows.

Columns are found by header name (case and outer spaces ignored; column order differs between
files, FR:B5.3), and which column fills which field is the spec's: the ``x-csv-columns`` of
``getScripMaster`` (Samco) and ``getContractMaster`` (Gopocket), each column's ``field``
(read through :meth:`~broker_overlays.spec_catalog.SpecCatalog.csv_columns`). A column the
spec marks ``required: false`` may be missing; a header without a required column raises
:class:`~broker_overlays.errors.InstrumentMasterError` with the first bytes of the body.

Speed (a 180,000-row master; ``scripts/bench-instruments``): one pass over the records
(:func:`records`: ``csv.reader``, or a plain split where the text has no quotes), no dict per
row; the fields many rows share (exchange, underlying, type, lot and tick size, expiry ...)
are taken with one ``itemgetter`` call, joined into one key and converted once per distinct
key (so a date or a Decimal is parsed once per file, not per row); strikes are remembered per
text; the collector is paused while the rows are made (:func:`~broker_overlays.instruments.
bulk.quiet_gc`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import repeat
from operator import itemgetter
from typing import Any, Final, TypeAlias

from broker_overlays.errors import InstrumentMasterError
from broker_overlays.instruments.bulk import quiet_gc
from broker_overlays.instruments.dates import parse_date
from broker_overlays.instruments.model import Broker, Instrument
from broker_overlays.spec_catalog import CsvColumn, catalog

__all__ = ["FIELDS", "OPERATIONS", "columns", "parse", "parse_file", "records"]

OPERATIONS: Final[Mapping[Broker, str]] = {
    "samco": "getScripMaster",
    "gopocket": "getContractMaster",
}
"""The spec operation whose ``x-csv-columns`` describe each broker's master."""

FIELDS: Final = (
    "exchange", "segment", "token", "symbolCode", "tradingSymbol", "name", "underlying",
    "instrumentType", "series", "lotSize", "tickSize", "expiry", "strike", "optionType",
)  # fmt: skip
"""The fields a column may fill (a column's ``field`` in the spec); the order of the hot loop."""

RAW_EXCERPT: Final = 500
"""Characters of the body an :class:`InstrumentMasterError` carries."""

_MISSING: Final = object()
_OPTIONS: Final = {"CE": "CE", "PE": "PE"}
_SUFFIXES: Final = ("CE", "PE")


def columns(broker: Broker) -> tuple[CsvColumn, ...]:
    """The spec's columns of ``broker``'s master."""
    return catalog(broker).csv_columns(OPERATIONS[broker])


class _Memo(dict[Any, Any]):
    """``convert`` remembered per key for one file (values repeat across many rows): a hit
    is a plain dict subscript, in C; only a miss calls Python."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, text: Any) -> Any:
        value = self[text] = self.convert(text)
        return value


def _decimal(text: str) -> Decimal | None:
    value = text.strip()
    if not value:
        return None
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _positive(text: str) -> Decimal | None:
    number = _decimal(text)
    return number if number is not None and number > 0 else None


def _lot(text: str) -> int:
    number = _decimal(text)
    if number is None or number < 1 or number != number.to_integral_value():
        return 1
    return int(number)


def _option(text: str) -> str | None:
    return _OPTIONS.get(text.strip().upper())


def _upper(text: str) -> str:
    return text.strip().upper()


def _strip(text: str) -> str:
    return text.strip()


def _plan(broker: Broker, header: list[str], text: str) -> tuple[list[int], list[str]]:
    """Per field of :data:`FIELDS`, the header index of its column (``len(header)``: the
    file lacks it), and the spec's names of the columns found."""
    names = [h.strip().lstrip("\ufeff").strip().lower() for h in header]
    position = {name: n for n, name in reversed(list(enumerate(names)))}
    indices = dict.fromkeys(FIELDS, len(header))
    missing, found = [], []
    for column in columns(broker):
        at = position.get(column.name.lower())
        if at is None:
            if column.required:
                missing.append(column.name)
            continue
        found.append(column.name)
        if column.field in indices:
            indices[column.field] = at
    if missing:
        raise InstrumentMasterError(
            f"not the {broker} instrument master: its header lacks the required column(s) "
            f"{', '.join(missing)} (header: {', '.join(header)[:200]!r})",
            broker=broker,
            operation=OPERATIONS[broker],
            raw_body=text[:RAW_EXCERPT],
        )
    return [indices[field] for field in FIELDS], found


def records(text: str) -> Iterator[list[str]]:
    """The CSV records of ``text``: ``csv.reader``'s, or, for a text without a quote
    character, NUL or lone carriage return (Samco's file has no quoted fields, FR:A2.2), the
    same records by splitting lines at commas, at about half the cost."""
    if '"' in text or "\0" in text:
        return csv.reader(io.StringIO(text, newline=""))
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return csv.reader(io.StringIO(text, newline=""))
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the newline that ends the last record
    return map(str.split, lines, repeat(","))


def parse(
    broker: Broker,
    text: str,
    *,
    exchanges: Collection[str] | None = None,
    default_type: str = "",
) -> list[Instrument]:
    """The instruments of one master file, in file order.

    ``exchanges``: keep only rows of these exchanges (upper case). ``default_type``: the
    instrument type of rows whose file gives none (``INDEX`` for Gopocket's INDICES file).
    Blank lines are skipped, and so are Samco rows without a ``symbolCode``; a row shorter
    than the header reads blanks for its missing fields.
    """
    return parse_file(broker, text, exchanges=exchanges, default_type=default_type)[0]


def parse_file(
    broker: Broker,
    text: str,
    *,
    exchanges: Collection[str] | None = None,
    default_type: str = "",
) -> tuple[list[Instrument], frozenset[str]]:
    """:func:`parse`, and every exchange the file lists (also those ``exchanges`` left out)."""
    with quiet_gc():
        return _parse(broker, text, exchanges, default_type)


def _parse(
    broker: Broker, text: str, exchanges: Collection[str] | None, default_type: str
) -> tuple[list[Instrument], frozenset[str]]:
    reader = records(text)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise InstrumentMasterError(
            f"the {broker} instrument master is empty",
            broker=broker,
            operation=OPERATIONS[broker],
            raw_body=text[:RAW_EXCERPT],
        )
    indices, _ = _plan(broker, header, text)
    at = dict(zip(FIELDS, indices, strict=True))
    width = len(header)
    code_column = at["symbolCode"] if broker == "samco" else at["token"]
    # Per row: the fields shared by many rows (exchange, underlying, type, lot, tick, expiry
    # ...) make one key, converted once per distinct key; the rest row by row.
    absent = frozenset(f for f in FIELDS if at[f] == width)
    present = [at[f] for f in _SHARED if f not in absent]  # exchange and underlying at least
    shared = itemgetter(*present) if len(present) > 1 else _one_of(present[0])
    own = itemgetter(code_column, at["tradingSymbol"] % width, at["strike"] % width)
    converted = _Memo(_shared(default_type, absent))
    strike_of = _Memo(_positive if "strike" not in absent else _nothing)
    no_trading = "tradingSymbol" in absent
    blanks = [""] * width
    wanted = None if exchanges is None else frozenset(e.strip().upper() for e in exchanges)
    samco = broker == "samco"
    new = tuple.__new__
    join = _SEPARATOR.join
    out: list[Instrument] = []
    append = out.append

    for row in reader:
        if len(row) != width:
            if not row or not "".join(row).strip():
                continue  # a blank line
            row = (row + blanks)[:width]
        fixed = converted[join(shared(row))]
        exch = fixed[0]
        if wanted is not None and exch not in wanted:
            continue
        code, trading, strike = own(row)
        if samco:
            code = code.strip()
            if not code:
                continue  # no symbolCode: nothing to order or stream with
            token = code.rpartition("_")[0] or code
            key: str | None = code
        else:
            token = code.strip()
            if token.endswith(".0") and token[:-2].isdigit():
                token = token[:-2]  # a token that went through a float (FR:B5.2)
            key = f"{exch}|{token}" if token else None
        trading = fixed[2] if no_trading else (trading.strip() or fixed[2])
        _, name, underlying, kind, lot, tick, expiry, segment, series, option, by_suffix = fixed
        if by_suffix and trading.endswith(_SUFFIXES):
            option = trading[-2:]  # Samco has no option-type column: the symbol ends in it
        strike_value = None if option is None else strike_of[strike]
        fields = (broker, exch, token, key, trading, name, underlying, kind, lot, tick, expiry,
                  strike_value, option, segment, series)  # fmt: skip
        append(new(Instrument, fields))
    return out, frozenset(v[0] for v in converted.values())


_SEPARATOR: Final = "\x1f"
"""Joins a row's shared texts into one memo key (ASCII unit separator: not in CSV text). One
string of ~40 characters hashes and compares faster than a tuple of ten fresh strings."""
_SHARED: Final = (
    "exchange", "name", "underlying", "instrumentType", "lotSize", "tickSize", "expiry",
    "segment", "series", "optionType",
)  # fmt: skip
_Shared: TypeAlias = tuple[
    str, str, str, str, int, Decimal | None, date | None, str, str, str | None, bool
]


def _one_of(index: int) -> Callable[[list[str]], tuple[str]]:
    return lambda row: (row[index],)


def _nothing(_: str) -> None:
    return None


def _shared(default_type: str, absent: frozenset[str]) -> Callable[[str], _Shared]:
    """Converts the :data:`_SHARED` texts of a row into (exchange, name, underlying, type,
    lot size, tick size, expiry, segment, series, option type, whether the trading symbol's
    ``CE`` / ``PE`` ending makes it an option) from a key of the fields the file has columns
    for (``absent``: those it has none for read blank)."""
    has_options = "optionType" not in absent
    slots = [n for n, f in enumerate(_SHARED) if f not in absent]

    def convert(key: str) -> _Shared:
        texts = [""] * len(_SHARED)
        for slot, text in zip(slots, key.split(_SEPARATOR), strict=True):
            texts[slot] = text
        exch, name, underlying, kind, lot, tick, expiry_text, segment, series, option = texts
        underlying = underlying.strip()
        kind = kind.strip().upper() or default_type
        expiry = parse_date(expiry_text)
        return (
            exch.strip().upper(),
            name.strip() or underlying,
            underlying,
            kind,
            _lot(lot),
            _positive(tick),
            expiry,
            segment.strip(),
            series.strip(),
            _option(option),
            not has_options and expiry is not None and not kind.startswith("FUT"),
        )

    return convert
