"""Where a budget lives: the :class:`Backend` base and the store of one budget.

A store's :meth:`~BudgetStore.attempt` is one atomic check-and-admit against every window of
a budget. :class:`BucketStore` wraps a pyrate-limiter bucket (SQLite); the memory backend keeps a native
window log, and the Redis backend runs a Lua script stamped with the server's time.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from contextvars import ContextVar
from typing import Any, NamedTuple, Protocol

from pyrate_limiter import AbstractBucket, Decision, Rate, RateItem

from broker_overlays.clock import TimerClock
from broker_overlays.throttle.windows import ThrottleConfigError

_LEAK_EVERY_MS = 10_000  # pyrate's own leak interval: drop entries older than the longest window


_LAST_ADMITTED: ContextVar[int | None] = ContextVar("broker_throttle_last_admitted", default=None)


def last_admitted_ms() -> int | None:
    """Backend timestamp (ms) of the current thread's or task's latest admission.

    Monotonic ms for :class:`MemoryBackend`, epoch ms for SQLite and Redis. It lets logs
    (and tests) line admissions up with the windows exactly, without a second clock read.
    """
    return _LAST_ADMITTED.get()


class Attempt(NamedTuple):
    admitted: bool
    at_ms: int  # the admission's stamp, in the backend's time base
    wait_ms: int  # when refused: how long until a slot frees up


class BudgetStore(Protocol):
    """One budget: an atomic "admit one call now, or say how long to wait"."""

    blocking_io: bool

    def attempt(self) -> Attempt: ...

    def close(self) -> None: ...


class BucketStore:
    """One pyrate bucket behind a process lock, so stamping and putting are one step.

    Stamping inside the lock (and inside the SQLite file lock) keeps the stored stamps in
    order; a caller stamping first and putting later could slip an older entry in behind a
    newer one and overfill a window.
    """

    def __init__(
        self,
        bucket: AbstractBucket,
        *,
        stamp: Callable[[], int],
        guard: AbstractContextManager[Any] | None = None,
        blocking_io: bool = False,
        leaks: bool = True,
    ) -> None:
        self.bucket = bucket
        self.blocking_io = blocking_io
        self._stamp = stamp
        self._guard: AbstractContextManager[Any] = guard if guard is not None else nullcontext()
        self._leaks = leaks
        self._last_leak_ms: int | None = None
        self._lock = threading.Lock()

    def attempt(self) -> Attempt:
        with self._lock, self._guard:
            item = RateItem("throttle", self._stamp())
            decision = self.bucket.put_decision(item)
            if not isinstance(decision, Decision):  # only sync buckets are built here
                raise TypeError(f"{type(self.bucket).__name__} returned an awaitable")
            if decision.allowed:
                self._maybe_leak(item.timestamp)
                return Attempt(True, item.timestamp, 0)
            wait = decision.retry_after_ms
            if wait is None:
                waiting = self.bucket.waiting(item)
                wait = waiting if isinstance(waiting, int) else 1
            return Attempt(False, item.timestamp, max(1, wait))

    def _maybe_leak(self, now_ms: int) -> None:
        if not self._leaks:
            return
        if self._last_leak_ms is None or now_ms - self._last_leak_ms >= _LEAK_EVERY_MS:
            self._last_leak_ms = now_ms
            self.bucket.leak(now_ms)

    def close(self) -> None:
        with self._lock:
            self.bucket.close()


class Backend(ABC):
    """Where budgets live: throttles on one backend object with the same key share a budget."""

    blocking_io = False  # whether async callers must run an attempt in a worker thread

    def __init__(self, clock: TimerClock) -> None:
        self.clock = clock
        self._stores: dict[str, tuple[tuple[tuple[int, int], ...], BudgetStore]] = {}
        self._lock = threading.Lock()

    def store(self, key: str, rates: Sequence[Rate]) -> BudgetStore:
        """The shared store of ``key``; one key may not be given two different budgets."""
        shape = tuple((r.limit, r.interval) for r in rates)
        with self._lock:
            found = self._stores.get(key)
            if found is not None:
                if found[0] != shape:
                    raise ThrottleConfigError(
                        f"budget {key!r} already exists with windows {found[0]}, not {shape}"
                    )
                return found[1]
            store = self._open(key, list(rates))
            self._stores[key] = (shape, store)
            return store

    @abstractmethod
    def _open(self, key: str, rates: list[Rate]) -> BudgetStore:
        """Build the store of a new key."""

    def close(self) -> None:
        """Release connections; the backend must not be used afterwards."""
        with self._lock:
            for _, store in self._stores.values():
                store.close()
            self._stores.clear()
