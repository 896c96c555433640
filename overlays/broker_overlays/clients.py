"""Build generated clients whose httpx clients carry the overlays (shared by both facades).

The generated ``Client`` / ``AuthenticatedClient`` are handed pre-built ``httpx.Client`` and
``httpx.AsyncClient`` objects (``set_httpx_client`` / ``set_async_httpx_client``) whose
transport is one :class:`~broker_overlays.transport.BrokerTransport` and whose auth is a
:class:`~broker_overlays.auth.TokenAuth`, so users keep calling the generated operations,
sync or async, unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

from broker_overlays import arguments
from broker_overlays.auth.token_auth import TokenAuth
from broker_overlays.drift import DriftLog, DriftMode
from broker_overlays.redaction import install_log_redaction
from broker_overlays.retry import RetryPolicy
from broker_overlays.spec_catalog import RateWindow, Router, catalog
from broker_overlays.throttle import DEFAULT_MARGIN, Backend, SafetyMargin, Throttle
from broker_overlays.transport import BrokerTransport, UnknownPathPolicy


@dataclass(frozen=True)
class ClientOptions:
    """Transport-level settings of a facade client (all optional)."""

    base_url: str | None = None
    """Where the broker is (default: the spec's server). Operations declared on another host
    (Gopocket charts) are sent to ``base_url`` too when it is given, unless ``servers`` says
    otherwise."""
    servers: Mapping[str, str] = field(default_factory=dict)
    throttle: bool = True
    rate_limits: Mapping[str, Sequence[RateWindow]] | None = None
    """Replace whole rate-limit categories of the spec (e.g. Samco's conservative defaults)."""
    throttle_backend: Backend | None = None
    throttle_margin: SafetyMargin = DEFAULT_MARGIN
    """How far inside the published windows to stay, so that the limit holds as the broker
    counts arrivals after network jitter (default: windows 40 ms longer; see the benchmark)."""
    account: str = "default"
    max_wait: float | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 30.0
    validate_requests: bool = True
    response_validation: DriftMode | None = None
    """Check 2xx bodies against the spec: "strict" raises on a mismatch, "warn" returns the
    answer and records the drift, "off" does not check (see :mod:`broker_overlays.drift`).
    Default: env ``BROKER_RESPONSE_VALIDATION``, else "strict" under pytest and "warn"
    otherwise. Order calls are always checked: an off-spec answer to an order is "state
    unknown", never a success."""
    drift_log: str | Path | None = None
    """Append every drift record to this JSONL file (default: env ``BROKER_DRIFT_LOG``)."""
    market_protection: str | None = None
    """The protection (a percentage, e.g. "2") to add to market and stop-loss-market orders
    sent without one (the spec's ``x-market-protection``); None: such an order is refused
    before sending (:class:`~broker_overlays.errors.UnprotectedMarketOrderError`)."""
    unknown_paths: UnknownPathPolicy | None = None
    """A request matching no spec operation: "raise", or "warn" and send it unchecked.
    Default: raise under pytest, warn otherwise."""
    transport: httpx.BaseTransport | None = None
    """Inner transports (tests, mock brokers); default: httpx's network transports."""
    async_transport: httpx.AsyncBaseTransport | None = None

    def __post_init__(self) -> None:
        # Checked here, so that a bad URL fails when the options are made (or a facade's
        # keyword overrides applied), before any client exists or anything is sent.
        if self.base_url is not None:
            arguments.http_url("base_url", self.base_url)
        arguments.url_mapping("servers", self.servers)


class ClientOptionsKw(TypedDict, total=False):
    """The fields of :class:`ClientOptions` as typed keyword arguments of the facades
    (``samco.connect(key, secret, base_url=..., max_wait=2.0)``); mypy checks names and types.
    A test keeps the two in step."""

    base_url: str | None
    servers: Mapping[str, str]
    throttle: bool
    rate_limits: Mapping[str, Sequence[RateWindow]] | None
    throttle_backend: Backend | None
    throttle_margin: SafetyMargin
    account: str
    max_wait: float | None
    retry: RetryPolicy
    timeout: float
    validate_requests: bool
    response_validation: DriftMode | None
    drift_log: str | Path | None
    market_protection: str | None
    unknown_paths: UnknownPathPolicy | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None


class GeneratedClient(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


C = TypeVar("C", bound=GeneratedClient)


def base_url(broker: str, options: ClientOptions) -> str:
    return options.base_url or catalog(broker).default_server


def broker_transport(
    broker: str, options: ClientOptions, router: Router | None = None
) -> BrokerTransport:
    servers = dict(options.servers)
    if options.base_url:
        for op in catalog(broker).operations:
            for server in op.servers:
                servers.setdefault(server, options.base_url)
    throttle = (
        Throttle.for_broker(
            broker,
            overrides=options.rate_limits,
            backend=options.throttle_backend,
            account=options.account,
            max_wait=options.max_wait,
            margin=options.throttle_margin,
        )
        if options.throttle
        else None
    )
    return BrokerTransport(
        broker,
        transport=options.transport,
        async_transport=options.async_transport,
        throttle=throttle,
        retry=options.retry,
        servers=servers,
        router=router or catalog(broker).router(base_url(broker, options)),
        unknown_paths=options.unknown_paths,
        validate_requests=options.validate_requests,
        response_validation=options.response_validation,
        drift_log=DriftLog(options.drift_log),
        market_protection=options.market_protection,
    )


def attach(
    client: C,
    broker: str,
    options: ClientOptions,
    *,
    auth: httpx.Auth | None = None,
    transport: BrokerTransport | None = None,
) -> C:
    """Give ``client`` sync and async httpx clients that carry the overlays."""
    install_log_redaction()
    url = base_url(broker, options)
    router = catalog(broker).router(url)
    if isinstance(auth, TokenAuth):
        auth.router = router
    transport = transport or broker_transport(broker, options, router)
    timeout = httpx.Timeout(options.timeout)
    client.set_httpx_client(
        httpx.Client(base_url=url, auth=auth, transport=transport, timeout=timeout)
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=url, auth=auth, transport=transport, timeout=timeout)
    )
    return client
