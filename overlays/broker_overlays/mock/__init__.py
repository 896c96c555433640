"""Spec-driven mock brokers (ASGI apps) for tests, demos and offline development.

``create_app("samco")`` / ``create_app("gopocket")`` give a Starlette app that serves every
operation of the broker's bundled spec at its root: stateful handlers for sessions and
orders, data of a moving market for quotes and candles (one exchange engine, see
:mod:`broker_overlays.mock.engine`), the spec's own examples for the rest, the brokers'
failure envelopes, rate limits
from the spec, switchable random faults and scripted per-operation faults
(``server_of(app).faults.script("placeOrder", "timeout")``), a drift mode that perturbs read
answers the way real brokers drift (``MockConfig(drift=True)``, ``server_of(app).drift``), and
a request log (``server_of(app).requests``). Serve it with ``scripts/mock-server``, or call it
in process through :func:`in_process` transports (which honour the request's read timeout).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from broker_overlays.clock import Clock
from broker_overlays.mock.app import (
    AsyncTransport,
    Call,
    Envelope,
    Failure,
    MockBroker,
    MockConfig,
    MockServer,
    Reply,
    RequestRecord,
    SpecConformanceError,
    SyncTransport,
    build_app,
    checked_client,
    in_process,
    operation,
    server_of,
    spec_problems,
)
from broker_overlays.mock.drift import Drifter, Perturbation
from broker_overlays.mock.faults import DroppedConnection, FaultConfig, ScriptedFault
from broker_overlays.mock.gopocket import GopocketAccount, GopocketMock
from broker_overlays.mock.samco import SamcoAccount, SamcoMock
from broker_overlays.mock.universe import Universe, load_symbols

__all__ = [
    "AsyncTransport",
    "Call",
    "Drifter",
    "DroppedConnection",
    "Envelope",
    "Failure",
    "FaultConfig",
    "GopocketAccount",
    "GopocketMock",
    "MockBroker",
    "MockConfig",
    "MockServer",
    "Perturbation",
    "Reply",
    "RequestRecord",
    "SamcoAccount",
    "SamcoMock",
    "ScriptedFault",
    "SpecConformanceError",
    "SyncTransport",
    "build_app",
    "checked_client",
    "create_app",
    "in_process",
    "operation",
    "server_of",
    "spec_problems",
]


def create_app(
    broker: str,
    *,
    config: MockConfig | None = None,
    clock: Clock | None = None,
    **account: Any,
) -> Starlette:
    """A mock app with fresh seeded state; ``account`` fields override the defaults
    (Samco: ``api_key``, ``api_secret``, ``redirect_url`` ...; Gopocket: ``app_code``,
    ``api_secret``, ``user_id``, ``redirect_url`` ...). ``config.symbols`` (a CSV file) extends
    the default symbol universe, ``config.seed`` seeds the market. ``clock`` (default: real
    time) drives sessions, acceptance delays and the market; a frozen clock keeps prices still."""
    config = config or MockConfig()
    universe = Universe()
    if config.symbols is not None:
        universe = universe.extended(load_symbols(config.symbols))
    options: dict[str, Any] = {"instruments": universe, "seed": config.seed}
    if clock is not None:
        options["clock"] = clock
    if broker == "samco":
        state: MockBroker = SamcoMock(SamcoAccount(**account), **options)
    elif broker == "gopocket":
        state = GopocketMock(GopocketAccount(**account), **options)
    else:
        raise ValueError(f"unknown broker {broker!r} (known: gopocket, samco)")
    return build_app(broker, state, config=config)
