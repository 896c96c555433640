"""Serve a mock broker over real loopback HTTP from a background thread (demo, benchmarks)."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

SHUTDOWN_GRACE_S = 1
"""Seconds a stopping server waits for open requests (e.g. a long ``latency_ms``) before it
cancels them; answers held by a ``timeout`` fault are dropped at once."""


class MockUvicorn(uvicorn.Server):
    """uvicorn for a mock app: on shutdown, answers held by a ``timeout`` fault end at once
    (their connections are dropped) instead of keeping the server up for an hour."""

    def __init__(self, config: uvicorn.Config, app: Starlette) -> None:
        super().__init__(config)
        self._mock_app = app

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        server = getattr(getattr(self._mock_app, "state", None), "mock", None)
        release = getattr(server, "release_holds", None)
        if callable(release):
            release()
        await super().shutdown(sockets)


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket (port 0: a free port) to hand to uvicorn.

    ``TCP_NODELAY`` is inherited by the accepted connections: without it small responses
    stall on Nagle + delayed ACK (about 40 ms a call on loopback).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)  # connections queue up until uvicorn accepts them
    return sock


class BackgroundServer:
    """``with BackgroundServer(app) as base_url:`` - uvicorn on a free 127.0.0.1 port."""

    def __init__(
        self, app: Starlette, *, host: str = "127.0.0.1", startup_timeout: float = 10
    ) -> None:
        self._sock = listening_socket(host, 0)
        port = self._sock.getsockname()[1]
        self.base_url = f"http://{host}:{port}"
        config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
        )
        self._server = MockUvicorn(config, app)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )
        self._startup_timeout = startup_timeout

    def __enter__(self) -> str:
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("mock server did not start")
            time.sleep(0.01)
        return self.base_url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
