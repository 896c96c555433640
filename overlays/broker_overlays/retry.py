"""When a call may be sent again, and how long to wait first.

Only operations the spec marks ``x-idempotent: true`` (reads) are ever retried: our brokers
have no idempotency keys, so a repeated order call could be a second order. Retried are
transport errors, 429 and 502/503/504, with exponential backoff, jitter and ``Retry-After``
(honoured up to a cap; a longer demand is surfaced as an error instead of a long sleep).
"""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

DEFAULT_RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Retry settings for safe-to-repeat operations (Stripe-like defaults)."""

    max_attempts: int = 4
    """Total attempts including the first; 1 disables retries."""
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    """A ``Retry-After`` longer than this is not waited for: the error is raised instead."""
    statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def backoff(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry).

        Exponential ``base * 2**(n-1)`` capped at ``max_delay``, with "equal jitter" (half
        fixed, half random) so that many clients do not retry in lock-step; a server's
        ``Retry-After`` is a floor.
        """
        exp = min(self.max_delay, self.base_delay * 2.0 ** (retry_number - 1))
        delay = exp / 2 + self.random() * exp / 2
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def may_retry_status(
        self, status_code: int, retry_after: float | None, also: frozenset[int] = frozenset()
    ) -> bool:
        """Whether a read answered ``status_code`` may be resent (``also``: the operation's own
        transient statuses, from the spec)."""
        if status_code not in self.statuses and status_code not in also:
            return False
        return retry_after is None or retry_after <= self.max_retry_after

    @staticmethod
    def may_retry_exception(exc: Exception) -> bool:
        return isinstance(exc, httpx.TransportError)


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
