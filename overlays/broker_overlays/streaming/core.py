"""The connection loop both streaming clients share, and the bounded delivery buffers.

connect -> authenticate -> resubscribe the full set -> read, until the socket dies; then
reconnect after an exponential backoff with full jitter (``x-reconnect`` of the broker's
AsyncAPI document), re-reading the credentials, and restate every subscription. Liveness:
protocol pings or an application heartbeat (``x-heartbeat.kind``), and an idle watchdog that
treats a socket silent for ``idle_timeout`` seconds as dead.

Delivery (backpressure, never unbounded memory):

- ticks go through a :class:`ConflatingBuffer` of at most ``buffer_size`` entries. The
  default policy ``"conflate"`` keeps the latest tick per stream key (a slow consumer sees
  every symbol's newest state, in the order the symbols first became pending; if more than
  ``buffer_size`` distinct keys are pending, the oldest key's tick is dropped and counted).
  ``"drop-oldest"`` keeps every tick in arrival order and drops the oldest when full;
  ``"block"`` keeps every tick and stops reading the socket until the consumer catches up
  (the broker's own buffers then fill: use only with a consumer that keeps up).
- order events are never conflated or dropped: they go through their own bounded queue
  (``order_queue_size``), and a full queue stops reading the socket until they are consumed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Literal, Protocol, Self, TypeVar, runtime_checkable

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.version import version as ws_version

from broker_overlays.auth.token_auth import TokenAuth
from broker_overlays.errors import AuthError, ClientValidationError
from broker_overlays.redaction import RedactingFilter, Secret, redact
from broker_overlays.streaming.catalog import DispatchRule, Reconnect, StreamCatalog, stream_catalog
from broker_overlays.streaming.errors import (
    SessionTakenOverError,
    StreamAuthError,
    StreamClosedError,
    StreamError,
)
from broker_overlays.streaming.ticks import OrderEvent, Tick

log = logging.getLogger("broker_overlays.streaming")
wire_log = logging.getLogger("broker_overlays.streaming.websocket")
"""The ``websockets`` connection logger (it logs the upgrade headers at DEBUG): every record
passes a :class:`~broker_overlays.redaction.RedactingFilter`, so the token never shows."""
wire_log.addFilter(RedactingFilter())

POLICY_VIOLATION = 1008
"""Close code of a refused login (Samco has no auth frame: a refused token closes the socket
with it before any message)."""

Policy = Literal["conflate", "drop-oldest", "block"]
POLICIES: tuple[Policy, ...] = ("conflate", "drop-oldest", "block")
V = TypeVar("V")


# --------------------------------------------------------------------------- instruments


@runtime_checkable
class HasStreamKey(Protocol):
    """Anything with a ``stream_key`` (``broker_overlays.instruments.Instrument``)."""

    @property
    def stream_key(self) -> str | None: ...


InstrumentLike = str | HasStreamKey


def stream_key(instrument: InstrumentLike, catalog: StreamCatalog) -> str:
    """The stream key of ``instrument``: a raw key (checked against ``x-symbol-key.pattern``)
    or an instrument from :mod:`broker_overlays.instruments` (its ``stream_key``)."""
    key = instrument if isinstance(instrument, str) else getattr(instrument, "stream_key", None)
    if not isinstance(key, str) or not catalog.symbol_pattern.fullmatch(key):
        raise ClientValidationError(
            f"{instrument!r} is not a {catalog.broker} stream key "
            f"(pattern {catalog.symbol_pattern.pattern}, e.g. "
            f"{', '.join(catalog.ext('symbol-key')['examples'][:2])})",
            broker=catalog.broker,
        )
    return key


# --------------------------------------------------------------------------- buffers


class BufferClosed(Exception):
    """Raised by a closed buffer's ``get`` once it is drained."""


class ConflatingBuffer(Generic[V]):
    """A bounded buffer of items keyed by stream key (see the module docs for the policies)."""

    def __init__(self, maxsize: int = 1024, policy: Policy = "conflate") -> None:
        if policy not in POLICIES:
            raise ClientValidationError(f"policy must be one of {POLICIES}, not {policy!r}")
        if maxsize < 1:
            raise ClientValidationError(f"buffer size must be at least 1, not {maxsize}")
        self.maxsize = maxsize
        self.policy: Policy = policy
        self._latest: dict[str, V] = {}
        self._fifo: deque[V] = deque()
        self._conflate = policy == "conflate"
        self._getter: asyncio.Future[None] | None = None
        self._putter: asyncio.Future[None] | None = None
        self._closed = False
        self.dropped = 0
        """Ticks dropped (drop-oldest, or more pending keys than ``maxsize``)."""
        self.conflated = 0
        """Ticks replaced by a newer tick of the same key before being consumed."""

    def __len__(self) -> int:
        return len(self._latest) if self._conflate else len(self._fifo)

    def full(self) -> bool:
        return len(self) >= self.maxsize

    def put_nowait(self, key: str, item: V) -> None:
        """Add ``item`` (never blocks; the ``block`` policy raises ``asyncio.QueueFull``)."""
        if self._conflate:
            latest = self._latest
            if key in latest:
                self.conflated += 1
            elif len(latest) >= self.maxsize:
                del latest[next(iter(latest))]
                self.dropped += 1
            latest[key] = item
        else:
            fifo = self._fifo
            if len(fifo) >= self.maxsize:
                if self.policy == "block":
                    raise asyncio.QueueFull
                fifo.popleft()
                self.dropped += 1
            fifo.append(item)
        getter = self._getter
        if getter is not None:
            self._getter = None
            if not getter.done():
                getter.set_result(None)

    async def put(self, key: str, item: V) -> None:
        """Add ``item``; with the ``block`` policy wait for room first."""
        while self.policy == "block" and len(self._fifo) >= self.maxsize and not self._closed:
            self._putter = asyncio.get_running_loop().create_future()
            await self._putter
        self.put_nowait(key, item)

    def get_nowait(self) -> V | None:
        if self._conflate:
            latest = self._latest
            if not latest:
                return None
            return latest.pop(next(iter(latest)))
        if not self._fifo:
            return None
        item = self._fifo.popleft()
        putter = self._putter
        if putter is not None:
            self._putter = None
            if not putter.done():
                putter.set_result(None)
        return item

    async def get(self) -> V:
        while True:
            item = self.get_nowait()  # items are never None (ticks, order events)
            if item is not None:
                return item
            if self._closed:
                raise BufferClosed
            self._getter = asyncio.get_running_loop().create_future()
            await self._getter

    def close(self) -> None:
        """No more items: a waiting and every later ``get`` on an empty buffer raises
        :class:`BufferClosed` (pending items are still handed out first)."""
        self._closed = True
        for waiter in (self._getter, self._putter):
            if waiter is not None and not waiter.done():
                waiter.set_result(None)
        self._getter = self._putter = None


class OrderQueue:
    """A bounded FIFO of order events that never drops: ``put`` waits for room."""

    def __init__(self, maxsize: int = 1024) -> None:
        self._queue: asyncio.Queue[OrderEvent | None] = asyncio.Queue(maxsize)
        self._closed = False

    def __len__(self) -> int:
        return self._queue.qsize()

    async def put(self, event: OrderEvent) -> None:
        await self._queue.put(event)

    async def get(self) -> OrderEvent:
        if self._closed and self._queue.empty():
            raise BufferClosed
        event = await self._queue.get()
        if event is None:
            raise BufferClosed
        return event

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(asyncio.QueueFull):
            self._queue.put_nowait(None)


# --------------------------------------------------------------------------- credentials


class TokenSource(Protocol):
    """Where the stream gets its credential: the current one, or a renewed one after the
    broker refused ``stale``."""

    async def current(self) -> Secret: ...

    async def renew(self, stale: Secret) -> Secret: ...


@dataclass(frozen=True, slots=True)
class SessionTokens:
    """The REST session's own token machinery (:class:`TokenAuth`): the same token the REST
    calls send, renewed the same way (a renewed token is used on the next reconnect)."""

    auth: TokenAuth

    async def current(self) -> Secret:
        return (await self.auth.acurrent()).access_token

    async def renew(self, stale: Secret) -> Secret:
        return (await self.auth.arenew(stale)).access_token


@dataclass(frozen=True, slots=True)
class StaticToken:
    """A fixed credential (nothing to renew it from)."""

    token: Secret
    broker: str = "?"

    async def current(self) -> Secret:
        return self.token

    async def renew(self, stale: Secret) -> Secret:
        raise StreamAuthError(
            "the broker refused the stream credential and there is nothing to renew it from",
            broker=self.broker,
        )


@dataclass(frozen=True, slots=True)
class CallableToken:
    """A credential re-read from ``fetch`` on every (re)connect (e.g. Gopocket's daily web
    key from ``getUser``)."""

    fetch: Callable[[], Awaitable[str | Secret]]

    async def current(self) -> Secret:
        value = await self.fetch()
        return value if isinstance(value, Secret) else Secret(value)

    async def renew(self, stale: Secret) -> Secret:
        return await self.current()


def token_source(value: TokenSource | TokenAuth | str | Secret, broker: str) -> TokenSource:
    if isinstance(value, TokenAuth):
        return SessionTokens(value)
    if isinstance(value, str | Secret):
        secret = value if isinstance(value, Secret) else Secret(value)
        return StaticToken(secret, broker)
    return value


# --------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class StreamOptions:
    """Tuning of a stream; ``None`` means "as the broker's AsyncAPI document says"."""

    buffer_size: int = 1024
    policy: Policy = "conflate"
    order_queue_size: int = 1024
    coalesce_window: float = 0.02
    """Subscription changes within this many seconds go out as one set of frames."""
    reconnect: Reconnect | None = None
    """Backoff policy (default: ``x-reconnect``); ``Reconnect.scaled`` shortens it."""
    max_attempts: int | None = -1
    """Reconnect attempts in a row before giving up (``-1``: the spec's; ``None``: forever)."""
    idle_timeout: float | None = -1.0
    """Seconds without any message before the socket counts as dead (``-1``: the spec's
    ``x-heartbeat.idleTimeoutSeconds``; ``None``: never)."""
    heartbeat_interval: float | None = -1.0
    """Seconds between pings / heartbeat frames (``-1``: the spec's; ``None``: none)."""
    open_timeout: float = 10.0
    takeover_window: float = 5.0
    """A clean close (the spec's ``x-sessions-per-account.closeCode``) this soon after
    connecting counts as another session taking over."""
    takeover_limit: int = 3
    """Take-overs in a row before :class:`SessionTakenOverError` instead of reconnecting."""
    rng: random.Random | None = field(default=None, compare=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)


@dataclass(slots=True)
class StreamStats:
    connects: int = 0
    reconnects: int = 0
    frames: int = 0
    ticks: int = 0
    orders: int = 0
    malformed: int = 0
    ignored: int = 0
    idle_timeouts: int = 0
    frames_sent: int = 0
    refusals: int = 0
    """Credentials the broker refused (a refused upgrade or connect frame, or a close with
    1008 before the first message)."""
    rotations: int = 0
    """Connections replaced proactively before the spec's ``maxConnectionSeconds``."""
    last_delay: float | None = None
    delays: list[float] = field(default_factory=list)


# --------------------------------------------------------------------------- dispatch


class Dispatcher:
    """``x-dispatch`` compiled: a server frame (parsed JSON) -> its message name."""

    def __init__(self, rules: Iterable[DispatchRule]) -> None:
        tables: dict[tuple[str, ...], dict[str, str]] = {}
        for rule in rules:
            tables.setdefault(rule.path, {}).setdefault(rule.equals, rule.message)
        self._tables = tuple(tables.items())

    def __call__(self, data: object) -> str | None:
        for path, table in self._tables:
            node: object = data
            for part in path:
                if not isinstance(node, dict):
                    node = None
                    break
                node = node.get(part)
            if isinstance(node, str):
                hit = table.get(node)
                if hit is not None:
                    return hit
        return None


# --------------------------------------------------------------------------- the client


class StartClose(ABC):
    """``async with``: :meth:`start` on entry, :meth:`aclose` on exit (streams and order
    feeds of both brokers)."""

    @abstractmethod
    async def start(self) -> Self: ...

    @abstractmethod
    async def aclose(self) -> None: ...

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class StreamClient(StartClose):
    """One broker's streaming client over the shared connection loop.

    ``async with stream:`` connects (in a background task) and closes; ``async for tick in
    stream`` yields :class:`~broker_overlays.streaming.ticks.Tick` objects; ``subscribe`` /
    ``unsubscribe`` take stream keys or instruments at any time (also before connecting).
    """

    broker: ClassVar[str]

    def __init__(
        self, *, url: str, tokens: TokenSource, options: StreamOptions | None = None
    ) -> None:
        self.catalog = stream_catalog(self.broker)
        self._tokens = tokens
        self.url = url
        self.options = options = options or StreamOptions()
        self.stats = StreamStats()
        hb = self.catalog.heartbeat
        self._reconnect = options.reconnect or self.catalog.reconnect
        self._max_attempts = (
            self._reconnect.max_attempts if options.max_attempts == -1 else options.max_attempts
        )
        self._idle = hb.idle_timeout if options.idle_timeout == -1.0 else options.idle_timeout
        self._hb_interval = (
            hb.interval if options.heartbeat_interval == -1.0 else options.heartbeat_interval
        )
        self._hb_kind = hb.kind
        self._pong_timeout = hb.pong_timeout
        self._buffer: ConflatingBuffer[Tick] = ConflatingBuffer(options.buffer_size, options.policy)
        self._blocking = options.policy == "block"
        self._orders = OrderQueue(options.order_queue_size)
        self._desired: dict[str, dict[str, None]] = {}
        self._sent: dict[str, set[str]] = {}
        self._ws: ClientConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._flush_handle: asyncio.TimerHandle | None = None
        self._flush_lock: asyncio.Lock | None = None
        self._connected: asyncio.Event | None = None
        self._closing = False
        self._fatal: BaseException | None = None
        self._last = 0.0
        self._rotate = False
        self._rng = options.rng or random.Random()
        self.dispatch = Dispatcher(self.catalog.dispatch_rules())

    # -- subscriptions (public) -------------------------------------------------------------

    def subscribe(self, *instruments: InstrumentLike, depth: bool = False) -> None:
        """Add instruments (stream keys or instruments with a ``stream_key``); with ``depth``
        the ticks carry the 5-level ladder. Changes within ``coalesce_window`` are sent
        together."""
        keys = [stream_key(i, self.catalog) for i in instruments]
        for mode in self._modes(depth):
            bucket = self._desired.setdefault(mode, {})
            for key in keys:
                bucket[key] = None
        self._check_limit()
        self._schedule_flush()

    def unsubscribe(self, *instruments: InstrumentLike) -> None:
        keys = {stream_key(i, self.catalog) for i in instruments}
        for bucket in self._desired.values():
            for key in keys:
                bucket.pop(key, None)
        self._forget(keys)
        self._schedule_flush()

    @property
    def subscriptions(self) -> dict[str, frozenset[str]]:
        """The intended set per mode (Samco streaming type / Noren ``t``/``d``)."""
        return {mode: frozenset(keys) for mode, keys in self._desired.items() if keys}

    def subscribed(self, key: str) -> bool:
        return any(key in keys for keys in self._desired.values())

    def _check_limit(self) -> None:
        limit = self.catalog.symbols_per_connection
        total = len({k for keys in self._desired.values() for k in keys})
        if limit is not None and total > limit:
            raise ClientValidationError(
                f"{total} symbols exceed the {limit} per connection of x-limits",
                broker=self.broker,
            )

    # -- lifecycle (public) -------------------------------------------------------------------

    async def start(self) -> Self:
        """Start connecting in a background task (idempotent)."""
        self._ensure_started()
        return self

    def _ensure_started(self) -> None:
        if self._task is None:
            if self._closing:
                raise StreamClosedError("the stream is closed", broker=self.broker)
            self._connected = asyncio.Event()
            self._flush_lock = asyncio.Lock()
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name=f"{self.broker}-stream"
            )

    async def wait_connected(self, timeout: float | None = None) -> None:
        """Wait until the socket is authenticated and subscribed."""
        self._ensure_started()
        assert self._connected is not None
        waiter = asyncio.ensure_future(self._connected.wait())
        done, _ = await asyncio.wait(
            {waiter, self._task} if self._task else {waiter},
            timeout=timeout,
            return_when=asyncio.FIRST_COMPLETED,
        )
        waiter.cancel()
        if self._fatal is not None:
            raise self._fatal
        if not done:
            raise TimeoutError(f"{self.broker} stream not connected within {timeout} s")

    @property
    def connected(self) -> bool:
        return self._connected is not None and self._connected.is_set()

    async def aclose(self) -> None:
        """Close the socket and stop reconnecting; iterators end after the pending items."""
        self._closing = True
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        task, self._task = self._task, None
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ws.close(), 2.0)
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._buffer.close()
        self._orders.close()

    # -- consuming (public) -----------------------------------------------------------------

    def __aiter__(self) -> Self:
        self._ensure_started()
        return self

    async def __anext__(self) -> Tick:
        if self._task is None and not self._closing:
            self._ensure_started()
        try:
            return await self._buffer.get()
        except BufferClosed:
            if self._fatal is not None:
                raise self._fatal from None
            raise StopAsyncIteration from None

    async def orders(self) -> AsyncIterator[OrderEvent]:
        """Order events of this socket, in order, never dropped (Gopocket with
        ``orders=True``)."""
        self._ensure_started()
        while True:
            try:
                yield await self._orders.get()
            except BufferClosed:
                if self._fatal is not None:
                    raise self._fatal from None
                return

    @property
    def pending(self) -> int:
        """Ticks buffered, not yet consumed."""
        return len(self._buffer)

    @property
    def dropped(self) -> int:
        return self._buffer.dropped

    @property
    def conflated(self) -> int:
        return self._buffer.conflated

    # -- broker hooks -------------------------------------------------------------------------

    @abstractmethod
    def _modes(self, depth: bool) -> tuple[str, ...]:
        """The subscription modes a symbol goes into."""

    @abstractmethod
    async def _open(self, credential: Secret) -> ClientConnection:
        """Open and authenticate a socket with ``credential``; raise :class:`_Refused` when
        the broker refuses it."""

    async def _credential(self, refused: _Refused | None) -> Secret:
        """The current credential, or a renewed one after ``refused``."""
        try:
            if refused is None:
                return await self._tokens.current()
            return await self._tokens.renew(refused.token)
        except AuthError as exc:
            why = f" ({refused.reason})" if refused is not None else ""
            raise StreamAuthError(
                f"no usable stream credential{why}: {exc.message}",
                broker=self.broker,
                status_code=refused.status if refused else None,
                broker_message=refused.broker_message if refused else None,
            ) from None

    @abstractmethod
    def _frames(
        self, mode: str, added: list[str], removed: list[str], full: list[str]
    ) -> list[Mapping[str, Any]]:
        """The frames that turn the broker's set of ``mode`` into ``full``."""

    @abstractmethod
    def _parse(self, data: Any, received: float) -> Tick | OrderEvent | None:
        """One server frame (parsed JSON) -> a tick, an order event, or nothing."""

    def _forget(self, keys: set[str]) -> None:
        """Drop merge state of unsubscribed keys."""

    async def _after_subscribe(self, ws: ClientConnection) -> None:
        """Extra frames after (re)subscribing (Gopocket's order feed)."""

    def _heartbeat_frame(self) -> Mapping[str, Any] | None:
        return None

    # -- sending ----------------------------------------------------------------------------

    def _encode(self, frame: Mapping[str, Any]) -> str:
        return json.dumps(frame, separators=(",", ":")) + self.catalog.terminator

    async def _send(self, ws: ClientConnection, frame: Mapping[str, Any]) -> None:
        await ws.send(self._encode(frame))
        self.stats.frames_sent += 1

    def _schedule_flush(self) -> None:
        if self._ws is None or self._flush_handle is not None:
            return  # not connected: the full set goes out on connect
        loop = asyncio.get_running_loop()
        self._flush_handle = loop.call_later(self.options.coalesce_window, self._flush_now)

    def _flush_now(self) -> None:
        self._flush_handle = None
        ws = self._ws
        if ws is not None:
            asyncio.get_running_loop().create_task(self._flush(ws))

    async def flush(self) -> None:
        """Send pending subscription changes now (instead of after the coalescing window)."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        if self._ws is not None:
            await self._flush(self._ws)

    async def _flush(self, ws: ClientConnection) -> None:
        assert self._flush_lock is not None
        async with self._flush_lock:
            for mode in sorted(set(self._desired) | set(self._sent)):
                full = list(self._desired.get(mode, {}))
                sent = self._sent.get(mode, set())
                wanted = set(full)
                added = [k for k in full if k not in sent]
                removed = sorted(sent - wanted)
                if not added and not removed:
                    continue
                try:
                    for frame in self._frames(mode, added, removed, full):
                        await self._send(ws, frame)
                except ConnectionClosed:
                    return  # the reconnect restates everything
                self._sent[mode] = wanted

    # -- the connection loop ----------------------------------------------------------------

    async def _run(self) -> None:
        attempt = takeovers = 0
        refused: _Refused | None = None
        close_code = self.catalog.sessions_per_account.get("closeCode")
        loop = asyncio.get_running_loop()
        try:
            while not self._closing:
                opened_at: float | None = None
                credential = await self._credential(refused)
                try:
                    ws = await self._open(credential)
                except _Refused as exc:
                    refused = self._refusal(exc, refused)
                    continue
                except (OSError, TimeoutError, InvalidHandshake, ConnectionClosed) as exc:
                    log.info("%s stream: connect failed: %s", self.broker, redact(exc))
                else:
                    renewed, refused = refused, None
                    frames_before = self.stats.frames
                    self._rotate = False
                    try:
                        self._ws = ws
                        self._sent = {}
                        await self._flush(ws)  # restate the full set
                        await self._after_subscribe(ws)
                        opened_at = loop.time()
                        attempt = 0
                        self.stats.connects += 1
                        assert self._connected is not None
                        self._connected.set()
                        log.info("%s stream: connected", self.broker)
                        await self._read(ws)
                    except ConnectionClosed:
                        pass
                    except (OSError, TimeoutError) as exc:
                        log.info("%s stream: connection lost: %s", self.broker, redact(exc))
                    finally:
                        self._ws = None
                        if self._connected is not None:
                            self._connected.clear()
                        if self._flush_handle is not None:
                            self._flush_handle.cancel()
                            self._flush_handle = None
                        with contextlib.suppress(Exception):
                            await asyncio.wait_for(ws.close(), 1.0)
                    if self._closing:
                        break
                    code = ws.close_code
                    if code == POLICY_VIOLATION and self.stats.frames == frames_before:
                        # closed for policy before any message: the login was refused
                        # (Samco has no auth frame, a refused token shows this way)
                        reason = ws.close_reason or ""
                        why = f"closed with {code} before any message {reason}".strip()
                        refusal = _Refused(credential, why, None, reason or None)
                        self.stats.connects -= 1  # it never was one
                        refused = self._refusal(refusal, renewed)
                        continue
                    if self._rotate:
                        self.stats.rotations += 1
                        log.info(
                            "%s stream: connection replaced before its time limit", self.broker
                        )
                        continue
                    lived = loop.time() - opened_at if opened_at is not None else None
                    log.info(
                        "%s stream: closed (code %s) after %.1f s",
                        self.broker,
                        code,
                        lived or 0.0,
                    )
                    if (
                        close_code is not None
                        and code == close_code
                        and lived is not None
                        and lived < self.options.takeover_window
                    ):
                        takeovers += 1
                        if takeovers >= self.options.takeover_limit:
                            raise SessionTakenOverError(
                                f"the server closed the stream cleanly (code {code}) right after "
                                f"connecting {takeovers} times in a row: another session of this "
                                "account is taking the connection over; not reconnecting",
                                broker=self.broker,
                            )
                    else:
                        takeovers = 0
                if self._closing:
                    break
                attempt += 1
                if self._max_attempts is not None and attempt > self._max_attempts:
                    raise StreamClosedError(
                        f"gave up after {self._max_attempts} reconnect attempts",
                        broker=self.broker,
                    )
                delay = self._reconnect.delay(attempt, self._rng)
                self.stats.reconnects += 1
                self.stats.last_delay = delay
                self.stats.delays.append(delay)
                log.info(
                    "%s stream: reconnecting in %.2f s (attempt %d)", self.broker, delay, attempt
                )
                await self.options.sleep(delay)
        except StreamError as exc:
            self._fatal = exc
            log.warning("%s stream stopped: %s", self.broker, exc)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug must not hang the consumer
            self._fatal = StreamError(f"stream failed: {exc!r}", broker=self.broker)
            log.exception("%s stream failed", self.broker)
        finally:
            self._buffer.close()
            self._orders.close()

    def _refusal(self, exc: _Refused, previous: _Refused | None) -> _Refused:
        """A refused credential: renew it once (returned), or raise after a renewal."""
        self.stats.refusals += 1
        if previous is not None:  # refused twice: renewing did not help
            raise StreamAuthError(
                f"the broker refused the stream credential after renewing it: {exc.reason}",
                broker=self.broker,
                status_code=exc.status,
                broker_message=exc.broker_message,
            )
        log.info("%s stream: credential refused; renewing it", self.broker)
        return exc

    async def _read(self, ws: ClientConnection) -> None:
        tasks = []
        if self._idle:
            tasks.append(asyncio.create_task(self._watchdog(ws, self._idle)))
        lifetime = self._reconnect.connection_lifetime
        if lifetime is not None:
            tasks.append(asyncio.create_task(self._expire(ws, lifetime)))
        frame = self._heartbeat_frame()
        if frame is not None and self._hb_interval:
            tasks.append(asyncio.create_task(self._heartbeat(ws, frame, self._hb_interval)))
        stats = self.stats
        buffer = self._buffer
        blocking = self._blocking
        parse = self._parse
        loads = json.loads
        perf = time.perf_counter
        self._last = perf()
        try:
            async for raw in ws:
                received = self._last = perf()
                stats.frames += 1
                try:
                    item = parse(loads(raw), received)
                except (ValueError, TypeError, KeyError, AttributeError) as exc:
                    stats.malformed += 1
                    log.debug(
                        "%s stream: unusable frame skipped (%s)", self.broker, type(exc).__name__
                    )
                    continue
                if item is None:
                    continue
                if type(item) is Tick:
                    stats.ticks += 1
                    if blocking:
                        await buffer.put(item.key, item)
                    else:
                        buffer.put_nowait(item.key, item)
                elif isinstance(item, OrderEvent):
                    stats.orders += 1
                    await self._orders.put(item)
        finally:
            for task in tasks:
                task.cancel()

    async def _watchdog(self, ws: ClientConnection, idle: float) -> None:
        check = max(min(idle / 4, 5.0), 0.01)
        while True:
            await asyncio.sleep(check)
            if time.perf_counter() - self._last > idle:
                self.stats.idle_timeouts += 1
                log.info("%s stream: no message for %.1f s; reconnecting", self.broker, idle)
                ws.transport.abort()
                return

    async def _expire(self, ws: ClientConnection, lifetime: float) -> None:
        """Replace the connection before the server's connection time limit ends it
        (``x-reconnect.maxConnectionSeconds`` less ``reconnectBeforeSeconds``): close it
        cleanly and reconnect at once, without a backoff."""
        await asyncio.sleep(lifetime)
        self._rotate = True
        log.info("%s stream: connection %.0f s old; replacing it", self.broker, lifetime)
        await ws.close(1000, "reconnecting before the connection time limit")

    async def _heartbeat(
        self, ws: ClientConnection, frame: Mapping[str, Any], every: float
    ) -> None:
        text = self._encode(frame)
        with contextlib.suppress(ConnectionClosed, OSError):
            while True:
                await asyncio.sleep(every)
                await ws.send(text)

    def _connect(self, url: str, headers: Mapping[str, str] | None = None) -> Any:
        protocol_ping = self._hb_kind == "protocol-ping" and self._hb_interval
        return connect(
            url,
            additional_headers=dict(headers or {}),
            ping_interval=self._hb_interval if protocol_ping else None,
            ping_timeout=self._pong_timeout if protocol_ping else None,
            open_timeout=self.options.open_timeout,
            close_timeout=1.0,
            max_size=2**22,
            compression=None,
            logger=wire_log,
            user_agent_header=f"broker-openapi-toolkit websockets/{ws_version}",
        )

    def __repr__(self) -> str:
        state = "connected" if self.connected else ("closed" if self._closing else "idle")
        subs = {m: len(k) for m, k in self._desired.items()}
        return f"{type(self).__name__}({self.url!r}, {state}, subscriptions={subs})"


class _Refused(Exception):
    """The broker refused the credential (internal: turned into a renewal or StreamAuthError)."""

    def __init__(
        self,
        token: Secret,
        reason: str,
        status: int | None = None,
        broker_message: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.token = token
        self.reason = reason
        self.status = status
        self.broker_message = broker_message


def refused_status(exc: InvalidStatus) -> int:
    return int(exc.response.status_code)


__all__ = [
    "POLICIES",
    "BufferClosed",
    "CallableToken",
    "ConflatingBuffer",
    "Dispatcher",
    "HasStreamKey",
    "InstrumentLike",
    "OrderQueue",
    "Policy",
    "SessionTokens",
    "StaticToken",
    "StreamClient",
    "StreamOptions",
    "StreamStats",
    "TokenSource",
    "stream_key",
    "token_source",
]
