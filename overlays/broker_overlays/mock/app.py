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
``x-envelope`` (:class:`Envelope`). Control endpoints live under ``/__mock__/``.
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
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

from broker_overlays.auth.clock import IST, Clock, system_clock
from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.mock.faults import (
    DroppedConnection,
    FaultConfig,
    FaultSwitch,
    drop_connection,
    malformed_body,
)
from broker_overlays.spec_catalog import Operation, RateWindow, SpecCatalog, catalog, deref
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


class SpecConformanceError(AssertionError):
    """The mock produced an answer its own spec does not allow (a mock or spec bug)."""


# --------------------------------------------------------------------------- envelope


def _enum_values(doc: Mapping[str, Any], schema: Any) -> list[str]:
    schema = deref(doc, schema)
    if not isinstance(schema, Mapping):
        return []
    values = [str(v) for v in schema.get("enum", [])]
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        values += _enum_values(doc, option)
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
        doc = catalog(broker).document
        rule = doc["x-envelope"]
        self.clock = clock
        self.status_fields: tuple[str, ...] = tuple(rule["statusFields"])
        self.message_fields: tuple[str, ...] = tuple(rule["messageFields"])
        self.success_value: str = rule["successValues"][0]
        schema = deref(doc, doc["components"]["schemas"]["Envelope"])
        properties = schema.get("properties", {})
        success = {v.lower() for v in rule["successValues"]}
        failures = [
            v
            for v in _enum_values(doc, properties.get(self.status_fields[0], {}))
            if v.lower() not in success
        ]
        if not failures:
            raise ValueError(f"{broker}: the Envelope status schema names no failure value")
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


@cache
def _path_validator(broker: str, schema_json: str) -> jsonschema_rs.Draft202012Validator:
    components = catalog(broker).document.get("components", {})
    return jsonschema_rs.Draft202012Validator({**json.loads(schema_json), "components": components})


def _example(doc: Mapping[str, Any], spec_op: Mapping[str, Any]) -> Reply | None:
    """The first example of the operation's 200 response, as a reply."""
    response = deref(doc, spec_op.get("responses", {}).get("200", {}))
    for media_type, media in (response.get("content") or {}).items():
        if "example" in media:
            return Reply(media["example"], media_type=media_type)
        for example in (media.get("examples") or {}).values():
            return Reply(deref(doc, example).get("value"), media_type=media_type)
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
        self.doc = self.spec.document
        self.validator = validator(broker)
        self.envelope = state.envelope
        self.faults = FaultSwitch(config.faults)
        self.calls: Counter[str] = Counter()
        self.lock = threading.Lock()
        """Serialises state changes (in-process sync and async clients may call at once)."""
        self.throttle = self._throttle() if config.rate_limit else None
        unknown = sorted(set(state.operations) - {op.operation_id for op in self.spec.operations})
        if unknown:
            raise ValueError(f"{broker} mock handles operations the spec lacks: {unknown}")

    def _throttle(self) -> Throttle:
        windows = dict(self.spec.rate_windows())
        for name, override in self.config.rate_limits.items():
            if name not in windows:
                raise ValueError(f"{self.broker} has no rate-limit category {name!r}")
            windows[name] = tuple(override)
        return Throttle(windows, max_wait=0, broker=self.broker)

    def reset(self) -> None:
        with self.lock:
            self.state.reset()
            self.calls.clear()
        if self.throttle is not None:
            self.throttle = self._throttle()

    # -- responses --------------------------------------------------------------------------

    def failure(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return JSONResponse(self.envelope.failure(message), status, headers=dict(headers or {}))

    def _spec_op(self, op: Operation) -> dict[str, Any]:
        return dict(self.doc["paths"][op.path][op.method.lower()])

    def _render(self, op: Operation, reply: Reply) -> Response:
        if reply.media_type == "application/json":
            if self.config.strict:
                self._conform(op, reply)
            content = json.dumps(reply.body, ensure_ascii=False).encode()
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

    # -- the pipeline -----------------------------------------------------------------------

    def _token(self, op: Operation, request: Request) -> str | None:
        spec_op = self._spec_op(op)
        schemes = self.doc.get("components", {}).get("securitySchemes", {})
        for requirement in spec_op.get("security", self.doc.get("security", [])):
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
        for raw in self._spec_op(op).get("parameters", []):
            param = deref(self.doc, raw)
            if param.get("in") != "path" or param["name"] not in path:
                continue
            check = _path_validator(
                self.broker, json.dumps(param.get("schema", {}), sort_keys=True)
            )
            for error in check.iter_errors(path[param["name"]]):
                problems.append(f"path/{param['name']}: {error.message}")
        return problems

    async def answer(self, op: Operation, request: Request) -> Response:
        """Rate limit, auth, validation and the handler (the fault switch is applied around)."""
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
        raw = await request.body()
        if self.config.validate_requests:
            # Only the query and body are validated here (path: above); the decoded path may
            # hold characters httpx refuses in a URL (a percent-encoded control character).
            query = request.scope.get("query_string", b"")
            check = httpx.Request(request.method, httpx.URL("/", query=query), content=raw)
            problems = self._path_problems(op, request.path_params)
            problems += self.validator.request_problems(op, check)
            if problems:
                return self.failure(400, "Invalid request: " + "; ".join(problems))
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        call = Call(
            op, request, dict(request.path_params), request.query_params, body, token, session
        )
        return self._render(op, self._handle(call))

    def _handle(self, call: Call) -> Reply:
        op = call.op
        handler = self.state.handler(op.operation_id)
        with self.lock:
            self.calls[op.operation_id] += 1
            if handler is None:
                return _example(self.doc, self._spec_op(op)) or Reply(self.envelope.success())
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
        fault = self.server.faults.draw()
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.kind == "error":
            status = self.server.faults.config.error_status
            response = self.server.failure(status, "Service temporarily unavailable (mock fault)")
        else:
            response = await self.server.answer(op, request)
            if fault.kind == "drop":
                await drop_connection(send)
            if fault.kind == "malformed":
                content, media_type = malformed_body(bytes(response.body), html=fault.html)
                response = Response(content, 200, media_type=media_type)
        await response(scope, receive, send)


def _browser_paths(doc: Mapping[str, Any], flow: Mapping[str, Any]) -> list[str]:
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
                data = await request.json()
                if not isinstance(data, dict):
                    raise ValueError("send a JSON object")
                server.faults.configure(FaultConfig.from_json(data))
            except ValueError as exc:
                return server.failure(400, str(exc))
        return JSONResponse(server.faults.config.to_json())

    async def state(request: Request) -> Response:
        return JSONResponse(
            {
                "broker": server.broker,
                "faults": server.faults.config.to_json(),
                "rateLimit": server.throttle is not None,
                "calls": dict(server.calls),
                **server.state.snapshot(),
            }
        )

    async def reset(request: Request) -> Response:
        server.reset()
        return JSONResponse({"reset": True})

    async def openapi(request: Request) -> Response:
        return JSONResponse(server.doc)

    return [
        Route(f"{CONTROL_PREFIX}/faults", faults, methods=["GET", "POST"]),
        Route(f"{CONTROL_PREFIX}/state", state, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/openapi.json", openapi, methods=["GET"]),
    ]


def build_app(broker: str, state: MockBroker, *, config: MockConfig | None = None) -> Starlette:
    """A Starlette (ASGI) app serving ``broker``'s spec operations at its root.

    ``app.state.mock`` is the :class:`MockServer` (faults, throttle, call counters, state).
    """
    server = MockServer(broker, state, config or MockConfig())
    routes: list[BaseRoute] = _control_routes(server)
    flows = server.doc.get("x-browser-flows", {})
    for name, page in state.browser_pages().items():
        if name not in flows:
            raise ValueError(f"{broker} spec has no x-browser-flows entry {name!r}")
        for path in _browser_paths(server.doc, flows[name]):
            routes.append(Route(path, _page_endpoint(server, page), methods=["GET"]))
    by_path: dict[str, dict[str, Operation]] = {}
    for op in server.spec.operations:
        by_path.setdefault(op.path, {})[op.method] = op
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


class AsyncTransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` for a mock app, turning a dropped connection into the
    ``httpx.RemoteProtocolError`` a network client would see."""

    def __init__(self, app: Starlette, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._inner = httpx.ASGITransport(app, client=client)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except DroppedConnection as exc:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
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

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        with self._start_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="mock-broker", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def call() -> tuple[int, list[tuple[str, str]], bytes]:
            inner = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._async.handle_async_request(inner)
            body = await response.aread()
            return response.status_code, response.headers.multi_items(), body

        status, headers, body = self._run(call())
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
