"""The spec-driven core of the mock brokers: one Starlette app per broker, routed from the spec.

Routes are the spec's operations (``catalog(broker).operations``; OpenAPI ``{param}`` paths are
Starlette paths, trailing slashes significant) plus the browser pages named in the spec root's
``x-browser-flows``. Every request to an operation runs the same pipeline:

fault switch -> rate limit (the spec's ``x-rate-limits`` windows) -> static IP (``x-static-ip``,
if configured) -> auth (the operation's ``security``) -> request validation (the spec's
schemas) -> handler.

The handler is the broker state's method registered for the ``operationId`` (see
:func:`operation`), else the spec's first ``200`` example, so every operation answers something
the spec allows. Failures use the broker's own envelope, built from the spec root's
``x-envelope`` (:class:`Envelope`). Control endpoints live under ``/__mock__/``:
``faults`` (GET/POST: random and scripted faults, see :mod:`broker_overlays.mock.faults`),
``requests`` (GET/DELETE: the request log), ``drift`` (GET/POST/DELETE: drift mode, see
:mod:`broker_overlays.mock.drift`), ``streams`` (GET/POST: the WebSocket stream connections,
their subscriptions and frame logs; drop / stall / malformed frame / tick burst now),
``state``, ``reset``, ``openapi.json``.

Each mock also serves its broker's WebSocket stream (:mod:`broker_overlays.mock.streams`):
Samco at ``/stream``, Gopocket at ``/NorenWSWEBCODIFI/`` (and ``/NorenWSWeb/``,
``/NorenWS/``), ticking every ``MockConfig.stream_interval_ms``; Gopocket's carries order
updates of the orders placed over REST.

Every request that reaches a spec operation is recorded in the request log
(``MockServer.requests``, the last 10,000; ``MockConfig.request_log`` appends them as JSON
lines to a file): time, operation, method, path, the status answered (null: none, e.g. a
dropped or held connection), the fault applied, the drift perturbation applied and whether
the handler ran.

Limits at the door (hostile clients get the failure envelope, never a 500):

* a request body over 1 MiB (1,048,576 bytes, by ``Content-Length`` or as read) -> ``413``;
* a JSON body that is not UTF-8, not JSON, or nests deeper than 64 arrays/objects -> ``400``;
* ``POST /__mock__/faults``: a body over 64 KiB -> ``413``; unknown keys, wrong types,
  ``latency_ms`` outside 0..60000, rates outside [0, 1], a non-5xx status, an unknown
  operation or fault in ``script``, ``count`` outside 1..10000, ``seconds`` outside
  (0, 3600] -> ``400`` naming the problem.

The in-process transports (:func:`in_process`) honour the request's read timeout: if the app
has not answered in time they raise ``httpx.ReadTimeout`` (the request was delivered), as a
network client would.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import math
import os
import threading
import uuid
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlsplit

import httpx
import jsonschema_rs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from broker_overlays import safe_json
from broker_overlays.auth.clock import IST, Clock, system_clock
from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.mock.drift import Drifter
from broker_overlays.mock.faults import (
    DroppedConnection,
    Fault,
    FaultConfig,
    FaultSwitch,
    deep_nesting,
    drop_connection,
    gateway_page,
    html_page,
    malformed_body,
    truncated,
)
from broker_overlays.spec_catalog import Operation, RateWindow, SpecCatalog, catalog
from broker_overlays.spec_validation import validator
from broker_overlays.throttle import Throttle

__all__ = [
    "AsyncTransport",
    "Call",
    "Envelope",
    "Failure",
    "MockBroker",
    "MockConfig",
    "MockServer",
    "Reply",
    "RequestRecord",
    "SpecConformanceError",
    "SyncTransport",
    "build_app",
    "checked_client",
    "in_process",
    "operation",
    "server_of",
    "spec_problems",
]

CONTROL_PREFIX = "/__mock__"
MAX_BODY_BYTES = 1024 * 1024
"""Largest request body a spec operation accepts (413 beyond)."""
MAX_CONTROL_BODY_BYTES = 64 * 1024
"""Largest body of ``POST /__mock__/faults``."""
MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays/objects a JSON request body may have (400 beyond)."""
REQUEST_LOG_SIZE = 10_000
"""Requests kept in ``MockServer.requests`` by default."""

log = logging.getLogger("broker_overlays.mock")


# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class MockConfig:
    """How a mock server behaves apart from its broker state."""

    rate_limit: bool = True
    """Enforce the spec's rate-limit windows (answer 429 with ``Retry-After``)."""
    rate_limits: Mapping[str, tuple[RateWindow, ...]] = field(default_factory=dict)
    """Replace whole rate-limit categories of the spec (e.g. tiny windows in tests)."""
    faults: FaultConfig = field(default_factory=FaultConfig)
    validate_requests: bool = True
    strict: bool = False
    """Raise :class:`SpecConformanceError` when a JSON answer does not match the spec (tests)."""
    static_ips: frozenset[str] | None = None
    """Client IPs allowed on ``x-static-ip`` operations (403 otherwise); None: not enforced."""
    request_log: str | os.PathLike[str] | None = None
    """A file to append every request to a spec operation to, one JSON object a line."""
    request_log_size: int = REQUEST_LOG_SIZE
    """How many requests ``MockServer.requests`` keeps (the oldest are dropped)."""
    symbols: str | os.PathLike[str] | None = None
    """A CSV file of instruments that extend the default symbol universe (``create_app``;
    columns: :mod:`broker_overlays.mock.universe`)."""
    seed: int = 0
    """Seed of the market's random walk (``create_app``): same seed and clock, same prices."""
    drift: bool = False
    """Drift mode: perturb successful JSON answers of read operations the way real brokers
    drift (renamed field, string/number swapped, missing field, new enum value, changed
    nesting), one detectable perturbation per operation; see :mod:`broker_overlays.mock.drift`.
    Switchable at ``POST /__mock__/drift``."""
    drift_seed: int = 0
    """Seed of drift mode's choices (same seed, same perturbation per operation)."""
    stream_interval_ms: int = 200
    """How often a stream connection ticks each subscribed symbol (0: never by itself, only
    ``POST /__mock__/streams {"action": "burst"}`` and subscription snapshots)."""
    stream_idle_timeout_s: float | None = None
    """Close a stream connection (1000) when no client frame came for this long (None: never;
    neither broker documents one)."""


class SpecConformanceError(AssertionError):
    """The mock produced an answer its own spec does not allow (a mock or spec bug)."""


# --------------------------------------------------------------------------- envelope


def _enum_values(spec: SpecCatalog, schema: Any) -> list[str]:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return []
    values = [str(v) for v in schema.get("enum", [])]
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        values += _enum_values(spec, option)
    return values


def _server_time(now: datetime) -> str:
    return now.astimezone(IST).strftime("%d/%m/%y %H:%M:%S")


_FILLERS: dict[str, Callable[[datetime], Any]] = {
    "serverTime": _server_time,
    "msgId": lambda _now: str(uuid.uuid4()),
    "result": lambda _now: [],
}
"""Envelope fields the mock fills in when the broker's Envelope schema declares them."""


class Envelope:
    """Success and failure bodies in a broker's envelope, from the spec root ``x-envelope``.

    The status and message field names and the success value come from ``x-envelope``; the
    failure value is the first non-success value of the status field's enum; the bookkeeping
    fields (``serverTime``, ``msgId``, ``result``) are added when the spec's ``Envelope``
    schema has them. ``form=1`` uses the second status/message pair (Gopocket's Noren-style
    ``stat``/``emsg``).
    """

    def __init__(self, broker: str, clock: Clock = system_clock) -> None:
        spec = catalog(broker)
        rule = spec.envelope
        self.clock = clock
        self.status_fields: tuple[str, ...] = rule.status_fields
        self.message_fields: tuple[str, ...] = rule.message_fields
        properties = spec.schema("Envelope").get("properties", {})
        values = _enum_values(spec, properties.get(self.status_fields[0], {}))
        successes = [v for v in values if v.lower() in rule.success_values]
        failures = [v for v in values if v.lower() not in rule.success_values]
        if not successes or not failures:
            raise ValueError(f"{broker}: the Envelope status schema names no success or failure")
        self.success_value: str = successes[0]
        self.failure_value = failures[0]
        self._fillers = {name: fill for name, fill in _FILLERS.items() if name in properties}

    def _body(self, status: str, message: str | None, form: int, payload: Any) -> dict[str, Any]:
        filled = self._filled() if form == 0 else {}
        # Samco's serverTime/msgId lead, Gopocket's result array trails (as in the samples).
        body = {k: v for k, v in filled.items() if not isinstance(v, list)}
        body[self.status_fields[form]] = status
        if message is not None:
            body[self.message_fields[form]] = message
        body.update(payload)
        for name, value in filled.items():
            body.setdefault(name, value)
        return body

    def _filled(self) -> dict[str, Any]:
        now = self.clock()
        return {name: fill(now) for name, fill in self._fillers.items()}

    def success(
        self, message: str | None = None, *, form: int = 0, **payload: Any
    ) -> dict[str, Any]:
        return self._body(self.success_value, message, form, payload)

    def failure(self, message: str, *, form: int = 0, **payload: Any) -> dict[str, Any]:
        return self._body(self.failure_value, message, form, payload)

    def bare(self, **payload: Any) -> dict[str, Any]:
        """Bookkeeping fields and payload without a status (Samco's order status, square-off)."""
        return {**self._filled(), **payload}

    def message(self, body: Any) -> str:
        """The message of an envelope (any form), for tests and logs."""
        if isinstance(body, Mapping):
            for name in self.message_fields:
                if isinstance(body.get(name), str):
                    return str(body[name])
        return ""


# --------------------------------------------------------------------------- handlers


@dataclass(frozen=True)
class Reply:
    """A handler's answer other than a plain 200 JSON body."""

    body: Any
    status: int = 200
    media_type: str = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)


class Failure(Exception):
    """Raised by a handler: answer the failure envelope (HTTP 200 by default, like the brokers).

    At HTTP 200 the envelope is wrapped in a list when the operation's 200 schema is an array
    (Gopocket's outer-array responses), so it still matches the spec.
    """

    def __init__(self, message: str, status: int = 200, **payload: Any) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.payload = payload


@dataclass(frozen=True)
class Call:
    """One authenticated (where required) and validated request to a spec operation."""

    op: Operation
    request: Request
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: Any
    token: str | None
    session: Any


Handler = Callable[[Call], Any]
F = TypeVar("F", bound=Callable[..., Any])


def operation(operation_id: str) -> Callable[[F], F]:
    """Mark a :class:`MockBroker` method as the stateful handler of ``operation_id``."""

    def mark(fn: F) -> F:
        setattr(fn, "__mock_operation__", operation_id)  # noqa: B010 - a marker on a function
        return fn

    return mark


BrowserPage = Callable[[Request], Response]


class MockBroker:
    """Base of a broker's mock state: sessions, handlers (by ``@operation``), browser pages."""

    broker: ClassVar[str]
    operations: ClassVar[dict[str, str]] = {}
    """operationId -> method name, collected from ``@operation`` marks."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        marks: dict[str, str] = {}
        for base in reversed(cls.__mro__):
            for name, value in vars(base).items():
                op_id = getattr(value, "__mock_operation__", None)
                if isinstance(op_id, str):
                    marks[op_id] = name
        cls.operations = marks

    def __init__(self, clock: Clock = system_clock) -> None:
        self.clock = clock
        self.envelope = Envelope(self.broker, clock)

    def now(self) -> datetime:
        return self.clock().astimezone(IST)

    def handler(self, operation_id: str) -> Handler | None:
        name = self.operations.get(operation_id)
        return getattr(self, name) if name else None

    def session(self, token: str) -> Any | None:
        """The session a token stands for, or None if the mock did not issue it (or it ended)."""
        raise NotImplementedError

    def browser_pages(self) -> Mapping[str, BrowserPage]:
        """Handlers of the spec root's ``x-browser-flows`` (flow name -> page)."""
        return {}

    def credentials(self) -> dict[str, str]:
        """What the mock accepts, for the CLI banner."""
        return {}

    def snapshot(self) -> dict[str, Any]:
        """Inspectable state for ``GET /__mock__/state``."""
        return {}

    def reset(self) -> None:
        """Back to the seeded state (sessions, orders, trades)."""


# --------------------------------------------------------------------------- the server


@dataclass(slots=True)
class RequestRecord:
    """One request that arrived at a spec operation (the request log)."""

    time: str
    """When it arrived (the mock's clock, ISO 8601)."""
    operation: str
    method: str
    path: str
    status: int | None = None
    """The HTTP status answered; None while pending, or when no answer was sent (a dropped
    connection, a held answer the client gave up on)."""
    fault: str | None = None
    """The fault applied (``drop``, ``timeout``, ``status``, ``error`` ...), if any."""
    drift: str | None = None
    """The drift perturbation applied to the answer (``retype closeValue: '601.65' -> 601.65``),
    if any (drift mode; the key is left out of :meth:`to_json` otherwise)."""
    handled: bool = False
    """The handler ran (the broker's state may have changed), whatever it answered."""

    def to_json(self) -> dict[str, Any]:
        entry = asdict(self)
        if entry["drift"] is None:
            del entry["drift"]
        return entry


class _BodyTooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, or :class:`_BodyTooLarge` as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _too_deep(value: Any, limit: int) -> bool:
    """Whether ``value`` nests arrays/objects more than ``limit`` levels deep (iterative)."""
    if not isinstance(value, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


@cache
def _path_validator(broker: str, schema_json: str) -> jsonschema_rs.Draft202012Validator:
    components = catalog(broker).components
    return jsonschema_rs.Draft202012Validator({**json.loads(schema_json), "components": components})


def _example(spec: SpecCatalog, op: Operation) -> Reply | None:
    """The first example of the operation's 200 response, as a reply."""
    response = spec.resolve(spec.spec_operation(op).get("responses", {}).get("200", {}))
    for media_type, media in (response.get("content") or {}).items():
        if "example" in media:
            return Reply(media["example"], media_type=media_type)
        for example in (media.get("examples") or {}).values():
            return Reply(spec.resolve(example).get("value"), media_type=media_type)
    return None


class MockServer:
    """The pipeline shared by both brokers; ``build_app`` wraps it in a Starlette app."""

    def __init__(self, broker: str, state: MockBroker, config: MockConfig) -> None:
        if state.broker != broker:
            raise ValueError(f"state is a {state.broker} mock, not {broker}")
        self.broker = broker
        self.state = state
        self.config = config
        self.spec: SpecCatalog = catalog(broker)
        self.validator = validator(broker)
        self.envelope = state.envelope
        self.faults = FaultSwitch(
            config.faults, operations=[op.operation_id for op in self.spec.operations]
        )
        self.drift = Drifter(broker, seed=config.drift_seed, enabled=config.drift)
        """Drift mode (``config.drift``; switchable at ``POST /__mock__/drift``)."""
        self.calls: Counter[str] = Counter()
        self.requests: deque[RequestRecord] = deque(maxlen=max(1, config.request_log_size))
        """The request log: the latest requests to spec operations, oldest first."""
        self._log_lock = threading.Lock()
        self._log_failed = False
        self._holds: set[asyncio.Event] = set()
        self.stopping = False
        """Set by :meth:`release_holds`: the HTTP server in front is shutting down."""
        self.lock = threading.Lock()
        """Serialises state changes (in-process sync and async clients may call at once)."""
        self.throttle = self._throttle() if config.rate_limit else None
        from broker_overlays.mock.streams.common import StreamHub  # needs this module

        self.streams = StreamHub(self)
        """The WebSocket stream connections (introspection, actions; :mod:`.streams`)."""
        unknown = sorted(set(state.operations) - {op.operation_id for op in self.spec.operations})
        if unknown:
            raise ValueError(f"{broker} mock handles operations the spec lacks: {unknown}")

    def _throttle(self) -> Throttle:
        windows = dict(self.spec.rate_windows())
        for name, override in self.config.rate_limits.items():
            if name not in windows:
                raise ValueError(f"{self.broker} has no rate-limit category {name!r}")
            windows[name] = tuple(override)
        return Throttle.exact(windows, max_wait=0, broker=self.broker)  # a server counts exactly

    def reset(self) -> None:
        with self.lock:
            self.state.reset()
            self.calls.clear()
            self.requests.clear()
        self.drift.reset()
        if self.throttle is not None:
            self.throttle = self._throttle()

    # -- the request log --------------------------------------------------------------------

    def record(self, op: Operation, request: Request) -> RequestRecord:
        """Log a request that arrived at ``op`` (before anything else happens to it)."""
        entry = RequestRecord(
            time=self.state.clock().isoformat(timespec="milliseconds"),
            operation=op.operation_id,
            method=request.method,
            path=request.url.path,
        )
        self.requests.append(entry)
        return entry

    def finish(self, entry: RequestRecord) -> None:
        """The request is over (answered, dropped or abandoned): append it to the log file."""
        path = self.config.request_log
        if path is None:
            return
        line = json.dumps(entry.to_json(), ensure_ascii=False) + "\n"
        with self._log_lock:
            try:
                with open(path, "a", encoding="utf-8") as file:
                    file.write(line)
            except OSError as exc:
                if not self._log_failed:
                    self._log_failed = True
                    log.warning("cannot write the request log %s: %s", path, exc)

    # -- held answers (the ``timeout`` fault) -------------------------------------------------

    async def hold(self, receive: Receive, seconds: float) -> str:
        """Hold an answer back: ``"elapsed"`` after ``seconds``, ``"disconnected"`` when the
        client gave up first, ``"stopped"`` when the server is shutting down."""
        if self.stopping:
            return "stopped"
        stop = asyncio.Event()
        self._holds.add(stop)
        stopped = asyncio.ensure_future(stop.wait())
        gone = asyncio.ensure_future(_disconnected(receive))
        try:
            done, _ = await asyncio.wait(
                {stopped, gone}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            self._holds.discard(stop)
            stopped.cancel()
            gone.cancel()
        if stopped in done:
            return "stopped"
        return "disconnected" if gone in done else "elapsed"

    def release_holds(self) -> None:
        """The HTTP server is stopping (call it on its event loop): held answers end now, by
        dropping their connections, so that it need not wait for them or cancel them."""
        self.stopping = True
        for stop in list(self._holds):
            stop.set()

    def logged(self, operation: str | None = None) -> list[RequestRecord]:
        """The request log (of one operation), oldest first."""
        return [e for e in list(self.requests) if operation is None or e.operation == operation]

    # -- responses --------------------------------------------------------------------------

    def failure(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return JSONResponse(self.envelope.failure(message), status, headers=dict(headers or {}))

    def _render(self, op: Operation, reply: Reply, entry: RequestRecord | None = None) -> Response:
        if reply.media_type == "application/json":
            if self.config.strict:
                self._conform(op, reply)
            body = reply.body
            if self.drift.enabled:  # after the conformance check: drift is off-spec on purpose
                body, applied = self.drift.perturb(op, reply.status, body)
                if applied is not None and entry is not None:
                    entry.drift = applied.describe()
            content = json.dumps(body, ensure_ascii=False).encode()
        else:
            content = str(reply.body).encode()
        return Response(content, reply.status, dict(reply.headers), media_type=reply.media_type)

    def _conform(self, op: Operation, reply: Reply) -> None:
        media = self.validator.response_media(op, reply.status)
        if media is None:
            raise SpecConformanceError(f"{op.operation_id}: HTTP {reply.status} is not declared")
        problems = self.validator.response_problems(media[1], reply.body)
        if problems:
            raise SpecConformanceError(f"{op.operation_id} answered off-spec: {problems}")

    def _failure_reply(self, op: Operation, exc: Failure) -> Reply:
        body: Any = self.envelope.failure(exc.message, **exc.payload)
        media = self.validator.response_media(op, exc.status)
        if exc.status == 200 and media is not None and media[1].get("type") == "array":
            body = [body]
        return Reply(body, exc.status)

    def spoil(self, op: Operation, fault: Fault, response: Response) -> Response:
        """The answer a fault turns ``response`` into (after the handler ran)."""
        content = bytes(response.body)
        kind = fault.kind
        if kind == "malformed":
            garbled, media_type = malformed_body(content, html=fault.html)
            return Response(garbled, 200, media_type=media_type)
        if kind == "status":
            status = fault.status or 502
            if status in (502, 503, 504):  # from the gateway in front of the broker
                return Response(gateway_page(status), status, media_type="text/html")
            return self.failure(status, "Internal server error, please try after some time")
        if kind == "truncated":
            return Response(truncated(content), response.status_code, media_type="application/json")
        if kind == "non_json":
            return Response(html_page(), 200, media_type="text/html")
        if kind == "off_spec":
            return Response(self.off_spec_body(op, content), 200, media_type="application/json")
        if kind == "deep_nesting":
            return Response(deep_nesting(), 200, media_type="application/json")
        return response

    def off_spec_body(self, op: Operation, content: bytes) -> bytes:
        """JSON that ``op``'s 200 schema rejects, kept close to the real answer ``content``:
        its top level unwrapped from / wrapped in an array, else a scalar."""
        media = self.validator.response_media(op, 200)
        schema = media[1] if media is not None else {}
        try:
            real: Any = safe_json.loads(content)
        except safe_json.JSONBodyError:
            real = None
        candidates: list[Any] = []
        if isinstance(real, list):
            candidates.append(real[0] if len(real) == 1 else {"result": real})
        candidates += [[real], "OK", 0]
        for candidate in candidates:
            if self.validator.response_problems(schema, candidate):
                return json.dumps(candidate, ensure_ascii=False).encode()
        return b"null"  # the schema allows anything else: null is the last resort

    # -- the pipeline -----------------------------------------------------------------------

    def _token(self, op: Operation, request: Request) -> str | None:
        schemes = self.spec.security_schemes
        for requirement in self.spec.security_of(op):
            for name in requirement:
                scheme = schemes.get(name, {})
                if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    value = request.headers.get(scheme["name"], "").strip()
                elif scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer":
                    kind, _, value = request.headers.get("authorization", "").partition(" ")
                    value = value.strip() if kind.lower() == "bearer" else ""
                else:
                    continue
                if value:
                    return value
        return None

    def _path_problems(self, op: Operation, path: Mapping[str, str]) -> list[str]:
        problems = []
        for raw in self.spec.spec_operation(op).get("parameters", []):
            param = self.spec.resolve(raw)
            if param.get("in") != "path" or param["name"] not in path:
                continue
            check = _path_validator(
                self.broker, json.dumps(param.get("schema", {}), sort_keys=True)
            )
            for error in check.iter_errors(path[param["name"]]):
                problems.append(f"path/{param['name']}: {error.message}")
        return problems

    async def answer(
        self, op: Operation, request: Request, entry: RequestRecord | None = None
    ) -> Response:
        """Body limit, rate limit, auth, validation and the handler (the fault switch is
        applied around); ``entry`` is told whether the handler ran."""
        try:
            raw = await _read_body(request, MAX_BODY_BYTES)
        except _BodyTooLarge:
            return self.failure(413, f"Request body too large (limit {MAX_BODY_BYTES} bytes)")
        if self.throttle is not None:
            try:
                self.throttle.acquire(op.rate_limit_category, operation=op.operation_id)
            except ThrottleTimeoutError as exc:
                wait = max(1, math.ceil(exc.retry_after or 1))
                message = f"Too many requests ({op.rate_limit_category} limit); retry after {wait}s"
                return self.failure(429, message, {"Retry-After": str(wait)})
        static_ips = self.config.static_ips
        if op.static_ip and static_ips is not None:
            client = request.client.host if request.client else ""
            if client not in static_ips:
                return self.failure(403, "The IP is not the registered static IP")
        token = self._token(op, request)
        with self.lock:
            session = self.state.session(token) if token else None
        if op.requires_auth and session is None:
            message = "Session token is missing" if token is None else "Invalid or expired session"
            return self.failure(401, message)
        body: Any = None
        parsed = False
        if raw:
            try:
                body, parsed = safe_json.loads(raw), True
            except safe_json.JSONBodyError as exc:
                if exc.reason in ("encoding", "depth", "size"):
                    return self.failure(400, f"Invalid request: {exc}")
            if parsed and _too_deep(body, MAX_JSON_DEPTH):
                message = f"Invalid request: body nests deeper than {MAX_JSON_DEPTH} levels"
                return self.failure(400, message)
        if self.config.validate_requests:
            # Only the query and body are validated here (path: above); the decoded path may
            # hold characters httpx refuses in a URL (a percent-encoded control character).
            query = request.scope.get("query_string", b"")
            check = httpx.Request(request.method, httpx.URL("/", query=query), content=raw)
            problems = self._path_problems(op, request.path_params)
            extra = {"body": body} if parsed else {}
            problems += self.validator.request_problems(op, check, **extra)
            if problems:
                return self.failure(400, "Invalid request: " + "; ".join(problems))
        call = Call(
            op, request, dict(request.path_params), request.query_params, body, token, session
        )
        return self._render(op, self._handle(call, entry), entry)

    def _handle(self, call: Call, entry: RequestRecord | None = None) -> Reply:
        op = call.op
        handler = self.state.handler(op.operation_id)
        with self.lock:
            self.calls[op.operation_id] += 1
            if entry is not None:
                entry.handled = True
            if handler is None:
                return _example(self.spec, op) or Reply(self.envelope.success())
            try:
                result = handler(call)
            except Failure as exc:
                return self._failure_reply(op, exc)
        return result if isinstance(result, Reply) else Reply(result)


class _OperationEndpoint:
    """ASGI endpoint of one spec path: picks the operation by method and applies faults."""

    def __init__(self, server: MockServer, ops: Mapping[str, Operation]) -> None:
        self.server = server
        self.ops = dict(ops)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        op = self.ops["GET" if request.method == "HEAD" else request.method]
        server = self.server
        entry = server.record(op, request)
        try:
            fault = server.faults.draw(op.operation_id)
            if fault.kind != "none":
                entry.fault = fault.kind
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.kind == "error":
                status = server.faults.config.error_status
                response = server.failure(status, "Service temporarily unavailable (mock fault)")
            else:
                response = await server.answer(op, request, entry)
                if fault.kind == "drop":
                    await drop_connection(send)
                if fault.kind == "timeout":
                    outcome = await server.hold(receive, fault.hold)
                    if outcome == "disconnected":
                        return  # the client gave up: nobody to answer
                    if outcome == "stopped":
                        await drop_connection(send)  # the server goes away: no answer
                response = server.spoil(op, fault, response)
            entry.status = response.status_code
            await response(scope, receive, send)
        finally:
            server.finish(entry)


def _browser_paths(flow: Mapping[str, Any]) -> list[str]:
    paths = []
    for key in ("url", "alternativeUrl"):
        if key in flow:
            path = urlsplit(str(flow[key])).path or "/"
            if path not in paths:
                paths.append(path)
    return paths


def _page_endpoint(
    server: MockServer, page: BrowserPage
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        with server.lock:
            return page(request)

    return endpoint


def _control_routes(server: MockServer) -> list[BaseRoute]:
    async def faults(request: Request) -> Response:
        if request.method == "POST":
            try:
                raw = await _read_body(request, MAX_CONTROL_BODY_BYTES)
            except _BodyTooLarge:
                limit = MAX_CONTROL_BODY_BYTES
                return server.failure(413, f"Fault settings too large (limit {limit} bytes)")
            try:
                server.faults.apply_json(safe_json.loads(raw))
            except ValueError as exc:  # safe_json.JSONBodyError is one too
                return server.failure(400, f"Invalid fault settings: {exc}")
        return JSONResponse(server.faults.to_json())

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            server.requests.clear()
        operation = request.query_params.get("operation")
        return JSONResponse({"requests": [e.to_json() for e in server.logged(operation)]})

    async def drift(request: Request) -> Response:
        if request.method == "DELETE":
            server.drift.reset()
        elif request.method == "POST":
            try:
                raw = await _read_body(request, MAX_CONTROL_BODY_BYTES)
            except _BodyTooLarge:
                limit = MAX_CONTROL_BODY_BYTES
                return server.failure(413, f"Drift settings too large (limit {limit} bytes)")
            try:
                _apply_drift_settings(server.drift, safe_json.loads(raw))
            except ValueError as exc:  # safe_json.JSONBodyError is one too
                return server.failure(400, f"Invalid drift settings: {exc}")
        return JSONResponse(server.drift.to_json())

    async def streams(request: Request) -> Response:
        from broker_overlays.mock.streams import apply_action

        acted = None
        if request.method == "POST":
            try:
                raw = await _read_body(request, MAX_CONTROL_BODY_BYTES)
            except _BodyTooLarge:
                limit = MAX_CONTROL_BODY_BYTES
                return server.failure(413, f"Stream action too large (limit {limit} bytes)")
            try:
                acted = apply_action(server.streams, safe_json.loads(raw))
            except ValueError as exc:
                return server.failure(400, f"Invalid stream action: {exc}")
        flags = {k: request.query_params.get(k, "") in ("1", "true") for k in ("frames", "closed")}
        body: dict[str, Any] = {"connections": server.streams.connections(**flags)}
        if acted is not None:
            body["acted"] = acted
        return JSONResponse(body)

    async def state(request: Request) -> Response:
        return JSONResponse(
            {
                "broker": server.broker,
                "faults": server.faults.to_json(),
                "rateLimit": server.throttle is not None,
                "calls": dict(server.calls),
                **server.state.snapshot(),
            }
        )

    async def reset(request: Request) -> Response:
        server.reset()
        return JSONResponse({"reset": True})

    async def openapi(request: Request) -> Response:
        return JSONResponse(server.spec.document)  # the one use of the whole document

    return [
        Route(f"{CONTROL_PREFIX}/faults", faults, methods=["GET", "POST"]),
        Route(f"{CONTROL_PREFIX}/requests", requests, methods=["GET", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/drift", drift, methods=["GET", "POST", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/streams", streams, methods=["GET", "POST"]),
        Route(f"{CONTROL_PREFIX}/state", state, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/openapi.json", openapi, methods=["GET"]),
    ]


def _apply_drift_settings(drifter: Drifter, settings: Any) -> None:
    """``{"enabled": bool, "seed": int}`` (either key optional); ValueError names the problem."""
    if not isinstance(settings, dict):
        raise ValueError("expected a JSON object")
    unknown = sorted(set(settings) - {"enabled", "seed"})
    if unknown:
        raise ValueError(f"unknown keys {unknown} (known: enabled, seed)")
    enabled, seed = settings.get("enabled", drifter.enabled), settings.get("seed", drifter.seed)
    if not isinstance(enabled, bool):
        raise ValueError("enabled must be true or false")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValueError("seed must be an integer")
    drifter.enabled, drifter.seed = enabled, seed


def build_app(broker: str, state: MockBroker, *, config: MockConfig | None = None) -> Starlette:
    """A Starlette (ASGI) app serving ``broker``'s spec operations at its root.

    ``app.state.mock`` is the :class:`MockServer` (faults, throttle, call counters, state).
    """
    server = MockServer(broker, state, config or MockConfig())
    from broker_overlays.mock.streams import stream_routes

    routes: list[BaseRoute] = _control_routes(server) + stream_routes(server)
    flows = server.spec.browser_flows
    for name, page in state.browser_pages().items():
        if name not in flows:
            raise ValueError(f"{broker} spec has no x-browser-flows entry {name!r}")
        for path in _browser_paths(flows[name]):
            routes.append(Route(path, _page_endpoint(server, page), methods=["GET"]))
    by_path: dict[str, dict[str, Operation]] = {}
    for op in server.spec.operations:
        by_path.setdefault(op.path, {})[op.method] = op
        # An operation-level server with a folder (Samco's ScripMaster.csv lives under
        # https://developers.stocknote.com/doc) is answered under that folder too.
        for folder in {httpx.URL(url).path.rstrip("/") for url in op.servers} - {""}:
            by_path.setdefault(folder + op.path, {})[op.method] = op
    # Literal paths before templated ones, so that "/a/b" wins over "/a/{x}".
    for path in sorted(by_path, key=lambda p: p.count("{")):
        ops = by_path[path]
        routes.append(Route(path, _OperationEndpoint(server, ops), methods=list(ops)))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            message = f"No such endpoint: {request.method} {request.url.path}"
        elif status == 405:
            message = f"Method {request.method} not allowed on {request.url.path}"
        else:
            message = exc.detail if isinstance(exc, HTTPException) else "error"
        # Starlette's 405 names the allowed methods in `Allow` (RFC 9110 requires it).
        headers = exc.headers if isinstance(exc, HTTPException) else None
        return server.failure(status, message, headers)

    async def crash(request: Request, exc: Exception) -> Response:
        return server.failure(500, f"Internal error in the mock ({type(exc).__name__})")

    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error, 500: crash})
    app.router.redirect_slashes = False  # Gopocket's trailing slashes are significant
    app.state.mock = server
    return app


def server_of(app: Starlette) -> MockServer:
    """The :class:`MockServer` behind an app made by :func:`build_app`."""
    server = app.state.mock
    if not isinstance(server, MockServer):
        raise TypeError("not an app made by build_app")
    return server


# --------------------------------------------------------------------------- in process

T = TypeVar("T")


def _read_timeout(request: httpx.Request) -> float | None:
    """The read timeout httpx put on ``request`` (``extensions["timeout"]["read"]``)."""
    timeout = request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, Mapping) else None
    if isinstance(read, int | float) and not isinstance(read, bool):
        return max(0.0, float(read))
    return None


class AsyncTransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` for a mock app that behaves like the network where it matters:
    a dropped connection is the ``httpx.RemoteProtocolError`` a network client would see, and
    an answer slower than the request's read timeout is ``httpx.ReadTimeout`` (the request was
    delivered; the app's task is cancelled)."""

    def __init__(self, app: Starlette, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._inner = httpx.ASGITransport(app, client=client)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        read = _read_timeout(request)
        try:
            async with asyncio.timeout(read):
                return await self._inner.handle_async_request(request)
        except DroppedConnection as exc:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            ) from exc
        except TimeoutError as exc:
            if read is None:
                raise
            raise httpx.ReadTimeout(
                f"no answer from the mock broker within {read:g}s", request=request
            ) from exc


class SyncTransport(httpx.BaseTransport):
    """A sync httpx transport into a mock app, which runs on a private event-loop thread.

    httpx's ASGITransport is async-only; this lets sync clients (and the generated ``sync``
    functions) call the app in process. ``close()`` stops the thread (it is a daemon anyway).
    """

    def __init__(self, app: Starlette, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._async = AsyncTransport(app, client)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def _run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        with self._start_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="mock-broker", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()  # the loop itself is stuck; the coroutine times out on its own
            raise TimeoutError from None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        read = _read_timeout(request)

        async def call() -> tuple[int, list[tuple[str, str]], bytes]:
            inner = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=content,
                extensions={"timeout": {"read": read}},
            )
            response = await self._async.handle_async_request(inner)
            body = await response.aread()
            return response.status_code, response.headers.multi_items(), body

        try:
            # The read timeout applies in the loop; the margin only guards against a stuck loop.
            status, headers, body = self._run(call(), None if read is None else read + 5)
        except TimeoutError:
            if read is None:
                raise
            raise httpx.ReadTimeout(
                f"no answer from the mock broker within {read:g}s", request=request
            ) from None
        except httpx.TransportError as exc:  # re-raised on the caller's request
            raise type(exc)(str(exc), request=request) from exc
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        with self._start_lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()


def in_process(app: Starlette) -> tuple[SyncTransport, AsyncTransport]:
    """(sync, async) httpx transports that call ``app`` without a network, e.g. for
    ``ClientOptions(transport=..., async_transport=...)``."""
    return SyncTransport(app), AsyncTransport(app)


def spec_problems(broker: str, response: httpx.Response) -> list[str]:
    """Why ``broker``'s spec does not allow this answer to this request (empty: it conforms)."""
    request = response.request
    op = catalog(broker).find(request.method, request.url.path)
    if op is None:
        return [f"{request.method} {request.url.path} is not a {broker} operation"]
    media = validator(broker).response_media(op, response.status_code)
    if media is None:
        return [f"{op.operation_id}: HTTP {response.status_code} is not declared"]
    media_type, schema = media
    received = response.headers.get("content-type", "").split(";")[0].strip()
    if received != media_type:
        return [f"{op.operation_id}: content type {received!r}, spec says {media_type!r}"]
    if media_type != "application/json":
        return []
    try:
        body = response.json()
    except ValueError:
        return [f"{op.operation_id}: body is not JSON"]
    return [f"{op.operation_id}: {p}" for p in validator(broker).response_problems(schema, body)]


def checked_client(app: Starlette, base_url: str = "http://mock.broker") -> httpx.Client:
    """A sync client into ``app`` (in process) that raises :class:`SpecConformanceError` on
    any answer to a spec operation that the spec does not allow (contract tests)."""
    broker = server_of(app).broker

    def check(response: httpx.Response) -> None:
        if catalog(broker).find(response.request.method, response.request.url.path) is None:
            return  # browser pages, control endpoints, 404s
        response.read()
        problems = spec_problems(broker, response)
        if problems:
            raise SpecConformanceError("; ".join(problems))

    return httpx.Client(
        transport=SyncTransport(app), base_url=base_url, event_hooks={"response": [check]}
    )
