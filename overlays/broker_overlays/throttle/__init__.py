"""Client-side throttling: keep every call inside the broker's published rate-limit windows.

Package layout: :mod:`.windows` (window arithmetic and the safety margin), :mod:`.stores`
(the backend base and budget stores), one module per backend (:mod:`.memory`, :mod:`.sqlite`,
:mod:`.redis` with its Lua script; Redis is imported only when used), and here the
:class:`Throttle` itself and the per-account registry.

The windows of each rate-limit category come from the spec (root ``x-rate-limits``, read by
:func:`~broker_overlays.spec_catalog.catalog`); no second table is kept here. Admission is a
sliding-window log (pyrate-limiter 4.x buckets for SQLite, a native log of the same rule in
memory, a Lua script on Redis): a call goes out only when every window of its category admits
it. The backend decides who shares a budget:

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
import functools
import importlib
import threading
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from broker_overlays.clock import SystemClock, TimerClock
from broker_overlays.errors import ThrottleTimeoutError
from broker_overlays.flows import Flow, arun, run
from broker_overlays.spec_catalog import RateWindow, catalog
from broker_overlays.throttle.memory import MemoryBackend
from broker_overlays.throttle.sqlite import SQLiteBackend
from broker_overlays.throttle.stores import (
    _LAST_ADMITTED,
    Backend,
    BudgetStore,
    last_admitted_ms,
)
from broker_overlays.throttle.windows import (
    DEFAULT_MARGIN,
    EXACT_MARGIN,
    EnforcedWindow,
    SafetyMargin,
    ThrottleConfigError,
    enforced_windows,
    normalize_windows,
    rates,
)

if TYPE_CHECKING:
    from broker_overlays.throttle.redis import RedisBackend

Clock = TimerClock  # the name this module has always exported

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


def __getattr__(name: str) -> Any:
    """``RedisBackend`` is loaded on first use, so that a plain install needs no redis."""
    if name == "RedisBackend":
        value = importlib.import_module("broker_overlays.throttle.redis").RedisBackend
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        self._rates = {name: rates(ws) for name, ws in self.enforced.items()}
        self._stores: dict[str, BudgetStore] = {}
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
        store = self._stores.get(category)
        if store is not None:  # the common case, without a flow: one attempt that admits
            attempt = store.attempt()
            if attempt.admitted:
                _LAST_ADMITTED.set(attempt.at_ms)
                return
        run(self._admission(category, operation))

    async def async_acquire(self, category: str, *, operation: str | None = None) -> None:
        """Await until ``category`` admits one call, sharing the budget with sync callers.

        A call cancelled while its attempt runs in a worker thread may still use a slot.
        """
        await arun(self._admission(category, operation))

    def _admission(self, category: str, operation: str | None) -> Flow[None]:
        """Attempt, and sleep as long as the bucket says, until ``category`` admits a call.

        A backend with ``blocking_io`` (SQLite, Redis) is used from a worker thread on the
        async path, so that the event loop never waits for a file lock or a socket.
        """
        store = self._stores.get(category)
        if store is None:
            opens_io = self.backend.blocking_io and bool(self._rates.get(category))
            opening = functools.partial(self._store, category)
            store = (yield _Blocking(opening)) if opens_io else opening()
        clock = self.backend.clock
        if store is None:
            _LAST_ADMITTED.set(clock.now_ms())
            return
        started = clock.now_ms()
        while True:
            attempt = (yield _Blocking(store.attempt)) if store.blocking_io else store.attempt()
            if attempt.admitted:
                _LAST_ADMITTED.set(attempt.at_ms)
                return
            wait = self._wait_or_raise(category, operation, started, attempt.wait_ms)
            yield _Sleep(clock, wait)

    def _store(self, category: str) -> BudgetStore | None:
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


class _Blocking:
    """Effect: ``function()`` that does blocking I/O (a file lock, a socket): called in place
    by the sync driver, in a worker thread by the async one. (A flow calls functions that do
    no I/O directly: both drivers would do just that.)"""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[], Any]) -> None:
        self.function = function

    def run(self) -> Any:
        return self.function()

    async def arun(self) -> Any:
        return await asyncio.to_thread(self.function)


class _Sleep:
    """Effect: wait ``seconds`` on the backend's clock (``sleep`` or ``async_sleep``)."""

    __slots__ = ("clock", "seconds")

    def __init__(self, clock: TimerClock, seconds: float) -> None:
        self.clock, self.seconds = clock, seconds

    def run(self) -> None:
        self.clock.sleep(self.seconds)

    async def arun(self) -> None:
        await self.clock.async_sleep(self.seconds)


_DEFAULT_BACKEND = MemoryBackend()
_REGISTRY: dict[tuple[str, str, int], dict[float | None, Throttle]] = {}
_REGISTRY_LOCK = threading.Lock()
