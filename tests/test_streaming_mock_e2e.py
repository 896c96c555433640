"""The streaming clients end to end against the mock brokers' WebSocket streams (uvicorn on
localhost): after subscribe, unsubscribe and a server-side drop, the mock holds exactly the
intended set (its introspection ``GET /__mock__/streams``); ticks and order events flow."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from broker_overlays import gopocket, samco
from broker_overlays.mock import MockConfig, create_app
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.gopocket import GopocketAccount
from broker_overlays.mock.samco import SamcoAccount
from broker_overlays.streaming import StreamOptions
from broker_overlays.streaming.catalog import Reconnect

FAST = StreamOptions(reconnect=Reconnect(0.01, 2, 0.05, None), coalesce_window=0.02)


@pytest.fixture
def samco_url() -> Iterator[str]:
    with BackgroundServer(create_app("samco", config=MockConfig(stream_interval_ms=50))) as url:
        yield url


@pytest.fixture
def gopocket_url() -> Iterator[str]:
    app = create_app("gopocket", config=MockConfig(stream_interval_ms=50))
    with BackgroundServer(app) as url:
        yield url


def live(base_url: str) -> list[dict[str, Any]]:
    connections: Any = httpx.get(f"{base_url}/__mock__/streams").json()
    if isinstance(connections, dict):
        connections = connections.get("connections", [])
    return list(connections)


async def holds(base_url: str, expected: dict[str, list[str]], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        conns = await asyncio.to_thread(live, base_url)
        got = conns[0]["subscriptions"] if len(conns) == 1 else None
        if got is not None and {k: sorted(v) for k, v in got.items() if v} == expected:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"mock holds {conns}, expected {expected}")
        await asyncio.sleep(0.05)


async def test_samco_stream_against_the_mock(samco_url: str) -> None:
    account = SamcoAccount()
    session = samco.connect(account.api_key, account.api_secret, base_url=samco_url)
    url = "ws" + samco_url.removeprefix("http") + "/stream"
    async with session.stream("2885_NSE", "-21", url=url, options=FAST) as stream:
        tick = await asyncio.wait_for(anext(stream), 5)
        assert tick.ltp is not None
        stream.subscribe("11536_NSE", depth=True)
        await holds(samco_url, {"quote": ["-21", "11536_NSE", "2885_NSE"], "quote2": ["11536_NSE"]})
        stream.unsubscribe("-21")
        await holds(samco_url, {"quote": ["11536_NSE", "2885_NSE"], "quote2": ["11536_NSE"]})
        httpx.post(f"{samco_url}/__mock__/streams", json={"action": "drop", "code": 1011})
        await asyncio.sleep(0.3)
        await holds(samco_url, {"quote": ["11536_NSE", "2885_NSE"], "quote2": ["11536_NSE"]})
        assert stream.stats.connects >= 2
        deep = None
        for _ in range(50):
            t = await asyncio.wait_for(anext(stream), 5)
            if t.key == "11536_NSE" and t.bids:
                deep = t
                break
        assert deep is not None and deep.ltp is not None


async def test_gopocket_stream_and_orders_against_the_mock(gopocket_url: str) -> None:
    gp = GopocketAccount()
    browser = httpx.get(f"{gopocket_url}/", params={"appcode": gp.app_code})
    session = gopocket.connect_callback(
        callback_url=browser.headers["location"], api_secret=gp.api_secret, base_url=gopocket_url
    )
    url = "ws" + gopocket_url.removeprefix("http") + "/NorenWSWEBCODIFI/"
    stream = session.stream("NSE|26000", client_id=gp.user_id, orders=True, url=url, options=FAST)
    async with stream:
        tick = await asyncio.wait_for(anext(stream), 5)
        assert tick.key == "NSE|26000" and tick.ltp is not None
        stream.subscribe("NSE|2885", depth=True)
        await asyncio.wait_for(stream.wait_connected(), 5)
        conns = await asyncio.to_thread(live, gopocket_url)
        assert len(conns) == 1


async def test_instruments_from_the_masters_stream_on_both_brokers(
    samco_url: str, gopocket_url: str, tmp_path: Any
) -> None:
    """Stream keys come from the instrument masters: an instrument looked up in the mock's
    master is subscribed as it is, and its ticks carry that instrument's key."""
    from broker_overlays import instruments

    samco_master = await instruments.aload("samco", cache_dir=tmp_path, base_url=samco_url)
    sbin = samco_master.by_symbol("SBIN-EQ", exchange="NSE")
    account = SamcoAccount()
    session = samco.connect(account.api_key, account.api_secret, base_url=samco_url)
    url = "ws" + samco_url.removeprefix("http") + "/stream"
    async with session.stream(sbin, url=url, options=FAST) as stream:
        tick = await asyncio.wait_for(anext(stream), 5)
        assert tick.key == sbin.stream_key and tick.ltp is not None
        await holds(samco_url, {"quote": [str(sbin.stream_key)]})

    gp_master = await instruments.aload(
        "gopocket", ["NSE"], cache_dir=tmp_path, base_url=gopocket_url
    )
    gp_sbin = gp_master.by_symbol("SBIN-EQ")
    gp = GopocketAccount()
    browser = httpx.get(f"{gopocket_url}/", params={"appcode": gp.app_code})
    gp_session = gopocket.connect_callback(
        callback_url=browser.headers["location"], api_secret=gp.api_secret, base_url=gopocket_url
    )
    ws = "ws" + gopocket_url.removeprefix("http") + "/NorenWSWEBCODIFI/"
    async with gp_session.stream(gp_sbin, client_id=gp.user_id, url=ws, options=FAST) as gp_stream:
        tick = await asyncio.wait_for(anext(gp_stream), 5)
        assert tick.key == gp_sbin.stream_key == f"NSE|{gp_sbin.token}"
        await holds(gopocket_url, {"touchline": [str(gp_sbin.stream_key)]})
