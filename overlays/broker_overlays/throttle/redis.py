"""Budgets shared by every process and host that uses the same Redis server and prefix.

The check-and-admit is one Lua script that stamps the admission with the Redis server's
``TIME``, so hosts need no synchronised clocks and two callers whose round trips cross cannot
overfill a window. This is our own store, not pyrate-limiter's ``RedisBucket``: that bucket
stamps with the caller's clock before the round trip, and changing that would mean overriding
one of its private methods.

Needs the ``[redis]`` extra; imported only when :class:`RedisBackend` is used.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence

import redis
from pyrate_limiter import Rate

from broker_overlays.clock import SystemClock, TimerClock
from broker_overlays.throttle.stores import Attempt, Backend

# Sliding-window log per budget: a sorted set of admission stamps (ms). For each window
# (interval, limit) in turn: refused if `limit` stamps lie within it, answering the window's
# index, the stamp that must leave it first and the server's now. Admitted otherwise; entries
# older than the longest window are trimmed and idle budgets expire.
SCRIPT = """
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


class RedisStore:
    """One budget in Redis: an atomic check-and-admit by :data:`SCRIPT`."""

    blocking_io = True

    def __init__(self, client: redis.Redis, key: str, rates: Sequence[Rate]) -> None:
        self._client = client
        self.key = key
        self._rates = tuple(rates)
        self._args: list[int] = [len(self._rates)]
        for rate in self._rates:
            self._args += [rate.interval, rate.limit]
        self._lock = threading.Lock()
        self._sha = self._load()

    def _load(self) -> str:
        return str(self._client.script_load(SCRIPT))

    def attempt(self) -> Attempt:
        args: list[str | int] = [uuid.uuid4().hex, *self._args]
        try:
            reply = self._client.evalsha(self._sha, 1, self.key, *args)
        except redis.exceptions.NoScriptError:  # the server restarted or flushed its scripts
            with self._lock:
                self._sha = self._load()
            reply = self._client.evalsha(self._sha, 1, self.key, *args)
        index, blocking, now = (int(value) for value in reply)
        if index < 0:
            return Attempt(True, now, 0)
        # The blocking stamp leaves the window `interval` ms after it was made.
        interval = self._rates[index].interval
        wait = blocking + interval - now + 1 if blocking >= 0 else 1
        return Attempt(False, now, max(1, wait))

    def close(self) -> None:
        """Nothing to release per budget: the client belongs to the backend."""


class RedisBackend(Backend):
    """Budgets shared by every process and host that uses the same Redis and ``prefix``.

    The local clock only measures waits (stamps come from the server). Async callers run the
    (sync) client in a worker thread, so one client serves both. If Redis is unreachable,
    ``acquire`` raises redis' ``ConnectionError``: no call goes out unthrottled.
    """

    blocking_io = True

    def __init__(
        self,
        url_or_client: str | redis.Redis,
        *,
        prefix: str = "broker-throttle",
        clock: TimerClock | None = None,
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

    def _open(self, key: str, rates: list[Rate]) -> RedisStore:
        return RedisStore(self.client, self.key(key), rates)

    def close(self) -> None:
        super().close()
        if self._owns_client:
            self.client.close()
