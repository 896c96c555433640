"""Candles as typed rows, and a backfill that pages long ranges through a session.

:func:`rows` turns one candle response of either broker into :class:`Candle` rows: Samco's
arrays of objects with string numbers (``dateTime`` ``yyyy-MM-dd HH:mm:ss[.S]``, also with a
one-digit hour, or ``date`` ``yyyy-MM-dd``), and Gopocket's parallel column arrays
(``start_Time`` in seconds from the chart epoch its spec names). :func:`backfill` /
:func:`abackfill` fetch a long range in chunks sized by each operation's per-request limit,
through the session, so the overlays' throttle, retries and typed errors apply.

Decisions, measured on the 2-core machine type (CPython 3.11; the speed test is
``CANDLES_BENCH_RUNS=7 pytest -s tests/test_candles.py -k speed``):

- **Candle is a NamedTuple**: making one costs 0.77 µs (0.41 µs through ``tuple.__new__``, as
  the hot loop does) against 2.36 µs for a frozen slotted dataclass, whose ``__init__`` goes
  through ``object.__setattr__`` field by field. 50,000 rows must be cheap.
- **Prices are Decimal by default**, ``prices="float"`` on request. Decimal is exact for the
  brokers' string prices and tick sizes (0.05, 0.0025): sums, comparisons with a limit price
  and CSV output keep the broker's digits. One conversion costs 0.47 µs (``Decimal(str)``)
  against 0.12 µs (``float(str)``), and 1.1 µs from a Gopocket JSON float (through ``repr``,
  so ``3879.85`` stays ``3879.85``). But prices repeat (a tick grid), so each response
  remembers its conversions; then for 50,000 one-minute candles of a random walk (~700
  distinct prices) Decimal and float cost the same: Samco 155 vs 152 ms, Gopocket 164 vs
  162 ms (``json.loads`` of the Samco body: 106 ms). Only when every price differs does
  Decimal cost more: Samco 331 vs 289 ms (+14%), Gopocket 432 vs 236 ms (+83%).
- **A bad row is skipped and counted** (``on_bad_row="skip"``, the default;
  :attr:`CandleRows.skipped` and :attr:`CandleRows.problems`), or raises
  :class:`~broker_overlays.errors.MalformedResponseError` with ``on_bad_row="raise"``. A row is
  bad when its time or one of its prices is missing, a placeholder (``""``, ``"--"``,
  ``"NA"``, ``null``) or not a finite number; a placeholder volume reads as 0 and a
  placeholder open interest as ``None``. One bad candle in a year of history should not cost
  the year, and a count says it happened. A body without candles is an empty list; a failure
  envelope raises :class:`~broker_overlays.errors.BrokerFailureError`; a body of no known
  shape raises :class:`~broker_overlays.errors.MalformedResponseError`. No bare exception.
- **Times** are aware datetimes in IST (``ZoneInfo("Asia/Kolkata")``). Daily candles keep the
  broker's time: Samco's ``date`` is 00:00 IST of the trading day; Gopocket's ``start_Time``
  is whatever instant it encodes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import import_module
from itertools import zip_longest
from operator import attrgetter, itemgetter
from types import ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Final,
    Generic,
    Literal,
    NamedTuple,
    TypeAlias,
    TypeVar,
    overload,
)

from broker_overlays.auth.clock import IST
from broker_overlays.errors import (
    BrokerFailureError,
    ClientValidationError,
    MalformedResponseError,
)
from broker_overlays.flows import Call, Flow, arun, run
from broker_overlays.spec_catalog import BROKER_PACKAGES, catalog

if TYPE_CHECKING:
    from gopocket_client import AuthenticatedClient as GopocketClient
    from gopocket_client.models import ChartDataResponse
    from gopocket_client.models import Envelope as GopocketEnvelope
    from samco_client import AuthenticatedClient as SamcoClient
    from samco_client.models import Envelope as SamcoEnvelope
    from samco_client.models import (
        HistoricalCandlesResponse,
        IndexHistoricalCandlesResponse,
        IndexIntradayCandlesResponse,
        IntradayCandlesResponse,
    )

__all__ = [
    "Candle",
    "CandleRange",
    "CandleResponse",
    "CandleRows",
    "Interval",
    "Progress",
    "abackfill",
    "backfill",
    "candle_range",
    "chart_epoch",
    "rows",
]

logger = logging.getLogger(__name__)

P = TypeVar("P", bound=Decimal | float)
Broker: TypeAlias = Literal["samco", "gopocket"]
Interval: TypeAlias = "int | Literal['day']"
"""Candle length: whole minutes (intraday operations) or ``"day"`` (historical ones)."""
Prices: TypeAlias = Literal["decimal", "float"]
OnBadRow: TypeAlias = Literal["skip", "raise"]

CandleResponse: TypeAlias = """(
    IntradayCandlesResponse | IndexIntradayCandlesResponse | HistoricalCandlesResponse
    | IndexHistoricalCandlesResponse | SamcoEnvelope | ChartDataResponse | GopocketEnvelope
    | Mapping[str, Any]
)"""
"""What :func:`rows` takes: the generated response of one of Samco's four candle operations
(``getIntradayCandles``, ``getIndexIntradayCandles``, ``getHistoricalCandles``,
``getIndexHistoricalCandles``) or of Gopocket's two chart operations (``getHistoricalData``,
``getIntradayData``: ``ChartDataResponse``), either broker's ``Envelope`` (a failure raises),
or the same bodies as plain dicts (``response.json()``)."""


class Candle(NamedTuple, Generic[P]):
    """One candle: start ``time`` (aware, IST), prices (``Decimal`` or ``float``), volume and
    open interest (``None`` where the broker gives none)."""

    time: datetime
    open: P
    high: P
    low: P
    close: P
    volume: int
    oi: int | None = None


class CandleRows(list[Candle[P]]):
    """The rows of one response, in the broker's order, with what was skipped."""

    def __init__(
        self, candles: Sequence[Candle[P]] = (), skipped: int = 0, problems: Sequence[str] = ()
    ) -> None:
        super().__init__(candles)
        self.skipped = skipped
        """Rows left out because their time or a price was missing or unparseable."""
        self.problems = list(problems)
        """Why, for the first few of them (``rows[17]: close '--': not a number``)."""


# -- per-request limits ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CandleRange:
    """How much one request of a candle operation may ask for (spec ``x-candle-range``)."""

    max_days: int
    """Calendar days one request may span."""
    max_candles: int | None = None
    """Rows one answer is assumed to carry at most: chunks are sized to stay below it."""
    ranged: bool = True
    """False: the operation takes no range (Gopocket intraday serves the current day)."""


_SESSION_MINUTES: Final = {"MCX": 900, "MCX_COMM": 900, "CDS": 480, "NSE_CURRENCY": 480}
"""Trading minutes a day, for sizing intraday chunks (default 375: NSE/BSE 09:15-15:30;
MCX 09:00-23:55 at most, currency 09:00-17:00)."""


def candle_range(broker: Broker, operation_id: str) -> CandleRange:
    """The operation's per-request limit, from its spec ``x-candle-range`` (``maxDays``,
    ``maxCandles``, ``ranged``; the spec says where each value comes from)."""
    spec = catalog(broker)
    raw = spec.spec_operation(spec.by_id(operation_id)).get("x-candle-range")
    max_days = raw.get("maxDays") if isinstance(raw, Mapping) else None
    if not isinstance(raw, Mapping) or not isinstance(max_days, int) or max_days <= 0:
        raise ValueError(f"{broker} {operation_id}: the spec gives no usable x-candle-range")
    max_candles = raw.get("maxCandles")
    return CandleRange(
        max_days=max_days,
        max_candles=max_candles if isinstance(max_candles, int) and max_candles > 0 else None,
        ranged=bool(raw.get("ranged", True)),
    )


@cache
def chart_epoch() -> datetime:
    """Where Gopocket's ``start_Time`` counts from: the ``x-epoch`` of the spec's
    ``ChartDataResponse.start_Time`` (1980-01-01 00:00 UTC; the spec gives the evidence)."""
    prop = catalog("gopocket").schema("ChartDataResponse").get("properties", {}).get("start_Time")
    value = prop.get("x-epoch") if isinstance(prop, Mapping) else None
    try:
        epoch = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        epoch = None
    if epoch is None or epoch.tzinfo is None:
        raise ValueError("gopocket ChartDataResponse.start_Time has no x-epoch with an offset")
    return epoch.astimezone(IST)


# -- one value ---------------------------------------------------------------------------------


class _BadRow(Exception):
    """A row that cannot become a candle (caught per row, never escapes)."""


_ROW_ERRORS = (_BadRow, ArithmeticError, ValueError, TypeError, OSError)
_PICK_ERRORS = (*_ROW_ERRORS, KeyError, AttributeError)
_PLACEHOLDERS: Final = frozenset({"", "-", "--", "---", "na", "n/a", "nan", "null", "none"})
_MAX_PROBLEMS = 5
_NOT_READ: Final = ("not a number", "not a date and time")
_FIELDS: Final = ("time", "open", "high", "low", "close", "volume", "oi")
_fromiso = datetime.fromisoformat
_combine = datetime.combine
_LOOSE_TIME = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?\s*"
)


def _placeholder(value: object) -> bool:
    return not value if not isinstance(value, str) else value.strip().lower() in _PLACEHOLDERS


def _time(value: object) -> datetime:
    """``yyyy-MM-dd HH:mm:ss[.S]`` (also ``9:28:00``) or ``yyyy-MM-dd``, IST."""
    if type(value) is not str:
        raise _BadRow("no time")
    try:
        t = _fromiso(value)
    except ValueError:
        found = _LOOSE_TIME.fullmatch(value)
        if found is None:
            raise _BadRow(f"time {value!r} is not yyyy-MM-dd[ HH:mm:ss]") from None
        y, mo, d, h, mi, s, f = found.groups()
        us = int((f + "00000")[:6]) if f else 0
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), us, IST)
    if t.tzinfo is not None:
        return t.astimezone(IST)
    return _combine(t, t.time(), IST)  # ~3x faster than t.replace(tzinfo=IST) on CPython 3.11


def _chart_time(value: object, offset: int) -> datetime:
    """Seconds from the chart epoch (``offset``: the epoch as Unix time), IST."""
    if type(value) is int:
        return datetime.fromtimestamp(value + offset, IST)
    if type(value) is float and value.is_integer():
        return datetime.fromtimestamp(int(value) + offset, IST)
    if type(value) is str and value.strip().isdigit():
        return datetime.fromtimestamp(int(value) + offset, IST)
    raise _BadRow(f"start_Time {value!r} is not whole seconds")


def _decimal(value: object) -> Decimal:
    if type(value) is str:
        try:
            number = Decimal(value)
        except InvalidOperation:
            if "," not in value:
                raise
            number = Decimal(value.replace(",", ""))  # "1,234.50"
    elif type(value) is float:
        number = Decimal(repr(value))  # the shortest round trip: 3879.85, not 3879.849999...
    elif type(value) is int:
        number = Decimal(value)
    else:
        raise _BadRow(f"{value!r} is not a number")
    if number.is_finite():
        return number
    raise _BadRow(f"{value!r} is not a finite number")


def _memo(convert: Callable[[object], P]) -> Callable[[object], P]:
    """``convert`` remembered per value for one response: candle prices repeat (a tick grid;
    50,000 one-minute candles of a random walk hold ~700 distinct prices), and a dict lookup
    costs a fraction of ``Decimal(str)``. ``True``, ``1`` and ``1.0`` share a key: equal values."""
    known: dict[object, P] = {}
    get = known.get

    def price(value: object) -> P:
        found = get(value)
        if found is None:
            found = known[value] = convert(value)
        return found

    return price


def _float(value: object) -> float:
    if type(value) is str:
        try:
            number = float(value)
        except ValueError:
            if "," not in value:
                raise
            number = float(value.replace(",", ""))
    elif type(value) is float or type(value) is int:
        number = float(value)
    else:
        raise _BadRow(f"{value!r} is not a number")
    if number - number == 0:  # finite: inf - inf and nan - nan are nan
        return number
    raise _BadRow(f"{value!r} is not a finite number")


def _count(value: object, missing: int | None) -> int | None:
    """A volume or open interest: an integer, ``missing`` for a placeholder."""
    if type(value) is int:
        return value
    if type(value) is str:
        try:
            return int(value)
        except ValueError:
            if _placeholder(value):
                return missing
            number = Decimal(value.replace(",", ""))  # "9302660.0", "1,200"
            if number.is_finite() and number == number.to_integral_value():
                return int(number)
            raise _BadRow(f"{value!r} is not a whole number") from None
    if type(value) is float and value.is_integer():
        return int(value)
    if _placeholder(value):  # None, UNSET
        return missing
    raise _BadRow(f"{value!r} is not a whole number")


def _volume(value: object) -> int:
    if type(value) is str:
        try:
            return int(value)
        except ValueError:
            pass
    elif type(value) is int:
        return value
    return _count(value, 0) or 0


def _oi(value: object) -> int | None:
    return _count(value, None)


# -- one response ------------------------------------------------------------------------------

_SAMCO_LISTS: Final = (
    ("intradayCandleData", "intraday_candle_data"),  # the key Samco sends for both (FR:A3.29)
    ("indexIntraDayCandleData", "index_intra_day_candle_data"),
    ("historicalCandleData", "historical_candle_data"),
    ("indexCandleData", "index_candle_data"),
)
_CHART_COLUMNS: Final = ("start_Time", "open", "high", "low", "close", "volume")
_CHART_ATTRS: Final = ("start_time", "open_", "high", "low", "close", "volume")
_OI_KEYS: Final = ("oi", "openInterest", "open_interest")
_SAMCO_ENVELOPE_KEYS: Final = ("statusMessage", "msgId", "serverTime")


def _oi_of(extra: Mapping[str, Any]) -> object:
    for key in _OI_KEYS:
        if key in extra:
            return extra[key]
    return None


def _samco_items(response: Any) -> list[Any] | None:
    """The first non-empty candle list of a Samco body (dict or model), under any key."""
    found: list[Any] | None = None
    if isinstance(response, Mapping):
        for key, _ in _SAMCO_LISTS:
            value = response.get(key)
            if isinstance(value, list):
                if value:
                    return value
                found = value
        return found
    extra = getattr(response, "additional_properties", None) or {}
    for key, attr in _SAMCO_LISTS:
        value = getattr(response, attr, None)
        if not isinstance(value, list):
            value = extra.get(key)  # a key the spec (no longer) declares
        if isinstance(value, list):
            if value:
                return value
            found = value
    return found


def _samco_fields(item: Any) -> tuple[object, ...]:
    if isinstance(item, Mapping):
        moment = item.get("dateTime") or item.get("date")
        values = (item.get("open"), item.get("high"), item.get("low"), item.get("close"))
        return (moment, *values, item.get("volume"), _oi_of(item))
    extra = getattr(item, "additional_properties", None) or {}
    moment = getattr(item, "date_time", None) or getattr(item, "date", None)
    values = (
        getattr(item, "open_", None),
        getattr(item, "high", None),
        getattr(item, "low", None),
        getattr(item, "close", None),
    )
    return (moment, *values, getattr(item, "volume", None), _oi_of(extra))


def _chart_columns(response: Any) -> list[Sequence[object]] | None:
    """Gopocket's columns (time, open, high, low, close, volume, oi) of a dict or model."""
    if isinstance(response, Mapping):
        if not any(key in response for key in _CHART_COLUMNS):
            return None
        columns = [response.get(key) for key in _CHART_COLUMNS]
        if any(c is not None and not isinstance(c, list) for c in columns):
            return None  # not columns: e.g. one candle object
        oi = _oi_of(response)
    else:
        if not hasattr(response, "start_time"):
            return None
        columns = [getattr(response, attr, None) for attr in _CHART_ATTRS]
        oi = _oi_of(getattr(response, "additional_properties", None) or {})
    columns.append(oi)
    return [c if isinstance(c, list) else () for c in columns]


def _failure(response: Any) -> tuple[str, str, str] | None:
    """(broker, status, message) of a failure envelope, dict or model."""
    if isinstance(response, Mapping):
        body: Any = response
        samco = any(key in body for key in _SAMCO_ENVELOPE_KEYS)
    else:
        to_dict = getattr(response, "to_dict", None)
        if not callable(to_dict):
            return None
        body = to_dict()
        samco = type(response).__module__.startswith(BROKER_PACKAGES["samco"])
    broker: Broker = "samco" if samco else "gopocket"
    found = catalog(broker).envelope.failure(body)
    return None if found is None else (broker, *found)


def _broker_of(response: Any) -> str | None:
    package = type(response).__module__.split(".")[0]
    return next((b for b, name in BROKER_PACKAGES.items() if name == package), None)


class _Parser(Generic[P]):
    """Converts the rows of one response; the hot loop of this module."""

    def __init__(self, price: Callable[[object], P], on_bad_row: OnBadRow, where: str) -> None:
        self.price = price
        self.on_bad_row = on_bad_row
        self.where = where
        self.skipped = 0
        self.problems: list[str] = []

    def bad(
        self, number: int, fields: tuple[object, ...], when: Callable[[object], datetime]
    ) -> None:
        """Count (or raise for) row ``number``, naming the first field that failed."""
        reason = "unparseable"
        for name, value, convert in zip(
            _FIELDS, fields, (when, *[self.price] * 4, _volume, _oi), strict=True
        ):
            try:
                convert(value)
            except _ROW_ERRORS as exc:
                detail = str(exc) if isinstance(exc, _BadRow) else _NOT_READ[name == "time"]
                reason = f"{name} {value!r}: {detail}"
                break
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, fields, strict=True))
        problem = f"rows[{number}]: {reason}"
        if self.on_bad_row == "raise":
            raise MalformedResponseError(
                f"unparseable candle in {self.where}: {problem}", raw_body=shown
            )
        self.skipped += 1
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(problem)

    def samco(self, items: Sequence[Any]) -> CandleRows[P]:
        price, new = self.price, tuple.__new__
        out: list[Candle[P]] = []
        append = out.append
        first, dicts = items[0], type(items[0]) is dict
        pick: Callable[[Any], tuple[object, ...]]
        if dicts:  # a JSON body: the candle fields by key, one C call a row
            moment = "dateTime" if "dateTime" in first else "date"
            pick = itemgetter(moment, "open", "high", "low", "close", "volume")
        else:  # generated models (IntradayCandle, DailyCandle)
            moment = "date_time" if hasattr(first, "date_time") else "date"
            pick = attrgetter(moment, "open_", "high", "low", "close", "volume")
        for number, item in enumerate(items):
            try:
                t, o, h, lo, c, v = pick(item)
                # open interest only where a row has more than the six intraday fields
                extra = (item if len(item) > 6 else None) if dicts else item.additional_properties
                oi = _oi(_oi_of(extra)) if extra else None
                row = (_time(t), price(o), price(h), price(lo), price(c), _volume(v), oi)
            except _PICK_ERRORS:
                self.bad(number, _samco_fields(item), _time)
                continue
            append(new(Candle, row))
        return CandleRows(out, self.skipped, self.problems)

    def chart(self, columns: Sequence[Sequence[object]]) -> CandleRows[P]:
        price, new, offset = self.price, tuple.__new__, int(chart_epoch().timestamp())
        out: list[Candle[P]] = []
        append = out.append
        times, opens, highs, lows, closes, volumes, ois = columns
        if not ois:
            ois = [None] * len(times)
        lengths = {len(c) for c in (times, opens, highs, lows, closes, volumes, ois)}
        together: Any = zip if len(lengths) == 1 else zip_longest
        for number, fields in enumerate(together(times, opens, highs, lows, closes, volumes, ois)):
            t, o, h, lo, c, v, oi = fields
            try:
                moment, interest = _chart_time(t, offset), None if oi is None else _oi(oi)
                row = (moment, price(o), price(h), price(lo), price(c), _volume(v), interest)
            except _ROW_ERRORS:
                self.bad(number, fields, lambda t: _chart_time(t, offset))
                continue
            append(new(Candle, row))
        return CandleRows(out, self.skipped, self.problems)


def _convert(response: object, prices: Prices, on_bad_row: OnBadRow, where: str) -> CandleRows[Any]:
    price: Callable[[object], Any] = _memo(_float if prices == "float" else _decimal)
    parser: _Parser[Any] = _Parser(price, on_bad_row, where)
    items = _samco_items(response)
    if items:
        return parser.samco(items)
    columns = _chart_columns(response)
    if columns is not None and any(columns):
        return parser.chart(columns)
    found = _failure(response)
    if found is not None:
        raise BrokerFailureError(
            f"broker reported {found[1]!r}", broker=found[0], broker_message=found[2]
        )
    if items is not None or columns is not None or response == {}:
        return CandleRows()  # a holiday, a range before listing: no candles
    if isinstance(response, Mapping) and "status" in response:
        return CandleRows()  # a success envelope without a candle list
    if _broker_of(response) is not None and hasattr(response, "status"):
        return CandleRows()  # the same, as a generated model
    raise MalformedResponseError(
        f"{where}: not a candle response of Samco or Gopocket ({type(response).__name__})",
        raw_body=repr(response)[:500],
    )


@overload
def rows(
    response: CandleResponse, *, prices: Literal["decimal"] = ..., on_bad_row: OnBadRow = ...
) -> CandleRows[Decimal]: ...
@overload
def rows(
    response: CandleResponse, *, prices: Literal["float"], on_bad_row: OnBadRow = ...
) -> CandleRows[float]: ...
def rows(
    response: CandleResponse, *, prices: Prices = "decimal", on_bad_row: OnBadRow = "skip"
) -> CandleRows[Any]:
    """The candles of one response (see :data:`CandleResponse`), in the broker's order.

    ``prices``: ``"decimal"`` (exact, default) or ``"float"``. ``on_bad_row``: ``"skip"``
    (default; counted in :attr:`CandleRows.skipped`) or ``"raise"``
    (:class:`~broker_overlays.errors.MalformedResponseError`). A failure envelope raises
    :class:`~broker_overlays.errors.BrokerFailureError`.
    """
    return _convert(response, prices, on_bad_row, "candle response")


# -- backfill ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a backfill is: ``chunk`` of ``chunks`` done, ``rows`` yielded so far."""

    chunk: int
    chunks: int
    rows: int
    skipped: int
    """Bad rows left out so far (see :func:`rows`)."""
    start: datetime
    end: datetime
    """The range of the chunk just fetched (IST)."""


@dataclass(frozen=True, slots=True)
class _Chunk:
    start: datetime
    end: datetime  # inclusive


_SEGMENTS: Final = {
    "NSE": "NSE_EQ", "BSE": "BSE_EQ", "NFO": "NSE_FNO", "CDS": "NSE_CURRENCY",
    "MCX": "MCX_COMM", "INDEX": "IDX_I", "NSE_INDEX": "IDX_I", "BSE_INDEX": "IDX_I",
}  # fmt: skip
"""Samco-style exchange names -> Gopocket chart segments (segments pass through)."""
_GOPOCKET_SEGMENTS: Final = frozenset(
    {"NSE_EQ", "NSE_FNO", "NSE_CURRENCY", "MCX_COMM", "IDX_I", "BSE_EQ"}
)
_DEFAULT_INSTRUMENTS: Final = {"NSE_EQ": "EQUITY", "BSE_EQ": "EQUITY", "IDX_I": "INDEX"}
_SAMCO_EXCHANGES: Final = frozenset({"BSE", "NSE", "NFO", "MCX", "CDS"})


@dataclass(frozen=True)
class _Plan:
    """Everything a backfill decided before its first request."""

    broker: Broker
    session: Any
    operation_id: str
    operation: ModuleType
    chunks: tuple[_Chunk, ...]
    daily: bool
    limit: CandleRange
    prices: Prices
    on_bad_row: OnBadRow
    request: Callable[[_Chunk], dict[str, Any]]


def _moment(value: date | datetime, *, end: bool) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=IST) if value.tzinfo is None else value.astimezone(IST)
    if isinstance(value, date):
        return datetime.combine(value, time.max if end else time.min, IST)
    raise ClientValidationError(f"{'end' if end else 'start'} must be a date or a datetime")


def _session_broker(session: Any) -> str | None:
    for cls in type(session).__mro__:
        package = cls.__module__.split(".")[0]
        for broker, name in BROKER_PACKAGES.items():
            if name == package:
                return broker
    return None


def _chunks(first: datetime, last: datetime, days: int, *, ranged: bool) -> tuple[_Chunk, ...]:
    if not ranged:
        return (_Chunk(first, last),)
    out, day = [], first.date()
    while day <= last.date():
        stop = day + timedelta(days=days - 1)
        start = max(first, datetime.combine(day, time.min, IST))
        end = min(last, datetime.combine(stop, time.max, IST))
        out.append(_Chunk(start, end))
        day = stop + timedelta(days=1)
    return tuple(out)


def _plan(
    session: Any,
    broker: str,
    symbol: str,
    start: date | datetime,
    end: date | datetime,
    interval: Interval,
    *,
    exchange: str | None,
    index: bool,
    instrument: str | None,
    prices: Prices,
    on_bad_row: OnBadRow,
    limits: CandleRange | None,
) -> _Plan:
    if broker not in BROKER_PACKAGES:
        raise ClientValidationError(f"unknown broker {broker!r} (samco or gopocket)")
    actual = _session_broker(session)
    if actual is not None and actual != broker:
        raise ClientValidationError(f"the session is a {actual} session, not {broker}")
    if not isinstance(symbol, str) or not symbol.strip():
        raise ClientValidationError("symbol must not be empty", broker=broker)
    daily = interval == "day"
    if not daily and (type(interval) is not int or interval < 1):
        raise ClientValidationError(
            f"interval must be whole minutes (>= 1) or 'day', not {interval!r}", broker=broker
        )
    if prices not in ("decimal", "float") or on_bad_row not in ("skip", "raise"):
        raise ClientValidationError("prices: 'decimal' or 'float'; on_bad_row: 'skip' or 'raise'")
    first, last = _moment(start, end=False), _moment(end, end=True)
    if last < first:
        raise ClientValidationError(f"end {last} is before start {first}", broker=broker)
    minutes = 0 if daily else int(interval)
    if broker == "samco":
        op_id, market, request = _samco_request(symbol, daily, minutes, exchange, index)
    else:
        op_id, market, request = _gopocket_request(
            symbol, daily, minutes, exchange, index, instrument
        )
    known: Broker = "samco" if broker == "samco" else "gopocket"
    spec = catalog(known)
    operation = spec.generated_module(spec.by_id(op_id))
    if operation is None:  # pragma: no cover - the generated client lacks the operation
        raise ClientValidationError(f"{op_id} is not in the generated {broker} client")
    limit = limits or candle_range(known, op_id)
    per_day = 1 if daily else -(-_SESSION_MINUTES.get(market, 375) // minutes)
    days = limit.max_days
    if limit.max_candles:
        days = max(1, min(days, limit.max_candles // per_day))
    return _Plan(
        broker=known,
        session=session,
        operation_id=op_id,
        operation=operation,
        chunks=_chunks(first, last, days, ranged=limit.ranged),
        daily=daily,
        limit=limit,
        prices=prices,
        on_bad_row=on_bad_row,
        request=request,
    )


_Request: TypeAlias = Callable[[_Chunk], dict[str, Any]]


def _samco_request(
    symbol: str, daily: bool, minutes: int, exchange: str | None, index: bool
) -> tuple[str, str, _Request]:
    """(operation, exchange, chunk -> keyword arguments of the generated call)."""
    op_id = {
        (False, False): "getIntradayCandles", (False, True): "getIndexIntradayCandles",
        (True, False): "getHistoricalCandles", (True, True): "getIndexHistoricalCandles",
    }[(daily, index)]  # fmt: skip
    market = (exchange or "NSE").upper()
    if not index and market not in _SAMCO_EXCHANGES:
        raise ClientValidationError(
            f"Samco candles take the exchanges {', '.join(sorted(_SAMCO_EXCHANGES))}, "
            f"not {market!r}",
            broker="samco",
            operation=op_id,
        )
    name = {"index_name": symbol} if index else {"symbol_name": symbol, "exchange": market}
    stamp = "%Y-%m-%d" if daily else "%Y-%m-%d %H:%M:%S"
    extra = {} if daily else {"interval": str(minutes)}

    def request(chunk: _Chunk) -> dict[str, Any]:
        span = {"from_date": chunk.start.strftime(stamp), "to_date": chunk.end.strftime(stamp)}
        return {**name, **span, **extra}

    return op_id, market, request


def _gopocket_request(
    symbol: str,
    daily: bool,
    minutes: int,
    exchange: str | None,
    index: bool,
    instrument: str | None,
) -> tuple[str, str, _Request]:
    """(operation, segment, chunk -> the generated call's ``body``)."""
    op_id = "getHistoricalData" if daily else "getIntradayData"
    if not daily and minutes != 1:
        raise ClientValidationError(
            "Gopocket's chart API serves daily candles and the current day's 1-minute "
            f"candles, not {minutes}-minute ones",
            broker="gopocket",
            operation=op_id,
        )
    market = "IDX_I" if index else (exchange or "NSE").upper()
    segment = _SEGMENTS.get(market, market)
    if segment not in _GOPOCKET_SEGMENTS:
        raise ClientValidationError(
            f"unknown Gopocket exchange segment {market!r} "
            f"({', '.join(sorted(_GOPOCKET_SEGMENTS))}, or NSE, BSE, NFO, CDS, MCX)",
            broker="gopocket",
            operation=op_id,
        )
    kind = (instrument or _DEFAULT_INSTRUMENTS.get(segment, "")).upper()
    if not kind:
        raise ClientValidationError(
            f"instrument= is needed for segment {segment} (e.g. FUTSTK, OPTIDX)",
            broker="gopocket",
            operation=op_id,
        )
    models = import_module("gopocket_client.models")

    def request(chunk: _Chunk) -> dict[str, Any]:
        if daily:
            body = models.HistoricalDataRequest(
                symbol=symbol, exchange_segment=segment, instrument=kind,
                from_date=chunk.start.date().isoformat(), to_date=chunk.end.date().isoformat(),
            )  # fmt: skip
        else:  # the current day's candles; securityId is the contract-master token
            body = models.IntradayDataRequest(
                security_id=symbol, exchange_segment=segment, instrument=kind
            )
        return {"body": body}

    return op_id, segment, request


def _fetch(plan: _Plan, chunk: _Chunk) -> Flow[CandleRows[Any]]:
    """One chunk's request and its rows: the I/O is the yielded :class:`Call`."""
    response = yield Call(plan.operation, {"client": plan.session, **plan.request(chunk)})
    parsed = getattr(response, "parsed", None)
    if parsed is None:
        raise MalformedResponseError(
            f"HTTP {int(response.status_code)} without a candle body",
            broker=plan.broker,
            operation=plan.operation_id,
            raw_body=bytes(response.content[:500]).decode("utf-8", "replace"),
        )
    try:
        return _convert(parsed, plan.prices, plan.on_bad_row, plan.operation_id)
    except (MalformedResponseError, BrokerFailureError) as exc:
        exc.broker, exc.operation = plan.broker, plan.operation_id
        raise


class _Merge:
    """Chunk results -> one ascending, duplicate-free stream, with progress reports."""

    def __init__(self, plan: _Plan, progress: Callable[[Progress], None] | None) -> None:
        self.plan = plan
        self.progress = progress
        self.last: datetime | None = None
        self.rows = 0
        self.skipped = 0

    def add(self, number: int, chunk: _Chunk, candles: CandleRows[Any]) -> list[Candle[Any]]:
        plan = self.plan
        cap = plan.limit.max_candles
        if cap and plan.limit.ranged and len(candles) >= cap:
            logger.warning(
                "%s %s: chunk %s-%s answered %d rows, the assumed cap: it may be cut; "
                "pass limits=CandleRange(max_days=...) with fewer days",
                plan.broker, plan.operation_id, chunk.start, chunk.end, len(candles),
            )  # fmt: skip
        if candles.skipped:
            logger.warning(
                "%s %s: %d unparseable rows skipped (%s)",
                plan.broker, plan.operation_id, candles.skipped, "; ".join(candles.problems),
            )  # fmt: skip
        if plan.daily:  # a trading day's candle may be stamped at any time of that day
            low, high = chunk.start.date(), chunk.end.date()
            inside = [c for c in candles if low <= c.time.date() <= high]
        else:
            inside = [c for c in candles if chunk.start <= c.time <= chunk.end]
        inside.sort(key=_by_time)
        out = []
        for candle in inside:
            if self.last is None or candle.time > self.last:
                out.append(candle)
                self.last = candle.time
        self.rows += len(out)
        self.skipped += candles.skipped
        if self.progress is not None:
            self.progress(
                Progress(number, len(plan.chunks), self.rows, self.skipped, chunk.start, chunk.end)
            )
        return out


def _by_time(candle: Candle[Any]) -> datetime:
    return candle.time


def _drive(plan: _Plan, progress: Callable[[Progress], None] | None) -> Iterator[Candle[Any]]:
    merge = _Merge(plan, progress)
    for number, chunk in enumerate(plan.chunks, start=1):
        yield from merge.add(number, chunk, run(_fetch(plan, chunk)))


async def _adrive(
    plan: _Plan, progress: Callable[[Progress], None] | None
) -> AsyncIterator[Candle[Any]]:
    merge = _Merge(plan, progress)
    for number, chunk in enumerate(plan.chunks, start=1):
        for candle in merge.add(number, chunk, await arun(_fetch(plan, chunk))):
            yield candle


Session: TypeAlias = "SamcoClient | GopocketClient"


@overload
def backfill(
    session: Session, broker: Broker, symbol: str, start: date | datetime,
    end: date | datetime, interval: Interval = ..., *, exchange: str | None = ...,
    index: bool = ..., instrument: str | None = ..., prices: Literal["decimal"] = ...,
    on_bad_row: OnBadRow = ..., progress: Callable[[Progress], None] | None = ...,
    limits: CandleRange | None = ...,
) -> Iterator[Candle[Decimal]]: ...  # fmt: skip
@overload
def backfill(
    session: Session, broker: Broker, symbol: str, start: date | datetime,
    end: date | datetime, interval: Interval = ..., *, exchange: str | None = ...,
    index: bool = ..., instrument: str | None = ..., prices: Literal["float"],
    on_bad_row: OnBadRow = ..., progress: Callable[[Progress], None] | None = ...,
    limits: CandleRange | None = ...,
) -> Iterator[Candle[float]]: ...  # fmt: skip
def backfill(
    session: Session,
    broker: Broker,
    symbol: str,
    start: date | datetime,
    end: date | datetime,
    interval: Interval = "day",
    *,
    exchange: str | None = None,
    index: bool = False,
    instrument: str | None = None,
    prices: Prices = "decimal",
    on_bad_row: OnBadRow = "skip",
    progress: Callable[[Progress], None] | None = None,
    limits: CandleRange | None = None,
) -> Iterator[Candle[Any]]:
    """Candles of ``symbol`` from ``start`` to ``end`` (dates: whole days; naive datetimes:
    IST), ascending and without duplicates, fetched chunk by chunk in order.

    Each chunk stays within the operation's per-request limit (:func:`candle_range`, or
    ``limits``) and is requested through ``session``, so the throttle paces the requests and
    errors are the overlays' typed errors. ``interval``: minutes or ``"day"``. Samco:
    ``exchange`` (default NSE), ``index=True`` for the index endpoints (``symbol`` is the
    index name). Gopocket: ``exchange`` is a segment (``NSE_EQ``) or NSE/BSE/NFO/CDS/MCX,
    ``instrument`` defaults to EQUITY (INDEX for indices); its intraday chart serves only the
    current day's 1-minute candles, and ``symbol`` is then the contract-master token.
    ``progress`` is called after every chunk. Arguments are checked now; requests start
    with the iteration.
    """
    plan = _plan(
        session, broker, symbol, start, end, interval, exchange=exchange, index=index,
        instrument=instrument, prices=prices, on_bad_row=on_bad_row, limits=limits,
    )  # fmt: skip
    return _drive(plan, progress)


@overload
def abackfill(
    session: Session, broker: Broker, symbol: str, start: date | datetime,
    end: date | datetime, interval: Interval = ..., *, exchange: str | None = ...,
    index: bool = ..., instrument: str | None = ..., prices: Literal["decimal"] = ...,
    on_bad_row: OnBadRow = ..., progress: Callable[[Progress], None] | None = ...,
    limits: CandleRange | None = ...,
) -> AsyncIterator[Candle[Decimal]]: ...  # fmt: skip
@overload
def abackfill(
    session: Session, broker: Broker, symbol: str, start: date | datetime,
    end: date | datetime, interval: Interval = ..., *, exchange: str | None = ...,
    index: bool = ..., instrument: str | None = ..., prices: Literal["float"],
    on_bad_row: OnBadRow = ..., progress: Callable[[Progress], None] | None = ...,
    limits: CandleRange | None = ...,
) -> AsyncIterator[Candle[float]]: ...  # fmt: skip
def abackfill(
    session: Session,
    broker: Broker,
    symbol: str,
    start: date | datetime,
    end: date | datetime,
    interval: Interval = "day",
    *,
    exchange: str | None = None,
    index: bool = False,
    instrument: str | None = None,
    prices: Prices = "decimal",
    on_bad_row: OnBadRow = "skip",
    progress: Callable[[Progress], None] | None = None,
    limits: CandleRange | None = None,
) -> AsyncIterator[Candle[Any]]:
    """:func:`backfill` on the event loop: ``async for candle in abackfill(...)``."""
    plan = _plan(
        session, broker, symbol, start, end, interval, exchange=exchange, index=index,
        instrument=instrument, prices=prices, on_bad_row=on_bad_row, limits=limits,
    )  # fmt: skip
    return _adrive(plan, progress)
