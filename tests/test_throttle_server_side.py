"""Never above the limit *as the broker's server counts*: admissions plus network delay.

The broker counts arrivals, and each call reaches it some delay after the throttle admitted
it. With the default margin every window is enforced ``guard_ms`` longer, so any delays that
differ by at most ``guard_ms`` keep the arrivals inside the published windows; with the exact
margin, calls admitted at a window's edge can land in the same server-side window. Clocks and
delays here are simulated (fake clocks, seeded delays); the measured figures are in the
benchmark (``scripts/bench-throttle``, docs/bench-throttle.md).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx
import pytest

from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.mock import create_app
from broker_overlays.mock.app import server_of
from broker_overlays.spec_catalog import RateWindow, catalog
from broker_overlays.throttle import (
    DEFAULT_MARGIN,
    EXACT_MARGIN,
    MemoryBackend,
    SafetyMargin,
    SQLiteBackend,
    Throttle,
    last_admitted_ms,
)

from test_throttle import max_in_window

W = RateWindow
GUARD = DEFAULT_MARGIN.guard_ms
SAMCO_ORDER = catalog("samco").rate_windows()["order"]  # 10/1 s, 200/60 s
GOPOCKET_ORDER = catalog("gopocket").rate_windows()["order"]  # 25/s, 250/min, 500/h, 5000/day

Delay = Callable[[int, int], int]  # (index of the call, its admission stamp) -> delay in ms


class FakeClock:
    """Stamps admissions; "sleeping" moves its time forward instantly."""

    def __init__(self, ms: int = 1_000_000) -> None:
        self.ms = ms

    def now_ms(self) -> int:
        return self.ms

    def sleep(self, seconds: float) -> None:
        self.ms += round(seconds * 1000)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


def server_rejections(arrivals: Sequence[int], windows: Sequence[RateWindow]) -> int:
    """What a server counting exactly (the mock broker's throttle) refuses of ``arrivals``."""
    clock = FakeClock(0)
    server = Throttle.exact({"c": windows}, backend=MemoryBackend(clock=clock), max_wait=0)
    refused = 0
    for at in sorted(arrivals):
        clock.ms = at
        try:
            server.acquire("c")
        except ThrottleTimeoutError:
            refused += 1
    return refused


def admissions(
    throttle: Throttle, clock: FakeClock, calls: int, rng: random.Random, *, idle: float = 0.2
) -> list[int]:
    """Stamps of ``calls`` admissions by callers that mostly come back at once, sometimes
    after a pause (so the windows are hit at their edges and in between)."""
    stamps = []
    for _ in range(calls):
        if rng.random() < idle:
            clock.ms += rng.choice((1, 7, 50, 333, 999, 1000, 1001, 59_000))
        throttle.acquire("c")
        stamp = last_admitted_ms()
        assert stamp is not None
        stamps.append(stamp)
    return stamps


def uniform(rng: random.Random, high: int) -> Delay:
    return lambda index, stamp: rng.randint(0, high)


def edge_adversary(high: int) -> Delay:
    """Delay the calls of every other second by ``high``: the worst case at window edges."""
    return lambda index, stamp: high if (stamp // 1000) % 2 == 0 else 0


def arrive(stamps: Sequence[int], delay: Delay) -> list[int]:
    return [stamp + delay(i, stamp) for i, stamp in enumerate(stamps)]


def assert_never_over(arrivals: Sequence[int], windows: Sequence[RateWindow]) -> None:
    for window in windows:
        assert max_in_window(arrivals, window.seconds * 1000) <= window.limit, window
    assert server_rejections(arrivals, windows) == 0


# --------------------------------------------------------------------------- memory backend


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize(
    "windows", [SAMCO_ORDER, (W(3, 1), W(7, 5))], ids=["samco-order", "3/s+7/5s"]
)
def test_default_margin_holds_the_limit_at_the_server(
    windows: tuple[RateWindow, ...], seed: int
) -> None:
    rng = random.Random(seed)
    clock = FakeClock()
    throttle = Throttle({"c": windows}, backend=MemoryBackend(clock=clock))
    stamps = admissions(throttle, clock, 600, rng)
    assert_never_over(arrive(stamps, uniform(rng, GUARD)), windows)
    assert_never_over(arrive(stamps, edge_adversary(GUARD)), windows)


def test_gopocket_hour_and_day_windows_hold_at_the_server() -> None:
    rng = random.Random(7)
    clock = FakeClock()
    throttle = Throttle({"c": GOPOCKET_ORDER}, backend=MemoryBackend(clock=clock))
    stamps = admissions(throttle, clock, 5_500, rng, idle=0.01)
    assert stamps[-1] - stamps[0] > 86_400_000, "the day window was hit"
    assert_never_over(arrive(stamps, uniform(rng, GUARD)), GOPOCKET_ORDER)


@pytest.mark.parametrize("guard_ms", [1, 25, 250])
def test_any_guard_tolerates_delays_that_differ_by_up_to_it(guard_ms: int) -> None:
    rng = random.Random(guard_ms)
    clock = FakeClock()
    margin = SafetyMargin(guard_ms=guard_ms)
    throttle = Throttle({"c": SAMCO_ORDER}, backend=MemoryBackend(clock=clock), margin=margin)
    stamps = admissions(throttle, clock, 400, rng)
    # A constant base latency does not matter; only the spread does.
    base = 180
    assert_never_over(arrive(stamps, lambda i, s: base + rng.randint(0, guard_ms)), SAMCO_ORDER)
    assert_never_over(arrive(stamps, edge_adversary(guard_ms)), SAMCO_ORDER)


def test_the_exact_margin_overshoots_at_the_server() -> None:
    """Why there is a margin: exact edges plus a few ms of jitter exceed the limit."""
    rng = random.Random(1)
    clock = FakeClock()
    throttle = Throttle.exact({"c": SAMCO_ORDER}, backend=MemoryBackend(clock=clock))
    stamps = admissions(throttle, clock, 200, rng, idle=0)
    arrivals = arrive(stamps, edge_adversary(GUARD))
    assert max_in_window(arrivals, 1000) > 10
    assert server_rejections(arrivals, SAMCO_ORDER) > 0
    # Same delays, drawn at random instead of adversarially: still over the limit.
    arrivals = arrive(stamps, uniform(rng, GUARD))
    assert server_rejections(arrivals, SAMCO_ORDER) > 0


def test_headroom_leaves_room_for_calls_the_throttle_does_not_see() -> None:
    """Headroom is not jitter tolerance (two early bursts can still meet); it keeps
    ``limit - enforced`` calls per window for others on the account (another tool, a
    manual order), however they are timed."""
    rng = random.Random(3)
    clock = FakeClock()
    margin = SafetyMargin(headroom=0.2)  # 8 of 10 per second
    throttle = Throttle({"c": (W(10, 1),)}, backend=MemoryBackend(clock=clock), margin=margin)
    stamps = admissions(throttle, clock, 300, rng)
    # Two foreign calls every 1.001 s (at most 2 in any closed 1 s window), at any phase.
    phase = rng.randint(0, 1000)
    foreign = [t + phase for t in range(stamps[0], stamps[-1] + 1, 1001) for _ in range(2)]
    assert_never_over([*stamps, *foreign], (W(10, 1),))


# --------------------------------------------------------------------------- shared budgets


def test_sqlite_processes_hold_the_limit_at_the_server(tmp_path: Path) -> None:
    """Two backends on one file (two processes), taking turns at random, one fake clock."""
    rng = random.Random(11)
    clock = FakeClock()
    throttles = [
        Throttle({"c": SAMCO_ORDER}, backend=SQLiteBackend(tmp_path / "t.db", clock=clock))
        for _ in range(2)
    ]
    stamps = []
    for _ in range(250):
        throttle = rng.choice(throttles)
        if rng.random() < 0.1:
            clock.ms += rng.choice((1, 500, 1000, 1001))
        throttle.acquire("c")
        stamp = last_admitted_ms()
        assert stamp is not None
        stamps.append(stamp)
    assert_never_over(arrive(stamps, uniform(rng, GUARD)), SAMCO_ORDER)
    assert_never_over(arrive(stamps, edge_adversary(GUARD)), SAMCO_ORDER)
    for throttle in throttles:
        throttle.backend.close()


# --------------------------------------------------------------------------- the mock broker


def test_the_mock_broker_counts_exactly() -> None:
    server = server_of(create_app("samco"))
    assert server.throttle is not None
    assert server.throttle.margin == EXACT_MARGIN
    assert server.throttle.enforced["order"] == tuple(
        (w.limit, w.seconds * 1000) for w in SAMCO_ORDER
    )


@pytest.mark.parametrize(("margin", "rejected"), [(DEFAULT_MARGIN, False), (EXACT_MARGIN, True)])
async def test_mock_broker_429s_only_without_the_margin(
    margin: SafetyMargin, rejected: bool
) -> None:
    """Client throttle and mock broker on fake clocks; each order arrives 0..guard ms late."""
    rng = random.Random(5)
    client_clock = FakeClock()
    client = Throttle.for_broker(
        "samco", backend=MemoryBackend(clock=client_clock), account="e2e", margin=margin
    )
    stamps = []
    for _ in range(120):
        await client.async_acquire("order")
        stamp = last_admitted_ms()
        assert stamp is not None
        stamps.append(stamp)
    arrivals = sorted(arrive(stamps, uniform(rng, GUARD)))

    app = create_app("samco")
    server = server_of(app)
    server_clock = FakeClock(0)
    windows = dict(catalog("samco").rate_windows())
    server.throttle = Throttle.exact(
        windows, backend=MemoryBackend(clock=server_clock), max_wait=0, broker="samco"
    )
    statuses = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as http:
        for at in arrivals:
            server_clock.ms = at
            statuses.append((await http.post("/order/placeOrder", json={})).status_code)
    assert 429 not in statuses or rejected
    assert (statuses.count(429) > 0) == rejected
    assert set(statuses) <= {401, 429}  # unauthenticated: counted, then refused
