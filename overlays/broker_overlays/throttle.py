"""Client-side throttling: keep every call inside the broker's published rate-limit windows.

The windows of each rate-limit category come from the spec (root ``x-rate-limits``, read by
:func:`~broker_overlays.spec_catalog.catalog`); no second table is kept here. Admission is
done by pyrate-limiter 4.x buckets (sliding-window log): a call goes out only when every
window of its category admits it. The backend decides who shares a budget:

- :class:`MemoryBackend`: the threads and asyncio tasks of one process (the default);
- :class:`SQLiteBackend`: several processes on one host (SQLite file + file lock);
- :class:`RedisBackend`: several hosts sharing one account's budget.

A caller that is not admitted sleeps exactly until the bucket says a slot frees up (the
wait is computed before sleeping), so ``max_wait`` can fail fast with
:class:`~broker_overlays.errors.ThrottleTimeoutError` instead of sleeping in vain.

Safety margin. The broker counts calls when they *arrive* at its server, a varying network
delay after the throttle admitted them. Filling each window exactly to its edge
(:data:`EXACT_MARGIN`) lets a call admitted as a window opens arrive late while one admitted
as the next window opens arrives early, and both land in one server-side window. Measured
with ``scripts/bench-throttle`` (Samco mock on loopback counting 10/s exactly, 0-20 ms
jitter injected between admission and sending, 2 busy CPUs, 18 s runs, two sweeps): the exact
margin put 13-14 (4 threads, memory), 14 (3 processes x 4 threads, SQLite) and 16 (the same
on Redis) arrivals into one server-side second, with 18-33 answers 429 per run.

:class:`SafetyMargin` enforces every window ``guard_ms`` longer than published: calls
``limit`` admissions apart are then at least ``T + guard_ms + 1`` ms apart when admitted, so
at least ``T + 1`` ms apart when they arrive if their delays differ by at most ``guard_ms``:
the server never counts more than the limit, on every backend. (``headroom`` keeps a share of
each limit for calls the throttle does not see, e.g. another tool on the account; it does not
replace the guard, as two early bursts can still meet.)

:data:`DEFAULT_MARGIN` is ``guard_ms=40``, no headroom, chosen by measurement. Admission to
arrival took 1.3-58 ms (median 13-28, p99 22-56, spread within a run 22-55 ms); with guards
of 30, 40, 45, 50 and 60 ms no server-side window went over the limit and no call got a 429,
in any run (the Samco client placing orders with defaults included). The guard costs
utilisation: a full window at most every ``T + guard + 1`` ms, for a 1 s window a ceiling of
97.0 / 96.1 / 95.5 / 95.1 / 94.3 % at 30 / 40 / 45 / 50 / 60 ms (measured 96.8-97.0 /
95.9-96.0 / 95.5 / 94.9-95.1 / 94.0-94.3 %). With a target of >= 95 %, 50 ms is already too
much for a 1 s window; 40 ms is 10 ms above the smallest guard that measured clean and keeps
a point in reserve (longer windows lose far less: 0.07 % of a minute). Real networks vary more
than loopback: raise ``guard_ms`` there (100 ms costs 9 % of a 1 s window) and let the
transport's 429 retry take the rest. Servers (the mock broker) count with ``EXACT_MARGIN``.
Tables: docs/bench-throttle.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol
from urllib.parse import quote

import redis
from pyrate_limiter import (
    AbstractBucket,
    Decision,
    InMemoryBucket,
    Rate,
    RateItem,
    RedisBucket,
    SQLiteBucket,
    validate_rate_list,
)

from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.spec_catalog import RateWindow, catalog

__all__ = [
    "DEFAULT_MARGIN",
    "EXACT_MARGIN",
    "Backend",
    "Clock",
    "EnforcedWindow",
    "MemoryBackend",
    "RedisBackend",
    "SQLiteBackend",
    "SafetyMargin",
    "SystemClock",
    "Throttle",
    "ThrottleConfigError",
    "enforced_windows",
    "last_admitted_ms",
    "normalize_windows",
]

_LEAK_EVERY_MS = 10_000  # pyrate's own leak interval: drop entries older than the longest window


class ThrottleConfigError(ValueError):
    """Windows that cannot be enforced, or a category the throttle does not know.

    An unknown category is an error rather than "unmetered": a typo must not silently turn
    off throttling. Categories the spec lists with no windows are unmetered.
    """


# --------------------------------------------------------------------------- margin


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


# --------------------------------------------------------------------------- clocks


class Clock(Protocol):
    """Time source and sleeper of a backend; tests inject a fake one to step through days.

    ``now_ms`` stamps admissions (Memory and SQLite backends; Redis stamps with the server's
    ``TIME``) and measures ``max_wait``; the sleeps are how a throttle waits.
    """

    def now_ms(self) -> int: ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Real time: monotonic for one process, wall time (``wall=True``) across processes."""

    def __init__(self, *, wall: bool = False) -> None:
        self._ns = time.time_ns if wall else time.monotonic_ns

    def now_ms(self) -> int:
        return self._ns() // 1_000_000

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


_LAST_ADMITTED: ContextVar[int | None] = ContextVar("broker_throttle_last_admitted", default=None)


def last_admitted_ms() -> int | None:
    """Backend timestamp (ms) of the current thread's or task's latest admission.

    Monotonic ms for :class:`MemoryBackend`, epoch ms for SQLite and Redis. It lets logs
    (and tests) line admissions up with the windows exactly, without a second clock read.
    """
    return _LAST_ADMITTED.get()


# --------------------------------------------------------------------------- windows


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
    if kept and not validate_rate_list(_rates(kept)):
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


def _rates(windows: Sequence[EnforcedWindow]) -> list[Rate]:
    return [Rate(w.limit, w.ms) for w in windows]


# --------------------------------------------------------------------------- stores


class _Attempt(NamedTuple):
    admitted: bool
    at_ms: int  # the admission's stamp, in the backend's time base
    wait_ms: int  # when refused: how long until a slot frees up


class _BucketStore:
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

    def attempt(self) -> _Attempt:
        with self._lock, self._guard:
            item = RateItem("throttle", self._stamp())
            decision = self.bucket.put_decision(item)
            if not isinstance(decision, Decision):  # only sync buckets are built here
                raise TypeError(f"{type(self.bucket).__name__} returned an awaitable")
            if decision.allowed:
                self._maybe_leak(item.timestamp)
                return _Attempt(True, item.timestamp, 0)
            wait = decision.retry_after_ms
            if wait is None:
                waiting = self.bucket.waiting(item)
                wait = waiting if isinstance(waiting, int) else 1
            return _Attempt(False, item.timestamp, max(1, wait))

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

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._stores: dict[str, tuple[tuple[tuple[int, int], ...], _BucketStore]] = {}
        self._lock = threading.Lock()

    def store(self, key: str, rates: Sequence[Rate]) -> _BucketStore:
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
    def _open(self, key: str, rates: list[Rate]) -> _BucketStore:
        """Build the store of a new key."""

    def close(self) -> None:
        """Release connections; the backend must not be used afterwards."""
        with self._lock:
            for _, store in self._stores.values():
                store.close()
            self._stores.clear()


class MemoryBackend(Backend):
    """Budgets shared by the threads and asyncio tasks of this process."""

    def __init__(self, *, clock: Clock | None = None) -> None:
        super().__init__(clock if clock is not None else SystemClock())

    def _open(self, key: str, rates: list[Rate]) -> _BucketStore:
        return _BucketStore(InMemoryBucket(rates), stamp=self.clock.now_ms)


class SQLiteBackend(Backend):
    """Budgets shared by the processes of one host, through one SQLite file and a file lock.

    Stamps are wall-clock ms (comparable across processes) unless another clock is given.
    """

    blocking_io = True

    def __init__(self, path: str | Path, *, clock: Clock | None = None) -> None:
        super().__init__(clock if clock is not None else SystemClock(wall=True))
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def _open(self, key: str, rates: list[Rate]) -> _BucketStore:
        bucket = SQLiteBucket.init_from_file(
            rates, table=_table_name(key), db_path=str(self.path), use_file_lock=True
        )
        return _BucketStore(bucket, stamp=self.clock.now_ms, guard=bucket.lock, blocking_io=True)


def _table_name(key: str) -> str:
    """A safe, collision-free SQL table name (pyrate interpolates it into its queries)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"throttle_{re.sub(r'[^A-Za-z0-9_]', '_', key)[:40]}_{digest}"


class RedisBackend(Backend):
    """Budgets shared by every process and host that uses the same Redis and ``prefix``.

    Admissions are stamped with the Redis server's ``TIME`` inside the check-and-insert
    script, so hosts need no synchronised clocks; the local clock only measures waits. Async
    callers run the (sync) client in a worker thread, so one client serves both. If Redis is
    unreachable, ``acquire`` raises redis' ``ConnectionError``: no call goes out unthrottled.
    """

    blocking_io = True

    def __init__(
        self,
        url_or_client: str | redis.Redis,
        *,
        prefix: str = "broker-throttle",
        clock: Clock | None = None,
    ) -> None:
        super().__init__(clock if clock is not None else SystemClock())
        self._owns_client = isinstance(url_or_client, str)
        self.client: redis.Redis = (
            redis.Redis.from_url(url_or_client) if isinstance(url_or_client, str) else url_or_client
        )
        self.prefix = prefix

    def key(self, key: str) -> str:
        """The Redis key (a sorted set of admission stamps) of a budget."""
        return f"{self.prefix}:{key}"

    def _open(self, key: str, rates: list[Rate]) -> _BucketStore:
        bucket = _ServerTimeRedisBucket(rates, self.client, self.key(key))
        # The script stamps with the server's TIME and trims old entries itself.
        return _BucketStore(bucket, stamp=lambda: 0, blocking_io=True, leaks=False)

    def close(self) -> None:
        super().close()
        if self._owns_client:
            self.client.close()


# pyrate's RedisBucket script with the stamp taken from the server's TIME. Also trims entries
# older than the longest window and lets idle budgets expire.
_REDIS_SCRIPT = """
local key = KEYS[1]
local member = ARGV[1]
local n = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local longest = 0
for i = 1, n do
    local interval = tonumber(ARGV[1 + 2 * i])
    local limit = tonumber(ARGV[2 + 2 * i])
    if interval > longest then longest = interval end
    if redis.call('ZCOUNT', key, now - interval, '+inf') >= limit then
        local blocking = redis.call('ZRANGE', key, -limit, -limit, 'WITHSCORES')
        local stamp = -1
        if blocking[2] then stamp = tonumber(blocking[2]) end
        return {i - 1, stamp, now}
    end
end
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - longest - 1)
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, longest + 1000)
return {-1, -1, now}
"""


class _ServerTimeRedisBucket(RedisBucket):
    """pyrate's :class:`RedisBucket`, stamped by Redis itself.

    pyrate stamps with the caller's clock before the round trip (its own TODO), so clock skew
    between hosts, or two callers whose round trips cross, could overfill a window.
    """

    def __init__(self, rates: list[Rate], client: redis.Redis, key: str) -> None:
        self._client = client
        super().__init__(rates, client, key, self._load())

    def _load(self) -> str:
        return str(self._client.script_load(_REDIS_SCRIPT))

    def now(self) -> int:
        seconds, micros = self._client.time()
        return int(seconds) * 1000 + int(micros) // 1000

    def _check_and_insert(self, item: RateItem) -> Decision:
        args: list[str | int] = [uuid.uuid4().hex, len(self.rates)]
        for rate in self.rates:
            args += [rate.interval, rate.limit]
        try:
            reply = self._client.evalsha(self.script_hash, 1, self.bucket_key, *args)
        except redis.exceptions.NoScriptError:  # server restarted or flushed its scripts
            self.script_hash = self._load()
            reply = self._client.evalsha(self.script_hash, 1, self.bucket_key, *args)
        index, blocking, now = (int(value) for value in reply)
        item.timestamp = now
        if index < 0:
            return Decision()
        rate = self.rates[index]
        retry = self._algorithm.retry_after(rate, now, blocking if blocking >= 0 else None)
        return Decision(failing_rate=rate, retry_after_ms=retry)


# --------------------------------------------------------------------------- throttle


class Throttle:
    """Blocks (or awaits) each call until every window of its rate-limit category admits it.

    Throttles on the same backend object and ``namespace`` share their budgets, whether they
    are called from threads (:meth:`acquire`) or asyncio tasks (:meth:`async_acquire`).
    With ``max_wait`` set, a call that would wait longer raises
    :class:`~broker_overlays.errors.ThrottleTimeoutError` (naming the category) instead.

    ``windows`` holds the published windows (normalised); ``enforced`` what is admitted, i.e.
    those windows with ``margin`` applied (:data:`DEFAULT_MARGIN`: each window enforced
    ``guard_ms`` longer, so that the broker's server, counting arrivals, never sees more than
    the published limit). Pass :data:`EXACT_MARGIN` to count exactly (a server, a test).
    """

    def __init__(
        self,
        windows: Mapping[str, Sequence[RateWindow]],
        *,
        backend: Backend | None = None,
        namespace: str = "default",
        max_wait: float | None = None,
        broker: str | None = None,
        margin: SafetyMargin = DEFAULT_MARGIN,
    ) -> None:
        """``backend=None`` gives this throttle a private :class:`MemoryBackend`; ``broker``
        only labels errors."""
        if max_wait is not None and max_wait < 0:
            raise ThrottleConfigError(f"max_wait must be >= 0, not {max_wait}")
        if not isinstance(margin, SafetyMargin):
            raise ThrottleConfigError(f"margin must be a SafetyMargin, not {margin!r}")
        self.backend: Backend = backend if backend is not None else MemoryBackend()
        self.namespace = namespace
        self.max_wait = max_wait
        self.broker = broker
        self.margin = margin
        self.windows: Mapping[str, tuple[RateWindow, ...]] = MappingProxyType(
            {name: normalize_windows(ws, category=name) for name, ws in windows.items()}
        )
        self.enforced: Mapping[str, tuple[EnforcedWindow, ...]] = MappingProxyType(
            {name: enforced_windows(ws, margin, category=name) for name, ws in self.windows.items()}
        )
        self._rates = {name: _rates(ws) for name, ws in self.enforced.items()}
        self._stores: dict[str, _BucketStore] = {}
        self._lock = threading.Lock()

    @classmethod
    def exact(
        cls,
        windows: Mapping[str, Sequence[RateWindow]],
        *,
        backend: Backend | None = None,
        namespace: str = "default",
        max_wait: float | None = None,
        broker: str | None = None,
    ) -> Throttle:
        """A throttle with :data:`EXACT_MARGIN`: counts the published windows exactly, as the
        broker's server does (the mock broker rejects with it)."""
        return cls(
            windows,
            backend=backend,
            namespace=namespace,
            max_wait=max_wait,
            broker=broker,
            margin=EXACT_MARGIN,
        )

    @classmethod
    def for_broker(
        cls,
        broker: str,
        *,
        overrides: Mapping[str, Sequence[RateWindow]] | None = None,
        backend: Backend | None = None,
        account: str = "default",
        max_wait: float | None = None,
        margin: SafetyMargin = DEFAULT_MARGIN,
    ) -> Throttle:
        """The process-wide throttle of one broker account, with windows read from the spec.

        ``overrides`` replaces whole categories (e.g. Samco's configurable defaults). The same
        (broker, account, backend object) always gets the same budget (and, for the same
        ``max_wait``, the same object); asking for it with other windows or another ``margin``
        raises :class:`ThrottleConfigError`. ``backend=None`` means the process-wide
        :class:`MemoryBackend`. The registry keeps each backend alive for the process's life.
        """
        windows: dict[str, Sequence[RateWindow]] = dict(catalog(broker).rate_windows())
        for name, override in (overrides or {}).items():
            if name not in windows:
                raise ThrottleConfigError(
                    f"{broker} has no rate-limit category {name!r} (known: {sorted(windows)})"
                )
            windows[name] = tuple(override)
        shared = backend if backend is not None else _DEFAULT_BACKEND
        with _REGISTRY_LOCK:
            by_wait = _REGISTRY.setdefault((broker, account, id(shared)), {})
            candidate = cls(
                windows,
                backend=shared,
                namespace=f"{broker}:{quote(account, safe='')}",
                max_wait=max_wait,
                broker=broker,
                margin=margin,
            )
            for existing in by_wait.values():
                if dict(existing.windows) != dict(candidate.windows):
                    raise ThrottleConfigError(
                        f"{broker} account {account!r} already throttled with windows "
                        f"{dict(existing.windows)}, not {dict(candidate.windows)}"
                    )
                if existing.margin != candidate.margin:
                    raise ThrottleConfigError(
                        f"{broker} account {account!r} already throttled with "
                        f"{existing.margin}, not {candidate.margin}"
                    )
            return by_wait.setdefault(max_wait, candidate)

    def acquire(self, category: str, *, operation: str | None = None) -> None:
        """Block the calling thread until ``category`` admits one call."""
        store = self._store(category)
        clock = self.backend.clock
        if store is None:
            _LAST_ADMITTED.set(clock.now_ms())
            return
        started = clock.now_ms()
        while True:
            attempt = store.attempt()
            if attempt.admitted:
                _LAST_ADMITTED.set(attempt.at_ms)
                return
            clock.sleep(self._wait_or_raise(category, operation, started, attempt.wait_ms))

    async def async_acquire(self, category: str, *, operation: str | None = None) -> None:
        """Await until ``category`` admits one call, sharing the budget with sync callers.

        A call cancelled while its attempt runs in a worker thread may still use a slot.
        """
        store = self._stores.get(category)
        if store is None:
            opens_io = self.backend.blocking_io and bool(self._rates.get(category))
            store = (
                await asyncio.to_thread(self._store, category)
                if opens_io
                else self._store(category)
            )
        clock = self.backend.clock
        if store is None:
            _LAST_ADMITTED.set(clock.now_ms())
            return
        started = clock.now_ms()
        while True:
            attempt = (
                await asyncio.to_thread(store.attempt) if store.blocking_io else store.attempt()
            )
            if attempt.admitted:
                _LAST_ADMITTED.set(attempt.at_ms)
                return
            await clock.async_sleep(
                self._wait_or_raise(category, operation, started, attempt.wait_ms)
            )

    def _store(self, category: str) -> _BucketStore | None:
        """The category's shared store; ``None`` for an unmetered category."""
        store = self._stores.get(category)
        if store is not None:
            return store
        rates = self._rates.get(category)
        if rates is None:
            raise ThrottleConfigError(
                f"unknown rate-limit category {category!r} (known: {sorted(self._rates)})"
            )
        if not rates:
            return None
        with self._lock:
            store = self._stores.get(category)
            if store is None:
                store = self.backend.store(f"{self.namespace}:{category}", rates)
                self._stores[category] = store
            return store

    def _wait_or_raise(
        self, category: str, operation: str | None, started_ms: int, wait_ms: int
    ) -> float:
        """Seconds to sleep before the next attempt, unless that would exceed ``max_wait``."""
        wait = wait_ms / 1000
        if self.max_wait is not None:
            waited = (self.backend.clock.now_ms() - started_ms) / 1000
            if waited + wait > self.max_wait:
                raise ThrottleTimeoutError(
                    f"rate limit of category {category!r} frees up in {wait:.3f}s; "
                    f"max_wait is {self.max_wait:g}s (already waited {waited:.3f}s)",
                    category=category,
                    broker=self.broker,
                    operation=operation,
                    retry_after=wait,
                )
        return wait


_DEFAULT_BACKEND = MemoryBackend()
_REGISTRY: dict[tuple[str, str, int], dict[float | None, Throttle]] = {}
_REGISTRY_LOCK = threading.Lock()
