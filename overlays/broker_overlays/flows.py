"""One flow, two drivers: the logic of an overlay call is written once, its I/O run either way.

A *flow* is a generator that holds all of a call's logic and none of its I/O: where it needs
I/O it yields an *effect* (call a generated operation, sleep, take a lock ...) and receives
the effect's result from ``send()``, or its exception from ``throw()``, so that ``try``/
``except``/``with`` inside the flow work as if the I/O had been done in place. The flow's
``return`` value is the call's result. (The pattern of httpx's ``Auth.auth_flow``, whose
generator yields requests and receives responses.)

An effect knows both ways of doing its I/O: :meth:`Effect.run` (blocking) and
:meth:`Effect.arun` (awaitable). The two drivers, :func:`run` and :func:`arun`, are the only
places where a flow meets the one or the other, so a sync/async pair of public functions is
one flow and two one-line entry points::

    def fetch(self) -> StoredToken:
        return run(self._fetch_flow())

    async def afetch(self) -> StoredToken:
        return await arun(self._fetch_flow())

Effects offered here: :class:`Call` (a generated operation's ``sync_detailed`` /
``asyncio_detailed``), :class:`Sleep`, and :class:`Io` (any pair of callables); modules define
their own where that reads better (the transport's send, the throttle's store attempt).
Sub-flows compose with ``yield from``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

__all__ = ["Call", "Effect", "Flow", "Io", "Sleep", "arun", "run"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Effect(Protocol[T_co]):
    """One piece of I/O a flow asks for, doable blocking or awaited."""

    def run(self) -> T_co:
        """Do it in the calling thread (the sync driver)."""
        ...

    async def arun(self) -> T_co:
        """Do it on the running event loop (the async driver)."""
        ...


Flow: TypeAlias = Generator[Effect[Any], Any, T]
"""A generator that yields effects, is sent their results and returns ``T``."""


def run(flow: Flow[T]) -> T:
    """Drive ``flow`` to its end, doing each effect blocking; returns what the flow returns.

    An effect's exception (any ``BaseException``) is thrown into the flow at its ``yield``;
    one the flow lets through propagates from here.
    """
    send, failed = flow.send, False
    reply: Any = None
    while True:
        try:
            # Thrown in outside the ``except`` below, so that an error the flow raises after
            # handling this one does not get it as its ``__context__``.
            effect = flow.throw(reply) if failed else send(reply)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            reply = None  # no reference cycle through this frame's traceback
        try:
            reply, failed = effect.run(), False
        except BaseException as exc:  # handed to the flow, which decides
            reply, failed = exc, True


async def arun(flow: Flow[T]) -> T:
    """:func:`run` with each effect awaited on the running event loop."""
    send, failed = flow.send, False
    reply: Any = None
    while True:
        try:
            effect = flow.throw(reply) if failed else send(reply)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            reply = None
        try:
            reply, failed = await effect.arun(), False
        except BaseException as exc:  # handed to the flow, which decides
            reply, failed = exc, True


@dataclass(slots=True)
class Call:
    """Call a generated operation module (e.g. ``samco_client.api.session.logout``): its
    ``sync_detailed(**kwargs)`` or ``await asyncio_detailed(**kwargs)``; the result is the
    generated ``Response``."""

    operation: ModuleType
    kwargs: Mapping[str, Any]

    def run(self) -> Any:
        return self.operation.sync_detailed(**self.kwargs)

    async def arun(self) -> Any:
        return await self.operation.asyncio_detailed(**self.kwargs)


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds`` with ``sleep`` (sync driver) or ``async_sleep`` (async driver)."""

    seconds: float
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def run(self) -> None:
        self.sleep(self.seconds)

    async def arun(self) -> None:
        await self.async_sleep(self.seconds)


@dataclass(slots=True)
class Io(Generic[T]):
    """Any other twin I/O: ``sync()`` for the sync driver, ``await async_()`` for the async
    one (e.g. ``Io(response.close, response.aclose)``); both are looked up when the effect
    is made, so an object with only one of them wants an effect class of its own."""

    sync: Callable[[], T]
    async_: Callable[[], Awaitable[T]]

    def run(self) -> T:
        return self.sync()

    async def arun(self) -> T:
        return await self.async_()
