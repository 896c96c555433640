"""One process of the multi-process throttle tests.

Its threads acquire one shared budget (SQLite file or Redis) from ``--start-at`` (epoch
seconds, so that all processes start together) for ``--duration`` seconds, then the process
writes the admission stamps (backend ms, see ``last_admitted_ms``) to ``--out`` as JSON.
``--guard-ms`` / ``--headroom`` set the throttle's safety margin (default: the default margin).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from broker_overlays.spec_catalog import RateWindow
from broker_overlays.throttle import (
    DEFAULT_MARGIN,
    Backend,
    RedisBackend,
    SafetyMargin,
    SQLiteBackend,
    Throttle,
    last_admitted_ms,
)

CATEGORY = "calls"


def parse_windows(text: str) -> tuple[RateWindow, ...]:
    """``"10/1,25/3"`` -> 10 per 1 s and 25 per 3 s."""
    pairs = (part.split("/") for part in text.split(","))
    return tuple(RateWindow(int(limit), int(seconds)) for limit, seconds in pairs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "redis"], required=True)
    parser.add_argument("--target", required=True, help="SQLite path or Redis URL")
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--windows", required=True)
    parser.add_argument("--start-at", type=float, required=True)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--guard-ms", type=int, default=DEFAULT_MARGIN.guard_ms)
    parser.add_argument("--headroom", type=float, default=DEFAULT_MARGIN.headroom)
    args = parser.parse_args()

    backend: Backend = (
        SQLiteBackend(args.target) if args.backend == "sqlite" else RedisBackend(args.target)
    )
    throttle = Throttle(
        {CATEGORY: parse_windows(args.windows)},
        backend=backend,
        namespace=args.namespace,
        margin=SafetyMargin(guard_ms=args.guard_ms, headroom=args.headroom),
    )
    stamps: list[int] = []
    lock = threading.Lock()

    def run() -> None:
        time.sleep(max(0.0, args.start_at - time.time()))
        while time.time() < args.start_at + args.duration:
            throttle.acquire(CATEGORY)
            stamp = last_admitted_ms()
            assert stamp is not None
            with lock:
                stamps.append(stamp)

    threads = [threading.Thread(target=run) for _ in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    backend.close()
    args.out.write_text(json.dumps({"stamps": stamps}))


if __name__ == "__main__":
    main()
