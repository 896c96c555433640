"""pytest fixtures for testing trading code offline against the mock brokers.

Installed as a ``pytest11`` plugin (active wherever the project is installed with its
``[mock]`` extra). Three lines test a strategy::

    from samco_client.api.orders import get_order_book

    def test_my_strategy(samco_session):
        assert get_order_book.sync(client=samco_session).order_book_details == []

Fixtures (function scope, a fresh seeded broker each time):

- ``samco_mock`` / ``gopocket_mock``: a :class:`MockBrokerHandle` — the ASGI app, its
  :class:`~broker_overlays.mock.MockServer` (faults, request log, state), the credentials
  it accepts and in-process transports;
- ``samco_session`` / ``gopocket_session``: a connected session (the generated client with
  every overlay on) trading against that mock, closed after the test;
- ``samco_live`` / ``gopocket_live``: a :class:`LiveMockBroker` — the mock served on a
  localhost port (WebSocket streams need real sockets), with a connected session and the
  stream URL; streaming code is tested in three lines too (with pytest-asyncio)::

      @pytest.mark.asyncio
      async def test_my_ticks(samco_live):
          async with samco_live.session.stream("2885_NSE", url=samco_live.stream_url) as s:
              assert (await anext(s)).ltp is not None

Without the ``[mock]`` extra the plugin loads but its fixtures skip the test with a hint.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from broker_overlays.gopocket import GopocketSession
    from broker_overlays.mock.app import AsyncTransport, MockServer, SyncTransport
    from broker_overlays.samco import SamcoSession

BASE_URLS = {"samco": "http://mock.samco", "gopocket": "http://mock.gopocket"}
_accounts = itertools.count(1)


@dataclass
class MockBrokerHandle:
    """One in-process mock broker for a test."""

    broker: str
    app: Starlette
    server: MockServer
    base_url: str
    transport: SyncTransport
    async_transport: AsyncTransport
    credentials: dict[str, str]

    def options(self) -> dict[str, Any]:
        """Keyword options that point a facade at this mock (``samco.connect(..., **opts)``)."""
        return {
            "base_url": self.base_url,
            "transport": self.transport,
            "async_transport": self.async_transport,
            "account": f"pytest-{self.broker}-{next(_accounts)}",
            "unknown_paths": "raise",
        }


@dataclass
class LiveMockBroker:
    """One mock broker served on localhost for a test, with a session on it."""

    broker: str
    server: MockServer
    base_url: str
    stream_url: str
    """The broker's WebSocket stream on this mock (pass as ``url=`` to ``session.stream``)."""
    credentials: dict[str, str]
    session: Any
    """A :class:`~broker_overlays.samco.SamcoSession` or
    :class:`~broker_overlays.gopocket.GopocketSession` over real HTTP to this mock."""


def _live(broker: str) -> Iterator[LiveMockBroker]:
    try:
        from broker_overlays.mock import MockConfig, create_app, server_of
        from broker_overlays.mock.background import BackgroundServer
        from broker_overlays.mock.streams.gopocket import GOPOCKET_STREAM_PATHS
        from broker_overlays.mock.streams.samco import SAMCO_STREAM_PATH
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        pytest.skip(f"the mock brokers need the [mock] extra ({exc})")
    app = create_app(broker, config=MockConfig(strict=True, stream_interval_ms=50))
    server = server_of(app)
    creds = server.state.credentials()
    path = SAMCO_STREAM_PATH if broker == "samco" else GOPOCKET_STREAM_PATHS[0]
    with BackgroundServer(app) as url:
        stream_url = "ws" + url.removeprefix("http") + path
        account = f"pytest-live-{broker}-{next(_accounts)}"
        with _live_session(broker, url, creds, account) as session:
            yield LiveMockBroker(broker, server, url, stream_url, creds, session)


def _live_session(broker: str, url: str, creds: dict[str, str], account: str) -> Any:
    if broker == "samco":
        from broker_overlays import samco

        return samco.connect(creds["api key"], creds["api secret"], base_url=url, account=account)
    import httpx

    from broker_overlays import gopocket

    login = httpx.URL(gopocket.login_url(creds["app code"]))
    page = httpx.URL(url).copy_with(path=login.path, query=login.query)
    callback = httpx.get(page).headers["location"]
    return gopocket.connect_callback(callback, creds["api secret"], base_url=url, account=account)


@pytest.fixture
def samco_live() -> Iterator[LiveMockBroker]:
    """A Samco mock on a localhost port (REST and the WebSocket stream) and a session."""
    yield from _live("samco")


@pytest.fixture
def gopocket_live() -> Iterator[LiveMockBroker]:
    """A Gopocket mock on a localhost port (REST and the Noren feed) and a session; its
    stream wants ``client_id=gopocket_live.credentials["user id"]``."""
    yield from _live("gopocket")


def _handle(broker: str) -> MockBrokerHandle:
    try:
        from broker_overlays.mock import MockConfig, create_app, in_process, server_of
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        pytest.skip(f"the mock brokers need the [mock] extra ({exc})")
    app = create_app(broker, config=MockConfig(strict=True))
    sync, async_ = in_process(app)
    server = server_of(app)
    return MockBrokerHandle(
        broker=broker,
        app=app,
        server=server,
        base_url=BASE_URLS[broker],
        transport=sync,
        async_transport=async_,
        credentials=server.state.credentials(),
    )


@pytest.fixture
def samco_mock() -> Iterator[MockBrokerHandle]:
    """A fresh in-process Samco mock broker."""
    handle = _handle("samco")
    yield handle
    handle.transport.close()


@pytest.fixture
def gopocket_mock() -> Iterator[MockBrokerHandle]:
    """A fresh in-process Gopocket mock broker."""
    handle = _handle("gopocket")
    yield handle
    handle.transport.close()


@pytest.fixture
def samco_session(samco_mock: MockBrokerHandle) -> Iterator[SamcoSession]:
    """A Samco session on the mock (logs in with the mock's API key and secret on first use)."""
    from broker_overlays import samco

    creds = samco_mock.credentials
    with samco.connect(creds["api key"], creds["api secret"], **samco_mock.options()) as session:
        yield session


@pytest.fixture
def gopocket_session(gopocket_mock: MockBrokerHandle) -> Iterator[GopocketSession]:
    """A Gopocket session on the mock, obtained through the vendor SSO flow (the browser
    login page, its redirect, the checksum exchange)."""
    import httpx

    from broker_overlays import gopocket

    creds = gopocket_mock.credentials
    login = httpx.URL(gopocket.login_url(creds["app code"]))
    page = httpx.URL(gopocket_mock.base_url).copy_with(path=login.path, query=login.query)
    with httpx.Client(transport=gopocket_mock.transport) as browser:
        redirect = browser.get(page)
    callback = redirect.headers["location"]
    with gopocket.connect_callback(
        callback, creds["api secret"], **gopocket_mock.options()
    ) as session:
        yield session
