"""Budgets shared by the threads and asyncio tasks of one process (the default backend).

The store is a sliding-window log of admission stamps, like pyrate-limiter's
``InMemoryBucket`` and with its rule (a window counts the stamps in ``[now - interval, now]``;
a refused call may retry ``1 ms`` after the blocking stamp leaves), but native: one lock, no
item objects, no leak thread. It sits on every request's path, where ``Throttle.acquire`` took
10.5 µs over the pyrate bucket and takes 3.4 µs over this log (timeit, one machine, minutes apart).
``tests/test_throttle.py`` checks it decides like the pyrate bucket on random traffic.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable

from pyrate_limiter import Rate

from broker_overlays.clock import SystemClock, TimerClock
from broker_overlays.throttle.stores import Attempt, Backend


class WindowLogStore:
    """One budget's admission stamps, oldest first, trimmed to what the longest window sees."""

    blocking_io = False

    def __init__(self, rates: list[Rate], *, stamp: Callable[[], int]) -> None:
        self._windows = tuple((r.limit, r.interval) for r in rates)
        self._horizon = max((r.interval for r in rates), default=0)
        self._stamp = stamp
        self._log: list[int] = []
        self._lock = threading.Lock()

    def attempt(self) -> Attempt:
        with self._lock:
            now = self._stamp()
            log = self._log
            size = len(log)
            wait = 0
            for limit, interval in self._windows:
                if size >= limit:
                    blocking = log[size - limit]  # the limit-th newest stamp
                    if blocking >= now - interval:
                        wait = max(wait, blocking + interval - now + 1)
            if wait:
                return Attempt(False, now, wait)
            if size and log[0] < now - self._horizon:  # stamps no window can see any more
                del log[: bisect_left(log, now - self._horizon)]
            log.append(now)
            return Attempt(True, now, 0)

    def close(self) -> None:
        with self._lock:
            self._log.clear()


class MemoryBackend(Backend):
    """Budgets shared by the threads and asyncio tasks of this process."""

    def __init__(self, *, clock: TimerClock | None = None) -> None:
        super().__init__(clock if clock is not None else SystemClock())

    def _open(self, key: str, rates: list[Rate]) -> WindowLogStore:
        return WindowLogStore(rates, stamp=self.clock.now_ms)
