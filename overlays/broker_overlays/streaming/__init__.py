"""Async streaming clients for both brokers over one shared core.

- :func:`broker_overlays.streaming.samco.stream` / ``SamcoSession.stream()``: Samco market data;
- :func:`broker_overlays.streaming.gopocket.stream` / ``GopocketSession.stream()``: Gopocket
  (Noren) market data and order updates;
- ``session.order_updates()``: one order-event interface on both brokers (Samco polls the
  order book, Gopocket reads the ``om`` feed);
- :class:`~broker_overlays.streaming.sync.ThreadedStream`: callbacks for synchronous code.

Protocol facts come from the AsyncAPI documents bundled in ``samco_stream`` and
``gopocket_stream`` (:mod:`broker_overlays.streaming.catalog`).
"""

from broker_overlays.streaming.core import ConflatingBuffer, Policy, StreamClient, StreamOptions
from broker_overlays.streaming.errors import (
    SessionTakenOverError,
    StreamAuthError,
    StreamClosedError,
    StreamError,
    StreamProtocolError,
)
from broker_overlays.streaming.sync import ThreadedStream
from broker_overlays.streaming.ticks import DepthLevel, OrderEvent, Tick

__all__ = [
    "ConflatingBuffer",
    "DepthLevel",
    "OrderEvent",
    "Policy",
    "SessionTakenOverError",
    "StreamAuthError",
    "StreamClient",
    "StreamClosedError",
    "StreamError",
    "StreamOptions",
    "StreamProtocolError",
    "ThreadedStream",
    "Tick",
]
