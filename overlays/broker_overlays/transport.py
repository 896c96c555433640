"""One httpx transport (sync and async) that makes a generated client safe to trade with.

Per request it finds the spec operation, then: validates the request against the spec
(bad input never leaves the process), waits for the throttle of the operation's
``x-rate-limit-category``, sends, retries only ``x-idempotent`` operations on transport
errors / 429 / 502-504, and turns the response into a typed error when it is one (HTTP
status, failure envelope, or a body the spec does not allow). 401 is passed up untouched so
that :class:`~broker_overlays.auth.token_auth.TokenAuth` can renew the token once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import httpx

from broker_overlays.envelope import envelope_rule
from broker_overlays.errors import (
    BrokerError,
    BrokerFailureError,
    ClientValidationError,
    ForbiddenError,
    InvalidCredentialsError,
    MalformedResponseError,
    NetworkError,
    OrderRejectedError,
    OrderStateUnknownError,
    RateLimitedError,
    ServerError,
    body_excerpt,
)
from broker_overlays.retry import RetryPolicy, parse_retry_after
from broker_overlays.spec_catalog import Operation, catalog
from broker_overlays.spec_validation import validator

log = logging.getLogger("broker_overlays.transport")

OPERATION_EXTENSION = "broker_operation"
"""Key under ``request.extensions`` / ``response.extensions`` holding the spec Operation."""


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
        validate_requests: bool = True,
        validate_responses: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.broker = broker
        self._catalog = catalog(broker)
        self._validator = validator(broker)
        self._transport = transport or httpx.HTTPTransport()
        self._async_transport = async_transport or httpx.AsyncHTTPTransport()
        self._throttle = throttle
        self._retry = retry or RetryPolicy()
        self._servers = dict(servers or {})
        self._validate_requests = validate_requests
        self._validate_responses = validate_responses
        self._sleep = sleep
        self._async_sleep = async_sleep

    # -- per-request steps shared by the sync and async paths -------------------------------

    def _prepare(self, request: httpx.Request) -> Operation | None:
        op = self._catalog.find(request.method, request.url.path)
        if op is None:
            return None
        request.extensions = {**request.extensions, OPERATION_EXTENSION: op}
        if op.servers:
            self._route(request, op.servers[0])
        if self._validate_requests:
            problems = self._validator.request_problems(op, request)
            if problems:
                raise ClientValidationError(
                    f"request rejected before sending: {'; '.join(problems)}",
                    problems=problems,
                    broker=self.broker,
                    operation=op.operation_id,
                )
        return op

    def _route(self, request: httpx.Request, server: str) -> None:
        """Send operations declared on another host (operation-level ``servers``) there."""
        target = httpx.URL(self._servers.get(server, server))
        url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        if url != request.url:
            request.url = url
            request.headers["Host"] = url.netloc.decode("ascii")

    def _retry_delay(
        self, op: Operation | None, attempt: int, response: httpx.Response
    ) -> float | None:
        """Seconds to wait before resending after ``response``, or None to stop."""
        if op is None or not op.idempotent or attempt >= self._retry.max_attempts:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if not self._retry.may_retry_status(response.status_code, retry_after):
            return None
        return self._retry.backoff(attempt, retry_after)

    def _exception_delay(self, op: Operation | None, attempt: int, exc: Exception) -> float | None:
        if op is None or not op.idempotent or attempt >= self._retry.max_attempts:
            return None
        return self._retry.backoff(attempt) if self._retry.may_retry_exception(exc) else None

    def _network_error(self, op: Operation | None, exc: httpx.TransportError) -> BrokerError:
        name = op.operation_id if op else None
        if isinstance(exc, _NOT_SENT) or op is None or op.idempotent:
            return NetworkError(
                f"request not completed ({type(exc).__name__}); nothing was executed"
                if isinstance(exc, _NOT_SENT)
                else f"request failed ({type(exc).__name__})",
                broker=self.broker,
                operation=name,
            )
        return OrderStateUnknownError(
            f"{type(exc).__name__} after the request was sent: the broker may or may not have "
            "executed it, and it was NOT resent. Check the order book (or the order status) "
            "before trying again.",
            broker=self.broker,
            operation=name,
        )

    def _rebuild(
        self, response: httpx.Response, raw: bytes, request: httpx.Request, op: Operation | None
    ) -> httpx.Response:
        """A fully read copy of ``response`` (``raw`` is already decoded, hence the headers)."""
        extensions = dict(response.extensions)
        if op is not None:
            extensions[OPERATION_EXTENSION] = op
        headers = httpx.Headers(response.headers)
        if "content-encoding" in headers:
            del headers["content-encoding"]
            headers["content-length"] = str(len(raw))
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=raw,
            request=request,
            extensions=extensions,
        )

    def _check(self, op: Operation | None, response: httpx.Response) -> None:
        """Raise the typed error ``response`` stands for (None: a usable response)."""
        if op is None:
            return
        status, name = response.status_code, op.operation_id
        common: dict[str, Any] = {"broker": self.broker, "operation": name, "status_code": status}
        body: Any = None
        media = self._validator.response_media(op, status)
        is_json = media is not None and media[0] == "application/json"
        if is_json or "json" in response.headers.get("content-type", ""):
            try:
                body = json.loads(response.content) if response.content else None
            except ValueError:
                if is_json and 200 <= status < 300:
                    raise MalformedResponseError(
                        "response is not JSON", raw_body=body_excerpt(response.content), **common
                    ) from None
        message = envelope_rule(self.broker).message(body) if isinstance(body, dict) else ""
        if status == 401:
            if not op.requires_auth:
                raise InvalidCredentialsError(
                    "credentials rejected", broker_message=message, **common
                )
            return  # TokenAuth renews once, or raises TokenExpiredError
        if status == 403:
            raise ForbiddenError(
                "forbidden (for Samco: the call did not come from the app's registered static IP)",
                broker_message=message,
                **common,
            )
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise RateLimitedError(
                "rate limited by the broker",
                retry_after=retry_after,
                broker_message=message,
                **common,
            )
        if status >= 500:
            raise ServerError("broker server error", broker_message=message, **common)
        if status >= 400:
            error = OrderRejectedError if op.rate_limit_category == "order" else BrokerFailureError
            raise error(f"request failed with HTTP {status}", broker_message=message, **common)
        failure = envelope_rule(self.broker).failure(body)
        if failure is not None:
            error = OrderRejectedError if op.rate_limit_category == "order" else BrokerFailureError
            raise error(f"broker reported {failure[0]!r}", broker_message=failure[1], **common)
        if self._validate_responses and is_json and media is not None:
            problems = self._validator.response_problems(media[1], body)
            if problems:
                raise MalformedResponseError(
                    f"response does not match the spec: {'; '.join(problems)}",
                    raw_body=body_excerpt(response.content),
                    **common,
                )

    # -- sync ---------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = self._prepare(request)
        attempt = 1
        while True:
            if self._throttle is not None and op is not None:
                self._throttle.acquire(op.rate_limit_category, operation=op.operation_id)
            try:
                response = self._transport.handle_request(request)
                raw = response.read()
            except httpx.TransportError as exc:
                delay = self._exception_delay(op, attempt, exc)
                if delay is None:
                    raise self._network_error(op, exc) from exc
                log.info(
                    "retrying %s after %s (attempt %d)", _name(op), type(exc).__name__, attempt
                )
            else:
                response.close()
                result = self._rebuild(response, raw, request, op)
                delay = self._retry_delay(op, attempt, result)
                if delay is None:
                    self._check(op, result)
                    return result
                log.info(
                    "retrying %s after HTTP %d (attempt %d)", _name(op), result.status_code, attempt
                )
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()

    # -- async --------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = self._prepare(request)
        attempt = 1
        while True:
            if self._throttle is not None and op is not None:
                await self._throttle.async_acquire(
                    op.rate_limit_category, operation=op.operation_id
                )
            try:
                response = await self._async_transport.handle_async_request(request)
                raw = await response.aread()
            except httpx.TransportError as exc:
                delay = self._exception_delay(op, attempt, exc)
                if delay is None:
                    raise self._network_error(op, exc) from exc
                log.info(
                    "retrying %s after %s (attempt %d)", _name(op), type(exc).__name__, attempt
                )
            else:
                await response.aclose()
                result = self._rebuild(response, raw, request, op)
                delay = self._retry_delay(op, attempt, result)
                if delay is None:
                    self._check(op, result)
                    return result
                log.info(
                    "retrying %s after HTTP %d (attempt %d)", _name(op), result.status_code, attempt
                )
            await self._async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._async_transport.aclose()


def _name(op: Operation | None) -> str:
    return op.operation_id if op else "request"
