"""Window arithmetic: which published windows bind, and how a :class:`SafetyMargin` turns
them into the windows a client enforces (longer by a time guard, smaller by headroom)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from pyrate_limiter import Rate, validate_rate_list

from broker_overlays.spec_catalog import RateWindow

__all__ = [
    "DEFAULT_MARGIN",
    "EXACT_MARGIN",
    "EnforcedWindow",
    "SafetyMargin",
    "ThrottleConfigError",
    "enforced_windows",
    "normalize_windows",
    "rates",
]


class ThrottleConfigError(ValueError):
    """Windows that cannot be enforced, or a category the throttle does not know.

    An unknown category is an error rather than "unmetered": a typo must not silently turn
    off throttling. Categories the spec lists with no windows are unmetered.
    """


@dataclass(frozen=True)
class SafetyMargin:
    """How much stricter than published the client enforces each window (see the module doc).

    ``guard_ms``: every window is enforced as ``seconds * 1000 + guard_ms`` long, so calls
    whose delays from admission to arrival at the broker differ by up to ``guard_ms`` still
    land in the published window. ``headroom``: the fraction of every limit left unused,
    ``floor(limit * (1 - headroom))`` but at least 1 (room for calls the throttle does not
    see). Both apply to every window and backend alike.
    """

    guard_ms: int = 0
    headroom: float = 0.0

    def __post_init__(self) -> None:
        if isinstance(self.guard_ms, bool) or not isinstance(self.guard_ms, int):
            raise ThrottleConfigError(f"guard_ms must be an int, not {self.guard_ms!r}")
        if self.guard_ms < 0:
            raise ThrottleConfigError(f"guard_ms must be >= 0, not {self.guard_ms}")
        if not 0 <= self.headroom < 1:
            raise ThrottleConfigError(f"headroom must be in [0, 1), not {self.headroom}")

    @classmethod
    def exact(cls) -> SafetyMargin:
        """No margin: admit exactly what each published window allows (servers, tests)."""
        return EXACT_MARGIN

    @property
    def is_exact(self) -> bool:
        return self.guard_ms == 0 and self.headroom == 0

    def enforced(self, window: RateWindow) -> EnforcedWindow:
        """The window as this margin enforces it."""
        # The epsilon keeps float noise (10 * (1 - 0.3) = 6.999...) from costing a call.
        limit = max(1, math.floor(window.limit * (1 - self.headroom) + 1e-9))
        return EnforcedWindow(limit, _interval_ms(window) + self.guard_ms)


EXACT_MARGIN = SafetyMargin()
"""Admit exactly the published limits; the mock broker counts with it."""

DEFAULT_MARGIN = SafetyMargin(guard_ms=40)
"""What clients use unless told otherwise; chosen by measurement (module docstring)."""


class EnforcedWindow(NamedTuple):
    """At most ``limit`` admissions in any closed window of ``ms`` milliseconds."""

    limit: int
    ms: int


def _interval_ms(window: RateWindow) -> int:
    return round(window.seconds * 1000)


def _implies(a: EnforcedWindow, b: EnforcedWindow) -> bool:
    """Whether obeying ``a`` already guarantees ``b`` (so ``b`` never binds)."""
    if a.ms >= b.ms:
        return a.limit <= b.limit  # every b-window lies inside an a-window
    # A sliding a-window admits at most a.limit * ceil(b.ms / a.ms) calls in any b span.
    return b.limit >= a.limit * -(-b.ms // a.ms)


def _prune(spans: Sequence[EnforcedWindow], where: str) -> tuple[EnforcedWindow, ...]:
    """Sorted by length, without the spans that never bind; refused if pyrate cannot take it."""
    kept: list[EnforcedWindow] = []
    for span in sorted(set(spans), key=lambda s: (s.ms, s.limit)):
        if any(_implies(k, span) for k in kept):
            continue
        kept = [k for k in kept if not _implies(span, k)]
        kept.append(span)
    if kept and not validate_rate_list(rates(kept)):
        raise ThrottleConfigError(
            f"rate windows{where} cannot be enforced together: {kept} (a longer window that "
            "still binds may not allow a higher rate per second than a shorter one)"
        )
    return tuple(kept)


def normalize_windows(
    windows: Sequence[RateWindow], *, category: str = ""
) -> tuple[RateWindow, ...]:
    """Sort by length and drop windows that never bind, as pyrate-limiter requires.

    pyrate rejects rate lists whose limits do not grow or whose per-second density rises
    (e.g. Gopocket data: 10/s with 1000/min); such a longer window is implied by the shorter
    one and is dropped. A window that binds yet allows a higher density cannot be expressed
    and raises :class:`ThrottleConfigError`.
    """
    where = f" of category {category!r}" if category else ""
    for window in windows:
        if window.limit < 1 or _interval_ms(window) < 1:
            raise ThrottleConfigError(f"invalid rate window{where}: {window}")
    by_span = {EXACT_MARGIN.enforced(w): w for w in windows}
    return tuple(by_span[span] for span in _prune(list(by_span), where))


def enforced_windows(
    windows: Sequence[RateWindow], margin: SafetyMargin, *, category: str = ""
) -> tuple[EnforcedWindow, ...]:
    """What a throttle with ``margin`` enforces for ``windows`` (normalised, then margined).

    Margined windows are pruned again: headroom can make a window imply another one.
    """
    where = f" of category {category!r}" if category else ""
    normal = normalize_windows(windows, category=category)
    return _prune([margin.enforced(w) for w in normal], where)


def rates(windows: Sequence[EnforcedWindow]) -> list[Rate]:
    return [Rate(w.limit, w.ms) for w in windows]
