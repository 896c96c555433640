"""Budgets shared by the threads and asyncio tasks of one process (the default backend)."""

from __future__ import annotations

from pyrate_limiter import InMemoryBucket, Rate

from broker_overlays.clock import SystemClock, TimerClock
from broker_overlays.throttle.stores import Backend, BucketStore


class MemoryBackend(Backend):
    """Budgets shared by the threads and asyncio tasks of this process."""

    def __init__(self, *, clock: TimerClock | None = None) -> None:
        super().__init__(clock if clock is not None else SystemClock())

    def _open(self, key: str, rates: list[Rate]) -> BucketStore:
        return BucketStore(InMemoryBucket(rates), stamp=self.clock.now_ms)
