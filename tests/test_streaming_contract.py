"""Contract tests of the streaming clients against the mock brokers' streams, over real
sockets (issue 12, item 5).

- After any seeded random sequence of subscribe, unsubscribe, server-side drops, client-side
  bursts of changes and tick bursts, the mock holds exactly the client's intended set.
- Every frame either side sent validates against the AsyncAPI payload schemas (client frames
  against the ``send`` messages, server frames against the message ``x-dispatch`` names);
  frames spoiled on purpose are excluded by their log note and must be counted by the client.
- Faults: drop, stall (idle watchdog), malformed frames, refused auth, Gopocket's second
  session, a renewed token, the 24 h connection limit; backpressure against ``burst``;
  order events on both brokers; the ``ThreadedStream`` callbacks.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from websockets.asyncio.client import connect as ws_connect

from broker_overlays import gopocket, samco
from broker_overlays.gopocket import GopocketSession
from broker_overlays.mock import MockConfig, MockServer, create_app, server_of
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.gopocket import GopocketAccount
from broker_overlays.mock.samco import SamcoAccount
from broker_overlays.mock.streams import StreamHub, problems
from broker_overlays.mock.streams.samco import samco_key
from broker_overlays.samco import SamcoSession
from broker_overlays.streaming import (
    OrderEvent,
    SessionTakenOverError,
    StreamAuthError,
    StreamOptions,
    Tick,
)
from broker_overlays.streaming.catalog import Reconnect
from broker_overlays.streaming.core import StreamClient
from broker_overlays.streaming.sync import ThreadedStream

PACKAGES = {"samco": "samco_stream", "gopocket": "gopocket_stream"}
GROUPS = {
    "samco": {"quote": "quote", "quote2": "quote2"},
    "gopocket": {"t": "touchline", "d": "depth"},
}
FAST = Reconnect(0.01, 2, 0.05, None)
SEEDS = (1, 2, 3)
BURST = 40


def options(**changes: Any) -> StreamOptions:
    base: dict[str, Any] = {"reconnect": FAST, "coalesce_window": 0.01}
    return StreamOptions(**{**base, **changes})


# --------------------------------------------------------------------------- the documents


@cache
def document(broker: str) -> dict[str, Any]:
    text = (resources.files(PACKAGES[broker]) / "asyncapi.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def messages(broker: str, action: str) -> dict[str, str]:
    """Message name -> payload schema name of the document's ``send`` / ``receive`` operations."""
    doc = document(broker)
    found: dict[str, str] = {}
    for op in doc["operations"].values():
        if op["action"] != action:
            continue
        for ref in op["messages"]:
            name = ref["$ref"].rsplit("/", 1)[-1]
            payload = doc["components"]["messages"][name]["payload"]["$ref"]
            found[name] = payload.rsplit("/", 1)[-1]
    return found


def dispatch(broker: str, frame: Any) -> str | None:
    """The message a server frame is, by the document's own ``x-dispatch`` rules."""
    for rule in document(broker)["x-dispatch"]["rules"]:
        node = frame
        for part in rule["path"]:
            node = node.get(part) if isinstance(node, dict) else None
        if node == rule["equals"]:
            return str(rule["message"])
    return None


@dataclass
class Checked:
    client: dict[str, int] = field(default_factory=dict)
    server: dict[str, int] = field(default_factory=dict)
    spoiled: dict[str, int] = field(default_factory=dict)


def history(hub: StreamHub) -> list[dict[str, Any]]:
    """Every connection the mock still knows, oldest first."""
    return sorted(hub.connections(closed=True), key=lambda c: int(c["id"]))


def check_frames(broker: str, hub: StreamHub) -> Checked:
    """Validate every frame in the mock's logs (live and closed connections)."""
    package = PACKAGES[broker]
    send, receive = messages(broker, "send"), messages(broker, "receive")
    receive_all = {**receive, **{m: m for m in ("ConnectAck", "ConnectAckAlt", "OrderFeedAck", "HeartbeatAck")
                                 if broker == "gopocket"}}  # fmt: skip
    checked = Checked()
    bad: list[str] = []
    for conn in hub.connections(closed=True):
        for record in hub.frames(conn["id"]):
            if record.note in ("malformed", "off_spec"):
                checked.spoiled[record.note] = checked.spoiled.get(record.note, 0) + 1
                continue
            if record.direction == "in":
                assert record.note != "buffered", f"an unterminated client frame {record.text!r}"
                lines = record.text.split("\n") if broker == "samco" else [record.text]
                if broker == "samco":
                    assert record.text.endswith("\n") and lines.pop() == ""
                for line in lines:
                    frame = json.loads(line)
                    fits = [m for m, schema in send.items() if not problems(package, schema, frame)]
                    if len(fits) != 1:
                        bad.append(f"client frame {line!r} fits {fits}")
                    for m in fits:
                        checked.client[m] = checked.client.get(m, 0) + 1
            else:
                frame = json.loads(record.text)
                name = dispatch(broker, frame)
                if name is None or name not in receive_all:
                    bad.append(f"server frame {record.text!r} is no message")
                    continue
                why = problems(package, receive_all[name], frame)
                if why:
                    bad.append(f"server {name} {record.text!r}: {why}")
                checked.server[name] = checked.server.get(name, 0) + 1
    assert not bad, "\n".join(bad[:20])
    return checked


# --------------------------------------------------------------------------- the mock


@dataclass
class Env:
    broker: str
    server: MockServer
    base_url: str
    ws_url: str
    session: Any
    client_id: str = ""

    @property
    def hub(self) -> StreamHub:
        return self.server.streams

    def keys(self) -> list[str]:
        universe = self.server.state.instruments.all
        if self.broker == "samco":
            return [*[samco_key(i) for i in universe if i.tradable][:8], "-21"]
        return [f"{i.exchange}|{i.token}" for i in universe][:9]

    def stream(self, *keys: str, opts: StreamOptions | None = None, **kw: Any) -> StreamClient:
        opts = opts or options()
        if self.broker == "samco":
            client: StreamClient = self.session.stream(*keys, url=self.ws_url, options=opts, **kw)
        else:
            client = self.session.stream(
                *keys, client_id=self.client_id, url=self.ws_url, options=opts, **kw
            )
        return client

    def held(self) -> dict[int, dict[str, set[str]]]:
        groups = set(GROUPS[self.broker].values())
        return {
            cid: {g: set(k) for g, k in subs.items() if g in groups and k}
            for cid, subs in self.hub.subscriptions().items()
        }


@pytest.fixture
def env(request: pytest.FixtureRequest) -> Iterator[Env]:
    broker = str(request.param)
    app = create_app(broker, config=MockConfig(stream_interval_ms=100))
    server = server_of(app)
    with BackgroundServer(app) as url:
        ws = "ws" + url.removeprefix("http")
        if broker == "samco":
            account = SamcoAccount()
            with samco.connect(
                account.api_key, account.api_secret, base_url=url, market_protection="2"
            ) as session:
                yield Env(broker, server, url, ws + "/stream", session)
        else:
            gp = GopocketAccount()
            browser = httpx.get(f"{url}/", params={"appcode": gp.app_code})
            with gopocket.connect_callback(
                callback_url=browser.headers["location"],
                api_secret=gp.api_secret,
                base_url=url,
                market_protection="2",
            ) as gsession:
                yield Env(broker, server, url, ws + "/NorenWSWEBCODIFI/", gsession, gp.user_id)


both = pytest.mark.parametrize("env", ["samco", "gopocket"], indirect=True)
samco_only = pytest.mark.parametrize("env", ["samco"], indirect=True)
gopocket_only = pytest.mark.parametrize("env", ["gopocket"], indirect=True)


async def until(
    what: str, check: Callable[[], bool | Awaitable[bool]], timeout: float = 5.0
) -> None:
    """Poll ``check`` (introspection) until it holds, or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def intended(env: Env, client: StreamClient) -> dict[str, set[str]]:
    names = GROUPS[env.broker]
    return {names[mode]: set(keys) for mode, keys in client.subscriptions.items() if keys}


async def settled(env: Env, client: StreamClient, timeout: float = 5.0) -> None:
    """The client is connected and the mock's one live connection holds its intended set."""

    def same() -> bool:
        held = env.held()
        return (
            client.connected
            and len(held) == 1
            and next(iter(held.values())) == intended(env, client)
        )

    await until(f"the mock to hold {intended(env, client)} (holds {env.held()})", same, timeout)


# --------------------------------------------------------------------------- 1 + 2: model


@both
@pytest.mark.parametrize("seed", SEEDS)
async def test_random_subscription_sequences_leave_exactly_the_intended_set(
    env: Env, seed: int
) -> None:
    rng = random.Random(seed)
    keys = env.keys()
    injected = {"malformed": 0, "off_spec": 0}
    client = env.stream(keys[0], opts=options(rng=random.Random(seed), heartbeat_interval=0.2))
    drops = 0
    async with client:
        await client.wait_connected(5)
        for _step in range(14):
            op = rng.choice(["sub", "sub", "unsub", "churn", "drop", "burst", "spoil", "settle"])
            if op == "sub":
                client.subscribe(*rng.sample(keys, rng.randint(1, 3)), depth=rng.random() < 0.4)
            elif op == "unsub":
                client.unsubscribe(*rng.sample(keys, rng.randint(1, 3)))
            elif op == "churn":  # many changes within one coalescing window
                for _ in range(rng.randint(3, 8)):
                    key = rng.choice(keys)
                    if rng.random() < 0.5:
                        client.subscribe(key, depth=rng.random() < 0.3)
                    else:
                        client.unsubscribe(key)
            elif op == "drop" and drops < 4:
                before = client.stats.connects
                if not env.hub.drop(code=rng.choice([1001, 1011, 1012])):
                    continue
                drops += 1
                await until("a reconnect", lambda b=before: client.stats.connects > b)  # type: ignore[misc]
            elif op == "burst" and client.connected:
                env.hub.burst(rng.randint(1, 5))
            elif op == "spoil" and client.connected:
                kind = rng.choice(["malformed", "off_spec"])
                if env.hub.malformed(off_spec=kind == "off_spec"):
                    injected[kind] += 1
            elif op == "settle":
                await settled(env, client)
            await asyncio.sleep(rng.choice([0, 0, 0.005, 0.03]))
        await settled(env, client)
        # stays exact: nothing straggles in after settling
        await asyncio.sleep(0.1)
        assert next(iter(env.held().values())) == intended(env, client)
        spoiled = sum(injected.values())
        await until(
            "the spoiled frames to arrive",
            lambda: client.stats.malformed + client.stats.ignored >= spoiled,
        )
        assert client.stats.connects == drops + 1
        assert client.stats.malformed == injected["malformed"]
        assert client.stats.ignored == injected["off_spec"]
    checked = check_frames(env.broker, env.hub)
    assert checked.spoiled == {k: v for k, v in injected.items() if v}
    if env.broker == "samco":
        assert checked.client.get("StreamRequest", 0) >= 1 + drops
        assert checked.server.get("QuoteTick", 0) > 0
    else:
        assert checked.client.get("ConnectRequest") == drops + 1
        assert checked.client.get("SubscribeRequest", 0) >= 1 + drops
        assert checked.server.get("ConnectAck") == drops + 1
        assert checked.server.get("TouchlineSnapshot", 0) + checked.server.get("DepthSnapshot", 0)


@both
async def test_the_frame_check_catches_an_off_schema_frame(env: Env) -> None:
    """The validator above can fail: a server frame off its schema is reported."""
    client = env.stream(env.keys()[0])
    async with client:
        await client.wait_connected(5)
        await until("a tick", lambda: client.stats.ticks > 0)
        conn = env.hub.live()[0]
        # sent as a regular frame (no "off_spec" note): the check must object
        wrong = {"sym": 1, "streaming_type": "quote"} if env.broker == "samco" else {"t": "tk"}
        await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(env.hub._write(conn, json.dumps(wrong)), conn.loop)
        )
    with pytest.raises(AssertionError, match="server"):
        check_frames(env.broker, env.hub)


# --------------------------------------------------------------------------- 3: faults


@both
async def test_scripted_drop_reconnects_with_backoff_and_resubscribes(env: Env) -> None:
    keys = env.keys()[:3]
    client = env.stream(*keys, opts=options(reconnect=Reconnect(0.05, 2, 0.2, None)))
    async with client:
        await settled(env, client)
        env.server.faults.script_stream("drop", after=2, count=3, code=1011)
        await until("three reconnects", lambda: client.stats.connects >= 4)
        await settled(env, client)
        assert client.stats.reconnects >= 3
        assert all(0 <= d <= 0.2 for d in client.stats.delays)
    assert [c["closeCode"] for c in history(env.hub)][:3] == [1011] * 3
    check_frames(env.broker, env.hub)


@both
async def test_a_stalled_socket_is_replaced_by_the_idle_watchdog(env: Env) -> None:
    client = env.stream(env.keys()[0], opts=options(idle_timeout=0.3, heartbeat_interval=None))
    async with client:
        await settled(env, client)
        started = time.monotonic()
        env.hub.stall(5)
        await until("the watchdog", lambda: client.stats.idle_timeouts == 1)
        assert 0.25 < time.monotonic() - started < 2
        await until("a reconnect", lambda: client.stats.connects == 2)
        await settled(env, client)
        ticks = client.stats.ticks
        await until("ticks again", lambda: client.stats.ticks > ticks)


@both
async def test_malformed_and_off_spec_frames_are_skipped_and_counted(env: Env) -> None:
    client = env.stream(env.keys()[0])
    async with client:
        await settled(env, client)
        env.server.faults.script_stream("malformed", count=2)
        env.server.faults.script_stream("off_spec", count=1)
        await until("the garbled frames", lambda: client.stats.malformed >= 2)
        await until("the off-spec frame", lambda: env.server.faults.stream_pending() == [])
        ticks = client.stats.ticks
        await until("ticks after them", lambda: client.stats.ticks > ticks)
        assert client.stats.connects == 1 and client.connected
        # garbled JSON is skipped and counted; numbers where the schemas want strings are
        # tolerated (the documented lenient parse), so the off-spec frame is neither
        assert client.stats.malformed == 2 and client.stats.ignored == 0
    spoiled = check_frames(env.broker, env.hub).spoiled
    assert spoiled == {"malformed": 2, "off_spec": 1}


@both
async def test_refused_auth_renews_once_then_raises_stream_auth_error(env: Env) -> None:
    env.server.faults.script_stream("reject_auth", count=2)
    client = env.stream(env.keys()[0])
    async with client:
        with pytest.raises(StreamAuthError):  # Samco's refusal looks connected at first
            await asyncio.wait_for(anext(client), 5)
    assert client.stats.refusals == 2
    logins = history(env.hub)
    assert len(logins) == 2 and {c["closeCode"] for c in logins} == {1008}
    check_frames(env.broker, env.hub)


@both
async def test_one_refusal_is_renewed_and_the_stream_carries_on(env: Env) -> None:
    env.server.faults.script_stream("reject_auth", count=1)
    client = env.stream(env.keys()[0])
    async with client:
        await settled(env, client)
        await until("a tick", lambda: client.stats.ticks > 0)
        assert client.stats.refusals == 1


@samco_only
async def test_samco_renewed_token_is_used_on_reconnect(env: Env) -> None:
    client = env.stream(env.keys()[0])
    auth = env.session._controls.auth
    async with client:
        await settled(env, client)
        old = (await auth.acurrent()).access_token.reveal()
        with env.server.lock:
            env.server.state.sessions.clear()  # the broker forgets every session
        env.hub.drop(code=1012)
        await until("a refusal", lambda: client.stats.refusals == 1)
        await until("a second connection", lambda: client.stats.connects == 2)
        await settled(env, client)
        ticks = client.stats.ticks
        await until("ticks again", lambda: client.stats.ticks > ticks)
        new = (await auth.acurrent()).access_token.reveal()
        assert new != old and env.server.state.session(new) is not None
        assert client.stats.refusals == 1


@gopocket_only
async def test_gopocket_rotated_web_key_is_reread_on_reconnect(env: Env) -> None:
    client = env.stream(env.keys()[0])
    async with client:
        await settled(env, client)
        with env.server.lock:
            env.server.state.websocket_keys.clear()  # getUser hands out a new key
        env.hub.drop(code=1012)
        await until("a second connection", lambda: client.stats.connects == 2)
        await settled(env, client)
        [key] = env.server.state.websocket_keys.values()
    logins = [
        json.loads(f.text)
        for c in history(env.hub)
        for f in env.hub.frames(c["id"])
        if f.direction == "in" and '"t":"c"' in f.text
    ]
    assert len(logins) == 2 and logins[0]["susertoken"] != logins[1]["susertoken"] == key


@gopocket_only
async def test_gopocket_second_session_takeover_raises(env: Env) -> None:
    """Another login of the same account each time the client connects: after
    ``takeover_limit`` clean closes right after connecting, ``SessionTakenOverError``."""
    client = env.stream(env.keys()[0], opts=options(takeover_limit=3))
    key = env.server.state.websocket_keys
    intruders: list[int] = []

    async def intruder() -> None:
        seen: set[int] = set()
        while True:
            live = [c for c in env.hub.connections() if c["account"] and c["id"] not in intruders]
            for conn in live:
                if conn["id"] in seen:
                    continue
                seen.add(conn["id"])
                sock = await ws_connect(env.ws_url)
                susertoken = next(iter(key.values()))
                await sock.send(json.dumps({"t": "c", "uid": env.client_id, "actid": env.client_id,
                                            "susertoken": susertoken, "source": "API"}))  # fmt: skip
                assert json.loads(await sock.recv())["s"] == "OK"
                intruders.append(max(c["id"] for c in env.hub.connections()))
            await asyncio.sleep(0.01)

    task = asyncio.create_task(intruder())
    try:
        async with client:
            with pytest.raises(SessionTakenOverError):
                async for _tick in client:
                    pass
    finally:
        task.cancel()
    assert client.stats.connects == 3
    ours = [c for c in history(env.hub) if c["id"] not in intruders]
    assert [c["closeCode"] for c in ours] == [1000, 1000, 1000]


@samco_only
async def test_samco_replaces_the_connection_before_its_time_limit(env: Env) -> None:
    """``x-reconnect.maxConnectionSeconds`` less ``reconnectBeforeSeconds`` (24 h less 30 min
    in the spec; here 0.6 - 0.3 s): the client replaces the connection proactively."""
    spec = document("samco")["x-reconnect"]
    assert (spec["maxConnectionSeconds"], spec["reconnectBeforeSeconds"]) == (86400, 1800)
    limit = Reconnect(0.01, 2, 0.05, None, max_connection_seconds=0.6, reconnect_before_seconds=0.3)
    client = env.stream(*env.keys()[:2], opts=options(reconnect=limit))
    async with client:
        await settled(env, client)
        started = time.monotonic()
        await until("two rotations", lambda: client.stats.rotations >= 2)
        assert time.monotonic() - started >= 0.45
        await settled(env, client)
        assert client.stats.reconnects == 0  # no backoff, no failure counted
    lifetimes = [c["closed"] - c["opened"] for c in history(env.hub) if not c["open"]]
    assert lifetimes and all(0.25 < t < 0.6 for t in lifetimes[:2])


# --------------------------------------------------------------------------- 4: backpressure


@both
async def test_a_slow_consumer_is_bounded_and_sees_the_latest_tick(env: Env) -> None:
    keys = env.keys()[:4]
    client = env.stream(*keys, opts=options(buffer_size=len(keys), policy="conflate"))
    async with client:
        await settled(env, client)
        start = client.stats.ticks
        env.hub.burst(BURST)
        most = 0
        deadline = time.monotonic() + 10
        while client.stats.ticks < start + BURST * len(keys) and time.monotonic() < deadline:
            most = max(most, client.pending)
            await asyncio.sleep(0.005)
        assert client.stats.ticks >= start + BURST * len(keys)
        assert most <= len(keys) and client.pending <= len(keys)
        assert client.dropped == 0 and client.conflated > 0
        # what is pending is the newest tick of its symbol
        got = []
        while client.pending:
            got.append(await anext(client))
        assert len({t.key for t in got}) == len(got)
        assert all(t.received >= 0 for t in got)


async def test_order_events_are_never_dropped_by_a_slow_consumer() -> None:
    """Gopocket's ``om`` frames go through the bounded, blocking order queue: with a queue of
    two and a consumer that waits, every event of several orders arrives, in order."""
    app = create_app("gopocket", config=MockConfig(stream_interval_ms=0))
    server = server_of(app)
    with BackgroundServer(app) as url:
        gp = GopocketAccount()
        browser = httpx.get(f"{url}/", params={"appcode": gp.app_code})
        with gopocket.connect_callback(
            callback_url=browser.headers["location"],
            api_secret=gp.api_secret,
            base_url=url,
            market_protection="2",
        ) as session:
            updates = session.order_updates(
                client_id=gp.user_id,
                url="ws" + url.removeprefix("http") + "/NorenWSWEBCODIFI/",
                options=options(order_queue_size=2),
            )
            async with updates:
                await updates.stream.wait_connected(5)
                await until("the order feed", lambda: bool(server.streams.subscriptions()) and any(
                    "orders" in s for s in server.streams.subscriptions().values()))  # fmt: skip
                numbers = [await gp_place(session) for _ in range(4)]
                await asyncio.sleep(0.2)  # the socket backs up behind the full queue
                events = [await asyncio.wait_for(anext(updates), 5) for _ in range(12)]
    assert [e.order_number for e in events] == [n for n in numbers for _ in range(3)]
    assert [e.status for e in events[:3]] == ["PENDING", "OPEN", "COMPLETE"]


# --------------------------------------------------------------------------- 5: order updates


async def gp_place(session: GopocketSession, **extra: str) -> str:
    from gopocket_client.api.rest_orders import place_order
    from gopocket_client.models import PlaceOrderRequest

    body = {"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "5", "price": "0",
            "product": "MIS", "transType": "B", "priceType": "MKT", "orderType": "Regular",
            "ret": "DAY", "source": "API", **extra}  # fmt: skip
    [answer] = await place_order.asyncio(client=session, body=[PlaceOrderRequest.from_dict(body)])
    return str(answer.result[0].order_no)  # type: ignore[union-attr,index]


async def collect(source: AsyncIterator[OrderEvent], number: str, last: str) -> list[OrderEvent]:
    events: list[OrderEvent] = []
    while not events or events[-1].status != last:
        event = await asyncio.wait_for(anext(source), 5)
        if event.order_number == number:
            events.append(event)
    return events


@gopocket_only
async def test_gopocket_order_updates_over_the_socket(env: Env) -> None:
    from gopocket_client.api.rest_orders import cancel_order
    from gopocket_client.models import CancelOrderRequest

    session: GopocketSession = env.session
    updates = session.order_updates(client_id=env.client_id, url=env.ws_url, options=options())
    async with updates:
        await updates.stream.wait_connected(5)
        await until(
            "the order feed", lambda: any("orders" in s for s in env.hub.subscriptions().values())
        )
        market = await gp_place(session)
        events = await collect(updates, market, "COMPLETE")
        assert [e.status for e in events] == ["PENDING", "OPEN", "COMPLETE"]
        assert events[-1].filled_quantity == 5 and events[-1].average_price is not None
        limit = await gp_place(session, priceType="L", price="100")
        assert [e.status for e in await collect(updates, limit, "OPEN")] == ["PENDING", "OPEN"]
        await cancel_order.asyncio(client=session, body=[CancelOrderRequest(order_no=limit)])
        assert [e.status for e in await collect(updates, limit, "CANCELLED")] == ["CANCELLED"]
    checked = check_frames("gopocket", env.hub)
    assert checked.server.get("OrderUpdate", 0) >= 6 and checked.client["OrderFeedRequest"] == 1


@samco_only
async def test_samco_order_updates_by_polling_inside_the_throttle(env: Env) -> None:
    from samco_client.api.orders import cancel_order, place_order
    from samco_client.models import PlaceOrderRequest

    session: SamcoSession = env.session

    def book_calls() -> int:
        return sum(1 for r in list(env.server.requests) if r.operation == "getOrderBook")

    def order(**kw: str) -> PlaceOrderRequest:
        base = {"symbol_name": "INFY", "exchange": "NSE", "transaction_type": "BUY",
                "order_type": "MKT", "quantity": "1", "order_validity": "DAY",
                "product_type": "MIS"}  # fmt: skip
        return PlaceOrderRequest(**{**base, **kw})  # type: ignore[arg-type]

    updates = session.order_updates(interval=0.01)  # asks far faster than the throttle allows
    started = time.monotonic()
    async with updates:
        await until("the baseline poll", lambda: updates.polls >= 1)
        placed = await place_order.asyncio(client=session, body=order())
        market = str(placed.order_number)
        events = await collect(updates, market, "Complete")
        limit = str(
            (
                await place_order.asyncio(client=session, body=order(order_type="L", price="100"))
            ).order_number
        )
        assert [e.status for e in await collect(updates, limit, "Open")] == ["Open"]
        await cancel_order.asyncio(client=session, order_number=limit)
        cancelled = await collect(updates, limit, "Cancelled")
        elapsed = time.monotonic() - started
        polls = updates.polls
    assert events[0].previous_status is None and events[-1].status == "Complete"
    assert [(e.previous_status, e.status) for e in cancelled] == [("Open", "Cancelled")]
    # the spec's non-trading window: 5 calls a second (x-rate-limits of samco's openapi)
    assert polls <= book_calls()
    assert polls <= 5 * (elapsed + 1), (polls, elapsed)


# --------------------------------------------------------------------------- 6: sync adapter


@gopocket_only
def test_threaded_stream_delivers_ticks_orders_and_errors(env: Env) -> None:
    ticks: list[Tick] = []
    orders: list[OrderEvent] = []
    errors: list[BaseException] = []
    got_order = threading.Event()

    def on_order(event: OrderEvent) -> None:
        orders.append(event)
        if event.status == "COMPLETE":
            got_order.set()

    running = ThreadedStream(
        lambda: env.stream(env.keys()[0], orders=True),
        on_tick=ticks.append,
        on_order=on_order,
        on_error=errors.append,
    )
    with running:
        deadline = time.monotonic() + 5
        while not ticks and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ticks and ticks[0].key == env.keys()[0]
        while not any("orders" in s for s in env.hub.subscriptions().values()):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        number = gp_place_sync(env.session)
        assert got_order.wait(5)
    assert [o.status for o in orders if o.order_number == number] == ["PENDING", "OPEN", "COMPLETE"]
    assert errors == []
    assert not env.hub.live() or all(not c["open"] for c in env.hub.connections())

    # an error that ends the stream goes to on_error
    # (a fixed key= : the session's async client belongs to the first thread's closed loop)
    web_key = next(iter(env.server.state.websocket_keys.values()))
    env.server.faults.script_stream("reject_auth", count=1)
    failed = ThreadedStream(
        lambda: env.stream(env.keys()[0], key=web_key), on_tick=ticks.append, on_error=errors.append
    )
    failed.start()
    failed.join(5)
    assert len(errors) == 1 and isinstance(errors[0], StreamAuthError)


def gp_place_sync(session: GopocketSession) -> str:
    """A market order over REST from the test's thread (the stream's loop is elsewhere)."""
    from gopocket_client.api.rest_orders import place_order
    from gopocket_client.models import PlaceOrderRequest

    body = {"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "5", "price": "0",
            "product": "MIS", "transType": "B", "priceType": "MKT", "orderType": "Regular",
            "ret": "DAY", "source": "API"}  # fmt: skip
    [answer] = place_order.sync(client=session, body=[PlaceOrderRequest.from_dict(body)])
    return str(answer.result[0].order_no)  # type: ignore[union-attr,index]
