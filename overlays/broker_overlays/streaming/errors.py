"""Typed errors of the streaming clients (part of the one :mod:`broker_overlays.errors`
hierarchy: each is a :class:`~broker_overlays.errors.BrokerError`, texts redacted)."""

from __future__ import annotations

from broker_overlays.errors import AuthError, BrokerError


class StreamError(BrokerError):
    """Base class of every streaming error."""


class StreamAuthError(StreamError, AuthError):
    """The broker refused the stream's credentials (a refused upgrade, a rejected connect
    frame), also after renewing them once."""


class StreamClosedError(StreamError):
    """The stream ended for good: closed by the user, or reconnecting gave up after the
    spec's ``x-reconnect`` attempts."""


class SessionTakenOverError(StreamClosedError):
    """Another session of the same account took the connection over (Noren closes the older
    connection with code 1000 right after the newer one authenticates). Reconnecting would
    start a fight between the two, so the stream stops instead."""


class StreamProtocolError(StreamError):
    """A frame the client could not use (not JSON, not a known message); counted and
    skipped by the read loop, raised only by explicit parse calls."""


__all__ = [
    "SessionTakenOverError",
    "StreamAuthError",
    "StreamClosedError",
    "StreamError",
    "StreamProtocolError",
]
