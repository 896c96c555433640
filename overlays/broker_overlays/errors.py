"""One exception hierarchy for both brokers.

Every error carries the broker, the operation (spec ``operationId``), the HTTP status and the
broker's own message. Texts pass through :func:`~broker_overlays.redaction.redact`, so no
token, secret or checksum can leak through ``str(exc)`` or a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal

from broker_overlays.redaction import redact, redact_excerpt


class BrokerError(Exception):
    """Base class of every error raised by the overlays."""

    def __init__(
        self,
        message: str,
        *,
        broker: str | None = None,
        operation: str | None = None,
        status_code: int | None = None,
        broker_message: str | None = None,
        error_code: str | None = None,
    ) -> None:
        self.broker = broker
        self.operation = operation
        self.status_code = status_code
        self.error_code = error_code
        """The broker's machine-readable code (Samco ``errorCode``, Codifi ``EC...``), if any."""
        self.broker_message = redact(broker_message) if broker_message else broker_message
        self.message = redact(message)
        super().__init__(self.message)

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (
                self.broker,
                self.operation,
                f"HTTP {self.status_code}" if self.status_code is not None else None,
            )
            if part
        )
        text = f"[{where}] {self.message}" if where else self.message
        if self.broker_message and self.broker_message not in text:
            text += f" (broker says: {self.broker_message})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ClientValidationError(BrokerError, ValueError):
    """Bad input caught before anything was sent (the spec rejects the request)."""

    def __init__(self, message: str, *, problems: list[str] | None = None, **kw: Any) -> None:
        self.problems = [redact(p) for p in problems or []]
        super().__init__(message, **kw)


class UnprotectedMarketOrderError(ClientValidationError):
    """A market or stop-loss-market order without market-price protection, and no default
    protection configured (``ClientOptions.market_protection``): refused before sending."""


class AuthError(BrokerError):
    """Authentication failed or is no longer valid."""


class InvalidCredentialsError(AuthError):
    """The broker refused the credentials (API key/secret, checksum, OAuth code)."""


class InvalidApiKeyError(InvalidCredentialsError):
    """The API key is wrong or its app is not active (Samco ``EOAUTH001``)."""


class InvalidApiSecretError(InvalidCredentialsError):
    """The API secret is wrong (Samco ``EOAUTH008``)."""


class TokenExpiredError(AuthError):
    """The session token is expired or revoked and could not be renewed automatically."""


class ForbiddenError(BrokerError):
    """HTTP 403: for Samco, the call did not come from the app's registered static IP."""


class StaticIpError(ForbiddenError):
    """The call came from an IP the app has not registered (Samco ``EOAUTH009``, or HTTP 403 on
    an operation the spec marks ``x-static-ip``): register it, or call from a registered one.
    Nothing was executed."""


class RateLimitedError(BrokerError):
    """The broker answered 429, or the local throttle could not admit the call in time."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)


class ThrottleTimeoutError(RateLimitedError):
    """The local throttle would have had to wait longer than the configured ``max_wait``."""

    def __init__(self, message: str, *, category: str | None = None, **kw: Any) -> None:
        self.category = category
        super().__init__(message, **kw)


class BrokerFailureError(BrokerError):
    """HTTP 2xx whose envelope says the call failed (Samco ``Failure``, Gopocket ``Not_ok``)."""


class OrderRejectedError(BrokerFailureError):
    """An order call (place/modify/cancel/exit/convert) that the broker refused."""


class ServerError(BrokerError):
    """HTTP 5xx from the broker (after any retries that were allowed)."""


class MalformedResponseError(BrokerError):
    """The broker's response does not match the spec; ``raw_body`` holds it, secrets masked."""

    def __init__(self, message: str, *, raw_body: str = "", **kw: Any) -> None:
        self.raw_body = redact(raw_body)
        super().__init__(message, **kw)


class InstrumentMasterError(MalformedResponseError):
    """An instrument master file that cannot be used: a body that is not the CSV file (a
    Gopocket file not starting with ``Exch,``, a header lacking a column the spec requires),
    an HTTP status without a file, or no cached copy where one was required. ``raw_body``
    holds the first bytes of the body; a cached copy is never replaced by such a body."""


class NetworkError(BrokerError):
    """The request could not be completed at the transport level (never an order call whose
    outcome is open: that is :class:`OrderStateUnknownError`)."""


UnknownReason = Literal[
    "timeout", "connection", "server_error", "malformed", "unexpected_status", "partial"
]


@dataclass(frozen=True)
class OrderRequestInfo:
    """What identifies an order call, to find its order in the book afterwards.

    ``fields`` holds the roles of the spec's ``x-order-identity`` (``symbol``, ``exchange``,
    ``side``, ``quantity``, ``price``, ``product``, ``tag``, ``orderNumber``) that the
    request carried, as strings; ``sent_at`` is when it was handed to the network (UTC).
    """

    action: str
    operation: str
    fields: Mapping[str, str] = field(default_factory=dict)
    sent_at: datetime | None = None

    def __post_init__(self) -> None:
        cleaned = {k: redact(str(v)) for k, v in self.fields.items()}
        object.__setattr__(self, "fields", MappingProxyType(cleaned))

    def get(self, role: str) -> str | None:
        return self.fields.get(role)


class OrderStateUnknownError(BrokerError):
    """An order call may or may not have been executed: check before placing it again.

    Raised for every outcome of a place/modify/cancel/exit/convert/square-off call that is
    neither a clear success nor a clear rejection, once the request may have reached the
    broker: a timeout or dropped connection after sending, HTTP 5xx, a 2xx body that is not
    JSON, truncated, too deeply nested or off-spec. It is deliberately not a
    :class:`NetworkError`, :class:`ServerError` or :class:`MalformedResponseError`, so that no
    handler written for "failed" catches it. The library never resends the call.

    ``reason`` says what happened; ``request`` identifies the order (symbol, side, quantity,
    price, tag, sent time); ``order_number`` is the broker's order number if one could be
    read from the response; ``raw_body`` the redacted response text, if any.
    :func:`broker_overlays.orders.resolve_unknown` searches the book for it.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: UnknownReason,
        request: OrderRequestInfo | None = None,
        order_number: str | None = None,
        raw_body: str = "",
        **kw: Any,
    ) -> None:
        self.reason: UnknownReason = reason
        self.request = request
        self.order_number = order_number
        self.raw_body = redact(raw_body)
        super().__init__(message, **kw)


class WebhookVerificationError(BrokerError):
    """A postback without a valid checksum (tampered, unsigned or for another app)."""


def body_excerpt(body: Any, limit: int = 2000) -> str:
    """A redacted, bounded text of a response body for error messages (the cost is bounded by
    ``limit``, not by the body: a 10 MB answer is not redacted whole)."""
    return redact_excerpt(body, limit)
