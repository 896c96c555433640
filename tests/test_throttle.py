"""The throttle admits exactly what every window of a category allows, for any caller mix.

Tests of exact admission pass ``EXACT_MARGIN``; the safety margin clients use by default
(each window enforced ``guard_ms`` longer) has its own tests here and, as counted at the
broker's server, in ``test_throttle_server_side.py``.

Window arithmetic runs on a fake clock (``FakeClock``: the backend stamps with it and the
throttle "sleeps" by advancing it), so per-day windows are checked in milliseconds. Real
time is used only where real concurrency is the point; those tests check stamp ordering and
counts, never tight wall-clock bounds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import random
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest
import redis
from pyrate_limiter import Decision, InMemoryBucket, Rate, RateItem, validate_rate_list

from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.spec_catalog import RateWindow, catalog
from broker_overlays.throttle import (
    DEFAULT_MARGIN,
    EXACT_MARGIN,
    Backend,
    EnforcedWindow,
    MemoryBackend,
    RedisBackend,
    SafetyMargin,
    SQLiteBackend,
    Throttle,
    ThrottleConfigError,
    enforced_windows,
    last_admitted_ms,
    normalize_windows,
)
from broker_overlays.throttle.memory import WindowLogStore

pytest_plugins = ["redis_server"]

W = RateWindow
WORKER = Path(__file__).with_name("throttle_worker.py")

# Gopocket's documented table (per second, minute, hour, day).
GOPOCKET = {
    "order": (W(25, 1), W(250, 60), W(500, 3600), W(5000, 86400)),
    "data": (W(10, 1), W(1000, 60), W(5000, 3600), W(10000, 86400)),
    "non-trading": (W(100, 1), W(500, 60), W(1000, 3600), W(5000, 86400)),
}


class FakeClock:
    """Stamps admissions and "sleeps" by moving its own time forward, instantly."""

    def __init__(self) -> None:
        self.ms = 1_000_000
        self.slept: list[float] = []

    def now_ms(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += round(seconds * 1000)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


def ms(window: RateWindow) -> int:
    return round(window.seconds * 1000)


def max_in_window(stamps: Sequence[int], length_ms: int) -> int:
    """Most stamps inside any closed window ``[t, t + length_ms]``."""
    ordered = sorted(stamps)
    best = start = 0
    for end, stamp in enumerate(ordered):
        while stamp - ordered[start] > length_ms:
            start += 1
        best = max(best, end - start + 1)
    return best


def assert_within(stamps: Sequence[int], windows: Sequence[RateWindow]) -> None:
    for window in windows:
        assert max_in_window(stamps, ms(window)) <= window.limit, window


def admit(throttle: Throttle, category: str, times: int) -> list[int]:
    stamps = []
    for _ in range(times):
        throttle.acquire(category)
        stamp = last_admitted_ms()
        assert stamp is not None
        stamps.append(stamp)
    return stamps


def fake_pair(windows: dict[str, Sequence[RateWindow]]) -> tuple[FakeClock, Throttle, Throttle]:
    """A waiting and a non-waiting (``max_wait=0``) throttle sharing one fake-clock budget."""
    clock = FakeClock()
    backend = MemoryBackend(clock=clock)
    waiting = Throttle(
        windows, backend=backend, namespace="t", broker="gopocket", margin=EXACT_MARGIN
    )
    strict = Throttle.exact(windows, backend=backend, namespace="t", broker="gopocket", max_wait=0)
    return clock, waiting, strict


# --------------------------------------------------------------------------- windows


@pytest.mark.parametrize(
    ("category", "index"),
    [(category, i) for category, windows in GOPOCKET.items() for i in range(len(windows))],
    ids=lambda v: str(v),
)
def test_each_gopocket_window_admits_exactly_its_limit(category: str, index: int) -> None:
    windows = GOPOCKET[category]
    window = windows[index]
    clock, waiting, strict = fake_pair({category: windows})
    kept = waiting.windows[category]
    if window not in kept:
        # Implied by a shorter window (data: 10/s never allows 1000/min): dropped, never hit.
        stamps = admit(waiting, category, 2 * 600)
        assert max_in_window(stamps, ms(window)) < window.limit
        assert_within(stamps, windows)
        return

    # Fill this window as fast as the shorter windows let us (waiting on the fake clock).
    stamps = admit(waiting, category, window.limit)
    first = stamps[0]
    assert stamps[-1] - first <= ms(window), "all of them inside one window"
    # Let every shorter window drain while this one is still full.
    shorter = max((ms(w) for w in kept if ms(w) < ms(window)), default=0)
    clock.ms = stamps[-1] + shorter + 1
    assert clock.ms - first <= ms(window)

    with pytest.raises(ThrottleTimeoutError) as caught:
        strict.acquire(category, operation="probe")
    frees_at = first + ms(window) + 1  # pyrate's window is closed: [now - T, now]
    assert caught.value.retry_after == pytest.approx((frees_at - clock.ms) / 1000)
    assert (caught.value.category, caught.value.operation) == (category, "probe")

    stamps += admit(waiting, category, 1)  # waits (fake) until the first one leaves
    assert clock.ms == frees_at == stamps[-1]
    assert clock.slept[-1] == pytest.approx(caught.value.retry_after)
    assert_within(stamps, windows)


def test_gopocket_table_needs_normalising_for_pyrate() -> None:
    raw = [Rate(w.limit, ms(w)) for w in GOPOCKET["data"]]
    assert not validate_rate_list(raw)
    with pytest.raises(ValueError, match="Invalid rate list"):
        InMemoryBucket(raw)
    kept = normalize_windows(GOPOCKET["data"])
    assert kept == (W(10, 1), W(5000, 3600), W(10000, 86400))
    InMemoryBucket([Rate(w.limit, ms(w)) for w in kept])
    assert normalize_windows(GOPOCKET["order"]) == GOPOCKET["order"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ((W(200, 60), W(10, 1)), (W(10, 1), W(200, 60))),  # sorted by length
        ((W(10, 1), W(600, 60)), (W(10, 1),)),  # 10/s allows at most 600/min
        ((W(10, 1), W(599, 60)), (W(10, 1), W(599, 60))),
        ((W(10, 1), W(5, 60)), (W(5, 60),)),  # a longer, tighter window covers the shorter
        ((W(10, 1), W(8, 1), W(10, 1)), (W(8, 1),)),  # same length: the tighter one
        ((W(3, 1), W(20, 2), W(30, 60)), (W(3, 1), W(30, 60))),
        ((), ()),
    ],
)
def test_normalise_sorts_and_drops_non_binding(
    given: tuple[RateWindow, ...], kept: tuple[RateWindow, ...]
) -> None:
    assert normalize_windows(given) == kept
    assert not kept or validate_rate_list([Rate(w.limit, ms(w)) for w in kept])


@pytest.mark.parametrize(
    "windows",
    [
        (W(10, 1), W(15, 1.2)),  # type: ignore[arg-type]  # binds, yet 12.5/s > 10/s
        (W(0, 1),),
        (W(5, 0),),
    ],
)
def test_unenforceable_windows_are_refused(windows: tuple[RateWindow, ...]) -> None:
    with pytest.raises(ThrottleConfigError):
        Throttle({"c": windows})


def test_unmetered_category_is_admitted_at_once() -> None:
    clock, _, strict = fake_pair({"unmetered": (), "data": GOPOCKET["data"]})
    admit(strict, "unmetered", 10_000)
    assert clock.slept == []


def test_unknown_category_is_a_config_error_not_a_key_error() -> None:
    throttle = Throttle({"order": (W(1, 1),)})
    with pytest.raises(ThrottleConfigError, match="unknown rate-limit category 'orders'"):
        throttle.acquire("orders")
    assert issubclass(ThrottleConfigError, ValueError)
    assert not issubclass(ThrottleConfigError, KeyError)


# --------------------------------------------------------------------------- waiting


async def test_max_wait_raises_or_waits_on_the_async_path() -> None:
    clock = FakeClock()
    backend = MemoryBackend(clock=clock)
    windows = {"order": (W(2, 1),)}
    impatient = Throttle.exact(
        windows, backend=backend, namespace="a", max_wait=0.5, broker="samco"
    )
    patient = Throttle.exact(windows, backend=backend, namespace="a", max_wait=1.5)
    await impatient.async_acquire("order")
    await impatient.async_acquire("order")
    with pytest.raises(ThrottleTimeoutError) as caught:
        await impatient.async_acquire("order", operation="placeOrder")
    error = caught.value
    assert (error.broker, error.operation, error.retry_after) == ("samco", "placeOrder", 1.001)
    assert "'order'" in str(error) and "placeOrder" in str(error)
    assert clock.slept == [], "decided before sleeping"
    await patient.async_acquire("order")
    assert clock.slept == [1.001]


def test_max_wait_counts_time_already_waited() -> None:
    clock = FakeClock()
    throttle = Throttle.exact({"c": (W(1, 1),)}, backend=MemoryBackend(clock=clock), max_wait=1.5)
    admit(throttle, "c", 2)  # the second waits 1.001 s
    assert clock.slept == [1.001]


def test_blocking_acquire_really_waits() -> None:
    throttle = Throttle({"c": (W(3, 1),)})
    started = time.monotonic()
    stamps = admit(throttle, "c", 7)
    assert_within(stamps, [W(3, 1)])
    assert stamps[6] - stamps[0] > 2000  # the 7th needed two windows to pass
    assert 1.9 < time.monotonic() - started < 30


async def test_async_acquire_really_waits() -> None:
    throttle = Throttle({"c": (W(3, 1),)})

    async def one() -> int:
        await throttle.async_acquire("c")
        stamp = last_admitted_ms()
        assert stamp is not None
        return stamp

    stamps = await asyncio.gather(*(one() for _ in range(7)))
    assert_within(stamps, [W(3, 1)])
    assert max(stamps) - min(stamps) > 2000


# --------------------------------------------------------------------------- sharing


def test_for_broker_reads_the_spec_windows(broker: str) -> None:
    throttle = Throttle.for_broker(broker, account=f"spec-{uuid.uuid4()}")
    expected = {name: normalize_windows(ws) for name, ws in catalog(broker).rate_windows().items()}
    assert dict(throttle.windows) == expected
    assert throttle.broker == broker


def test_for_broker_overrides_replace_whole_categories() -> None:
    throttle = Throttle.for_broker(
        "samco", overrides={"order": [W(3, 1)]}, account=f"o-{uuid.uuid4()}"
    )
    assert throttle.windows["order"] == (W(3, 1),)
    assert throttle.windows["data"] == normalize_windows(catalog("samco").rate_windows()["data"])
    with pytest.raises(ThrottleConfigError, match="no rate-limit category 'orders'"):
        Throttle.for_broker("samco", overrides={"orders": [W(3, 1)]})


def test_for_broker_shares_state_per_broker_account_and_backend() -> None:
    clock = FakeClock()
    backend = MemoryBackend(clock=clock)
    first = Throttle.for_broker("samco", backend=backend, account="A")
    assert Throttle.for_broker("samco", backend=backend, account="A") is first
    strict = Throttle.for_broker("samco", backend=backend, account="A", max_wait=0)
    other_account = Throttle.for_broker("samco", backend=backend, account="B", max_wait=0)
    other_backend = Throttle.for_broker("samco", backend=MemoryBackend(clock=clock), account="A")

    limit = first.windows["order"][0].limit  # Samco's per-second default
    admit(first, "order", limit)
    with pytest.raises(ThrottleTimeoutError):
        strict.acquire("order")
    admit(other_account, "order", limit)  # accounts do not share
    admit(other_backend, "order", limit)
    admit(strict, "data", 1)  # nor do categories
    assert clock.slept == []
    with pytest.raises(ThrottleConfigError, match="already throttled"):
        Throttle.for_broker("samco", backend=backend, account="A", overrides={"order": [W(1, 1)]})


async def test_threads_and_tasks_share_one_for_broker_budget() -> None:
    windows = (W(20, 1), W(45, 3))
    throttle = Throttle.for_broker(
        "samco", overrides={"order": windows}, account=f"shared-{uuid.uuid4()}"
    )
    stamps: list[int] = []
    kinds: list[str] = []
    lock = threading.Lock()

    def record(kind: str) -> None:
        stamp = last_admitted_ms()
        assert stamp is not None
        with lock:
            stamps.append(stamp)
            kinds.append(kind)

    def in_thread() -> None:
        for _ in range(3):
            throttle.acquire("order")
            record("thread")

    async def in_task() -> None:
        for _ in range(3):
            await throttle.async_acquire("order")
            record("task")

    threads = [threading.Thread(target=in_thread) for _ in range(10)]
    for thread in threads:
        thread.start()
    await asyncio.gather(*(in_task() for _ in range(10)))
    for thread in threads:
        await asyncio.to_thread(thread.join)

    assert len(stamps) == 60 and kinds.count("thread") == kinds.count("task") == 30
    assert_within(stamps, windows)
    assert max(stamps) - min(stamps) > 3000  # 45/3 s made the last 15 wait for it


# --------------------------------------------------------------------------- backends


def test_sqlite_backends_share_a_file(tmp_path: Path) -> None:
    clock = FakeClock()
    windows = {"c": (W(3, 1),)}
    one = Throttle.exact(windows, backend=SQLiteBackend(tmp_path / "t.db", clock=clock))
    two = Throttle.exact(windows, backend=SQLiteBackend(tmp_path / "t.db", clock=clock), max_wait=0)
    admit(one, "c", 2)
    admit(two, "c", 1)
    with pytest.raises(ThrottleTimeoutError) as caught:
        two.acquire("c")
    assert caught.value.retry_after == pytest.approx(1.001)
    clock.advance(1.001)
    admit(two, "c", 1)
    one.backend.close()
    two.backend.close()


async def test_sqlite_async_path(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = Throttle.exact(
        {"c": (W(2, 1),)}, backend=SQLiteBackend(tmp_path / "t.db", clock=clock)
    )
    for _ in range(5):
        await throttle.async_acquire("c")
    assert clock.slept == [1.001, 1.001]
    throttle.backend.close()


def test_redis_backends_share_a_budget(redis_url: str) -> None:
    prefix = f"test-{uuid.uuid4()}"
    windows = {"order": (W(3, 1), W(5, 60))}
    one = Throttle.exact(windows, backend=RedisBackend(redis_url, prefix=prefix), namespace="acct")
    two = Throttle.exact(
        windows,
        backend=RedisBackend(redis_url, prefix=prefix),
        namespace="acct",
        max_wait=0,
    )
    elsewhere = Throttle.exact(windows, backend=RedisBackend(redis_url, prefix=prefix), max_wait=0)
    stamps = admit(one, "order", 2) + admit(two, "order", 1)
    with pytest.raises(ThrottleTimeoutError) as caught:
        two.acquire("order", operation="placeOrder")
    retry_after = caught.value.retry_after
    assert retry_after is not None and 0 < retry_after <= 1.001
    admit(elsewhere, "order", 3)  # another namespace (account) has its own budget

    stamps += admit(one, "order", 2)  # waits for the 1 s window, then fills 5/min
    assert_within(stamps, windows["order"])
    client = redis.Redis.from_url(redis_url)
    assert isinstance(one.backend, RedisBackend)
    key = one.backend.key("acct:order")
    assert client.zcard(key) == 5
    assert 0 < int(client.pttl(key)) <= 61_000, "idle budgets expire"
    client.script_flush()  # the backend reloads its script
    with pytest.raises(ThrottleTimeoutError) as caught:
        two.acquire("order")
    retry_after = caught.value.retry_after
    assert retry_after is not None and retry_after > 50
    client.close()
    for throttle in (one, two, elsewhere):
        throttle.backend.close()


async def test_redis_async_path(redis_url: str) -> None:
    throttle = Throttle(
        {"c": (W(3, 1),)}, backend=RedisBackend(redis_url, prefix=f"test-{uuid.uuid4()}")
    )

    async def one() -> int:
        await throttle.async_acquire("c")
        stamp = last_admitted_ms()
        assert stamp is not None
        return stamp

    stamps = await asyncio.gather(*(one() for _ in range(5)))
    assert_within(stamps, [W(3, 1)])
    assert max(stamps) - min(stamps) > 1000
    throttle.backend.close()


MP_GUARD_MS = 50  # the multi-process runs' margin; their stamps must tolerate this jitter


def run_workers(backend: str, target: str, tmp_path: Path, windows: str) -> list[list[int]]:
    """Three processes x two threads hammer one budget for ~3 s; their admission stamps."""
    start_at = time.time() + 2.0  # after interpreter start-up, so that they overlap
    namespace = f"mp-{uuid.uuid4()}"
    procs = []
    for i in range(3):
        out = tmp_path / f"worker{i}.json"
        cmd = [sys.executable, str(WORKER), "--backend", backend, "--target", target]
        cmd += ["--namespace", namespace, "--windows", windows, "--start-at", str(start_at)]
        cmd += ["--duration", "3", "--threads", "2", "--out", str(out)]
        cmd += ["--guard-ms", str(MP_GUARD_MS)]
        procs.append((subprocess.Popen(cmd), out))
    results = []
    for proc, out in procs:
        assert proc.wait(timeout=120) == 0
        results.append(json.loads(out.read_text())["stamps"])
    return results


def check_shared(per_process: list[list[int]], windows: Sequence[RateWindow]) -> None:
    merged = [stamp for stamps in per_process for stamp in stamps]
    assert_within(merged, windows)
    # As the broker's server counts them: each call delayed 0..guard ms (seeded).
    for seed in range(20):
        rng = random.Random(seed)
        assert_within([s + rng.randint(0, MP_GUARD_MS) for s in merged], windows)
    assert all(per_process), "every process got some of the budget"
    # 3 s at 10/1 s + 25/3 s admits >= 25; far fewer would mean a stall.
    assert len(merged) >= 20


WORKER_WINDOWS = (W(10, 1), W(25, 3))


def test_sqlite_budget_across_processes(tmp_path: Path) -> None:
    stamps = run_workers("sqlite", str(tmp_path / "shared.db"), tmp_path, "10/1,25/3")
    check_shared(stamps, WORKER_WINDOWS)


def test_redis_budget_across_processes(tmp_path: Path, redis_url: str) -> None:
    stamps = run_workers("redis", redis_url, tmp_path, "10/1,25/3")
    check_shared(stamps, WORKER_WINDOWS)


def test_backend_refuses_two_budgets_under_one_key() -> None:
    backend: Backend = MemoryBackend()
    Throttle({"c": (W(1, 1),)}, backend=backend, namespace="n").acquire("c")
    with pytest.raises(ThrottleConfigError, match="already exists"):
        Throttle({"c": (W(2, 1),)}, backend=backend, namespace="n").acquire("c")


# --------------------------------------------------------------------------- safety margin


def test_margin_values_and_validation() -> None:
    assert SafetyMargin() == EXACT_MARGIN == SafetyMargin.exact()
    assert EXACT_MARGIN.is_exact and not DEFAULT_MARGIN.is_exact
    assert DEFAULT_MARGIN.guard_ms > 0
    for bad in (
        {"guard_ms": -1},
        {"guard_ms": 1.5},
        {"guard_ms": True},
        {"headroom": -0.1},
        {"headroom": 1.0},
    ):
        with pytest.raises(ThrottleConfigError):
            SafetyMargin(**bad)
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_MARGIN.guard_ms = 0  # type: ignore[misc]
    with pytest.raises(ThrottleConfigError, match="SafetyMargin"):
        Throttle({"c": (W(1, 1),)}, margin=40)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("windows", "margin", "enforced"),
    [
        ((W(10, 1), W(200, 60)), SafetyMargin(guard_ms=40), ((10, 1040), (200, 60040))),
        ((W(10, 1),), SafetyMargin(headroom=0.3), ((7, 1000),)),  # not 6 (float noise)
        ((W(10, 1),), SafetyMargin(guard_ms=5, headroom=0.15), ((8, 1005),)),
        ((W(1, 1),), SafetyMargin(headroom=0.9), ((1, 1000),)),  # at least 1
        # Headroom can make a longer window cover a shorter one: (1/1 s, 1/60 s).
        ((W(2, 1), W(3, 60)), SafetyMargin(headroom=0.5), ((1, 60000),)),
        # A guarded 10/1.04 s allows at most 580 in 60.04 s: 599/min no longer binds.
        ((W(10, 1), W(599, 60)), EXACT_MARGIN, ((10, 1000), (599, 60000))),
        ((W(10, 1), W(599, 60)), SafetyMargin(guard_ms=40), ((10, 1040),)),
    ],
)
def test_enforced_windows(
    windows: tuple[RateWindow, ...],
    margin: SafetyMargin,
    enforced: tuple[tuple[int, int], ...],
) -> None:
    assert enforced_windows(windows, margin) == tuple(EnforcedWindow(*e) for e in enforced)
    throttle = Throttle({"c": windows}, margin=margin)
    assert throttle.windows["c"] == normalize_windows(windows)  # the published ones
    assert throttle.enforced["c"] == tuple(EnforcedWindow(*e) for e in enforced)


def test_guard_makes_every_window_longer() -> None:
    clock = FakeClock()
    backend = MemoryBackend(clock=clock)
    margin = SafetyMargin(guard_ms=40)
    windows = {"c": (W(2, 1), W(3, 60))}
    waiting = Throttle(windows, backend=backend, margin=margin)
    strict = Throttle(windows, backend=backend, margin=margin, max_wait=0)
    stamps = admit(waiting, "c", 2)
    with pytest.raises(ThrottleTimeoutError) as caught:
        strict.acquire("c")
    assert caught.value.retry_after == pytest.approx(1.041)  # 1 s + 40 ms, closed window
    stamps += admit(waiting, "c", 2)
    assert stamps[2] - stamps[0] == 1041
    assert stamps[3] - stamps[0] == 60_041  # the minute window, 40 ms longer too
    assert clock.slept == [1.041, pytest.approx(59.0)]


def test_headroom_leaves_part_of_each_limit_unused() -> None:
    clock = FakeClock()
    backend = MemoryBackend(clock=clock)
    margin = SafetyMargin(headroom=0.2)
    strict = Throttle({"c": (W(10, 1),)}, backend=backend, margin=margin, max_wait=0)
    admit(strict, "c", 8)
    with pytest.raises(ThrottleTimeoutError):
        strict.acquire("c")


def test_for_broker_takes_a_margin_and_keeps_one_per_account() -> None:
    backend = MemoryBackend(clock=FakeClock())
    default = Throttle.for_broker("samco", backend=backend, account="m")
    assert default.margin == DEFAULT_MARGIN
    guard = DEFAULT_MARGIN.guard_ms
    assert default.enforced["order"] == (
        EnforcedWindow(10, 1000 + guard),
        EnforcedWindow(200, 60000 + guard),
    )
    with pytest.raises(ThrottleConfigError, match="already throttled"):
        Throttle.for_broker("samco", backend=backend, account="m", margin=EXACT_MARGIN)
    exact = Throttle.for_broker("samco", backend=backend, account="x", margin=EXACT_MARGIN)
    assert exact.enforced["order"] == (EnforcedWindow(10, 1000), EnforcedWindow(200, 60000))
    assert Throttle.exact({"c": (W(1, 1),)}).margin == EXACT_MARGIN


def test_one_budget_cannot_have_two_margins() -> None:
    backend = MemoryBackend()
    Throttle({"c": (W(1, 1),)}, backend=backend, namespace="n").acquire("c")
    with pytest.raises(ThrottleConfigError, match="already exists"):
        Throttle.exact({"c": (W(1, 1),)}, backend=backend, namespace="n").acquire("c")


async def test_margin_on_sqlite(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = Throttle(
        {"c": (W(2, 1),)},
        backend=SQLiteBackend(tmp_path / "t.db", clock=clock),
        margin=SafetyMargin(guard_ms=40, headroom=0.5),
    )
    for _ in range(3):
        await throttle.async_acquire("c")
    assert clock.slept == [1.041, 1.041]  # one call per 1.04 s
    throttle.backend.close()


def test_margin_on_redis(redis_url: str) -> None:
    # A huge guard, so that no wall-clock delay of this test can hide it.
    margin = SafetyMargin(guard_ms=10_000)
    backend = RedisBackend(redis_url, prefix=f"test-{uuid.uuid4()}")
    waiting = Throttle({"c": (W(3, 1),)}, backend=backend, namespace="g", margin=margin)
    strict = Throttle({"c": (W(3, 1),)}, backend=backend, namespace="g", margin=margin, max_wait=0)
    admit(waiting, "c", 3)
    with pytest.raises(ThrottleTimeoutError) as caught:
        strict.acquire("c")
    retry_after = caught.value.retry_after
    assert retry_after is not None and 1.001 < retry_after <= 11.001
    client = redis.Redis.from_url(redis_url)
    # The script trims and expires with the guarded length too (exact: at most 2 s).
    assert 2_000 < int(client.pttl(backend.key("g:c"))) <= 12_000
    client.close()
    backend.close()


@pytest.mark.parametrize("seed", range(6))
def test_memory_store_decides_like_pyrates_bucket(seed: int) -> None:
    """The native window log admits and refuses exactly where pyrate's InMemoryBucket does;
    its wait is the bucket's when one window blocks and the longest wait when several do."""
    rng = random.Random(seed)
    kept = normalize_windows((W(4, 1), W(20, 60), W(60, 3600)) if seed % 2 else (W(3, 1), W(7, 5)))
    rates = [Rate(w.limit, ms(w)) for w in kept]
    now = [0]
    store = WindowLogStore(rates, stamp=lambda: now[0])
    bucket = InMemoryBucket(rates)
    refused, admitted = 0, list[int]()
    for _ in range(3000):
        now[0] += rng.choice((0, 1, 1, 7, 40, 150, 999, 1000, 1001, 4000, 60_000))
        ours = store.attempt()
        item = RateItem("x", now[0])
        theirs = bucket.put_decision(item)
        assert isinstance(theirs, Decision)
        assert ours.admitted is theirs.allowed, now[0]
        if ours.admitted:
            admitted.append(now[0])
        else:
            refused += 1
            seen = [sum(t >= now[0] - r.interval for t in admitted[-r.limit :]) for r in rates]
            blocking = [r for r, n in zip(rates, seen, strict=True) if n >= r.limit]
            assert theirs.retry_after_ms is not None
            assert ours.wait_ms >= theirs.retry_after_ms
            if len(blocking) == 1:
                assert ours.wait_ms == theirs.retry_after_ms
    assert refused > 100  # the sequence does exercise refusals
