"""Fault injection for the mock brokers: latency, 5xx answers, malformed bodies, dropped
connections, drawn from a seeded random generator so that a failing run can be replayed.

Per request one uniform draw decides the fault: ``[0, drop)`` drops the connection,
``[drop, drop + error)`` answers ``error_status``, the next ``malformed`` slice garbles the
body, the rest is served normally. A 5xx is answered before anything runs (nothing was
executed); a malformed or dropped response happens after the handler ran, like a response
lost on its way back, which is exactly when an order's state is unknown to the client.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, NoReturn

from starlette.types import Send

__all__ = ["DroppedConnection", "Fault", "FaultConfig", "FaultSwitch", "drop_connection"]

FaultKind = Literal["none", "error", "malformed", "drop"]


class DroppedConnection(ConnectionError):
    """Raised by the app after the response started, so that the server aborts the connection.

    uvicorn closes the socket when an app raises after ``http.response.start``; in-process
    transports (:func:`broker_overlays.mock.in_process`) turn it into the
    ``httpx.RemoteProtocolError`` a client sees over the network.
    """


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """What the fault switch injects; the default injects nothing."""

    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 503
    malformed_rate: float = 0.0
    drop_rate: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.latency_ms < 0:
            raise ValueError("latency_ms must be >= 0")
        rates = (self.error_rate, self.malformed_rate, self.drop_rate)
        if any(not 0.0 <= rate <= 1.0 for rate in rates):
            raise ValueError("error_rate, malformed_rate and drop_rate must be within [0, 1]")
        if sum(rates) > 1.0 + 1e-9:
            raise ValueError("error_rate + malformed_rate + drop_rate must not exceed 1")
        if not 500 <= self.error_status <= 599:
            raise ValueError("error_status must be a 5xx status")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FaultConfig:
        """From the control endpoint's JSON; unknown keys are an error, not silently ignored."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault settings {unknown} (known: {sorted(known)})")
        try:
            return cls(
                latency_ms=int(data.get("latency_ms", 0)),
                error_rate=float(data.get("error_rate", 0.0)),
                error_status=int(data.get("error_status", 503)),
                malformed_rate=float(data.get("malformed_rate", 0.0)),
                drop_rate=float(data.get("drop_rate", 0.0)),
                seed=None if data.get("seed") is None else int(data["seed"]),
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"invalid fault settings: {exc}") from None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def active(self) -> bool:
        return bool(self.latency_ms or self.error_rate or self.malformed_rate or self.drop_rate)


@dataclass(frozen=True, slots=True)
class Fault:
    """The fault drawn for one request."""

    kind: FaultKind = "none"
    latency: float = 0.0
    """Seconds to wait before answering."""
    html: bool = False
    """For ``malformed``: an HTML error page instead of truncated JSON."""


class FaultSwitch:
    """The current :class:`FaultConfig` and its random generator (reseeded on every change)."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self.configure(config or FaultConfig())

    def configure(self, config: FaultConfig) -> None:
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)

    def draw(self) -> Fault:
        with self._lock:
            config = self.config
            latency = config.latency_ms / 1000
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


def malformed_body(body: bytes, *, html: bool) -> tuple[bytes, str]:
    """(body, media type) of a garbled answer: JSON cut in half, or a proxy's HTML page."""
    if html:
        page = (
            "<html><head><title>502 Bad Gateway</title></head>"
            "<body><center><h1>502 Bad Gateway</h1></center></body></html>"
        )
        return page.encode(), "text/html; charset=utf-8"
    text = body if body else json.dumps({"status": "ok"}).encode()
    return text[: max(1, len(text) // 2)], "application/json"


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
