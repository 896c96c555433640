"""Time, as every overlay sees it: one injectable clock protocol for auth and the throttle.

:data:`Clock` is what the auth code needs: the current wall time, timezone-aware (token
expiry, Samco's 08:00 IST cut-off). :class:`TimerClock` extends it with what a throttle needs:
millisecond stamps and sleeping. :class:`SystemClock` is both; tests inject fakes to step
through days without sleeping.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Returns the current time as a timezone-aware :class:`~datetime.datetime`."""

    def __call__(self) -> datetime: ...


class TimerClock(Clock, Protocol):
    """A clock that can also stamp in milliseconds and wait (the throttle's clock).

    ``now_ms`` stamps admissions (memory and SQLite backends; Redis stamps with the server's
    ``TIME``) and measures ``max_wait``; the sleeps are how a throttle waits.
    """

    def now_ms(self) -> int: ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Real time. ``now_ms`` is monotonic for one process, or wall time (``wall=True``) when
    stamps are compared across processes (SQLite)."""

    def __init__(self, *, wall: bool = False) -> None:
        self._ns = time.time_ns if wall else time.monotonic_ns

    def __call__(self) -> datetime:
        return datetime.now(UTC)

    def now_ms(self) -> int:
        return self._ns() // 1_000_000

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def system_clock() -> datetime:
    """The real current time, aware (UTC)."""
    return datetime.now(UTC)
