"""WebSocket streams of the mock brokers, speaking each broker's protocol as the AsyncAPI
documents in ``specs/streams/`` describe it, fed by the mock market and the mock order store.

* Samco: ``ws://<mock>/stream`` (:data:`~broker_overlays.mock.streams.samco.SAMCO_STREAM_PATH`),
  see :mod:`broker_overlays.mock.streams.samco`.
* Gopocket: ``ws://<mock>/NorenWSWEBCODIFI/`` (also ``/NorenWSWeb/``, ``/NorenWS/``), see
  :mod:`broker_overlays.mock.streams.gopocket`.

Ticks every ``MockConfig.stream_interval_ms`` (default 200; 0: only on demand) per subscribed
symbol, at the mock clock's prices (the REST quotes' numbers at the same instant). Control and
introspection (``MockServer.streams``, a :class:`~broker_overlays.mock.streams.common.StreamHub`):

``GET /__mock__/streams``   live connections: id, account, ``subscriptions`` (group -> sorted
                            keys), frame counts; ``?frames=1`` adds each frame log (the last
                            500 frames received/sent), ``?closed=1`` the last closed ones
``POST /__mock__/streams``  ``{"action": "drop"|"stall"|"malformed"|"off_spec"|"burst",
                            "connection": id (default: all live), "code": close code (drop),
                            "seconds": S (stall), "ticks": N (burst)}`` acts now

Faults armed for later (after N frames, on the next login) are the ``stream`` list of
``POST /__mock__/faults`` (:class:`~broker_overlays.mock.faults.StreamFault`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.routing import BaseRoute, WebSocketRoute
from starlette.websockets import WebSocket

from broker_overlays.mock.streams.common import (
    FRAME_LOG_SIZE,
    POLICY_VIOLATION,
    Connection,
    FrameRecord,
    StreamHub,
    problems,
    schema_validator,
)

if TYPE_CHECKING:
    from broker_overlays.mock.app import MockServer

__all__ = [
    "FRAME_LOG_SIZE",
    "POLICY_VIOLATION",
    "Connection",
    "FrameRecord",
    "StreamHub",
    "apply_action",
    "problems",
    "schema_validator",
    "stream_routes",
]


def stream_routes(server: MockServer) -> list[BaseRoute]:
    """The WebSocket routes of ``server``'s broker."""
    if server.broker == "samco":
        from broker_overlays.mock.streams.samco import SAMCO_STREAM_PATH, serve_samco

        return [WebSocketRoute(SAMCO_STREAM_PATH, _endpoint(serve_samco(server)))]
    if server.broker == "gopocket":
        from broker_overlays.mock.streams.gopocket import GOPOCKET_STREAM_PATHS, serve_gopocket

        endpoint = _endpoint(serve_gopocket(server))
        return [WebSocketRoute(path, endpoint) for path in GOPOCKET_STREAM_PATHS]
    return []


def _endpoint(stream: Callable[[WebSocket], Awaitable[None]]) -> Callable[..., Any]:
    """A WebSocket endpoint function (Starlette takes other callables for ASGI apps)."""

    async def endpoint(websocket: WebSocket) -> None:
        await stream(websocket)

    return endpoint


def _int(body: dict[str, Any], name: str, default: int | None) -> int | None:
    value = body.get(name, default)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ValueError(f"{name} must be an integer")
    return value


def apply_action(hub: StreamHub, body: Any) -> int:
    """``POST /__mock__/streams``: act on live connections now; how many were acted on
    (ValueError names the problem)."""
    if not isinstance(body, dict):
        raise ValueError("send a JSON object")
    known = {"action", "connection", "code", "seconds", "ticks"}
    unknown = sorted(set(body) - known)
    if unknown:
        raise ValueError(f"unknown keys {unknown} (known: {sorted(known)})")
    action = body.get("action")
    connection = _int(body, "connection", None)
    if action == "drop":
        return hub.drop(connection, _int(body, "code", 1011) or 1011)
    if action == "stall":
        seconds = body.get("seconds", 5)
        if not isinstance(seconds, int | float) or isinstance(seconds, bool):
            raise ValueError("seconds must be a number")
        return hub.stall(float(seconds), connection)
    if action in ("malformed", "off_spec"):
        return hub.malformed(connection, off_spec=action == "off_spec")
    if action == "burst":
        return hub.burst(_int(body, "ticks", 1) or 0, connection)
    raise ValueError("action must be one of drop, stall, malformed, off_spec, burst")
