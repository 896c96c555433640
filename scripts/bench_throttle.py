"""Benchmark the throttle: 50 asyncio tasks hammer one budget of R calls per second.

For each backend and rate it reports how many calls were admitted, the most admitted in any
1 s sliding window (by the backend's own stamps; must stay <= R) and the utilisation,
admitted / (R x seconds), which should reach 97 %. Redis runs on a private redis-server
started like the test fixture (or on ``BROKER_TEST_REDIS_URL``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from broker_overlays.spec_catalog import RateWindow
from broker_overlays.throttle import (
    Backend,
    MemoryBackend,
    RedisBackend,
    SQLiteBackend,
    Throttle,
    last_admitted_ms,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from redis_server import running_redis  # noqa: E402

TASKS = 50
BACKENDS = ("memory", "sqlite", "redis")


@dataclass(frozen=True)
class Result:
    backend: str
    rate: int
    seconds: float
    admitted: int
    max_per_second: int

    @property
    def utilisation(self) -> float:
        return self.admitted / (self.rate * self.seconds)


def max_in_window(stamps: Sequence[int], length_ms: int) -> int:
    """Most stamps inside any closed window ``[t, t + length_ms]``."""
    ordered = sorted(stamps)
    best = start = 0
    for end, stamp in enumerate(ordered):
        while stamp - ordered[start] > length_ms:
            start += 1
        best = max(best, end - start + 1)
    return best


async def hammer(throttle: Throttle, seconds: float) -> tuple[int, list[int]]:
    """Admissions returned before the deadline, and the stamps of every admission."""
    deadline = time.monotonic() + seconds
    stamps: list[int] = []
    admitted = 0

    async def task() -> None:
        nonlocal admitted
        while True:
            await throttle.async_acquire("bench")
            stamp = last_admitted_ms()
            assert stamp is not None
            stamps.append(stamp)
            if time.monotonic() >= deadline:
                return
            admitted += 1

    tasks = [asyncio.create_task(task()) for _ in range(TASKS)]
    await asyncio.sleep(max(0.0, deadline - time.monotonic()))
    for running in tasks:
        running.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return admitted, stamps


def run(backend_name: str, backend: Backend, rate: int, seconds: float) -> Result:
    throttle = Throttle(
        {"bench": (RateWindow(rate, 1),)}, backend=backend, namespace=f"bench-{uuid.uuid4()}"
    )
    admitted, stamps = asyncio.run(hammer(throttle, seconds))
    return Result(backend_name, rate, seconds, admitted, max_in_window(stamps, 1000))


@contextmanager
def open_backend(name: str, stack: ExitStack) -> Iterator[Backend]:
    if name == "memory":
        backend: Backend = MemoryBackend()
    elif name == "sqlite":
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-throttle-"))
        backend = SQLiteBackend(Path(tmp) / "throttle.db")
    elif name == "redis":
        url = os.environ.get("BROKER_TEST_REDIS_URL") or stack.enter_context(running_redis())
        backend = RedisBackend(url, prefix=f"bench-{uuid.uuid4()}")
    else:
        raise SystemExit(f"unknown backend {name!r} (choose from {', '.join(BACKENDS)})")
    try:
        yield backend
    finally:
        backend.close()


def table(results: Sequence[Result]) -> str:
    lines = [
        "| backend | rate (/s) | seconds | admitted | max in any 1 s | utilisation | verdict |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        ok = r.max_per_second <= r.rate and r.utilisation >= 0.97
        lines.append(
            f"| {r.backend} | {r.rate} | {r.seconds:g} | {r.admitted} | {r.max_per_second} "
            f"| {r.utilisation:.1%} | {'ok' if ok else 'FAIL'} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--rates", default="5,10,25")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    results = []
    for name in args.backends.split(","):
        with ExitStack() as stack, open_backend(name, stack) as backend:
            for rate in rates:
                print(f"[bench] {name} {rate}/s for {args.seconds:g}s ...", file=sys.stderr)
                results.append(run(name, backend, rate, args.seconds))
    print(table(results))
    return 0 if all(r.max_per_second <= r.rate for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
