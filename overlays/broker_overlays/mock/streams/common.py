"""What both mock streams share: connection bookkeeping, the frame log, fault application,
the tick loop and the registry behind ``/__mock__/streams`` (:class:`StreamHub`).

A connection has one sender task draining an outbound queue (acks, snapshots, order updates
and ticks, in order), so that a ``stall`` simply holds the queue and a ``drop`` closes the
socket instead of sending. Things that happen on other threads (an order placed over REST
through an in-process transport, a test calling :meth:`StreamHub.drop`) reach the connection
through its event loop (``call_soon_threadsafe``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

import jsonschema_rs
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from broker_overlays.mock.faults import StreamFault, close_code_problem
from broker_overlays.streaming.catalog import STREAM_PACKAGES, stream_catalog

if TYPE_CHECKING:
    from broker_overlays.mock.app import MockServer

__all__ = [
    "FRAME_LOG_SIZE",
    "POLICY_VIOLATION",
    "Connection",
    "FrameRecord",
    "StreamHub",
    "problems",
    "schema_validator",
]

log = logging.getLogger("broker_overlays.mock")

FRAME_LOG_SIZE = 500
"""Frames kept per connection (received and sent; the oldest are dropped)."""
CLOSED_KEPT = 20
"""Closed connections whose frame logs stay readable."""
POLICY_VIOLATION = 1008
"""Close code of a refused stream login."""
MAX_BURST = 100_000
"""Most ticks per symbol one burst may ask for."""

Frame = dict[str, Any] | str


@cache
def schema_validator(package: str, schema: str) -> jsonschema_rs.Draft202012Validator:
    """A validator of ``components.schemas[schema]`` of the AsyncAPI document shipped in
    ``package`` (``samco_stream``, ``gopocket_stream``)."""
    broker = next(b for b, p in STREAM_PACKAGES.items() if p == package)
    components = stream_catalog(broker).document["components"]
    return jsonschema_rs.Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema}", "components": components}
    )


def problems(package: str, schema: str, value: Any) -> list[str]:
    """Why ``value`` is not a ``schema`` message (empty: it is)."""
    return [e.message for e in schema_validator(package, schema).iter_errors(value)]


@dataclass(frozen=True, slots=True)
class FrameRecord:
    """One frame of a connection's log."""

    direction: Literal["in", "out"]
    time: float
    """``time.time()`` when it was received / sent."""
    text: str
    note: str = ""
    """Why it is special: ``buffered`` (no terminator), ``ignored``, ``malformed``, ..."""

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"dir": self.direction, "time": self.time, "text": self.text}
        if self.note:
            entry["note"] = self.note
        return entry


class _Closed(Exception):
    """The connection is (being) closed: stop what you are doing."""


@dataclass(eq=False)
class Connection:
    """One live stream connection (broker-neutral bookkeeping)."""

    id: int
    broker: str
    path: str
    websocket: WebSocket
    loop: asyncio.AbstractEventLoop
    account: str | None = None
    """Who logged in (None: not yet)."""
    subscriptions: dict[str, set[str]] = field(default_factory=dict)
    """Group (Samco streaming type, Gopocket ``touchline``/``depth``/``orders``) -> keys."""
    frames: deque[FrameRecord] = field(default_factory=lambda: deque(maxlen=FRAME_LOG_SIZE))
    opened: float = field(default_factory=time.time)
    closed: float | None = None
    close_code: int | None = None
    sent: int = 0
    received: int = 0
    stalled_until: float = 0.0
    """``loop.time()`` before which nothing is sent."""
    last_seen: float = field(default_factory=time.monotonic)
    outbox: asyncio.Queue[Frame | None] = field(default_factory=asyncio.Queue)
    cleanup: list[Callable[[], None]] = field(default_factory=list)

    # -- introspection (any thread; the hub's lock guards the mutable parts) ----------------

    def info(self, lock: threading.Lock, frames: bool = False) -> dict[str, Any]:
        with lock:
            entry: dict[str, Any] = {
                "id": self.id,
                "broker": self.broker,
                "path": self.path,
                "account": self.account,
                "open": self.closed is None,
                "opened": self.opened,
                "closed": self.closed,
                "closeCode": self.close_code,
                "subscriptions": {k: sorted(v) for k, v in self.subscriptions.items() if v},
                "framesSent": self.sent,
                "framesReceived": self.received,
            }
            if frames:
                entry["frames"] = [f.to_json() for f in self.frames]
        return entry

    def stalled(self) -> bool:
        return self.loop.time() < self.stalled_until

    # -- sending (on the connection's loop) -------------------------------------------------

    def post(self, frame: Frame) -> None:
        """Queue a frame (on the loop)."""
        if self.closed is None:
            self.outbox.put_nowait(frame)

    def post_threadsafe(self, frame: Frame) -> None:
        """Queue a frame from any thread."""
        self.loop.call_soon_threadsafe(self.post, frame)


class StreamHub:
    """The stream connections of one mock server: the registry, introspection, and actions
    on live connections (drop, stall, malformed frame, tick bursts)."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.lock = threading.Lock()
        self._live: dict[int, Connection] = {}
        self._closed: deque[Connection] = deque(maxlen=CLOSED_KEPT)
        self._ids = itertools.count(1)
        self.ticks: Callable[[Connection, bool], list[Frame]] = lambda _c, _f: []
        """The broker's tick builder (set by the broker module): the frames one tick of a
        connection sends (``force``: even when nothing changed)."""

    @property
    def interval_s(self) -> float:
        return max(0, self.server.config.stream_interval_ms) / 1000

    # -- the registry -----------------------------------------------------------------------

    def open(self, websocket: WebSocket, path: str) -> Connection:
        conn = Connection(
            next(self._ids), self.server.broker, path, websocket, asyncio.get_running_loop()
        )
        with self.lock:
            self._live[conn.id] = conn
        return conn

    def live(self) -> list[Connection]:
        """The open connections (a closing one is no longer open)."""
        with self.lock:
            return [c for c in self._live.values() if c.closed is None]

    def _find(self, connection: int | None) -> list[Connection]:
        live = self.live()
        if connection is None:
            return live
        found = [c for c in live if c.id == connection]
        if not found:
            raise ValueError(f"no live stream connection {connection}")
        return found

    def connections(self, *, closed: bool = False, frames: bool = False) -> list[dict[str, Any]]:
        """JSON of the live connections (and the last closed ones): ids, account,
        subscriptions (group -> sorted keys), frame counts (and frame logs)."""
        with self.lock:
            conns = [c for c in self._live.values() if closed or c.closed is None]
            conns += list(self._closed) if closed else []
        return [c.info(self.lock, frames) for c in conns]

    def subscriptions(self) -> dict[int, dict[str, list[str]]]:
        """Per live connection id: what the server holds (group -> sorted keys)."""
        return {c["id"]: c["subscriptions"] for c in self.connections()}

    def frames(self, connection: int) -> list[FrameRecord]:
        """The frame log of a live or recently closed connection, oldest first."""
        with self.lock:
            for conn in [*self._live.values(), *self._closed]:
                if conn.id == connection:
                    return list(conn.frames)
        raise ValueError(f"no stream connection {connection}")

    def set_subscriptions(self, conn: Connection, group: str, keys: Iterable[str]) -> None:
        with self.lock:
            conn.subscriptions[group] = set(keys)

    def update_subscriptions(
        self, conn: Connection, group: str, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> None:
        with self.lock:
            held = conn.subscriptions.setdefault(group, set())
            held.update(add)
            held.difference_update(remove)

    def log(
        self, conn: Connection, direction: Literal["in", "out"], text: str, note: str = ""
    ) -> None:
        with self.lock:
            conn.frames.append(FrameRecord(direction, time.time(), text, note))
            if direction == "in":
                conn.received += 1
            else:
                conn.sent += 1

    # -- actions on live connections (any thread) -------------------------------------------

    def _each(self, connection: int | None, act: Callable[[Connection], None]) -> int:
        targets = self._find(connection)
        for conn in targets:
            conn.loop.call_soon_threadsafe(act, conn)
        return len(targets)

    def drop(self, connection: int | None = None, code: int = 1011) -> int:
        """Close live connections (all, or one) now with ``code``; how many."""
        problem = close_code_problem(code)
        if problem:
            raise ValueError(problem)
        return self._each(connection, lambda c: _spawn(c, self.close(c, code, "mock fault")))

    def stall(self, seconds: float, connection: int | None = None) -> int:
        """Send nothing on live connections for ``seconds`` (without closing)."""
        if not 0 < seconds <= 3600:
            raise ValueError("seconds must be within (0, 3600]")

        def act(conn: Connection) -> None:
            conn.stalled_until = max(conn.stalled_until, conn.loop.time() + seconds)

        return self._each(connection, act)

    def malformed(self, connection: int | None = None, *, off_spec: bool = False) -> int:
        """Send one frame that is not JSON (``off_spec``: JSON off the schemas) now."""
        frame = _OFF_SPEC if off_spec else _MALFORMED
        return self._each(connection, lambda c: c.post(frame))

    def burst(self, ticks: int, connection: int | None = None) -> int:
        """Queue ``ticks`` ticks of every subscribed symbol as fast as possible (benchmarks);
        gopocket updates carry at least ``e``, ``tk`` and ``ft`` then."""
        if not 1 <= ticks <= MAX_BURST:
            raise ValueError(f"ticks must be within 1..{MAX_BURST}")

        def act(conn: Connection) -> None:
            for _ in range(ticks):
                for frame in self.ticks(conn, True):
                    conn.post(frame)

        return self._each(connection, act)

    # -- a connection's life (on its loop) --------------------------------------------------

    async def close(self, conn: Connection, code: int = 1000, reason: str = "") -> None:
        if conn.closed is not None:
            return
        with self.lock:
            conn.closed, conn.close_code = time.time(), code
        conn.outbox.put_nowait(None)
        try:
            if conn.websocket.application_state == WebSocketState.CONNECTED:
                await conn.websocket.close(code, reason)
        except (RuntimeError, OSError, WebSocketDisconnect):
            pass  # already gone

    def _finish(self, conn: Connection) -> None:
        for undo in conn.cleanup:
            undo()
        with self.lock:
            if conn.closed is None:
                conn.closed, conn.close_code = time.time(), conn.close_code
            self._live.pop(conn.id, None)
            self._closed.append(conn)

    async def send_now(self, conn: Connection, frame: Frame) -> None:
        """Send one frame, applying the stream faults armed in the fault switch."""
        text = frame if isinstance(frame, str) else json.dumps(frame, separators=(",", ":"))
        fault: StreamFault | None = None
        if frame not in (_MALFORMED, _OFF_SPEC):
            fault = self.server.faults.stream_frame()
        if fault is not None and fault.kind == "drop":
            await self.close(conn, fault.close_code, "mock fault")
            raise _Closed
        if fault is not None and fault.kind == "stall":
            conn.stalled_until = max(conn.stalled_until, conn.loop.time() + fault.stall_s)
        while conn.stalled():
            await asyncio.sleep(conn.stalled_until - conn.loop.time())
        if fault is not None and fault.kind == "malformed":
            await self._write(conn, _garbled(text), "malformed")
        if fault is not None and fault.kind == "off_spec":
            await self._write(conn, _off_spec(frame), "off_spec")
        note = "malformed" if frame is _MALFORMED else "off_spec" if frame is _OFF_SPEC else ""
        await self._write(conn, text, note)

    async def _write(self, conn: Connection, text: str, note: str = "") -> None:
        if conn.closed is not None:
            raise _Closed
        try:
            await conn.websocket.send_text(text)
        except (RuntimeError, OSError, WebSocketDisconnect):
            raise _Closed from None
        self.log(conn, "out", text, note)

    async def _sender(self, conn: Connection) -> None:
        try:
            while (frame := await conn.outbox.get()) is not None:
                await self.send_now(conn, frame)
        except _Closed:
            pass
        except Exception:  # a mock bug: say so, and do not leave the client waiting
            log.exception("stream connection %s: sending failed", conn.id)
            await self.close(conn, 1011, "mock error")

    async def _ticker(self, conn: Connection) -> None:
        interval = self.interval_s
        idle = self.server.config.stream_idle_timeout_s
        while conn.closed is None:
            await asyncio.sleep(interval or 0.05)
            if idle is not None and time.monotonic() - conn.last_seen > idle:
                await self.close(conn, 1000, "idle timeout")
                return
            if interval and conn.account is not None and not conn.stalled():
                for frame in self.ticks(conn, False):
                    conn.post(frame)

    async def serve(self, conn: Connection, on_text: Callable[[Connection, str], Any]) -> None:
        """Run a connection after its login: the sender, the ticker and the receive loop
        (``on_text`` handles each text frame) until either side closes."""
        tasks = [
            asyncio.ensure_future(self._sender(conn)),
            asyncio.ensure_future(self._ticker(conn)),
        ]
        try:
            await self.receive(conn, on_text)
        finally:
            if conn.closed is None:
                with self.lock:
                    conn.closed = time.time()
            conn.outbox.put_nowait(None)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._finish(conn)

    async def receive(self, conn: Connection, on_text: Callable[[Connection, str], Any]) -> None:
        while conn.closed is None:
            try:
                message = await conn.websocket.receive()
            except (RuntimeError, WebSocketDisconnect):
                return
            if message["type"] == "websocket.disconnect":
                with self.lock:
                    if conn.close_code is None:
                        conn.close_code = int(message.get("code") or 1005)
                return
            text = message.get("text")
            if text is None:
                raw = message.get("bytes") or b""
                text = raw.decode("utf-8", "replace")
            conn.last_seen = time.monotonic()
            result = on_text(conn, text)
            if asyncio.iscoroutine(result):
                await result

    def abandon(self, conn: Connection) -> None:
        """A connection that never got to :meth:`serve` (refused login)."""
        self._finish(conn)


def _spawn(conn: Connection, coro: Any) -> None:
    task = asyncio.ensure_future(coro)
    conn.cleanup.append(lambda: None if task.done() else task.cancel())


_MALFORMED = '{"mock": "malformed frame", "cut": tr'
"""The frame ``POST /__mock__/streams {"action": "malformed"}`` sends (not JSON)."""
_OFF_SPEC = "[]"
"""The frame of ``{"action": "off_spec"}``: JSON that no message of either protocol is."""


def _garbled(text: str) -> str:
    """Not JSON: the frame cut in half (a lone ``{`` at least)."""
    return text[: max(1, len(text) // 2)] if len(text) > 1 else "{"


def _off_spec(frame: Frame) -> str:
    """JSON the protocol's schemas reject, close to ``frame``: its numeric strings as
    numbers, else the frame wrapped in an array."""
    if isinstance(frame, Mapping):

        def numeric(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: numeric(v) for k, v in value.items()}
            if isinstance(value, list):
                return [numeric(v) for v in value]
            if isinstance(value, str):
                try:
                    return float(value.replace(",", ""))
                except ValueError:
                    return value
            return value

        changed = numeric(frame)
        if changed != frame:
            return json.dumps(changed)
    return json.dumps([frame])
