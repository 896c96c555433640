"""Instrument master CSV text -> :class:`~broker_overlays.instruments.model.Instrument` rows.

Columns are found by header name (case and outer spaces ignored; column order differs between
files, FR:B5.3), and which column fills which field is the spec's: the ``x-csv-columns`` of
``getScripMaster`` (Samco) and ``getContractMaster`` (Gopocket), each column's ``field``
(read through :meth:`~broker_overlays.spec_catalog.SpecCatalog.csv_columns`). A column the
spec marks ``required: false`` may be missing; a header without a required column raises
:class:`~broker_overlays.errors.InstrumentMasterError` with the first bytes of the body.

Speed (a 180,000-row master; ``scripts/bench-instruments``): no Python runs per row. The
records are split (:func:`records`: ``csv.reader``, or a plain split where the text has no
quotes) and each row is built by a chain of C calls: the texts many rows share (exchange,
underlying, type, lot and tick size, expiry ...) are joined into one key and converted into
:class:`~broker_overlays.instruments.model.ContractTerms` once per distinct key (so a date or
a Decimal is parsed once per file, not per row); the row's own texts (code, trading symbol,
strike) are kept as they are, and the row converts them on access. The collector is paused
while the rows are made (:func:`~broker_overlays.instruments.bulk.quiet_gc`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from itertools import compress, repeat, tee
from operator import and_, attrgetter, itemgetter
from typing import Any, Final

from broker_overlays.errors import InstrumentMasterError
from broker_overlays.instruments.bulk import quiet_gc
from broker_overlays.instruments.dates import parse_date
from broker_overlays.instruments.model import (
    ROW_CODE,
    ROW_TERMS,
    Broker,
    ContractTerms,
    Instrument,
)
from broker_overlays.instruments.values import lot, option, positive
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
    width = len(header)  # the index of an absent column: a blank appended to the row
    absent = frozenset(f for f in FIELDS if at[f] == width)
    present = [at[f] for f in _SHARED if f not in absent]  # exchange and underlying at least
    shared = itemgetter(*present) if len(present) > 1 else _one_of(present[0])
    own = itemgetter(at["symbolCode" if broker == "samco" else "token"], at["tradingSymbol"],
                     at["strike"])  # fmt: skip
    terms_of = _Memo(_terms(broker, default_type, absent))
    padded = "tradingSymbol" in absent or "strike" in absent
    try:
        rows = _rows(_padded(reader, width) if padded else reader, shared, own, terms_of)
    except IndexError:  # a short record or a blank line: even them all out, then again
        again = records(text)
        next(again)
        rows = _rows(_padded(again, width, pad=padded), shared, own, terms_of)
    listed = frozenset(terms.exchange for (terms,) in terms_of.values())

    keep: Iterable[bool] | None = None
    if broker == "samco":  # a row without a symbolCode has nothing to order or stream with
        codes = list(map(ROW_CODE, rows))
        if "" in codes or any(map(str.isspace, codes)):
            keep = [bool(code.strip()) for code in codes]
    if exchanges is not None:
        wanted = frozenset(e.strip().upper() for e in exchanges)
        chosen = map(wanted.__contains__, map(_EXCHANGE, map(ROW_TERMS, rows)))
        keep = chosen if keep is None else map(and_, keep, chosen)
    return (rows if keep is None else list(compress(rows, keep))), listed


def _rows(
    reader: Iterator[list[str]],
    shared: Callable[[list[str]], tuple[str, ...]],
    own: Callable[[list[str]], tuple[str, str, str]],
    terms_of: _Memo,
) -> list[Instrument]:
    """One :class:`Instrument` per record, made by C calls only: ``(terms,) + own texts``."""
    first, second = tee(reader)
    terms = map(terms_of.__getitem__, map(_SEPARATOR.join, map(shared, first)))
    return list(map(tuple.__new__, repeat(Instrument), map(tuple.__add__, terms, map(own, second))))


def _padded(reader: Iterator[list[str]], width: int, *, pad: bool = True) -> Iterator[list[str]]:
    """The records cut or padded to ``width`` fields, blank lines left out; with ``pad``, one
    blank field more (what an absent column reads)."""
    blanks, tail = [""] * width, [""] if pad else []
    for row in reader:
        if len(row) == width:
            yield [*row, *tail] if pad else row
        elif row and "".join(row).strip():
            yield [*(row + blanks)[:width], *tail]


_SEPARATOR: Final = "\x1f"
"""Joins a row's shared texts into one memo key (ASCII unit separator: not in CSV text). One
string of ~40 characters hashes and compares faster than a tuple of ten fresh strings."""
_SHARED: Final = (
    "exchange", "name", "underlying", "instrumentType", "lotSize", "tickSize", "expiry",
    "segment", "series", "optionType",
)  # fmt: skip
_EXCHANGE: Final = attrgetter("exchange")


def _one_of(index: int) -> Callable[[list[str]], tuple[str]]:
    return lambda row: (row[index],)


def _terms(
    broker: Broker, default_type: str, absent: frozenset[str]
) -> Callable[[str], tuple[ContractTerms]]:
    """Converts the :data:`_SHARED` texts of a row (a key of the fields the file has columns
    for; ``absent`` ones read blank) into its :class:`ContractTerms`."""
    has_options = "optionType" not in absent
    slots = [n for n, f in enumerate(_SHARED) if f not in absent]

    def convert(key: str) -> tuple[ContractTerms]:
        texts = [""] * len(_SHARED)
        for slot, text in zip(slots, key.split(_SEPARATOR), strict=True):
            texts[slot] = text
        exch, name, underlying, kind, lot_size, tick, expiry_text, segment, series, kind_of = texts
        underlying = underlying.strip()
        kind = kind.strip().upper() or default_type
        expiry = parse_date(expiry_text)
        terms = ContractTerms(
            broker, exch.strip().upper(), name.strip() or underlying, underlying, kind,
            lot(lot_size), positive(tick), expiry, segment.strip(), series.strip(),
            option(kind_of),
            not has_options and expiry is not None and not kind.startswith("FUT"),
        )  # fmt: skip
        return (terms,)

    return convert
