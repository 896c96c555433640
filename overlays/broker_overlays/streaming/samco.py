"""Samco market data over ``wss://stream.samco.in`` and order updates by polling.

:class:`SamcoStream`: the session token goes in the upgrade header named by ``x-auth``
(percent-decoded, as the spec says), taken from the REST session's own token machinery, so a
renewed token is used on the next reconnect. Samco's subscribe frame *replaces* the set of its
streaming type (``x-subscribe-semantics``): users subscribe and unsubscribe per symbol, and the
client restates the full set per streaming type in one frame (JSON plus the
``x-frame-terminator`` newline in the same WebSocket frame), coalescing bursts. With
``depth=True`` a symbol is subscribed to ``quote`` and ``quote2`` and both are merged into one
tick per symbol.

:class:`SamcoOrderUpdates`: Samco has no order stream (``x-order-stream.available: false``);
this polls the order book through the user's session (so the session's throttle paces it)
and emits an :class:`~broker_overlays.streaming.ticks.OrderEvent` per new order and per change
of status or filled quantity: the same interface as Gopocket's order feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast
from urllib.parse import unquote

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import InvalidStatus

from broker_overlays.auth.token_auth import TokenAuth
from broker_overlays.errors import (
    AuthError,
    BrokerError,
    ClientValidationError,
)
from broker_overlays.redaction import Secret
from broker_overlays.streaming.core import (
    BufferClosed,
    InstrumentLike,
    OrderQueue,
    StartClose,
    StreamClient,
    StreamOptions,
    TokenSource,
    _Refused,
    refused_status,
    token_source,
)
from broker_overlays.streaming.errors import StreamAuthError, StreamClosedError
from broker_overlays.streaming.ticks import (
    SAMCO_FIELDS,
    OrderEvent,
    SamcoMerger,
    Tick,
    decimal_of,
    int_of,
)
from samco_stream.models import (
    StreamRequest,
    StreamRequestBody,
    StreamRequestData,
    StreamSymbol,
)

if TYPE_CHECKING:
    from broker_overlays.samco import SamcoSession

log = logging.getLogger("broker_overlays.streaming")

_REFUSED_STATUSES = frozenset({401, 403})


class SamcoStream(StreamClient):
    """Samco's market-data WebSocket (see the module docs)."""

    broker = "samco"

    def __init__(
        self,
        token: TokenSource | TokenAuth | str | Secret,
        *,
        url: str | None = None,
        options: StreamOptions | None = None,
    ) -> None:
        from broker_overlays.streaming.catalog import stream_catalog

        catalog = stream_catalog(self.broker)
        super().__init__(
            url=url or catalog.server_url(),
            tokens=token_source(token, self.broker),
            options=options,
        )
        header = catalog.auth_header
        if header is None:
            raise ValueError("samco x-auth names no header")
        self._header = header
        self._decode = catalog.percent_decode
        types = catalog.streaming_types()
        # streaming types: the first carries quotes, the one with depth the ladder
        self._quote_type, self._depth_type = list(types)[:2]
        self._symbol_field = {
            message: str(spec["symbolField"])
            for spec in types.values()
            for message in spec["messages"]
        }
        self._depth_messages = frozenset(types[self._depth_type]["messages"])
        self._classes = {m: catalog.message_class(m) for m in self._symbol_field}
        self._merger = SamcoMerger()
        self._replace = catalog.subscribe_mode == "replace-per-streaming-type"
        self._resub = catalog.resubscribe_after_unsubscribe

    def _modes(self, depth: bool) -> tuple[str, ...]:
        return (self._quote_type, self._depth_type) if depth else (self._quote_type,)

    async def _open(self, credential: Secret) -> ClientConnection:
        value = credential.reveal()
        if self._decode:
            value = unquote(value)
        try:
            return cast(ClientConnection, await self._connect(self.url, {self._header: value}))
        except InvalidStatus as exc:
            status = refused_status(exc)
            if status in _REFUSED_STATUSES:
                raise _Refused(credential, f"upgrade refused with HTTP {status}", status) from None
            raise

    def _frames(
        self, mode: str, added: list[str], removed: list[str], full: list[str]
    ) -> list[Mapping[str, Any]]:
        frames: list[Mapping[str, Any]] = []
        if removed:
            frames.append(_request(mode, "unsubscribe", removed))
        if full and (added or (removed and self._resub) or not self._replace):
            frames.append(_request(mode, "subscribe", full if self._replace else added))
        return frames

    def _forget(self, keys: set[str]) -> None:
        for key in keys:
            self._merger.forget(key)

    def _parse(self, data: Any, received: float) -> Tick | None:
        name = self.dispatch(data)
        if name is None:
            self.stats.ignored += 1
            return None
        message = self._classes[name].from_dict(data)
        inner = data["response"]["data"] if "response" in data else data
        key = inner[self._symbol_field[name]]
        if not self.subscribed(key):
            return None  # a straggler after unsubscribe
        depth = key in self._desired.get(self._depth_type, ())
        if name in self._depth_messages:
            message = message.response.data
        elif "response" in data:
            message = message.response.data
        record = self._merger.merge(key, inner)
        return Tick("samco", key, record, message, received, depth, SAMCO_FIELDS)


def _request(mode: str, kind: str, keys: list[str]) -> dict[str, Any]:
    body = StreamRequestBody(
        streaming_type=mode,
        data=StreamRequestData(symbols=[StreamSymbol(symbol=k) for k in keys]),
        request_type="subscribe" if kind == "subscribe" else "unsubscribe",
        response_format="json",
    )
    return StreamRequest(request=body).to_dict()


def stream(
    session: SamcoSession,
    *instruments: InstrumentLike,
    depth: bool = False,
    url: str | None = None,
    options: StreamOptions | None = None,
) -> SamcoStream:
    """A :class:`SamcoStream` authenticated by ``session``'s token (renewed like REST's)."""
    client = SamcoStream(session._controls.auth, url=url, options=options)
    if instruments:
        client.subscribe(*instruments, depth=depth)
    return client


# --------------------------------------------------------------------------- order updates


class SamcoOrderUpdates(StartClose):
    """Order events from polling Samco's order book every ``interval`` seconds through the
    session (its throttle paces the calls). ``async with`` / ``async for event in updates``.

    The first poll is the baseline: its orders are emitted only with ``emit_initial=True``.
    Transient errors (network, 5xx, rate limits) are logged and the next poll retried;
    an authentication error ends the iteration with it. Events are never dropped: a full
    queue (``queue_size``) pauses polling."""

    broker = "samco"

    def __init__(
        self,
        session: SamcoSession,
        *,
        interval: float = 1.0,
        queue_size: int = 1024,
        emit_initial: bool = False,
    ) -> None:
        if interval <= 0:
            raise ClientValidationError("interval must be positive", broker=self.broker)
        self.session = session
        self.interval = interval
        self.emit_initial = emit_initial
        self.polls = 0
        self._queue_size = queue_size
        self._queue: OrderQueue | None = None
        self._seen: dict[str, tuple[str | None, str | None]] = {}
        self._task: asyncio.Task[None] | None = None
        self._fatal: BaseException | None = None
        self._closed = False

    def _ensure_started(self) -> OrderQueue:
        if self._queue is None:
            self._queue = OrderQueue(self._queue_size)
        if self._task is None and not self._closed:
            self._task = asyncio.get_running_loop().create_task(self._run())
        return self._queue

    async def start(self) -> Self:
        self._ensure_started()
        return self

    async def aclose(self) -> None:
        self._closed = True
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._queue is not None:
            self._queue.close()

    def __aiter__(self) -> Self:
        self._ensure_started()
        return self

    async def __anext__(self) -> OrderEvent:
        queue = self._ensure_started()
        try:
            return await queue.get()
        except BufferClosed:
            if self._fatal is not None:
                raise self._fatal from None
            raise StopAsyncIteration from None

    async def poll(self) -> list[OrderEvent]:
        """One poll: the events since the previous one (the first poll sets the baseline)."""
        from samco_client.api.orders import get_order_book

        book = await get_order_book.asyncio(client=self.session)
        received = time.perf_counter()
        first = self.polls == 0
        self.polls += 1
        events = []
        for entry in book.order_book_details or []:
            number = _text(entry.order_number)
            if not number:
                continue
            status, filled = _text(entry.order_status), _text(entry.filled_quantity)
            previous = self._seen.get(number)
            self._seen[number] = (status, filled)
            if previous == (status, filled) or (first and not self.emit_initial):
                continue
            events.append(
                OrderEvent(
                    broker=self.broker,
                    order_number=number,
                    status=status,
                    symbol=_text(entry.trading_symbol),
                    exchange=_text(entry.exchange),
                    side=_text(entry.transaction_type),
                    quantity=int_of(_text(entry.total_quanity) or _text(entry.quantity)),
                    filled_quantity=int_of(filled),
                    price=decimal_of(_text(entry.order_price)),
                    average_price=decimal_of(_text(entry.average_price)),
                    reason=_text(entry.rejection_reason),
                    message=entry,
                    received=received,
                    previous_status=previous[0] if previous else None,
                )
            )
        return events

    async def _run(self) -> None:
        queue = self._queue
        assert queue is not None
        try:
            while not self._closed:
                try:
                    for event in await self.poll():
                        await queue.put(event)
                except AuthError as exc:
                    raise StreamAuthError(
                        f"order book polling stopped: {exc.message}", broker=self.broker
                    ) from None
                except BrokerError as exc:
                    log.info("samco order updates: poll failed (%s); retrying", exc)
                await asyncio.sleep(self.interval)
        except BrokerError as exc:
            self._fatal = exc
        finally:
            queue.close()

    def __repr__(self) -> str:
        return f"SamcoOrderUpdates(interval={self.interval}, polls={self.polls})"


def _text(value: object) -> str | None:
    if value is None or not isinstance(value, str):
        return None if value is None or type(value).__name__ == "Unset" else str(value)
    return value or None


def order_updates(
    session: SamcoSession, *, interval: float = 1.0, emit_initial: bool = False
) -> SamcoOrderUpdates:
    """Order events of ``session``'s account, by polling the order book."""
    return SamcoOrderUpdates(session, interval=interval, emit_initial=emit_initial)


__all__ = ["SamcoOrderUpdates", "SamcoStream", "StreamClosedError", "order_updates", "stream"]
