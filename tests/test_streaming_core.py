"""Streaming clients against tiny in-test WebSocket servers: subscribe semantics, merging,
reconnect with backoff and full resubscription, idle watchdog, conflation, typed errors,
token renewal on reconnect, the sync adapter, no secret in logs, and every client frame
valid against the AsyncAPI payload schemas."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from broker_overlays.redaction import Secret
from broker_overlays.streaming import (
    ConflatingBuffer,
    SessionTakenOverError,
    StreamAuthError,
    StreamClosedError,
    StreamOptions,
    ThreadedStream,
    Tick,
)
from broker_overlays.streaming.catalog import Reconnect, stream_catalog
from broker_overlays.streaming.gopocket import GopocketStream, derive_token
from broker_overlays.streaming.samco import SamcoStream

TOKEN = "samco-stream-token-7f3a9c"
FAST = StreamOptions(
    reconnect=Reconnect(0.01, 2, 0.05, None), coalesce_window=0.05, rng=random.Random(1)
)


class Recorder:
    """A WebSocket server whose behaviour each test scripts through ``handler``."""

    def __init__(self) -> None:
        self.frames: list[str] = []
        self.headers: list[Headers] = []
        self.connections: list[ServerConnection] = []
        self.refuse = 0
        self.server: Server | None = None
        self.handler: Callable[[ServerConnection, int], Awaitable[None]] = self.hold

    async def hold(self, ws: ServerConnection, n: int) -> None:
        async for frame in ws:
            self.frames.append(str(frame))

    def _process(self, connection: ServerConnection, request: Request) -> Response | None:
        self.headers.append(request.headers)
        if self.refuse > 0:
            self.refuse -= 1
            return connection.respond(401, "refused\n")
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        self.connections.append(ws)
        await self.handler(ws, len(self.connections))

    async def __aenter__(self) -> Recorder:
        self.server = await serve(self._handle, "127.0.0.1", 0, process_request=self._process)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = next(iter(self.server.sockets)).getsockname()[:2]
        return f"ws://{host}:{port}/stream"

    async def wait(self, predicate: Callable[[], bool], timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; frames={self.frames}")
            await asyncio.sleep(0.01)


def validate(broker: str, frame: str) -> dict[str, Any]:
    """The frame (terminator stripped) is valid against its AsyncAPI payload schema."""
    catalog = stream_catalog(broker)
    assert frame.endswith(catalog.terminator)
    data = json.loads(
        frame[: len(frame) - len(catalog.terminator)] if catalog.terminator else frame
    )
    schemas = dict(catalog.schemas())
    name = {"c": "ConnectRequest", "t": "SubscribeRequest", "d": "SubscribeRequest",
            "u": "UnsubscribeRequest", "h": "Heartbeat", "o": "OrderFeedRequest"}.get(
        data.get("t"), "StreamRequest")  # fmt: skip
    schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": schemas}}
    jsonschema.validate(data, schema)
    return data


def quote(sym: str, ltp: str) -> str:
    return json.dumps({"sym": sym, "ltp": ltp, "vol": "1,000", "bPr": "1.0", "aPr": "2.0",
                       "streaming_type": "quote"})  # fmt: skip


def depth(sym: str) -> str:
    levels = [{"no": "2", "price": f"{100 - i}.00", "qty": "1,5" + str(i)} for i in range(5)]
    asks = [{"no": "1", "price": f"{101 + i}.00", "qty": "10"} for i in range(5)]
    data = {"symbol": sym, "bidValues": levels, "askValues": asks, "tbq": "10", "taq": "20"}
    return json.dumps({"response": {"data": data, "streaming_type": "quote2"}})


async def next_tick(stream: AsyncIterator[Tick], timeout: float = 3.0) -> Tick:
    return await asyncio.wait_for(anext(stream), timeout)


# --------------------------------------------------------------------------- samco


async def test_samco_coalesces_subscribes_into_one_full_set_frame_with_newline() -> None:
    async with Recorder() as server:
        async with SamcoStream(TOKEN, url=server.url, options=FAST) as stream:
            await stream.wait_connected(3)
            for key in ("2885_NSE", "11536_NSE", "-21"):
                stream.subscribe(key)
            await server.wait(lambda: len(server.frames) >= 1)
            await asyncio.sleep(0.15)
            assert len(server.frames) == 1
            [frame] = server.frames
            assert frame.endswith("}\n") and frame.count("\n") == 1
            data = validate("samco", frame)
            assert data["request"]["streaming_type"] == "quote"
            assert data["request"]["request_type"] == "subscribe"
            assert [s["symbol"] for s in data["request"]["data"]["symbols"]] == [
                "2885_NSE", "11536_NSE", "-21"]  # fmt: skip
            # unsubscribe: drop, then restate the rest
            stream.unsubscribe("11536_NSE")
            await server.wait(lambda: len(server.frames) >= 3)
            unsub, resub = (validate("samco", f)["request"] for f in server.frames[1:3])
            assert unsub["request_type"] == "unsubscribe"
            assert [s["symbol"] for s in unsub["data"]["symbols"]] == ["11536_NSE"]
            assert [s["symbol"] for s in resub["data"]["symbols"]] == ["2885_NSE", "-21"]
        assert server.headers[0]["x-session-token"] == TOKEN


async def test_samco_percent_decodes_the_token_header() -> None:
    async with Recorder() as server:
        async with SamcoStream("abc%2Fdef%3D%3Dxyz123", url=server.url, options=FAST) as s:
            await s.wait_connected(3)
        assert server.headers[0]["x-session-token"] == "abc/def==xyz123"


async def test_samco_merges_quote_and_quote2_into_one_depth_tick() -> None:
    async def push(ws: ServerConnection, n: int) -> None:
        server.frames += [str(await ws.recv()), str(await ws.recv())]
        await ws.send(quote("2885_NSE", "1,282.40"))
        await ws.send(depth("2885_NSE"))
        await ws.send(quote("9999_NSE", "1.00"))  # not subscribed: ignored
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = push
        every_tick = StreamOptions(policy="drop-oldest", reconnect=FAST.reconnect)
        stream = SamcoStream(TOKEN, url=server.url, options=every_tick)
        stream.subscribe("2885_NSE", depth=True)
        async with stream:
            first = await next_tick(stream)
            assert first.ltp == Decimal("1282.40") and first.volume == 1000 and first.depth
            second = await next_tick(stream)
            assert second.ltp == Decimal("1282.40")  # quote fields kept
            assert len(second.bids) == 5 and second.bids[0].price == Decimal("100.00")
            assert second.bids[0].quantity == 150 and second.ask == Decimal("101.00")
            assert type(second.message).__name__ == "DepthData"
            assert type(first.message).__name__ == "QuoteTick"
        types = sorted(validate("samco", f)["request"]["streaming_type"] for f in server.frames)
        assert types == ["quote", "quote2"]


async def test_reconnect_backs_off_resubscribes_and_uses_a_renewed_token() -> None:
    issued: list[str] = []

    class Tokens:
        async def current(self) -> Secret:
            issued.append(f"token-number-{len(issued) + 1:04d}")
            return Secret(issued[-1])

        async def renew(self, stale: Secret) -> Secret:
            return await self.current()

    async def drop_first(ws: ServerConnection, n: int) -> None:
        if n == 1:
            await ws.recv()
            await ws.close(1011)  # a server error: reconnect
            return
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = drop_first
        stream = SamcoStream(Tokens(), url=server.url, options=FAST)
        stream.subscribe("2885_NSE", "-21")
        stream.subscribe("10753_NSE", depth=True)
        async with stream:
            await server.wait(lambda: len(server.connections) >= 2 and len(server.frames) >= 2)
            await stream.wait_connected(3)
        assert stream.stats.reconnects >= 1 and 0 <= stream.stats.delays[0] <= 0.01
        assert [h["x-session-token"] for h in server.headers[:2]] == issued[:2]
        sets = {
            r["streaming_type"]: [s["symbol"] for s in r["data"]["symbols"]]
            for r in (validate("samco", f)["request"] for f in server.frames)
        }
        assert sets == {"quote": ["2885_NSE", "-21", "10753_NSE"], "quote2": ["10753_NSE"]}


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = stream_catalog("samco").reconnect
    assert [policy.step(n) for n in range(1, 6)] == [5, 10, 20, 40, 60]
    assert policy.max_attempts == 10
    rng = random.Random(7)
    assert all(0 <= policy.delay(n, rng) <= policy.step(n) for n in range(1, 30))
    noren = stream_catalog("gopocket").reconnect
    assert [noren.step(n) for n in range(1, 9)] == [1, 2, 5, 10, 30, 60, 60, 60]


async def test_gives_up_after_max_attempts_with_a_typed_error() -> None:
    options = StreamOptions(reconnect=Reconnect(0.001, 1, 0.001, None), max_attempts=2)
    stream = SamcoStream(TOKEN, url="ws://127.0.0.1:9/stream", options=options)
    with pytest.raises(StreamClosedError, match="2 reconnect attempts"):
        await next_tick(stream)
    await stream.aclose()


async def test_refused_upgrade_renews_once_then_raises_stream_auth_error() -> None:
    async with Recorder() as server:
        server.refuse = 5
        stream = SamcoStream(TOKEN, url=server.url, options=FAST)
        with pytest.raises(StreamAuthError):
            await next_tick(stream)
        await stream.aclose()
        assert len(server.headers) == 1  # a static token cannot be renewed


async def test_idle_watchdog_reconnects_a_silent_stream() -> None:
    options = StreamOptions(
        reconnect=Reconnect(0.01, 2, 0.05, None), idle_timeout=0.2, heartbeat_interval=None
    )
    async with Recorder() as server:
        async with SamcoStream(TOKEN, url=server.url, options=options) as stream:
            await server.wait(lambda: len(server.connections) >= 2, timeout=3)
        assert stream.stats.idle_timeouts >= 1


async def test_malformed_frames_are_counted_and_skipped() -> None:
    async def push(ws: ServerConnection, n: int) -> None:
        await ws.recv()
        for bad in ("not json", "[1,2]", '{"streaming_type":"quote"}', '{"x":1}'):
            await ws.send(bad)
        await ws.send(quote("2885_NSE", "10"))
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = push
        stream = SamcoStream(TOKEN, url=server.url, options=FAST)
        stream.subscribe("2885_NSE")
        async with stream:
            tick = await next_tick(stream)
            assert tick.ltp == Decimal("10")
        assert stream.stats.malformed == 2 and stream.stats.ignored == 2


async def test_no_secret_in_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with Recorder() as server:
        server.refuse = 1
        stream = SamcoStream(TOKEN, url=server.url, options=FAST)
        with pytest.raises(StreamAuthError) as info:
            await next_tick(stream)
        await stream.aclose()
    client_logs = [r.getMessage() for r in caplog.records if "server" not in r.name]
    assert any("x-session-token" in m.lower() for m in client_logs)  # headers were logged...
    text = "\n".join(client_logs) + repr(stream) + str(info.value) + repr(info.value)
    assert TOKEN not in text


def test_invalid_keys_are_typed_errors() -> None:
    from broker_overlays.errors import ClientValidationError

    stream = SamcoStream(TOKEN, url="ws://127.0.0.1:9/")
    with pytest.raises(ClientValidationError):
        stream.subscribe("RELIANCE")
    with pytest.raises(ClientValidationError):
        GopocketStream("k" * 20, client_id="GP1", url="ws://x/").subscribe("2885_NSE")


def test_instruments_with_a_stream_key_are_accepted() -> None:
    class Instrument:
        stream_key = "NSE|2885"

    stream = GopocketStream("k" * 20, client_id="GP1", url="ws://x/")
    stream.subscribe(Instrument(), depth=True)
    assert stream.subscriptions == {"d": frozenset({"NSE|2885"})}


# --------------------------------------------------------------------------- conflation


async def test_conflation_keeps_the_latest_tick_per_key_in_bounded_memory() -> None:
    buffer: ConflatingBuffer[tuple[str, int]] = ConflatingBuffer(maxsize=3)
    for n in range(1000):
        buffer.put_nowait(f"K{n % 3}", (f"K{n % 3}", n))
    assert len(buffer) == 3 and buffer.conflated == 997
    assert [await buffer.get() for _ in range(3)] == [("K0", 999), ("K1", 997), ("K2", 998)]
    for n in range(10):  # more distinct keys than room: the oldest key goes
        buffer.put_nowait(f"S{n}", (f"S{n}", n))
    assert len(buffer) == 3 and buffer.dropped == 7
    drop: ConflatingBuffer[int] = ConflatingBuffer(maxsize=2, policy="drop-oldest")
    for n in range(5):
        drop.put_nowait("k", n)
    assert [await drop.get(), await drop.get()] == [3, 4] and drop.dropped == 3


async def test_block_policy_waits_for_the_consumer() -> None:
    buffer: ConflatingBuffer[int] = ConflatingBuffer(maxsize=1, policy="block")
    await buffer.put("a", 1)
    putter = asyncio.create_task(buffer.put("a", 2))
    await asyncio.sleep(0.01)
    assert not putter.done()
    assert await buffer.get() == 1
    await putter
    assert await buffer.get() == 2


async def test_slow_consumer_gets_latest_ticks_and_never_loses_order_events() -> None:
    async def push(ws: ServerConnection, n: int) -> None:
        await ws.recv()
        ack = {"t": "ck", "s": "OK", "uid": "GP1"}
        await ws.send(json.dumps(ack))
        await ws.recv()  # subscription
        for i in range(2000):
            await ws.send(json.dumps({"t": "tf", "e": "NSE", "tk": str(i % 4), "lp": str(i)}))
            if i % 100 == 0:
                await ws.send(json.dumps({"t": "om", "norenordno": f"{i:014d}", "status": "OPEN"}))
        await ws.send(json.dumps({"t": "tf", "e": "NSE", "tk": "0", "lp": "done"}))
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = push
        options = StreamOptions(buffer_size=8, order_queue_size=4, reconnect=FAST.reconnect)
        stream = GopocketStream("web-key-0123456789", client_id="GP1", orders=True,
                                url=server.url, options=options)  # fmt: skip
        stream.subscribe("NSE|0", "NSE|1", "NSE|2", "NSE|3")
        async with stream:
            orders = stream.orders()
            events = [await asyncio.wait_for(anext(orders), 3) for _ in range(20)]
            await server.wait(lambda: stream.stats.ticks >= 2001)
            assert stream.pending <= 8
            seen = {}
            while stream.pending:
                tick = await next_tick(stream)
                seen[tick.key] = tick.fields["lp"]
            assert seen["NSE|0"] == "done" and seen["NSE|3"] == "1999"
        assert [e.order_number for e in events] == [f"{i:014d}" for i in range(0, 2000, 100)]
        assert stream.conflated > 1000


# --------------------------------------------------------------------------- gopocket


async def test_noren_connect_subscribe_merge_heartbeat_and_orders() -> None:
    async def noren(ws: ServerConnection, n: int) -> None:
        server.frames.append(str(await ws.recv()))
        await ws.send(json.dumps({"t": "ck", "s": "OK", "uid": "GP1234"}))
        async for frame in ws:
            server.frames.append(str(frame))
            data = json.loads(frame)
            if data["t"] == "t":
                await ws.send(json.dumps({"t": "tk", "e": "NSE", "tk": "26000", "ts": "Nifty 50",
                                          "lp": "24812.35", "c": "24708.40", "v": "10",
                                          "ft": "1768468178"}))  # fmt: skip
                await ws.send(json.dumps({"t": "tf", "e": "NSE", "tk": "26000", "lp": "24815.10"}))
            if data["t"] == "d":
                await ws.send(json.dumps({"t": "dk", "e": "NSE", "tk": "2885", "lp": "1",
                                          "bp1": "1.0", "bq1": "5", "bo1": "1",
                                          "bp2": "0.9", "bq2": "7", "bo2": "2"}))  # fmt: skip
                await ws.send(json.dumps({"t": "df", "e": "NSE", "tk": "2885", "bq2": "70"}))
            if data["t"] == "o":
                await ws.send(json.dumps({"t": "ok"}))
                await ws.send(json.dumps({"t": "om", "norenordno": "26011500000081",
                                          "status": "PENDING", "tsym": "SBIN-EQ", "qty": "5"}))  # fmt: skip

    options = StreamOptions(heartbeat_interval=0.05, policy="drop-oldest", reconnect=FAST.reconnect)
    async with Recorder() as server:
        server.handler = noren
        stream = GopocketStream("webkey-abcdef-123456", client_id="GP1234", orders=True,
                                url=server.url, options=options)  # fmt: skip
        stream.subscribe("NSE|26000")
        stream.subscribe("NSE|2885", depth=True)
        async with stream:
            ticks = [await next_tick(stream) for _ in range(4)]
            event = await asyncio.wait_for(anext(stream.orders()), 3)
            await server.wait(lambda: any('"t":"h"' in f for f in server.frames))
        by_key = {t.key: t for t in ticks}  # the latest per key
        nifty = by_key["NSE|26000"]
        assert nifty.ltp == Decimal("24815.10") and nifty.close == Decimal("24708.40")
        assert nifty.symbol == "Nifty 50" and nifty.volume == 10
        depth_tick = by_key["NSE|2885"]
        assert depth_tick.depth and [lv.quantity for lv in depth_tick.bids] == [5, 70]
        assert event.order_number == "26011500000081" and event.quantity == 5
        frames = [validate("gopocket", f) for f in server.frames]
        connect = frames[0]
        assert connect == {"t": "c", "uid": "GP1234", "actid": "GP1234",
                           "susertoken": "webkey-abcdef-123456", "source": "WEB"}  # fmt: skip
        assert {"t": "t", "k": "NSE|26000"} in frames and {"t": "d", "k": "NSE|2885"} in frames
        assert {"t": "o", "actid": "GP1234"} in frames and {"k": "", "t": "h"} in frames


async def test_noren_rejected_connect_is_a_stream_auth_error() -> None:
    async def reject(ws: ServerConnection, n: int) -> None:
        await ws.recv()
        await ws.send(json.dumps({"t": "ck", "s": "NOT_OK", "emsg": "Invalid Session Key"}))
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = reject
        stream = GopocketStream("webkey-abcdef-123456", client_id="GP1", url=server.url,
                                options=FAST)  # fmt: skip
        with pytest.raises(StreamAuthError) as info:
            await next_tick(stream)
        await stream.aclose()
        assert "Invalid Session Key" in str(info.value)


async def test_noren_takeover_stops_instead_of_fighting() -> None:
    async def takeover(ws: ServerConnection, n: int) -> None:
        await ws.recv()
        await ws.send(json.dumps({"t": "ck", "s": "OK"}))
        await asyncio.sleep(0.02)
        await ws.close(1000)

    async with Recorder() as server:
        server.handler = takeover
        stream = GopocketStream("webkey-abcdef-123456", client_id="GP1", url=server.url,
                                options=FAST)  # fmt: skip
        with pytest.raises(SessionTakenOverError):
            await next_tick(stream)
        await stream.aclose()
        assert len(server.connections) == 3


async def test_noren_unsubscribe_and_reconnect_resubscribes_the_rest() -> None:
    async def noren(ws: ServerConnection, n: int) -> None:
        server.frames.append(str(await ws.recv()))
        await ws.send(json.dumps({"t": "ck", "s": "OK"}))
        async for frame in ws:
            server.frames.append(str(frame))
            if n == 1 and json.loads(frame)["t"] == "u":
                await ws.close(1011)

    async with Recorder() as server:
        server.handler = noren
        stream = GopocketStream("webkey-abcdef-123456", client_id="GP1", url=server.url,
                                options=FAST)  # fmt: skip
        stream.subscribe("NSE|1", "NSE|2", "NSE|3")
        async with stream:
            await stream.wait_connected(3)
            stream.unsubscribe("NSE|2")
            await server.wait(lambda: len(server.connections) == 2 and len(server.frames) >= 5)
        frames = [validate("gopocket", f) for f in server.frames]
        assert frames[1] == {"t": "t", "k": "NSE|1#NSE|2#NSE|3"}
        assert frames[2] == {"t": "u", "k": "NSE|2"}
        assert frames[4] == {"t": "t", "k": "NSE|1#NSE|3"}


def test_token_derivation_matches_the_spec_example() -> None:
    catalog = stream_catalog("gopocket")
    variants = catalog.token_variants()
    assert catalog.default_token_variant == "web-key"
    doc = catalog.document["x-token-derivation"]["variants"]
    [ab] = [v for v in doc if "example" in v]
    assert derive_token(ab["example"]["credential"], ab["transform"]) == ab["example"]["susertoken"]
    assert variants["web-key"].transform == "none"


# --------------------------------------------------------------------------- sync adapter


async def test_threaded_stream_calls_back_from_a_background_thread() -> None:
    async def push(ws: ServerConnection, n: int) -> None:
        await ws.recv()
        for i in range(3):
            await ws.send(quote("2885_NSE", str(i)))
            await asyncio.sleep(0.01)
        await Recorder.hold(server, ws, n)

    async with Recorder() as server:
        server.handler = push
        got: list[tuple[str, str]] = []
        done = threading.Event()

        def on_tick(tick: Tick) -> None:
            got.append((threading.current_thread().name, str(tick.ltp)))
            if tick.ltp == Decimal("2"):
                done.set()

        def make() -> SamcoStream:
            stream = SamcoStream(TOKEN, url=server.url, options=FAST)
            stream.subscribe("2885_NSE")
            return stream

        running = ThreadedStream(make, on_tick=on_tick).start()
        await asyncio.to_thread(done.wait, 5)
        await asyncio.to_thread(running.stop)
        assert (
            got and got[-1] == ("broker-stream", "2") and all(n == "broker-stream" for n, _ in got)
        )
