"""Callbacks for synchronous code: the stream's event loop runs in a background thread.

::

    with ThreadedStream(lambda: client.stream("2885_NSE"), on_tick=print) as running:
        running.subscribe("11536_NSE")       # thread-safe
        time.sleep(60)

``on_tick`` (and ``on_order``) run in the stream's thread, one at a time; a slow callback
only delays that thread (the stream's buffer policy decides what a slow consumer sees). An
error that ends the stream (``StreamAuthError``, ``SessionTakenOverError`` ...) goes to
``on_error`` and is re-raised by :meth:`ThreadedStream.stop` / :meth:`join` when no
``on_error`` is given.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any, Self

from broker_overlays.streaming.core import InstrumentLike, StreamClient
from broker_overlays.streaming.ticks import OrderEvent, Tick

log = logging.getLogger("broker_overlays.streaming")


class ThreadedStream:
    """Run a stream (made by ``factory`` inside the background loop, or passed ready) in a
    daemon thread, calling ``on_tick`` per tick and ``on_order`` per order event."""

    def __init__(
        self,
        stream: StreamClient | Callable[[], StreamClient],
        *,
        on_tick: Callable[[Tick], object] | None = None,
        on_order: Callable[[OrderEvent], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        orders: AsyncIterator[OrderEvent] | None = None,
    ) -> None:
        self._factory = (
            stream if callable(stream) and not isinstance(stream, StreamClient) else None
        )
        self._stream: StreamClient | None = stream if isinstance(stream, StreamClient) else None
        self.on_tick = on_tick
        self.on_order = on_order
        self.on_error = on_error
        self._orders = orders
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self.error: BaseException | None = None

    @property
    def stream(self) -> StreamClient:
        if self._stream is None:
            raise RuntimeError("the stream is made when the thread starts")
        return self._stream

    def start(self) -> Self:
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._main, name="broker-stream", daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    def _main(self) -> None:
        try:
            asyncio.run(self._amain())
        except BaseException as exc:  # reported, never lost in the thread
            self.error = exc

    async def _amain(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        if self._stream is None:
            assert self._factory is not None
            self._stream = self._factory()
        stream = self._stream
        self._started.set()
        tasks = [asyncio.create_task(self._ticks(stream))]
        if self.on_order is not None:
            tasks.append(asyncio.create_task(self._order_events(stream)))
        stopper = asyncio.create_task(self._stop.wait())
        try:
            await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        finally:
            await stream.aclose()
            for task in [*tasks, stopper]:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                self._report(task.exception())

    def _report(self, exc: BaseException | None) -> None:
        if exc is None:
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            self.error = exc

    async def _ticks(self, stream: StreamClient) -> None:
        async with stream:
            async for tick in stream:
                if self.on_tick is not None:
                    try:
                        self.on_tick(tick)
                    except Exception:
                        log.exception("on_tick callback failed")

    async def _order_events(self, stream: StreamClient) -> None:
        source = self._orders if self._orders is not None else stream.orders()
        async for event in source:
            if self.on_order is not None:
                try:
                    self.on_order(event)
                except Exception:
                    log.exception("on_order callback failed")

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("start() the stream first")
        loop.call_soon_threadsafe(lambda: fn(*args, **kwargs))

    def subscribe(self, *instruments: InstrumentLike, depth: bool = False) -> None:
        """Thread-safe :meth:`StreamClient.subscribe`."""
        self._call(self.stream.subscribe, *instruments, depth=depth)

    def unsubscribe(self, *instruments: InstrumentLike) -> None:
        self._call(self.stream.unsubscribe, *instruments)

    def stop(self, timeout: float = 5.0) -> None:
        """Close the stream and join the thread; re-raises an error that ended it (when no
        ``on_error`` took it)."""
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        self.join(timeout)

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
