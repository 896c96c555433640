"""Budgets shared by the processes of one host, through one SQLite file and a file lock."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pyrate_limiter import Rate, SQLiteBucket

from broker_overlays.clock import SystemClock, TimerClock
from broker_overlays.throttle.stores import Backend, BucketStore


class SQLiteBackend(Backend):
    """Budgets shared by the processes of one host, through one SQLite file and a file lock.

    Stamps are wall-clock ms (comparable across processes) unless another clock is given.
    """

    blocking_io = True

    def __init__(self, path: str | Path, *, clock: TimerClock | None = None) -> None:
        super().__init__(clock if clock is not None else SystemClock(wall=True))
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def _open(self, key: str, rates: list[Rate]) -> BucketStore:
        bucket = SQLiteBucket.init_from_file(
            rates, table=_table_name(key), db_path=str(self.path), use_file_lock=True
        )
        return BucketStore(bucket, stamp=self.clock.now_ms, guard=bucket.lock, blocking_io=True)


def _table_name(key: str) -> str:
    """A safe, collision-free SQL table name (pyrate interpolates it into its queries)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"throttle_{re.sub(r'[^A-Za-z0-9_]', '_', key)[:40]}_{digest}"
