"""A throwaway ``redis-server`` for the throttle tests (pytest plugin) and its benchmark.

Load it with ``pytest_plugins = ["redis_server"]``. The ``redis_url`` fixture uses
``BROKER_TEST_REDIS_URL`` when set; otherwise it starts a private server on a free loopback
port, without persistence, and skips when the binary is missing, unless
``BROKER_TEST_REQUIRE_REDIS=1`` (CI), where a missing Redis is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_ping(proc: subprocess.Popen[bytes], url: str, timeout: float) -> bool:
    """True once the server answers PING; False if it exited first (e.g. port taken)."""
    client = redis.Redis.from_url(url, socket_timeout=1)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False
            try:
                if client.ping():
                    return True
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        raise TimeoutError(f"redis-server at {url} did not answer PING in {timeout}s")
    finally:
        client.close()


@contextmanager
def running_redis(binary: str | None = None, *, timeout: float = 10.0) -> Iterator[str]:
    """Start ``redis-server`` in a temp dir on a free loopback port; yield its URL."""
    binary = binary or shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server is not installed (apt-get install redis-server)")
    with tempfile.TemporaryDirectory(prefix="throttle-redis-") as tmp:
        log = Path(tmp) / "redis.log"
        for _ in range(5):  # the free port can be taken before redis binds it
            port = _free_port()
            url = f"redis://127.0.0.1:{port}/0"
            with log.open("wb") as out:
                proc = subprocess.Popen(
                    [
                        *(binary, "--port", str(port), "--bind", "127.0.0.1"),
                        *("--save", "", "--appendonly", "no", "--dir", tmp),
                    ],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            try:
                if _wait_for_ping(proc, url, timeout):
                    yield url
                    return
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        raise RuntimeError(f"redis-server did not start: {log.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """URL of a Redis the tests may write to (keys are namespaced per test)."""
    external = os.environ.get("BROKER_TEST_REDIS_URL")
    if external:
        yield external
        return
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("BROKER_TEST_REQUIRE_REDIS") == "1":
            pytest.fail(message + " and BROKER_TEST_REQUIRE_REDIS=1")
        pytest.skip(message)
    with running_redis(binary) as url:
        yield url
