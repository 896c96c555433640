"""Turn "state unknown" and "acknowledged" into an answer read from the broker's own books.

Two helpers, one implementation for both brokers (their differences are the small tables
below: which generated operations list orders, and which wire fields hold what), each sync and
async. The decisions are sans-I/O flows (:func:`_resolve_plan`, :func:`_confirm_plan`, see
:mod:`broker_overlays.flows`) that yield the reads and waits they need; the flows' sync and
async drivers carry them out with the generated operations of the caller's client, so the
overlays' throttle, retries of reads and typed errors apply to every call.

:func:`resolve_unknown` (``aresolve_unknown``) takes an
:class:`~broker_overlays.errors.OrderStateUnknownError` and answers exactly one of

* :class:`Found` -- the order is in the book (by the order number the error carries, else by
  tag where the book shows one, else by symbol, exchange, side, quantity, price, product and
  a placement time at or after ``request.sent_at`` minus ``clock_skew``);
* :class:`NotPlaced` -- only for a place (or square-off) call, and only under the settle rule
  below;
* :class:`StillUnknown` -- the book could not be read, several orders match (all listed, none
  picked), the deadline came first, or the call is one the book cannot answer.

For modify/cancel/exit calls the order is looked up by its order number and its *current*
state is reported (``Found.status``): whether the change took effect is for the caller to
judge from it; the resolver never infers it.

**The settle rule** (when "not placed" is answered). A request that timed out may still be
queued on its way to the broker, and a new order can take a moment to appear in the book
(RMS checks, replicated read stores). So "not placed" needs ``settle_reads`` (default 2)
consecutive successful reads of the order book *and* the trade book, each finding no
candidate, where the first read that counts starts at least ``min_delay`` seconds (default
5) after ``request.sent_at`` and consecutive counted reads start at least
``settle_interval`` seconds (default 2) apart. Reads before ``min_delay`` are made too, but
only to answer :class:`Found` early. A failed read is no evidence of absence: it starts the
count of empty reads over; a transient failure (5xx, network, rate limit) is retried every
``settle_interval`` until the deadline (``max_wait``), any other (auth, an unreadable body)
ends the search at once, and both end as :class:`StillUnknown` carrying the error. Rows whose placement time
cannot be read are never excluded by time (they stay candidates, which can make the answer
ambiguous but never wrongly "not placed"). An order number in the error (the broker issued
one) rules "not placed" out altogether. "Not placed" is a statement about the book when it
was read; it relies on the broker not executing a request later than ``min_delay`` after it
was sent -- raise ``min_delay`` for a slow or congested link.

:func:`place_and_confirm` (``aplace_and_confirm``) places an order once through a generated
operation and polls its status (Samco ``getOrderStatus``, Gopocket ``getOrderHistory`` /
``getOrderHistoryV1``) until the broker has accepted it (open, trigger pending, complete,
partially filled; an order that already ended as cancelled counts as accepted too) or
rejected it, returning :class:`Accepted` or :class:`Rejected`. A place call that raises
``OrderStateUnknownError`` is resolved within the same ``timeout``; an order proven absent
gives :class:`NotPlaced`. When the timeout comes first it raises ``OrderStateUnknownError``
(reason ``"timeout"``). Nothing here ever resends or calls any other order operation.
"""

from __future__ import annotations

import asyncio
import importlib
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from types import ModuleType
from typing import Any, Final, Literal, TypeAlias

from broker_overlays import safe_json
from broker_overlays.auth.clock import IST
from broker_overlays.errors import (
    BrokerError,
    MalformedResponseError,
    NetworkError,
    OrderRejectedError,
    OrderRequestInfo,
    OrderStateUnknownError,
    RateLimitedError,
    ServerError,
)
from broker_overlays.flows import Call, Flow, Sleep, arun, run
from broker_overlays.order_identity import order_number_in, request_info
from broker_overlays.spec_catalog import BROKER_PACKAGES, Operation, catalog

__all__ = [
    "Accepted",
    "BookOrder",
    "Confirmation",
    "Found",
    "NotPlaced",
    "Rejected",
    "Resolution",
    "StillUnknown",
    "aorder_status",
    "aplace_and_confirm",
    "aresolve_unknown",
    "classify_status",
    "order_status",
    "parse_broker_time",
    "place_and_confirm",
    "resolve_unknown",
]

# --------------------------------------------------------------------------- broker data

Role = Literal[
    "orderNumber",
    "status",
    "symbol",
    "exchange",
    "side",
    "quantity",
    "price",
    "product",
    "tag",
    "time",
    "reason",
]


@dataclass(frozen=True, slots=True)
class _Source:
    """A generated read operation that lists orders, and the wire names of its row fields."""

    operation_id: str
    rows: str | None
    """Key of the row list in the response body; None: the body is the one row."""
    fields: Mapping[str, tuple[str, ...]]
    by_number: tuple[str, str] | None = None
    """How the order number is passed: (keyword, "") or ("body", "Model:wireField")."""


@dataclass(frozen=True, slots=True)
class _Books:
    book: _Source
    trades: _Source
    status: _Source
    """Per-order status, polled by place_and_confirm."""


_SAMCO_BOOK = {
    "orderNumber": ("orderNumber",),
    "status": ("orderStatus",),
    "symbol": ("tradingSymbol",),
    "exchange": ("exchange",),
    "side": ("transactionType",),
    "quantity": ("totalQuanity", "quantity"),
    "price": ("orderPrice", "triggerPrice"),
    "product": ("productCode",),
    "time": ("orderTime",),
    "reason": ("rejectionReason",),
}
_GP_REST_BOOK = {
    "orderNumber": ("orderNo",),
    "status": ("orderStatus",),
    "symbol": ("tradingSymbol", "token", "formattedInsName"),
    "exchange": ("exchange",),
    "side": ("transType", "tranType"),
    "quantity": ("qty",),
    "price": ("price", "triggerPrice"),
    "product": ("product",),
    "time": ("orderTime",),
    "reason": ("rejectedReason",),
}
_GP_V1_BOOK = {
    "orderNumber": ("brokerOrderId",),
    "status": ("orderStatus",),
    "symbol": ("tradingSymbol", "instrumentId", "formattedInstrumentName"),
    "exchange": ("exchange",),
    "side": ("transactionType",),
    "quantity": ("quantity",),
    "price": ("price", "slTriggerPrice"),
    "product": ("product",),
    "tag": ("orderTag",),
    "time": ("orderTime",),
    "reason": ("rejectionReason",),
}

_BOOKS: Final[Mapping[tuple[str, str], _Books]] = {
    ("samco", "rest"): _Books(
        book=_Source("getOrderBook", "orderBookDetails", _SAMCO_BOOK),
        trades=_Source(
            "getTradeBook",
            "tradeBookDetails",
            {**_SAMCO_BOOK, "status": (), "quantity": ("quantity",), "price": ("orderPrice",)},
        ),
        status=_Source(
            "getOrderStatus",
            None,
            {"orderNumber": ("orderNumber",), "status": ("orderStatus",)},
            by_number=("order_number", ""),
        ),
    ),
    ("gopocket", "rest"): _Books(
        book=_Source("getOrderBook", "result", _GP_REST_BOOK),
        trades=_Source("getTradeBook", "result", {**_GP_REST_BOOK, "status": (), "reason": ()}),
        status=_Source(
            "getOrderHistory",
            "result",
            {
                "orderNumber": ("orderNo",),
                "status": ("status",),
                "reason": ("remarks",),
                "time": ("time",),
            },
            by_number=("body", "OrderHistoryRequest:orderNo"),
        ),
    ),
    ("gopocket", "open-api-v1"): _Books(
        book=_Source("getOrderBookV1", "result", _GP_V1_BOOK),
        trades=_Source("getTradeBookV1", "result", _GP_V1_BOOK),
        status=_Source(
            "getOrderHistoryV1",
            "result",
            {**_GP_V1_BOOK, "time": ("time", "orderTime")},
            by_number=("body", "BrokerOrderRef:brokerOrderId"),
        ),
    ),
}
"""Per broker and API generation (the spec's ``x-api-generation``): where orders are listed."""

StatusClass = Literal["accepted", "ended", "rejected", "undecided"]

_STATUS_CLASSES: Final[Mapping[str, Mapping[str, StatusClass]]] = {
    # Samco: order book `Open`/`Trigger Pending`/`Complete`/`Cancelled`/`Rejected`;
    # getOrderStatus and the place response `PENDING` (at the exchange) / `EXECUTED`.
    "samco": {
        "open": "accepted",
        "pending": "accepted",
        "trigger pending": "accepted",
        "complete": "accepted",
        "executed": "accepted",
        "partially executed": "accepted",
        "partially filled": "accepted",
        "after market order req received": "accepted",
        "cancelled": "ended",
        "expired": "ended",
        "rejected": "rejected",
    },
    # Gopocket (Codifi): `PENDING` is the first, pre-acknowledgement history row.
    "gopocket": {
        "open": "accepted",
        "trigger pending": "accepted",
        "complete": "accepted",
        "executed": "accepted",
        "partially filled": "accepted",
        "partially executed": "accepted",
        "amo received": "accepted",
        "cancelled": "ended",
        "canceled": "ended",
        "cancel": "ended",
        "expired": "ended",
        "rejected": "rejected",
    },
}
"""Documented status values by meaning (lower case). Anything else -- validation pending,
put order req received, open pending, ``PENDING`` on Gopocket -- is undecided: keep polling."""

_ALIASES: Final[Mapping[str, str]] = {
    "B": "BUY", "S": "SELL",
    "I": "MIS", "INTRADAY": "MIS",
    "C": "CNC", "DELIVERY": "CNC", "LONGTERM": "CNC",
    "M": "NRML", "NORMAL": "NRML",
}  # fmt: skip
"""Side and product spellings that mean the same (one-letter codes, SDK-layout names)."""


def classify_status(broker: str, status: str) -> StatusClass:
    """What a broker's order status means: accepted, ended (cancelled/expired after being
    accepted), rejected, or undecided (still being validated, or a value not documented)."""
    return _STATUS_CLASSES[broker].get(" ".join(status.lower().split()), "undecided")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class BookOrder:
    """One row of an order book, trade book or status read."""

    operation: str
    """The operation it was read with (``getOrderBook``, ``getTradeBookV1`` ...)."""
    order_number: str | None
    status: str
    row: Mapping[str, Any]
    """The row with the broker's field names."""
    model: Any = field(repr=False, compare=False)
    """The generated model of the row (or of the whole response for a one-order read)."""
    placed_at: datetime | None = None
    reason: str = ""
    """The broker's rejection reason, if the row has one."""


@dataclass(frozen=True)
class Found:
    """The order is in the broker's book (``order`` is the matching row)."""

    order: BookOrder
    kind: Literal["found"] = "found"

    @property
    def order_number(self) -> str | None:
        return self.order.order_number

    @property
    def status(self) -> str:
        return self.order.status


@dataclass(frozen=True)
class NotPlaced:
    """The book settled without the order (see the settle rule in the module docstring)."""

    reads: int
    checked_at: datetime
    """When the last counted read started (UTC)."""
    kind: Literal["not_placed"] = "not_placed"


@dataclass(frozen=True)
class StillUnknown:
    """No answer: ``reason`` says why; ``candidates`` are all the orders that matched."""

    reason: str
    candidates: tuple[BookOrder, ...] = ()
    error: Exception | None = None
    kind: Literal["unknown"] = "unknown"


Resolution: TypeAlias = Found | NotPlaced | StillUnknown


@dataclass(frozen=True)
class Accepted:
    """The broker accepted the order; ``status`` is its status when it was read."""

    order_number: str
    status: str
    order: BookOrder


@dataclass(frozen=True)
class Rejected:
    """The broker refused the order: at once (``error``) or after acknowledging it."""

    order_number: str | None
    reason: str
    order: BookOrder | None = None
    error: OrderRejectedError | None = None


Confirmation: TypeAlias = Accepted | Rejected | NotPlaced


# --------------------------------------------------------------------------- steps


@dataclass(frozen=True)
class _Failed:
    """What a read or the place call answers instead of raising (the plans decide)."""

    error: Exception


_Plan: TypeAlias = Flow[Any]


@dataclass(frozen=True)
class _Settings:
    broker: str
    books: _Books
    now: Callable[[], datetime]
    min_delay: float = 5.0
    settle_interval: float = 2.0
    settle_reads: int = 2
    clock_skew: float = 5.0
    deadline: datetime | None = None
    client: Any = None
    """The caller's generated client: the plans' reads and place call go through it."""
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


# --------------------------------------------------------------------------- parsing


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool | dict | list):
        return None
    text = str(value).strip()
    return text or None


def _first(row: Mapping[str, Any], names: Iterable[str]) -> str | None:
    return next((t for t in (_text(row.get(n)) for n in names) if t is not None), None)


_TIME_FORMATS = (
    "%d-%b-%Y %H:%M:%S",  # Samco order book: 16-Jun-2020 18:03:47
    "%H:%M:%S %d-%m-%Y",  # Gopocket order book: 13:14:55 15-11-2023
    "%d-%m-%Y %H:%M:%S",  # Gopocket trade book / v1
    "%d/%m/%Y %H:%M:%S",  # Samco order details: 16/06/2020 18:03:47
    "%d/%m/%y %H:%M:%S",  # Samco serverTime
    "%Y-%m-%d %H:%M:%S",
    "%d-%m-%Y %I:%M:%S %p",
    "%d%b%Y %H:%M:%S",
)
_TIME_ONLY = ("%H:%M:%S", "%I:%M:%S %p")  # Samco trade book: 06:39:50 PM (today)


def parse_broker_time(text: str | None, today: date | None = None) -> datetime | None:
    """A broker's order time (IST unless it says otherwise) as an aware datetime, or None.

    Accepts the formats both brokers use (see ``_TIME_FORMATS``), ISO 8601, epoch seconds or
    milliseconds, and a bare time of day (on ``today``, an IST date)."""
    if not text:
        return None
    value = " ".join(text.strip().split())[:64]
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    parsed: datetime | None = None
    for fmt in _TIME_FORMATS:
        try:
            parsed = datetime.strptime(value, fmt)
            break
        except ValueError:
            continue
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
    if parsed is None and today is not None:
        for fmt in _TIME_ONLY:
            try:
                clock = datetime.strptime(value.upper(), fmt).time()
            except ValueError:
                continue
            return datetime.combine(today, clock, IST)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=IST)


def _book_orders(
    broker: str, source: _Source, parsed: Any, content: bytes, today: date | None
) -> list[BookOrder]:
    """The rows of a read's response, each with its generated model."""
    body = safe_json.loads(content)
    if source.rows is None:
        rows: list[Any] = [body]
        models: list[Any] = [parsed]
    else:
        found = body.get(source.rows) if isinstance(body, Mapping) else None
        rows = found if isinstance(found, list) else []
        listed = getattr(parsed, _snake(source.rows), None)
        models = listed if isinstance(listed, list) and len(listed) == len(rows) else rows
    out = []
    for row, model in zip(rows, models, strict=True):
        if not isinstance(row, Mapping):
            continue
        fields = source.fields
        out.append(
            BookOrder(
                operation=source.operation_id,
                order_number=_first(row, fields.get("orderNumber", ())),
                status=_first(row, fields.get("status", ())) or "",
                row=dict(row),
                model=model,
                placed_at=parse_broker_time(_first(row, fields.get("time", ())), today),
                reason=_first(row, fields.get("reason", ())) or "",
            )
        )
    return out


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _norm(role: str, value: str) -> str:
    text = " ".join(value.upper().split())
    if role in ("side", "product"):
        return _ALIASES.get(text, text)
    return text


def _symbol_forms(value: str) -> set[str]:
    """A symbol with and without an NSE series suffix (``RELIANCE-EQ`` ~ ``RELIANCE``)."""
    text = value.strip().upper()
    return {text, re.sub(r"-[A-Z]{1,2}$", "", text)}


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value.replace(",", ""))
    except InvalidOperation:
        return None


def _role_matches(role: str, wanted: str, row: Mapping[str, Any], names: Iterable[str]) -> bool:
    """Whether the row agrees on ``role``; a row without the field cannot be excluded."""
    values = [t for t in (_text(row.get(n)) for n in names) if t is not None]
    if not values:
        return True
    if role == "symbol":
        return any(_symbol_forms(wanted) & _symbol_forms(v) for v in values)
    if role in ("quantity", "price"):
        target = _number(wanted)
        return any((_number(v) == target) if target is not None else v == wanted for v in values)
    return any(_norm(role, v) == _norm(role, wanted) for v in values)


_MATCH_ROLES: Final = ("symbol", "exchange", "side", "quantity", "price", "product", "tag")


def _matches(
    order: BookOrder, info: OrderRequestInfo, source: _Source, not_before: datetime | None
) -> bool:
    for role in _MATCH_ROLES:
        wanted = info.get(role)
        names = source.fields.get(role, ())
        if wanted is None or not names:
            continue
        if role == "tag":
            # A book that shows tags shows ours on our order: an untagged row is another order.
            if _first(order.row, names) != wanted:
                return False
        elif not _role_matches(role, wanted, order.row, names):
            return False
    return not (
        not_before is not None and order.placed_at is not None and order.placed_at < not_before
    )


# --------------------------------------------------------------------------- the plans


def _search_plan(
    s: _Settings,
    match: Callable[[BookOrder], bool],
    *,
    base: datetime,
    may_be_absent: bool,
    absent_reason: str,
) -> _Plan:
    """Read the order book (then the trade book) until one answer holds; see the settle rule.

    ``match`` selects the candidates; ``may_be_absent`` allows :class:`NotPlaced` (else the
    settled absence is :class:`StillUnknown` with ``absent_reason``)."""
    earliest = base + timedelta(seconds=s.min_delay)
    counted = 0
    last_start: datetime | None = None
    failure: _Failed | None = None
    failed_op = ""
    while True:
        now = s.now()
        if last_start is not None:
            due = max(earliest, last_start + timedelta(seconds=s.settle_interval))
            if s.deadline is not None and due > s.deadline:
                if failure is not None:
                    return _unreadable(failed_op, failure)
                return StillUnknown(
                    "deadline reached before the order book settled "
                    f"({counted} of {s.settle_reads} empty reads after the minimum delay)"
                )
            if due > now:
                yield _pause(s, (due - now).total_seconds())
        start = s.now()
        candidates: dict[str, BookOrder] = {}
        unnumbered: list[BookOrder] = []
        failure = None
        for source in (s.books.book, s.books.trades):
            result = yield from _read(s, source)
            if isinstance(result, _Failed):
                failure, failed_op = result, source.operation_id
                break
            for order in result:
                if not match(order):
                    continue
                if order.order_number is None:
                    unnumbered.append(order)
                else:
                    candidates.setdefault(order.order_number, order)
            if candidates or unnumbered:
                break  # the trade book only matters when the order book shows nothing
        if failure is not None:
            if not isinstance(failure.error, _TRANSIENT):
                return _unreadable(failed_op, failure)
            counted, last_start = 0, start  # no evidence: the empty reads start over
            continue
        found = [*candidates.values(), *unnumbered]
        if len(found) == 1:
            return Found(found[0])
        if found:
            return StillUnknown(
                f"{len(found)} orders match the request; none was picked", candidates=tuple(found)
            )
        if start >= earliest:
            counted += 1
            last_start = start
            if counted >= s.settle_reads:
                if may_be_absent:
                    return NotPlaced(reads=counted, checked_at=start)
                return StillUnknown(absent_reason)
        else:
            last_start = start


_TRANSIENT = (ServerError, NetworkError, RateLimitedError)
"""Read failures that are retried (every settle interval, until the deadline)."""


def _unreadable(operation_id: str, failure: _Failed) -> StillUnknown:
    name = type(failure.error).__name__
    return StillUnknown(f"{operation_id} could not be read ({name})", error=failure.error)


def _resolve_plan(s: _Settings, error: OrderStateUnknownError) -> _Plan:
    info = error.request
    op = _operation(s.broker, error.operation)
    if info is None or op is None:
        return StillUnknown("the error does not say which order call it was")
    action = info.action or (op.order_action or "")
    placing = action in ("place", "square-off")
    base = (info.sent_at or s.now()).astimezone(UTC)
    number = error.order_number if placing else (info.get("orderNumber") or error.order_number)
    if number is not None:
        target = number
        return (
            yield from _search_plan(
                s,
                lambda order: order.order_number == target,
                base=base,
                may_be_absent=False,
                absent_reason=f"order {number} is not in the order book or the trade book",
            )
        )
    if not placing:
        return StillUnknown(
            f"a {action or 'order'} call without an order number cannot be checked in the "
            "order book (check positions)"
        )
    not_before = (
        info.sent_at - timedelta(seconds=s.clock_skew) if info.sent_at is not None else None
    )
    sources = {s.books.book.operation_id: s.books.book, s.books.trades.operation_id: s.books.trades}
    return (
        yield from _search_plan(
            s,
            lambda order: _matches(order, info, sources[order.operation], not_before),
            base=base,
            may_be_absent=True,
            absent_reason="",
        )
    )


_RANK: Final[Mapping[StatusClass, int]] = {
    "rejected": 3,
    "ended": 2,
    "accepted": 1,
    "undecided": 0,
}


def _current(broker: str, rows: list[BookOrder]) -> BookOrder | None:
    """The row that tells an order's state now (history: the most decisive, then latest)."""
    if not rows:
        return None
    epoch = datetime.min.replace(tzinfo=UTC)
    return max(
        rows,
        key=lambda o: (_RANK[classify_status(broker, o.status)], o.placed_at or epoch),
    )


def _confirm_plan(
    s: _Settings,
    op: Operation,
    operation: ModuleType,
    body: Any,
    poll_interval: float,
) -> _Plan:
    rule = catalog(s.broker).order_identity
    plain = body.to_dict() if hasattr(body, "to_dict") else body
    if isinstance(plain, list):
        plain = [item.to_dict() if hasattr(item, "to_dict") else item for item in plain]
    info = request_info(op, rule, body=plain, query={}, path_params={}, sent_at=s.now())
    result = yield from _place(s, operation, body)
    if isinstance(result, _Failed):
        exc = result.error
        if isinstance(exc, OrderRejectedError):
            return Rejected(None, exc.broker_message or exc.message, error=exc)
        if not isinstance(exc, OrderStateUnknownError):
            raise exc
        resolution = yield from _resolve_plan(s, exc)
        if isinstance(resolution, NotPlaced):
            return resolution
        if isinstance(resolution, StillUnknown) or resolution.order_number is None:
            exc.add_note(f"place_and_confirm: {_describe(resolution)}")
            raise exc
        number = resolution.order_number
        info = exc.request or info
    else:
        number = order_number_in(safe_json.loads(result), rule)
        if number is None:
            raise OrderStateUnknownError(
                "the place call succeeded but its answer names no order number; check the "
                "order book (broker_overlays.orders.resolve_unknown) before trying again",
                reason="malformed",
                request=info,
                broker=s.broker,
                operation=op.operation_id,
            )
    while True:
        rows = yield from _read(s, s.books.status, number)
        current = None if isinstance(rows, _Failed) else _current(s.broker, rows)
        if current is not None:
            meaning = classify_status(s.broker, current.status)
            if meaning == "rejected":
                reason = current.reason
                if not reason:
                    reason = yield from _rejection_reason(s, number)
                return Rejected(number, reason, order=current)
            if meaning in ("accepted", "ended"):
                return Accepted(number, current.status, current)
        now = s.now()
        if s.deadline is not None and now + timedelta(seconds=poll_interval) > s.deadline:
            seen = f"last status {current.status!r}" if current else "status not readable"
            raise OrderStateUnknownError(
                f"order {number} was neither accepted nor rejected within the timeout ({seen}); "
                "it was NOT resent. Check it again later (broker_overlays.orders).",
                reason="timeout",
                request=info,
                order_number=number,
                broker=s.broker,
                operation=op.operation_id,
            )
        yield _pause(s, poll_interval)


def _rejection_reason(s: _Settings, number: str) -> _Plan:
    """The reason from the order book, when the status read has none (Samco)."""
    rows = yield from _read(s, s.books.book)
    if isinstance(rows, _Failed):
        return ""
    row = next((o for o in rows if o.order_number == number), None)
    return row.reason if row is not None else ""


def _describe(resolution: Resolution) -> str:
    if isinstance(resolution, Found):
        return f"found order {resolution.order_number} ({resolution.status})"
    if isinstance(resolution, NotPlaced):
        return "not placed"
    return resolution.reason


# --------------------------------------------------------------------------- I/O


def _generation(broker: str, op_id: str | None) -> str:
    if op_id is None:
        return "rest"
    op = _operation(broker, op_id)
    if op is None:
        return "rest"
    spec_op = catalog(broker).spec_operation(op)
    generation = str(spec_op.get("x-api-generation", "rest"))
    return generation if (broker, generation) in _BOOKS else "rest"


def _operation(broker: str, op_id: str | None) -> Operation | None:
    if op_id is None:
        return None
    try:
        return catalog(broker).by_id(op_id)
    except KeyError:
        return None


@cache
def _module(broker: str, op_id: str) -> ModuleType:
    op = catalog(broker).by_id(op_id)
    package = BROKER_PACKAGES[broker]
    return importlib.import_module(
        f"{package}.api.{_snake(op.tag).replace('-', '_')}.{_snake(op_id)}"
    )


def _read_kwargs(broker: str, source: _Source, number: str | None) -> dict[str, Any]:
    if source.by_number is None or number is None:
        return {}
    keyword, model = source.by_number
    if not model:
        return {keyword: number}
    name, wire = model.split(":")
    models = importlib.import_module(f"{BROKER_PACKAGES[broker]}.models")
    return {keyword: getattr(models, name).from_dict({wire: number})}


def _broker_of(client: Any) -> str:
    """The broker of a generated client (or of a facade session, which subclasses one)."""
    for cls in type(client).__mro__:
        package = cls.__module__.split(".")[0]
        for broker, name in BROKER_PACKAGES.items():
            if name == package:
                return broker
    raise TypeError(f"{type(client).__name__} is not a generated Samco or Gopocket client")


_READ_ERRORS = (BrokerError, ValueError, KeyError, TypeError, AttributeError)


def _status_ok(response: Any, source: _Source) -> None:
    if int(response.status_code) != 200:
        raise MalformedResponseError(
            f"{source.operation_id} answered HTTP {int(response.status_code)}",
            operation=source.operation_id,
        )


def _today(s: _Settings) -> date:
    return s.now().astimezone(IST).date()


def _read(s: _Settings, source: _Source, number: str | None = None) -> _Plan:
    """Read ``source`` (for one order with ``number``): its rows, or :class:`_Failed`."""
    try:
        kwargs = _read_kwargs(s.broker, source, number)
        response = yield Call(
            _module(s.broker, source.operation_id), {"client": s.client, **kwargs}
        )
        _status_ok(response, source)
        return _book_orders(s.broker, source, response.parsed, response.content, _today(s))
    except _READ_ERRORS as exc:
        return _Failed(exc)


def _place(s: _Settings, operation: ModuleType, body: Any) -> _Plan:
    """The place call, once: its raw response body, or :class:`_Failed`."""
    try:
        response = yield Call(operation, {"client": s.client, "body": body})
    except BrokerError as exc:
        return _Failed(exc)
    return response.content


def _pause(s: _Settings, seconds: float) -> Sleep:
    return Sleep(seconds, s.sleep, s.async_sleep)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _settings(
    client: Any,
    broker: str | None,
    op_id: str | None,
    *,
    now: Callable[[], datetime],
    min_delay: float,
    settle_interval: float,
    settle_reads: int,
    clock_skew: float,
    deadline: datetime | None,
    sleep: Callable[[float], None],
    async_sleep: Callable[[float], Awaitable[None]],
) -> _Settings:
    broker = broker or _broker_of(client)
    if settle_reads < 1:
        raise ValueError("settle_reads must be at least 1")
    if min(min_delay, settle_interval, clock_skew) < 0:
        raise ValueError("min_delay, settle_interval and clock_skew must be >= 0")
    return _Settings(
        broker=broker,
        books=_BOOKS[(broker, _generation(broker, op_id))],
        now=now,
        min_delay=min_delay,
        settle_interval=settle_interval,
        settle_reads=settle_reads,
        clock_skew=clock_skew,
        deadline=deadline,
        client=client,
        sleep=sleep,
        async_sleep=async_sleep,
    )


def _resolution(
    client: Any,
    error: OrderStateUnknownError,
    *,
    min_delay: float,
    settle_interval: float,
    settle_reads: int,
    clock_skew: float,
    max_wait: float | None,
    now: Callable[[], datetime],
    sleep: Callable[[float], None] = time.sleep,
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> _Plan:
    """The plan of :func:`resolve_unknown` / :func:`aresolve_unknown` (arguments checked now)."""
    deadline = now() + timedelta(seconds=max_wait) if max_wait is not None else None
    s = _settings(
        client, error.broker, error.operation, now=now, min_delay=min_delay,
        settle_interval=settle_interval, settle_reads=settle_reads, clock_skew=clock_skew,
        deadline=deadline, sleep=sleep, async_sleep=async_sleep,
    )  # fmt: skip
    return _resolve_plan(s, error)


def _confirmation(
    client: Any,
    operation: ModuleType,
    body: Any,
    *,
    timeout: float,
    poll_interval: float,
    min_delay: float,
    settle_interval: float,
    clock_skew: float,
    now: Callable[[], datetime],
    sleep: Callable[[float], None] = time.sleep,
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> _Plan:
    """The plan of :func:`place_and_confirm` / :func:`aplace_and_confirm` (arguments checked
    now)."""
    broker = _broker_of(client)
    op = _place_op(broker, operation)
    s = _settings(
        client, broker, op.operation_id, now=now, min_delay=min_delay,
        settle_interval=settle_interval, settle_reads=2, clock_skew=clock_skew,
        deadline=now() + timedelta(seconds=timeout), sleep=sleep, async_sleep=async_sleep,
    )  # fmt: skip
    return _confirm_plan(s, op, operation, body, poll_interval)


# --------------------------------------------------------------------------- public API


def resolve_unknown(
    client: Any,
    error: OrderStateUnknownError,
    *,
    min_delay: float = 5.0,
    settle_interval: float = 2.0,
    settle_reads: int = 2,
    clock_skew: float = 5.0,
    max_wait: float | None = 60.0,
    now: Callable[[], datetime] = _utcnow,
    sleep: Callable[[float], None] = time.sleep,
) -> Resolution:
    """Search the broker's books for the order of ``error``: :class:`Found`,
    :class:`NotPlaced` (settle rule: module docstring) or :class:`StillUnknown`.

    ``client`` is the overlays' client the call was made with (same broker and account).
    Only read operations are called; nothing is resent. ``max_wait`` bounds the whole search
    (None: no bound). ``now``/``sleep`` are for tests (a fake clock).
    """
    result: Resolution = run(_resolution(
        client, error, min_delay=min_delay, settle_interval=settle_interval,
        settle_reads=settle_reads, clock_skew=clock_skew, max_wait=max_wait, now=now, sleep=sleep,
    ))  # fmt: skip
    return result


async def aresolve_unknown(
    client: Any,
    error: OrderStateUnknownError,
    *,
    min_delay: float = 5.0,
    settle_interval: float = 2.0,
    settle_reads: int = 2,
    clock_skew: float = 5.0,
    max_wait: float | None = 60.0,
    now: Callable[[], datetime] = _utcnow,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Resolution:
    """:func:`resolve_unknown` with the async operations of ``client``."""
    result: Resolution = await arun(_resolution(
        client, error, min_delay=min_delay, settle_interval=settle_interval,
        settle_reads=settle_reads, clock_skew=clock_skew, max_wait=max_wait, now=now,
        async_sleep=sleep,
    ))  # fmt: skip
    return result


def _place_op(broker: str, operation: ModuleType) -> Operation:
    op_id = re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), operation.__name__.split(".")[-1])
    op = _operation(broker, op_id)
    if op is None or op.order_action not in ("place", "square-off"):
        raise ValueError(f"{operation.__name__} is not a {broker} place-order operation")
    return op


def place_and_confirm(
    client: Any,
    operation: ModuleType,
    body: Any,
    *,
    timeout: float = 30.0,
    poll_interval: float = 1.0,
    min_delay: float = 5.0,
    settle_interval: float = 2.0,
    clock_skew: float = 5.0,
    now: Callable[[], datetime] = _utcnow,
    sleep: Callable[[float], None] = time.sleep,
) -> Confirmation:
    """Place an order ONCE with the generated ``operation`` module (e.g.
    ``samco_client.api.orders.place_order``) and wait for the broker's decision.

    Returns :class:`Accepted` (open, trigger pending, complete, partially filled, or already
    cancelled), :class:`Rejected` (at once, or after the broker acknowledged it, with the
    book's reason) or :class:`NotPlaced` (the place call's outcome was unknown and the book
    settled without it). Raises ``OrderStateUnknownError`` (reason ``"timeout"``, or the
    place call's own) when ``timeout`` seconds pass without an answer; other errors of the
    place call (validation, rate limit, auth) propagate unchanged.
    """
    result: Confirmation = run(_confirmation(
        client, operation, body, timeout=timeout, poll_interval=poll_interval,
        min_delay=min_delay, settle_interval=settle_interval, clock_skew=clock_skew, now=now,
        sleep=sleep,
    ))  # fmt: skip
    return result


async def aplace_and_confirm(
    client: Any,
    operation: ModuleType,
    body: Any,
    *,
    timeout: float = 30.0,
    poll_interval: float = 1.0,
    min_delay: float = 5.0,
    settle_interval: float = 2.0,
    clock_skew: float = 5.0,
    now: Callable[[], datetime] = _utcnow,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Confirmation:
    """:func:`place_and_confirm` with the async operations of ``client``."""
    result: Confirmation = await arun(_confirmation(
        client, operation, body, timeout=timeout, poll_interval=poll_interval,
        min_delay=min_delay, settle_interval=settle_interval, clock_skew=clock_skew, now=now,
        async_sleep=sleep,
    ))  # fmt: skip
    return result


def _status_plan(s: _Settings, number: str) -> _Plan:
    rows = yield from _read(s, s.books.status, number)
    if isinstance(rows, _Failed):
        raise rows.error
    return _current(s.broker, rows)


def _status(client: Any, order_number: str, generation: str) -> _Plan:
    broker = _broker_of(client)
    if (broker, generation) not in _BOOKS:
        raise ValueError(f"{broker} has no API generation {generation!r}")
    return _status_plan(
        _Settings(broker, _BOOKS[(broker, generation)], _utcnow, client=client), order_number
    )


def order_status(client: Any, order_number: str, *, generation: str = "rest") -> BookOrder | None:
    """The broker's current state of one order (Samco ``getOrderStatus``, Gopocket
    ``getOrderHistory``, or ``getOrderHistoryV1`` with ``generation="open-api-v1"``); None
    when the broker lists nothing for it. A failed read raises its typed error."""
    result: BookOrder | None = run(_status(client, order_number, generation))
    return result


async def aorder_status(
    client: Any, order_number: str, *, generation: str = "rest"
) -> BookOrder | None:
    """:func:`order_status` with the async operations of ``client``."""
    result: BookOrder | None = await arun(_status(client, order_number, generation))
    return result
