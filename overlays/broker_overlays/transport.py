"""One httpx transport (sync and async) that makes a generated client safe to trade with.

Per request it reads the spec operation (resolved once, by the auth flow or here, and kept
in ``request.extensions``), then: validates the request against the spec (bad input never
leaves the process), waits for the throttle of the operation's ``x-rate-limit-category``,
sends, retries only ``x-idempotent`` operations on transport errors / 429 / 502-504, and
turns the response into a typed error when it is one (HTTP status, failure envelope, or a
body the spec does not allow). 401 is passed up untouched so that
:class:`~broker_overlays.auth.token_auth.TokenAuth` can renew the token once.

Order calls (``x-order-operation``) follow one rule: a clear success returns, a clear
rejection (failure envelope, 4xx with a broker message, 401/403/429) raises a rejection, and
every other outcome once the request may have reached the broker raises
:class:`~broker_overlays.errors.OrderStateUnknownError`.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import logging
import os
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal, Protocol

import httpx

from broker_overlays import safe_json
from broker_overlays.drift import (
    DriftLog,
    DriftMode,
    declaring_schema,
    default_mode,
    extra_fields,
    without,
)
from broker_overlays.drift import records as drift_records
from broker_overlays.envelope import ErrorKind
from broker_overlays.errors import (
    BrokerError,
    BrokerFailureError,
    ClientValidationError,
    ForbiddenError,
    InvalidApiKeyError,
    InvalidApiSecretError,
    InvalidCredentialsError,
    MalformedResponseError,
    NetworkError,
    OrderRejectedError,
    OrderRequestInfo,
    OrderStateUnknownError,
    RateLimitedError,
    ServerError,
    StaticIpError,
    TokenExpiredError,
    UnknownReason,
    UnprotectedMarketOrderError,
    body_excerpt,
)
from broker_overlays.flows import Flow, Sleep, arun, run
from broker_overlays.order_identity import order_number_in, order_number_in_text, request_info
from broker_overlays.retry import RetryPolicy, parse_retry_after
from broker_overlays.spec_catalog import (
    BROKER_PACKAGES,
    OPERATION_EXTENSION,
    MarketProtection,
    Operation,
    OrderIdentityRule,
    Router,
    catalog,
)
from broker_overlays.spec_validation import validator

log = logging.getLogger("broker_overlays.transport")

UnknownPathPolicy = Literal["raise", "warn"]
"""What to do with a request whose path matches no spec operation. Default (None): raise
under pytest (``PYTEST_CURRENT_TEST`` is set), log a warning otherwise."""

_NOT_JSON: Final[Any] = object()


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ParsedResponse(httpx.Response):
    """A fully read response that remembers the JSON body the transport already parsed.

    The generated operations call ``response.json()``; answering it from the transport's
    parse means each body is parsed once per request. The generated ``from_dict`` code
    copies what it reads and never mutates its input, so sharing the object is safe.
    """

    _kept: Any = _NOT_JSON

    def keep_json(self, body: Any) -> None:
        self._kept = body

    def json(self, **kwargs: Any) -> Any:
        if self._kept is not _NOT_JSON and not kwargs:
            return self._kept
        return super().json(**kwargs)


@dataclass
class _Call:
    """One request's operation and, for an order call, what is needed to identify the order
    if its outcome turns out unknown (built only then: the success path pays nothing)."""

    op: Operation | None
    request: httpx.Request | None = None
    body: Any = None
    sent_at: datetime | None = None

    def info(self, router: Router, rule: OrderIdentityRule) -> OrderRequestInfo | None:
        if self.op is None or not self.op.is_order or self.request is None:
            return None
        path = router.spec_path(self.request.url.path) or ""
        return request_info(
            self.op,
            rule,
            body=None if self.body is _NOT_JSON else self.body,
            query=dict(self.request.url.params),
            path_params=self.op.path_params(path),
            sent_at=self.sent_at,
        )


class Throttler(Protocol):
    """What the transport needs from :class:`broker_overlays.throttle.Throttle`."""

    def acquire(self, category: str, *, operation: str | None = None) -> None: ...

    async def async_acquire(self, category: str, *, operation: str | None = None) -> None: ...


_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class BrokerTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Throttle → retry → network, plus spec validation and typed errors, for one broker."""

    def __init__(
        self,
        broker: str,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        throttle: Throttler | None = None,
        retry: RetryPolicy | None = None,
        servers: Mapping[str, str] | None = None,
        router: Router | None = None,
        unknown_paths: UnknownPathPolicy | None = None,
        validate_requests: bool = True,
        market_protection: str | None = None,
        response_validation: DriftMode | None = None,
        drift_log: DriftLog | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        wall_clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.broker = broker
        self._catalog = catalog(broker)
        self._router = router or self._catalog.router()
        self._validator = validator(broker)
        self._transport = transport or httpx.HTTPTransport()
        self._async_transport = async_transport or httpx.AsyncHTTPTransport()
        self._owns_async_transport = async_transport is None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._throttle = throttle
        self._retry = retry or RetryPolicy()
        self._servers = dict(servers or {})
        self._unknown_paths = unknown_paths
        self._validate_requests = validate_requests
        self._market_protection = market_protection
        self._response_validation = response_validation or default_mode()
        self._drift_log = drift_log or DriftLog()
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._wall_clock = wall_clock
        self._warned: set[tuple[str, str]] = set()

    # -- per-request steps shared by the sync and async paths -------------------------------

    def _prepare(self, request: httpx.Request) -> _Call:
        op = self._router.resolve(request)
        if op is None:
            self._unknown(request)
            return _Call(None)
        if op.servers:
            self._route(request, op.servers[0])
        body: Any = None
        if request.content:
            try:
                body = safe_json.loads(request.content)
            except safe_json.JSONBodyError:
                body = _NOT_JSON
        protection = self._catalog.market_protection(op)
        if protection is not None and isinstance(body, dict | list):
            self._protect(op, protection, request, body)
        if self._validate_requests:
            problems = self._validator.request_problems(op, request, body=body)
            if problems:
                raise ClientValidationError(
                    f"request rejected before sending: {'; '.join(problems)}",
                    problems=problems,
                    broker=self.broker,
                    operation=op.operation_id,
                )
        return _Call(op, request, body) if op.is_order else _Call(op)

    def _protect(
        self, op: Operation, rule: MarketProtection, request: httpx.Request, body: Any
    ) -> None:
        """Never send a market order without price protection silently: add the configured
        default (``market_protection``) to each item that lacks it, or refuse the call."""
        changed = False
        for item in rule.orders(body):
            if not isinstance(item, dict):
                continue
            if str(item.get(rule.order_type_field)) not in rule.market_order_types:
                continue
            if str(item.get(rule.field) or "").strip():
                continue
            if self._market_protection is None:
                raise UnprotectedMarketOrderError(
                    f"{item.get(rule.order_type_field)} order without {rule.field}: nothing "
                    f"was sent. Set {rule.field} on the order, or a default with "
                    "connect(..., market_protection='2') (a percentage), or use a limit order",
                    broker=self.broker,
                    operation=op.operation_id,
                )
            item[rule.field] = self._market_protection
            changed = True
        if changed:
            log.info(
                "%s: added %s=%s to a market order (the configured market_protection)",
                op.operation_id,
                rule.field,
                self._market_protection,
            )
            data = json.dumps(body, separators=(",", ":")).encode()
            request.headers["Content-Length"] = str(len(data))
            request.stream = httpx.ByteStream(data)
            request._content = data  # httpx's cache of a read body (what .content returns)

    def _unknown(self, request: httpx.Request) -> None:
        """A request through a broker client that matches no spec operation: never silent."""
        policy = self._unknown_paths or ("raise" if "PYTEST_CURRENT_TEST" in os.environ else "warn")
        text = f"{request.method} {request.url.path} is not a {self.broker} operation in the spec"
        if policy == "raise":
            raise ClientValidationError(
                f"{text}; nothing was sent (wrong base_url or path?)", broker=self.broker
            )
        key = (request.method, request.url.path)
        if key not in self._warned:
            self._warned.add(key)
            log.warning(
                "%s: sent without throttling, validation or typed errors (check base_url)", text
            )

    def _route(self, request: httpx.Request, server: str) -> None:
        """Send operations declared on another server (operation-level ``servers``) there: its
        scheme, host, port and folder, then the operation's path (``/doc`` + ``/ScripMaster.csv``)."""
        target = httpx.URL(self._servers.get(server, server))
        spec_path = self._router.spec_path(request.url.path)
        path = request.url.path if spec_path is None else target.path.rstrip("/") + spec_path
        url = request.url.copy_with(
            scheme=target.scheme, host=target.host, port=target.port, path=path
        )
        if url != request.url:
            request.url = url
            request.headers["Host"] = url.netloc.decode("ascii")

    def _sent(self, call: _Call) -> None:
        """Stamp an order call just before it goes to the network (the resolver's lower bound)."""
        if call.op is not None and call.op.is_order:
            call.sent_at = self._wall_clock()

    def _retry_delay(
        self, op: Operation | None, attempt: int, response: httpx.Response
    ) -> float | None:
        """Seconds to wait before resending after ``response``, or None to stop."""
        if op is None or not op.idempotent or op.is_order or attempt >= self._retry.max_attempts:
            return None
        status = response.status_code
        if status not in self._retry.statuses and status not in op.transient_statuses:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if not self._retry.may_retry_status(status, retry_after, also=op.transient_statuses):
            return None
        return self._retry.backoff(attempt, retry_after)

    def _exception_delay(self, op: Operation | None, attempt: int, exc: Exception) -> float | None:
        if op is None or not op.idempotent or op.is_order or attempt >= self._retry.max_attempts:
            return None
        return self._retry.backoff(attempt) if self._retry.may_retry_exception(exc) else None

    def _network_error(self, call: _Call, exc: httpx.TransportError) -> BrokerError:
        op = call.op
        name = op.operation_id if op else None
        kind = type(exc).__name__
        if isinstance(exc, _NOT_SENT):
            return NetworkError(
                f"request not sent ({kind}); nothing was executed",
                broker=self.broker,
                operation=name,
            )
        if op is not None and op.is_order:
            reason: UnknownReason = (
                "timeout" if isinstance(exc, httpx.TimeoutException) else "connection"
            )
            return self._unknown_outcome(call, f"{kind} after the request was sent", reason)
        if op is not None and op.idempotent:
            return NetworkError(f"request failed ({kind})", broker=self.broker, operation=name)
        return NetworkError(
            f"request failed ({kind}) after it was sent; the broker may have acted on it",
            broker=self.broker,
            operation=name,
        )

    def _undecodable(self, call: _Call, exc: httpx.DecodingError) -> BrokerError:
        """An answer whose content encoding cannot be decoded is a malformed answer."""
        what = f"response body could not be decoded ({exc})"
        if call.op is not None and call.op.is_order:
            return self._unknown_outcome(call, what, "malformed")
        name = call.op.operation_id if call.op else None
        return MalformedResponseError(what, broker=self.broker, operation=name)

    def _unknown_outcome(
        self,
        call: _Call,
        what: str,
        reason: UnknownReason,
        *,
        status_code: int | None = None,
        raw: bytes = b"",
        body: Any = _NOT_JSON,
        broker_message: str = "",
    ) -> OrderStateUnknownError:
        op = call.op
        assert op is not None
        rule = self._catalog.order_identity
        number = order_number_in(body, rule) if body is not _NOT_JSON else None
        if number is None and raw:
            number = order_number_in_text(raw.decode("utf-8", errors="replace"), rule)
        action = op.order_action or "order"
        hint = f" Order number {number}." if number else ""
        return OrderStateUnknownError(
            f"{what}: the {action} call may or may not have been executed, and it was NOT "
            f"resent.{hint} Check the order book (broker_overlays.orders.resolve_unknown) "
            "before trying again.",
            reason=reason,
            request=call.info(self._router, self._catalog.order_identity),
            order_number=number,
            raw_body=body_excerpt(raw) if raw else "",
            broker=self.broker,
            operation=op.operation_id,
            status_code=status_code,
            broker_message=broker_message or None,
        )

    def _rebuild(
        self, response: httpx.Response, raw: bytes, request: httpx.Request, op: Operation | None
    ) -> ParsedResponse:
        """``response`` (fully read into ``raw``) as a :class:`ParsedResponse`: a shallow copy,
        or, when the body was content-encoded, a copy whose headers match the decoded body."""
        extensions = response.extensions
        if op is not None:
            extensions = {**extensions, OPERATION_EXTENSION: op}
        if "content-encoding" not in response.headers:
            parsed = ParsedResponse.__new__(ParsedResponse)
            parsed.__dict__.update(response.__dict__)
            parsed.request, parsed.extensions = request, extensions
            return parsed
        headers = httpx.Headers(response.headers)
        del headers["content-encoding"]
        headers["content-length"] = str(len(raw))
        return ParsedResponse(
            response.status_code,
            headers=headers,
            content=raw,
            request=request,
            extensions=dict(extensions),
        )

    def _check(self, call: _Call, response: ParsedResponse) -> None:
        """Raise the typed error ``response`` stands for; else keep its parsed body on it, so
        that the generated code's ``response.json()`` does not parse it a second time."""
        op = call.op
        if op is None:
            return
        status, name, raw = response.status_code, op.operation_id, response.content
        common: dict[str, Any] = {"broker": self.broker, "operation": name, "status_code": status}
        media = self._validator.response_media(op, status)
        is_json = media is not None and media[0] == "application/json"
        body: Any = _NOT_JSON
        problem = ""
        if is_json or "json" in response.headers.get("content-type", ""):
            try:
                body = safe_json.loads(raw)
            except safe_json.JSONBodyError as exc:
                problem = str(exc) if exc.reason != "empty" else ""
                body = None if exc.reason == "empty" else _NOT_JSON
        parsed = body is not _NOT_JSON
        if parsed and body is not None:
            response.keep_json(body)
        rule = self._catalog.envelope
        message = rule.message(body) if isinstance(body, dict) else ""
        if isinstance(body, list) and body and isinstance(body[0], dict):
            message = message or rule.message(body[0])
        coded = rule.error_code(body) if parsed and status >= 200 else None
        if coded is not None:
            common["error_code"] = coded[0]
            if coded[1] != "invalid-input" and (status >= 400 or rule.failure(body) is not None):
                raise _coded_error(coded[1], op, message, common)
        if status == 401:
            if not op.requires_auth:
                raise InvalidCredentialsError(
                    "credentials rejected", broker_message=message, **common
                )
            return  # TokenAuth renews once, or raises TokenExpiredError
        if status == 403:
            if op.static_ip:
                raise StaticIpError(_STATIC_IP_HINT, broker_message=message, **common)
            raise ForbiddenError("forbidden", broker_message=message, **common)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise RateLimitedError(
                "rate limited by the broker (nothing was executed)",
                retry_after=retry_after,
                broker_message=message,
                **common,
            )
        if op.is_order:
            self._check_order(call, response, body, problem, message, media)
            return
        if status >= 500:
            raise ServerError("broker server error", broker_message=message, **common)
        if status >= 400:
            raise BrokerFailureError(
                f"request failed with HTTP {status}", broker_message=message, **common
            )
        if is_json and not parsed and 200 <= status < 300:
            raise MalformedResponseError(
                f"response {problem or 'is not JSON'}", raw_body=body_excerpt(raw), **common
            )
        failure = rule.failure(body)
        if failure is not None:
            empty = self._catalog.empty_result(op)
            if empty is not None and empty.matches(failure[1]):
                response.keep_json(empty.body)  # "no orders" is an empty book, not an error
                return
            raise BrokerFailureError(
                f"broker reported {failure[0]!r}", broker_message=failure[1], **common
            )
        if self._response_validation != "off" and is_json and media is not None and parsed:
            self._check_drift(op, response, media[1], body, common)

    def _check_drift(
        self,
        op: Operation,
        response: ParsedResponse,
        schema: Mapping[str, Any],
        body: Any,
        common: dict[str, Any],
    ) -> None:
        """Compare a success body with the spec; strict: raise, warn: record and return it."""
        mismatches = self._validator.response_mismatches(schema, body)
        found = len(mismatches)
        if self._drift_log.collects_extras:
            mismatches += extra_fields(schema, body, self._catalog.resolve)
        if not mismatches:
            return
        base = self._catalog.response_pointer(op, response.status_code)
        where = {
            m.field: declaring_schema(schema, m.path, self._catalog.resolve, base)
            for m in mismatches
        }
        self._drift_log.write(
            drift_records(self.broker, op.operation_id, response.status_code, mismatches, where)
        )
        real = mismatches[:found]  # the soft findings (extra fields, new enum values) never raise
        if not real:
            return
        summary = "; ".join(f"{m.field}: {m.message}" for m in real[:5])
        if self._response_validation == "strict":
            raise MalformedResponseError(
                f"response does not match the spec: {summary}",
                raw_body=body_excerpt(response.content),
                **common,
            )
        # warn: hand the body on if the generated parser copes; else without the drifted
        # values (they read as unset); a typed error only when even that cannot be parsed.
        for candidate in (body, without(body, [m.path for m in real])):
            if self._parses(op, response, candidate):
                response.keep_json(candidate)
                return
        raise MalformedResponseError(
            f"response drifted from the spec beyond what the client can parse: {summary}",
            raw_body=body_excerpt(response.content),
            **common,
        )

    def _parses(self, op: Operation, response: ParsedResponse, body: Any) -> bool:
        """Whether the generated operation's parser accepts ``body`` (drift only)."""
        module = self._catalog.generated_module(op)
        parse = getattr(module, "_parse_response", None)
        if parse is None:
            return True
        response.keep_json(body)
        try:
            parse(client=_parse_client(self.broker), response=response)
        except Exception:  # any failure of the generated parser means "does not parse"
            return False
        return True

    def _check_order(
        self,
        call: _Call,
        response: httpx.Response,
        body: Any,
        problem: str,
        message: str,
        media: tuple[str, Mapping[str, Any]] | None,
    ) -> None:
        """The order-outcome rule: a clear success returns, a clear rejection raises
        :class:`OrderRejectedError`, anything else :class:`OrderStateUnknownError`.

        Responses of order calls are always validated against the spec, whatever the
        ``response_validation`` mode: an off-spec success body cannot be trusted as one.
        """
        op = call.op
        assert op is not None
        status, raw = response.status_code, response.content
        common: dict[str, Any] = {
            "broker": self.broker,
            "operation": op.operation_id,
            "status_code": status,
        }
        parsed = body is not _NOT_JSON
        unknown = functools.partial(
            self._unknown_outcome,
            call,
            status_code=status,
            raw=raw,
            body=body,
            broker_message=message,
        )
        if status >= 500:
            raise unknown(f"HTTP {status} from the broker", "server_error")
        failure = self._catalog.envelope.failure(body) if parsed else None
        if 400 <= status < 500:
            if failure is not None or message:
                raise OrderRejectedError(
                    f"order call refused with HTTP {status}",
                    broker_message=failure[1] if failure else message,
                    **common,
                )
            raise unknown(f"HTTP {status} without a broker message", "unexpected_status")
        if not 200 <= status < 300:
            raise unknown(f"unexpected HTTP {status}", "unexpected_status")
        if not parsed:
            raise unknown(f"HTTP {status}, {problem or 'body is not JSON'}", "malformed")
        if failure is not None:
            raise OrderRejectedError(
                f"broker reported {failure[0]!r}", broker_message=failure[1], **common
            )
        seen, failed = self._catalog.envelope.item_failures(body)
        if failed and len(failed) == seen:
            raise OrderRejectedError(
                f"broker reported {failed[0][0]!r} for the order inside an Ok answer",
                broker_message=failed[0][1],
                **common,
            )
        if failed:
            raise unknown(f"{len(failed)} of {seen} orders of the call failed", "partial")
        if media is None or media[0] != "application/json":
            raise unknown(f"HTTP {status} with an undeclared response", "unexpected_status")
        problems = self._validator.response_problems(media[1], body)
        if problems:
            raise unknown(f"a success response off the spec ({'; '.join(problems)})", "malformed")

    # -- the request flow (sans-I/O: the effects below do the I/O, sync or async) ----------

    def _flow(self, request: httpx.Request) -> Flow[ParsedResponse]:
        """Throttle → send → read → retry decision → sleep, for one request."""
        call = self._prepare(request)
        op = call.op
        attempt = 1
        while True:
            if self._throttle is not None and op is not None:
                yield _Acquire(self._throttle, op.rate_limit_category, op.operation_id)
            self._sent(call)
            try:
                response, raw = yield _Send(self, request)
            except httpx.DecodingError as exc:  # e.g. a broken gzip body: not a TransportError
                raise self._undecodable(call, exc) from exc
            except httpx.TransportError as exc:
                delay = self._exception_delay(op, attempt, exc)
                if delay is None:
                    raise self._network_error(call, exc) from exc
                log.info(
                    "retrying %s after %s (attempt %d)", _name(op), type(exc).__name__, attempt
                )
            else:
                yield _Close(response)
                result = self._rebuild(response, raw, request, op)
                delay = self._retry_delay(op, attempt, result)
                if delay is None:
                    self._check(call, result)
                    return result
                log.info(
                    "retrying %s after HTTP %d (attempt %d)", _name(op), result.status_code, attempt
                )
            yield Sleep(delay, self._sleep, self._async_sleep)
            attempt += 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return run(self._flow(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._on_running_loop()
        return await arun(self._flow(request))

    def _on_running_loop(self) -> None:
        """A pool's connections belong to the event loop that opened them: when a session is
        used again after its loop closed (``asyncio.run`` twice, a stream thread restarted),
        the default pool is replaced instead of failing with "Event loop is closed". A pool
        the caller supplied is left alone."""
        loop = asyncio.get_running_loop()
        previous = self._async_loop() if self._async_loop is not None else None
        if previous is loop:
            return
        dead = self._async_loop is not None and (previous is None or previous.is_closed())
        if dead and self._owns_async_transport:  # a dead loop's connections: nothing to close
            self._async_transport = httpx.AsyncHTTPTransport()
        self._async_loop = weakref.ref(loop)

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()


class _Acquire:
    """Effect: wait for the throttle to admit one call of ``category``."""

    __slots__ = ("category", "operation", "throttle")

    def __init__(self, throttle: Throttler, category: str, operation: str) -> None:
        self.throttle, self.category, self.operation = throttle, category, operation

    def run(self) -> None:
        self.throttle.acquire(self.category, operation=self.operation)

    async def arun(self) -> None:
        await self.throttle.async_acquire(self.category, operation=self.operation)


class _Send:
    """Effect: send ``request`` through the inner transport and read the whole body;
    the result is ``(response, body bytes)``."""

    __slots__ = ("owner", "request")

    def __init__(self, owner: BrokerTransport, request: httpx.Request) -> None:
        self.owner, self.request = owner, request

    def run(self) -> tuple[httpx.Response, bytes]:
        response = self.owner._transport.handle_request(self.request)
        return response, response.read()

    async def arun(self) -> tuple[httpx.Response, bytes]:
        response = await self.owner._async_transport.handle_async_request(self.request)
        return response, await response.aread()


class _Close:
    """Effect: close a response whose body has been read (frees its connection)."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def run(self) -> None:
        self.response.close()

    async def arun(self) -> None:
        await self.response.aclose()


_STATIC_IP_HINT: Final = (
    "the call did not come from an IP registered for this app (nothing was executed); "
    "register this IP with the broker or call from a registered one"
)


def _coded_error(
    kind: ErrorKind, op: Operation, message: str, common: dict[str, Any]
) -> BrokerError:
    """The specific typed error of a broker error code (the spec's ``x-envelope.errorCodes``)."""
    code = common.get("error_code")
    if kind == "invalid-api-key":
        return InvalidApiKeyError(
            f"API key refused ({code}): wrong key, or the app is not active",
            broker_message=message,
            **common,
        )
    if kind == "invalid-api-secret":
        return InvalidApiSecretError(
            f"API secret refused ({code})", broker_message=message, **common
        )
    if kind == "ip-not-registered":
        return StaticIpError(f"{_STATIC_IP_HINT} ({code})", broker_message=message, **common)
    if kind == "session-expired":
        return TokenExpiredError(
            f"session expired ({code}); log in again", broker_message=message, **common
        )
    text = f"not permitted for this account ({code})"
    if op.is_order:
        return OrderRejectedError(text, broker_message=message, **common)
    return ForbiddenError(text, broker_message=message, **common)


@functools.cache
def _parse_client(broker: str) -> Any:
    """An unauthenticated generated client, for trial parses of drifted bodies (the generated
    parsers only read ``raise_on_unexpected_status`` from it)."""
    package = importlib.import_module(BROKER_PACKAGES[broker])
    return package.Client(base_url="http://drift.invalid")


def _name(op: Operation | None) -> str:
    return op.operation_id if op else "request"
