"""Time as the auth code sees it: an injectable clock and Samco's 08:00 IST session cut-off.

Token expiry is decided against a :data:`Clock` passed in by the caller, so tests (and users
in odd environments) can move time across 08:00 IST without sleeping or patching.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from broker_overlays.clock import Clock, system_clock

__all__ = ["IST", "SESSION_CUTOFF", "Clock", "next_ist", "next_session_expiry", "system_clock"]

IST: Final = ZoneInfo("Asia/Kolkata")
"""India Standard Time (UTC+05:30, no daylight saving); both brokers run on it."""

SESSION_CUTOFF: Final = time(8, 0)
"""Samco session tokens, however obtained, stop working at 08:00 IST."""


def next_ist(now: datetime, at: time) -> datetime:
    """The first ``at`` (IST wall-clock time) strictly after ``now`` (timezone-aware)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("an IST boundary needs a timezone-aware datetime")
    local = now.astimezone(IST)
    moment = datetime.combine(local.date(), at, tzinfo=IST)
    # IST has no daylight saving, so adding a day to a wall-clock time is exact.
    return moment if moment > local else moment + timedelta(days=1)


def next_session_expiry(now: datetime) -> datetime:
    """The first 08:00 IST strictly after ``now``: when a Samco token obtained at ``now`` dies."""
    return next_ist(now, SESSION_CUTOFF)
