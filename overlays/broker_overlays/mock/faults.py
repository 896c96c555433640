"""Fault injection for the mock brokers: random faults drawn from a seeded generator (so that a
failing run can be replayed) and scripted faults for one operation (fault-injection tests).

Random faults (:class:`FaultConfig`): per request one uniform draw decides the fault:
``[0, drop)`` drops the connection, ``[drop, drop + error)`` answers ``error_status``, the next
``malformed`` slice garbles the body, the rest is served normally; ``latency_ms`` delays every
answer. A random 5xx is answered before anything runs (nothing was executed); a malformed or
dropped response happens after the handler ran, like a response lost on its way back, which
is exactly when an order's state is unknown to the client.

Scripted faults (:class:`ScriptedFault`, ``FaultSwitch.script``): the next ``count`` requests to
one operation get their answer spoiled AFTER the handler ran (the broker state changed: the
order is placed), whatever that answer was:

``timeout``       the answer is held back (``seconds``, default and at most 3600 s; the hold
                  ends early when the client disconnects or the server stops)
``drop``          the connection is aborted mid-response (the request body was read)
``status``        HTTP ``status`` (5xx, default 502) instead: a gateway's HTML page for
                  502/503/504, the broker's failure envelope for the others
``truncated``     the real JSON answer cut in half
``non_json``      an HTML page with HTTP 200 and ``text/html``
``off_spec``      HTTP 200 JSON that the operation's 200 schema rejects (the real body with its
                  top level wrapped in / unwrapped from an array, or a scalar)
``deep_nesting``  HTTP 200 JSON of 100,000 nested ``[``

A scripted fault takes precedence over a random one for the request it applies to (the
latency still applies).

Stream faults (:class:`StreamFault`, ``FaultSwitch.script_stream``, the ``stream`` list of
``POST /__mock__/faults``) spoil the mock's WebSocket streams (:mod:`broker_overlays.mock.streams`).
The frame faults count the server frames sent on any stream connection of the mock from the
moment they are armed and fire on frame ``after + 1`` (``after`` 0: the next frame), ``count``
times (re-armed with the same ``after``):

``drop``          the connection is closed instead of sending that frame, with close code
                  ``code`` (default 1011; WebSocket cannot send 1006, a TCP reset is not
                  reachable from ASGI)
``stall``         nothing more is sent for ``seconds`` (default 5) without closing; the frame
                  and whatever the connection has to say meanwhile follow afterwards (ticks
                  falling due during the stall are skipped)
``malformed``     a frame that is not JSON (the frame's text cut in half) is sent before it
``off_spec``      JSON that the protocol's schemas reject (the frame's numeric strings as
                  numbers; else the frame wrapped in an array) is sent before it

and ``reject_auth`` refuses the next ``count`` stream logins, valid or not. To act on the live
connections at once (drop now, stall now), use ``POST /__mock__/streams``.
"""

from __future__ import annotations

import json
import math
import random
import threading
from collections import deque
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, NoReturn, get_args

from starlette.types import Send

__all__ = [
    "DEEP_NESTING",
    "MAX_LATENCY_MS",
    "MAX_SCRIPT_COUNT",
    "MAX_SCRIPT_ENTRIES",
    "SCRIPT_KINDS",
    "STREAM_FAULT_KINDS",
    "TIMEOUT_HOLD_S",
    "DroppedConnection",
    "Fault",
    "FaultConfig",
    "FaultSwitch",
    "ScriptKind",
    "ScriptedFault",
    "StreamFault",
    "StreamFaultKind",
    "drop_connection",
    "gateway_page",
    "html_page",
    "malformed_body",
]

FaultKind = Literal[
    "none",
    "error",
    "malformed",
    "drop",
    "timeout",
    "status",
    "truncated",
    "non_json",
    "off_spec",
    "deep_nesting",
]
ScriptKind = Literal[
    "timeout", "drop", "status", "truncated", "non_json", "off_spec", "deep_nesting"
]
SCRIPT_KINDS: tuple[str, ...] = get_args(ScriptKind)
StreamFaultKind = Literal["drop", "stall", "malformed", "off_spec", "reject_auth"]
STREAM_FAULT_KINDS: tuple[str, ...] = get_args(StreamFaultKind)
STREAM_STALL_S = 5.0
"""How long a ``stall`` stream fault keeps a connection quiet by default."""
STREAM_DROP_CODE = 1011
"""Close code of a ``drop`` stream fault by default."""

MAX_LATENCY_MS = 60_000
"""Upper bound of ``latency_ms`` (one minute)."""
TIMEOUT_HOLD_S = 3600.0
"""How long a ``timeout`` fault holds the answer back, at most (and by default)."""
MAX_SCRIPT_COUNT = 10_000
"""Upper bound of a scripted fault's ``count``."""
MAX_SCRIPT_ENTRIES = 1_000
"""How many scripted faults may be pending at once."""
DEEP_NESTING = 100_000
"""Brackets in a ``deep_nesting`` body."""


class DroppedConnection(ConnectionError):
    """Raised by the app after the response started, so that the server aborts the connection.

    uvicorn closes the socket when an app raises after ``http.response.start``; in-process
    transports (:func:`broker_overlays.mock.in_process`) turn it into the
    ``httpx.RemoteProtocolError`` a client sees over the network.
    """


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """What the fault switch injects at random; the default injects nothing."""

    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 503
    malformed_rate: float = 0.0
    drop_rate: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        if not _is_int(self.latency_ms) or not 0 <= self.latency_ms <= MAX_LATENCY_MS:
            raise ValueError(f"latency_ms must be an integer within 0..{MAX_LATENCY_MS}")
        rates = {
            "error_rate": self.error_rate,
            "malformed_rate": self.malformed_rate,
            "drop_rate": self.drop_rate,
        }
        for name, rate in rates.items():
            if not _is_number(rate) or not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be a number within [0, 1]")
        if sum(rates.values()) > 1.0 + 1e-9:
            raise ValueError("error_rate + malformed_rate + drop_rate must not exceed 1")
        if not _is_int(self.error_status) or not 500 <= self.error_status <= 599:
            raise ValueError("error_status must be a 5xx status")
        if self.seed is not None and not _is_int(self.seed):
            raise ValueError("seed must be an integer or null")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FaultConfig:
        """From the control endpoint's JSON; unknown keys and wrong types are errors (a string
        ``"5"`` is not silently taken for 5)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault settings {unknown} (known: {sorted(known)})")
        return cls(**{name: data[name] for name in known if name in data})

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def active(self) -> bool:
        return bool(self.latency_ms or self.error_rate or self.malformed_rate or self.drop_rate)


@dataclass(frozen=True, slots=True)
class ScriptedFault:
    """Spoil the answer of the next ``count`` requests to ``operation`` (after the handler ran)."""

    operation: str
    kind: ScriptKind
    status: int | None = None
    """For ``status``: the 5xx answered (default 502); None for the other kinds."""
    count: int = 1
    seconds: float | None = None
    """For ``timeout``: how long the answer is held back (default and at most 3600 s)."""

    def __post_init__(self) -> None:
        if not isinstance(self.operation, str) or not self.operation:
            raise ValueError("operation must be an operationId")
        if self.kind not in SCRIPT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r} (known: {', '.join(SCRIPT_KINDS)})")
        if not _is_int(self.count) or not 1 <= self.count <= MAX_SCRIPT_COUNT:
            raise ValueError(f"count must be an integer within 1..{MAX_SCRIPT_COUNT}")
        if self.kind == "status":
            if self.status is None:
                object.__setattr__(self, "status", 502)
            elif not _is_int(self.status) or not 500 <= self.status <= 599:
                raise ValueError("status must be a 5xx status")
        elif self.status is not None:
            raise ValueError(f"status applies to the 'status' fault only, not {self.kind!r}")
        if self.seconds is not None:
            if self.kind != "timeout":
                raise ValueError(f"seconds applies to the 'timeout' fault only, not {self.kind!r}")
            if not _is_number(self.seconds) or not 0 < self.seconds <= TIMEOUT_HOLD_S:
                raise ValueError(f"seconds must be a number within (0, {TIMEOUT_HOLD_S:g}]")

    @classmethod
    def from_json(cls, data: Any) -> ScriptedFault:
        """One entry of ``{"script": [...]}``: ``operation``, ``fault`` (the kind), optional
        ``status``, ``count``, ``seconds``."""
        if not isinstance(data, Mapping):
            raise ValueError("a script entry must be an object")
        known = {"operation", "fault", "status", "count", "seconds"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown script entry keys {unknown} (known: {sorted(known)})")
        for required in ("operation", "fault"):
            if required not in data:
                raise ValueError(f"a script entry needs {required!r}")
        return cls(
            operation=data["operation"],
            kind=data["fault"],
            status=data.get("status"),
            count=data.get("count", 1),
            seconds=data.get("seconds"),
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"operation": self.operation, "fault": self.kind}
        if self.status is not None:
            data["status"] = self.status
        data["count"] = self.count
        if self.seconds is not None:
            data["seconds"] = self.seconds
        return data


def close_code_problem(code: Any) -> str | None:
    """Why ``code`` cannot be sent as a WebSocket close code (None: it can)."""
    if not _is_int(code) or not (1000 <= code <= 4999) or code in (1004, 1005, 1006, 1015):
        return "code must be a WebSocket close code (1000-4999 except 1004-1006 and 1015)"
    return None


@dataclass(frozen=True, slots=True)
class StreamFault:
    """Spoil a mock stream (see the module docstring): ``kind`` on server frame ``after + 1``
    (frame faults) or on the next login (``reject_auth``), ``count`` times."""

    kind: StreamFaultKind
    after: int = 0
    """Server frames (of any stream connection) to send first; frame faults only."""
    count: int = 1
    seconds: float | None = None
    """For ``stall``: how long (default 5 s, at most 3600 s)."""
    code: int | None = None
    """For ``drop``: the close code (default 1011)."""

    def __post_init__(self) -> None:
        if self.kind not in STREAM_FAULT_KINDS:
            known = ", ".join(STREAM_FAULT_KINDS)
            raise ValueError(f"unknown stream fault {self.kind!r} (known: {known})")
        if not _is_int(self.after) or not 0 <= self.after <= 1_000_000:
            raise ValueError("after must be an integer within 0..1000000")
        if self.kind == "reject_auth" and self.after:
            raise ValueError("after does not apply to 'reject_auth'")
        if not _is_int(self.count) or not 1 <= self.count <= MAX_SCRIPT_COUNT:
            raise ValueError(f"count must be an integer within 1..{MAX_SCRIPT_COUNT}")
        if self.seconds is not None:
            if self.kind != "stall":
                raise ValueError(f"seconds applies to the 'stall' fault only, not {self.kind!r}")
            if not _is_number(self.seconds) or not 0 < self.seconds <= TIMEOUT_HOLD_S:
                raise ValueError(f"seconds must be a number within (0, {TIMEOUT_HOLD_S:g}]")
        if self.code is not None:
            if self.kind != "drop":
                raise ValueError(f"code applies to the 'drop' fault only, not {self.kind!r}")
            problem = close_code_problem(self.code)
            if problem:
                raise ValueError(problem)

    @property
    def stall_s(self) -> float:
        return self.seconds if self.seconds is not None else STREAM_STALL_S

    @property
    def close_code(self) -> int:
        return self.code if self.code is not None else STREAM_DROP_CODE

    @classmethod
    def from_json(cls, data: Any) -> StreamFault:
        """One entry of ``{"stream": [...]}``: ``fault`` (the kind), optional ``after``,
        ``count``, ``seconds``, ``code``."""
        if not isinstance(data, Mapping):
            raise ValueError("a stream fault must be an object")
        known = {"fault", "after", "count", "seconds", "code"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown stream fault keys {unknown} (known: {sorted(known)})")
        if "fault" not in data:
            raise ValueError("a stream fault needs 'fault'")
        return cls(
            kind=data["fault"],
            after=data.get("after", 0),
            count=data.get("count", 1),
            seconds=data.get("seconds"),
            code=data.get("code"),
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"fault": self.kind, "after": self.after, "count": self.count}
        if self.seconds is not None:
            data["seconds"] = self.seconds
        if self.code is not None:
            data["code"] = self.code
        return data


@dataclass(frozen=True, slots=True)
class Fault:
    """The fault drawn for one request."""

    kind: FaultKind = "none"
    latency: float = 0.0
    """Seconds to wait before answering."""
    html: bool = False
    """For ``malformed``: an HTML error page instead of truncated JSON."""
    status: int | None = None
    """For ``status``: the 5xx to answer."""
    hold: float = 0.0
    """For ``timeout``: seconds to hold the answer back."""
    scripted: bool = False


class FaultSwitch:
    """The current :class:`FaultConfig`, its random generator (reseeded on every change) and
    the queue of scripted faults.

    ``operations``: the operationIds a script may name (None: any).
    """

    def __init__(
        self, config: FaultConfig | None = None, *, operations: Collection[str] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._operations = frozenset(operations) if operations is not None else None
        self._script: deque[ScriptedFault] = deque()
        self._stream: deque[StreamFault] = deque()
        self._stream_left: int | None = None
        """Frames still to pass before the first frame fault of ``_stream`` fires."""
        self.configure(config or FaultConfig())

    def configure(self, config: FaultConfig) -> None:
        """Set the random faults (scripted faults stay queued: :meth:`clear_script`)."""
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)

    # -- scripted faults ------------------------------------------------------------------------

    def _check(self, entries: Collection[ScriptedFault], pending: int) -> None:
        for entry in entries:
            if self._operations is not None and entry.operation not in self._operations:
                raise ValueError(f"unknown operation {entry.operation!r} (not in the spec)")
        if pending + len(entries) > MAX_SCRIPT_ENTRIES:
            raise ValueError(f"at most {MAX_SCRIPT_ENTRIES} scripted faults may be pending")

    def script(
        self,
        operation: str,
        kind: ScriptKind,
        *,
        status: int | None = None,
        count: int = 1,
        seconds: float | None = None,
    ) -> ScriptedFault:
        """Spoil the answer of the next ``count`` requests to ``operation`` after the handler
        ran (see the module docstring for the kinds). Queued after earlier scripts."""
        entry = ScriptedFault(operation, kind, status, count, seconds)
        with self._lock:
            self._check([entry], len(self._script))
            self._script.append(entry)
        return entry

    def replace(
        self,
        config: FaultConfig,
        script: Collection[ScriptedFault],
        stream: Collection[StreamFault] = (),
    ) -> None:
        """Set the random faults and replace the whole script (and the stream faults) at once
        (checked first)."""
        self._check(script, 0)
        if len(stream) > MAX_SCRIPT_ENTRIES:
            raise ValueError(f"at most {MAX_SCRIPT_ENTRIES} stream faults may be pending")
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)
            self._script = deque(script)
            self._stream = deque(stream)
            self._stream_left = None

    # -- stream faults ----------------------------------------------------------------------

    def script_stream(
        self,
        kind: StreamFaultKind,
        *,
        after: int = 0,
        count: int = 1,
        seconds: float | None = None,
        code: int | None = None,
    ) -> StreamFault:
        """Spoil the mock's streams (see the module docstring); queued after earlier ones."""
        entry = StreamFault(kind, after, count, seconds, code)
        with self._lock:
            if len(self._stream) >= MAX_SCRIPT_ENTRIES:
                raise ValueError(f"at most {MAX_SCRIPT_ENTRIES} stream faults may be pending")
            self._stream.append(entry)
        return entry

    def stream_pending(self) -> list[StreamFault]:
        """Stream faults still to apply, in order."""
        with self._lock:
            return list(self._stream)

    def _take_stream(self, index: int) -> StreamFault:
        entry = self._stream[index]
        if entry.count > 1:
            self._stream[index] = StreamFault(
                entry.kind, entry.after, entry.count - 1, entry.seconds, entry.code
            )
        else:
            del self._stream[index]
        return entry

    def stream_frame(self) -> StreamFault | None:
        """A stream connection is about to send a frame: the frame fault that fires on it."""
        with self._lock:
            index = next((i for i, e in enumerate(self._stream) if e.kind != "reject_auth"), None)
            if index is None:
                return None
            if self._stream_left is None:
                self._stream_left = self._stream[index].after
            if self._stream_left > 0:
                self._stream_left -= 1
                return None
            self._stream_left = None
            return self._take_stream(index)

    def stream_login(self) -> bool:
        """A stream login is being decided: whether a ``reject_auth`` fault refuses it."""
        with self._lock:
            index = next((i for i, e in enumerate(self._stream) if e.kind == "reject_auth"), None)
            if index is None:
                return False
            self._take_stream(index)
            return True

    def apply_json(self, data: Any) -> None:
        """``POST /__mock__/faults``: the random settings (missing: default) and ``script``
        (missing: none); replaces the whole fault state, or raises ValueError and changes
        nothing."""
        if not isinstance(data, Mapping):
            raise ValueError("send a JSON object")
        settings = dict(data)
        raw_script = settings.pop("script", [])
        if not isinstance(raw_script, list):
            raise ValueError("script must be a list of {operation, fault, ...} objects")
        if len(raw_script) > MAX_SCRIPT_ENTRIES:
            raise ValueError(f"at most {MAX_SCRIPT_ENTRIES} scripted faults may be pending")
        script = []
        for index, raw in enumerate(raw_script):
            try:
                script.append(ScriptedFault.from_json(raw))
            except ValueError as exc:
                raise ValueError(f"script[{index}]: {exc}") from None
        raw_stream = settings.pop("stream", [])
        if not isinstance(raw_stream, list):
            raise ValueError("stream must be a list of {fault, after, ...} objects")
        if len(raw_stream) > MAX_SCRIPT_ENTRIES:
            raise ValueError(f"at most {MAX_SCRIPT_ENTRIES} stream faults may be pending")
        stream = []
        for index, raw in enumerate(raw_stream):
            try:
                stream.append(StreamFault.from_json(raw))
            except ValueError as exc:
                raise ValueError(f"stream[{index}]: {exc}") from None
        self.replace(FaultConfig.from_json(settings), script, stream)

    def clear_script(self) -> None:
        """Forget the scripted faults (and the stream faults)."""
        with self._lock:
            self._script.clear()
            self._stream.clear()
            self._stream_left = None

    def pending(self) -> list[ScriptedFault]:
        """Scripted faults still to apply, in order."""
        with self._lock:
            return list(self._script)

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            return {
                **self.config.to_json(),
                "script": [e.to_json() for e in self._script],
                "stream": [e.to_json() for e in self._stream],
            }

    def _take(self, operation: str) -> ScriptedFault | None:
        for index, entry in enumerate(self._script):
            if entry.operation == operation:
                if entry.count > 1:
                    self._script[index] = ScriptedFault(
                        entry.operation, entry.kind, entry.status, entry.count - 1, entry.seconds
                    )
                else:
                    del self._script[index]
                return entry
        return None

    # -- drawing ----------------------------------------------------------------------------

    def draw(self, operation: str | None = None) -> Fault:
        """The fault of the next request (to ``operation``: scripted faults apply first)."""
        with self._lock:
            config = self.config
            latency = config.latency_ms / 1000
            scripted = self._take(operation) if operation is not None and self._script else None
            if scripted is not None:
                hold = scripted.seconds if scripted.seconds is not None else TIMEOUT_HOLD_S
                return Fault(
                    scripted.kind,
                    latency,
                    status=scripted.status,
                    hold=hold if scripted.kind == "timeout" else 0.0,
                    scripted=True,
                )
            if not (config.error_rate or config.malformed_rate or config.drop_rate):
                return Fault(latency=latency)
            roll = self._rng.random()
            if roll < config.drop_rate:
                return Fault("drop", latency)
            roll -= config.drop_rate
            if roll < config.error_rate:
                return Fault("error", latency)
            roll -= config.error_rate
            if roll < config.malformed_rate:
                return Fault("malformed", latency, html=self._rng.random() < 0.5)
            return Fault(latency=latency)


# --------------------------------------------------------------------------- spoiled bodies

_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}


def gateway_page(status: int) -> bytes:
    """The HTML error page a reverse proxy (nginx) answers for ``status``."""
    title = f"{status} {_REASONS.get(status, 'Server Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode()


def html_page() -> bytes:
    """An HTML page answered with HTTP 200 (a captive portal / maintenance page)."""
    return (
        b"<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head>"
        b"<body><h1>We'll be back soon</h1><p>Trading services are under maintenance."
        b"</p></body></html>"
    )


def truncated(body: bytes) -> bytes:
    """The first half of ``body`` (at least one byte)."""
    text = body if body else json.dumps({"status": "ok"}).encode()
    return text[: max(1, len(text) // 2)]


def deep_nesting() -> bytes:
    return b"[" * DEEP_NESTING


def malformed_body(body: bytes, *, html: bool) -> tuple[bytes, str]:
    """(body, media type) of a garbled answer: JSON cut in half, or a proxy's HTML page."""
    if html:
        return gateway_page(502), "text/html; charset=utf-8"
    return truncated(body), "application/json"


async def drop_connection(send: Send) -> NoReturn:
    """Start a response that promises more bytes than it sends, then abort."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"sta', "more_body": True})
    raise DroppedConnection("mock fault: connection dropped mid-response")
