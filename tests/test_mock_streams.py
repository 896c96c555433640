"""The mock brokers' WebSocket streams: protocol, ticks, order updates, faults, introspection.

Every frame sent and received here is checked against the AsyncAPI payload schemas (by the
spec's ``x-dispatch`` rules for server frames).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import warnings
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import jsonschema
import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from broker_overlays.mock import MockConfig, create_app, server_of
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.streams.samco import indian

from conftest import frozen_clock

warnings.filterwarnings("ignore", category=DeprecationWarning, module="starlette.testclient")

PACKAGES = {"samco": "samco_stream", "gopocket": "gopocket_stream"}
GP_PATH = "/NorenWSWEBCODIFI/"


def document(broker: str) -> dict[str, Any]:
    text = (resources.files(PACKAGES[broker]) / "asyncapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def check(broker: str, schema: str, value: Any) -> None:
    doc = document(broker)
    jsonschema.validate(
        value, {"$ref": f"#/components/schemas/{schema}", "components": doc["components"]}
    )


def dispatch(broker: str, frame: dict[str, Any]) -> str:
    for rule in document(broker)["x-dispatch"]["rules"]:
        node: Any = frame
        for step in rule["path"]:
            node = node.get(step) if isinstance(node, dict) else None
        if node == rule["equals"]:
            return str(rule["message"])
    raise AssertionError(f"no x-dispatch rule matches {frame}")


def server_frame(broker: str, text: str) -> dict[str, Any]:
    frame = json.loads(text)
    check(broker, dispatch(broker, frame), frame)
    assert isinstance(frame, dict)
    return frame


def samco_request(kind: str, stream: str, *symbols: str) -> dict[str, Any]:
    request = {
        "request": {
            "streaming_type": stream,
            "data": {"symbols": [{"symbol": s} for s in symbols]},
            "request_type": kind,
            "response_format": "json",
        }
    }
    check("samco", "StreamRequest", request)
    return request


class Socket:
    """A TestClient WebSocket that validates every frame it sends and receives."""

    def __init__(self, broker: str, ws: Any) -> None:
        self.broker, self.ws = broker, ws

    def send(self, frame: dict[str, Any], *, schema: str, newline: bool = True) -> None:
        check(self.broker, schema, frame)
        text = json.dumps(frame)
        self.ws.send_text(text + "\n" if newline and self.broker == "samco" else text)

    def recv(self) -> dict[str, Any]:
        return server_frame(self.broker, self.ws.receive_text())


@pytest.fixture
def samco() -> Iterator[tuple[Starlette, TestClient, str]]:
    app = create_app("samco", config=MockConfig(stream_interval_ms=0), clock=frozen_clock())
    token = server_of(app).state.issue_session()
    with TestClient(app) as client:
        yield app, client, token


@pytest.fixture
def gopocket() -> Iterator[tuple[Starlette, TestClient, str]]:
    app = create_app("gopocket", config=MockConfig(stream_interval_ms=0), clock=frozen_clock())
    token = server_of(app).state.issue_session()
    with TestClient(app) as client:
        yield app, client, token


def connect_frame(token: str, uid: str = "MOCK01") -> dict[str, Any]:
    return {"t": "c", "uid": uid, "actid": uid, "susertoken": token, "source": "WEB"}


@contextlib.contextmanager
def login(client: TestClient, token: str) -> Iterator[Socket]:
    with client.websocket_connect(GP_PATH) as ws:
        sock = Socket("gopocket", ws)
        sock.send(connect_frame(token), schema="ConnectRequest")
        assert sock.recv() == {"t": "ck", "s": "OK", "uid": "MOCK01"}
        yield sock


# --------------------------------------------------------------------------- samco


def test_indian_grouping() -> None:
    from decimal import Decimal

    assert indian(Decimal("1282.4")) == "1,282.40"
    assert indian(5821430, 0) == "58,21,430"
    assert indian(Decimal("-68.75")) == "-68.75"
    assert indian(Decimal("22529.05")) == "22,529.05"


def test_samco_quote_ticks_match_rest(samco: tuple[Starlette, TestClient, str]) -> None:
    _app, client, token = samco
    with client.websocket_connect("/stream", headers={"x-session-token": token}) as ws:
        sock = Socket("samco", ws)
        sock.send(samco_request("subscribe", "quote", "2885_NSE", "-21"), schema="StreamRequest")
        ticks = {t["sym"]: t for t in (sock.recv(), sock.recv())}
        assert set(ticks) == {"2885_NSE", "-21"}
        rest = client.get(
            "/quote/getQuote", params={"symbolName": "RELIANCE", "exchange": "NSE"},
            headers={"x-session-token": token},
        ).json()  # fmt: skip
        assert rest["listingId"] == "2885_NSE"
        assert ticks["2885_NSE"]["ltp"].replace(",", "") == rest["lastTradedPrice"]
        index = client.get(
            "/quote/indexQuote", params={"indexName": "NIFTY 50"},
            headers={"x-session-token": token},
        ).json()  # fmt: skip
        assert index["indexDetails"][0]["listingId"] == "-21"
        sock.send(samco_request("subscribe", "quote2", "2885_NSE"), schema="StreamRequest")
        depth = sock.recv()
        assert depth["response"]["data"]["symbol"] == "2885_NSE"
        assert len(depth["response"]["data"]["bidValues"]) == 5


def test_samco_newline_rule_and_replace_semantics(
    samco: tuple[Starlette, TestClient, str],
) -> None:
    app, client, token = samco
    hub = server_of(app).streams
    with client.websocket_connect("/stream", headers={"x-session-token": token}) as ws:
        sock = Socket("samco", ws)
        sock.send(samco_request("subscribe", "quote", "2885_NSE"), schema="StreamRequest",
                  newline=False)  # fmt: skip
        sock.send(samco_request("subscribe", "quote", "3045_NSE", "1594_NSE"),
                  schema="StreamRequest")  # fmt: skip
        assert {sock.recv()["sym"], sock.recv()["sym"]} == {"3045_NSE", "1594_NSE"}
        [conn] = hub.subscriptions().values()
        assert conn == {"quote": ["1594_NSE", "3045_NSE"]}  # the unterminated frame: nothing
        notes = [f.note for f in hub.frames(next(iter(hub.subscriptions())))]
        assert notes[0] == "buffered"
        # subscribe replaces the set of its streaming type, not the other types
        sock.send(samco_request("subscribe", "quote2", "2885_NSE"), schema="StreamRequest")
        sock.recv()
        sock.send(samco_request("subscribe", "quote", "2885_NSE"), schema="StreamRequest")
        sock.recv()
        sock.send(samco_request("unsubscribe", "quote2", "2885_NSE"), schema="StreamRequest")
        sock.send(samco_request("subscribe", "quote", "2885_NSE", "-21"), schema="StreamRequest")
        sock.recv(), sock.recv()
        sock.send(samco_request("unsubscribe", "quote", "-21"), schema="StreamRequest")
        ws.send_text("not json\n")
        status = client.get("/__mock__/streams").json()
        assert [c["subscriptions"] for c in status["connections"]] == [{"quote": ["2885_NSE"]}]
    # after the socket closed, a reconnect starts from nothing
    assert client.get("/__mock__/streams").json()["connections"] == []
    with client.websocket_connect("/stream", headers={"x-session-token": token}):
        assert list(hub.subscriptions().values()) == [{}]


@pytest.mark.parametrize("header", [None, "not-a-session", "percent-encoded"])
def test_samco_auth(samco: tuple[Starlette, TestClient, str], header: str | None) -> None:
    _app, client, token = samco
    headers = {} if header is None else {"x-session-token": header}
    if header == "percent-encoded":
        headers = {"x-session-token": token.replace(".", "%2E")}
        with client.websocket_connect("/stream", headers=headers) as ws:
            Socket("samco", ws).send(samco_request("subscribe", "quote", "-21"),
                                     schema="StreamRequest")  # fmt: skip
            assert Socket("samco", ws).recv()["sym"] == "-21"
        return
    with client.websocket_connect("/stream", headers=headers) as ws:
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
    assert closed.value.code == 1008


def test_samco_reject_auth_fault(samco: tuple[Starlette, TestClient, str]) -> None:
    app, client, token = samco
    response = client.post("/__mock__/faults", json={"stream": [{"fault": "reject_auth"}]})
    assert response.json()["stream"] == [{"fault": "reject_auth", "after": 0, "count": 1}]
    with client.websocket_connect("/stream", headers={"x-session-token": token}) as ws:
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
    assert closed.value.code == 1008
    assert server_of(app).faults.stream_pending() == []
    with client.websocket_connect("/stream", headers={"x-session-token": token}) as ws:
        Socket("samco", ws).send(samco_request("subscribe", "quote", "-21"),
                                 schema="StreamRequest")  # fmt: skip
        Socket("samco", ws).recv()


# --------------------------------------------------------------------------- gopocket


def test_gopocket_snapshots_updates_unsubscribe(
    gopocket: tuple[Starlette, TestClient, str],
) -> None:
    app, client, token = gopocket
    hub = server_of(app).streams
    with login(client, token) as sock:
        sock.send({"t": "t", "k": "NSE|26000#BSE|1"}, schema="SubscribeRequest")
        snaps = [sock.recv(), sock.recv()]
        assert [(f["t"], f["e"], f["tk"]) for f in snaps] == [
            ("tk", "NSE", "26000"), ("tk", "BSE", "1")
        ]  # fmt: skip
        sock.send({"t": "d", "k": "NSE|2885"}, schema="SubscribeRequest")
        dk = sock.recv()
        assert dk["t"] == "dk" and "bp5" in dk and "so5" in dk
        sock.send({"t": "t", "k": "NSE|2885"}, schema="SubscribeRequest")  # additive
        assert sock.recv()["t"] == "tk"
        assert list(hub.subscriptions().values()) == [
            {"touchline": ["BSE|1", "NSE|26000", "NSE|2885"], "depth": ["NSE|2885"]}
        ]
        # a burst: partial updates carry e, tk, ft and only what changed (frozen clock: none)
        assert (
            client.post("/__mock__/streams", json={"action": "burst", "ticks": 2}).json()["acted"]
            == 1
        )
        updates = [sock.recv() for _ in range(8)]
        assert {u["t"] for u in updates} == {"tf", "df"}
        assert all(set(u) == {"t", "e", "tk", "ft"} for u in updates)
        sock.send({"k": "", "t": "h"}, schema="Heartbeat")
        assert sock.recv()["t"] == "hk"
        sock.send({"t": "u", "k": "NSE|2885#BSE|1"}, schema="UnsubscribeRequest")
        sock.send({"k": "", "t": "h"}, schema="Heartbeat")
        sock.recv()
        assert list(hub.subscriptions().values()) == [{"touchline": ["NSE|26000"]}]


@pytest.mark.parametrize("variant", ["web-key", "session", "sha256-hex", "sha256-base64"])
def test_gopocket_token_variants(gopocket: tuple[Starlette, TestClient, str], variant: str) -> None:
    import base64
    import hashlib

    _app, client, token = gopocket
    uid = "MOCK01"
    if variant == "web-key":
        user = client.get(
            "/client-rest/profile/getUser", headers={"Authorization": f"Bearer {token}"}
        )
        key = user.json()["result"][0]["key"]
    elif variant == "session":
        key = token
    elif variant == "sha256-hex":
        key = hashlib.sha256(hashlib.sha256(token.encode()).hexdigest().encode()).hexdigest()
        uid = "MOCK01_API"
    else:
        inner = hashlib.sha256(token.encode()).hexdigest().encode()
        key = base64.b64encode(hashlib.sha256(inner).digest()).decode()
        uid = "MOCK01_WEB"
    with client.websocket_connect(GP_PATH) as ws:
        sock = Socket("gopocket", ws)
        sock.send(connect_frame(key, uid), schema="ConnectRequest")
        assert sock.recv()["s"] == "OK"


@pytest.mark.parametrize("bad", ["token", "uid"])
def test_gopocket_rejection(gopocket: tuple[Starlette, TestClient, str], bad: str) -> None:
    _app, client, token = gopocket
    frame = connect_frame("nope") if bad == "token" else connect_frame(token, "SOMEONE")
    with client.websocket_connect(GP_PATH) as ws:
        sock = Socket("gopocket", ws)
        sock.send(frame, schema="ConnectRequest")
        ack = sock.recv()
        assert ack["t"] == "ck" and ack["s"] != "OK"
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
    assert closed.value.code == 1008


def place(client: httpx.Client | TestClient, token: str, **extra: str) -> str:
    body = [{"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "5", "price": "0",
             "product": "MIS", "transType": "B", "priceType": "MKT", "orderType": "Regular",
             "ret": "DAY", "source": "API", **extra}]  # fmt: skip
    answer = client.post("/od-rest/orders/execute", json=body,
                         headers={"Authorization": f"Bearer {token}"}).json()  # fmt: skip
    return str(answer[0]["result"][0]["orderNo"])


def test_gopocket_order_updates(gopocket: tuple[Starlette, TestClient, str]) -> None:
    _app, client, token = gopocket
    with login(client, token) as sock:
        sock.send({"t": "o", "actid": "MOCK01"}, schema="OrderFeedRequest")
        assert sock.recv() == {"t": "ok"}
        number = place(client, token)
        updates = [sock.recv() for _ in range(3)]
        assert [u["norenordno"] for u in updates] == [number] * 3
        assert [(u["status"], u["reporttype"]) for u in updates] == [
            ("PENDING", "PendingNew"), ("OPEN", "NewAck"), ("COMPLETE", "Fill")
        ]  # fmt: skip
        assert updates[0]["st_intrn"] == "ORDER ACK" and updates[2]["fillshares"] == "5"
        # a resting limit order, then its cancellation; a rejected one
        limit = place(client, token, priceType="L", price="100")
        assert [sock.recv()["status"] for _ in range(2)] == ["PENDING", "OPEN"]
        client.post("/od-rest/orders/cancel", json=[{"orderNo": limit}],
                    headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        cancelled = sock.recv()
        assert (cancelled["norenordno"], cancelled["status"]) == (limit, "CANCELLED")
        place(client, token, qty="100000000")
        assert [sock.recv()["status"] for _ in range(2)] == ["PENDING", "REJECTED"]


def test_gopocket_second_session_takes_over(gopocket: tuple[Starlette, TestClient, str]) -> None:
    app, client, token = gopocket
    with login(client, token) as first:
        with login(client, token):
            with pytest.raises(WebSocketDisconnect) as closed:
                first.ws.receive_text()
            assert closed.value.code == 1000
            assert len(server_of(app).streams.connections()) == 1


def test_gopocket_frame_faults(gopocket: tuple[Starlette, TestClient, str]) -> None:
    app, client, token = gopocket
    faults = server_of(app).faults
    with login(client, token) as sock:
        faults.script_stream("malformed")
        sock.send({"k": "", "t": "h"}, schema="Heartbeat")
        with pytest.raises(json.JSONDecodeError):
            json.loads(sock.ws.receive_text())
        assert sock.recv()["t"] == "hk"  # the real frame follows
        faults.script_stream("off_spec")
        sock.send({"t": "t", "k": "NSE|2885"}, schema="SubscribeRequest")
        with pytest.raises(jsonschema.ValidationError):
            server_frame("gopocket", sock.ws.receive_text())
        assert sock.recv()["t"] == "tk"
        faults.script_stream("drop", after=1, code=1001)
        sock.send({"k": "", "t": "h"}, schema="Heartbeat")
        sock.send({"k": "", "t": "h"}, schema="Heartbeat")
        assert sock.recv()["t"] == "hk"
        with pytest.raises(WebSocketDisconnect) as closed:
            sock.ws.receive_text()
        assert closed.value.code == 1001


def test_stream_actions_now(gopocket: tuple[Starlette, TestClient, str]) -> None:
    _app, client, token = gopocket
    with login(client, token) as sock:
        assert client.post("/__mock__/streams", json={"action": "malformed"}).json()["acted"] == 1
        with pytest.raises(json.JSONDecodeError):
            json.loads(sock.ws.receive_text())
        bad = client.post("/__mock__/streams", json={"action": "explode"})
        assert bad.status_code == 400
        frames = client.get("/__mock__/streams", params={"frames": "1"}).json()
        [conn] = frames["connections"]
        assert [f["dir"] for f in conn["frames"]] == ["in", "out", "out"]
        client.post("/__mock__/streams", json={"action": "drop", "code": 4000})
        with pytest.raises(WebSocketDisconnect) as closed:
            sock.ws.receive_text()
        assert closed.value.code == 4000


def test_fault_control_validation(gopocket: tuple[Starlette, TestClient, str]) -> None:
    _app, client, _token = gopocket
    for entry in ({"fault": "nope"}, {"fault": "drop", "seconds": 1}, {"fault": "drop", "code": 1006},
                  {"fault": "reject_auth", "after": 2}, {"fault": "stall", "x": 1}):  # fmt: skip
        assert client.post("/__mock__/faults", json={"stream": [entry]}).status_code == 400


# --------------------------------------------------------------------------- real sockets


async def _real_socket_session(base: str, token: str) -> None:
    import websockets

    url = base.replace("http://", "ws://") + "/stream"
    async with websockets.connect(url, additional_headers={"x-session-token": token}) as ws:
        await ws.send(json.dumps(samco_request("subscribe", "quote", "2885_NSE")))  # no \n
        await ws.send(json.dumps(samco_request("subscribe", "quote", "-21")) + "\n")
        first = server_frame("samco", str(await asyncio.wait_for(ws.recv(), 5)))
        assert first["sym"] == "-21"
        second = server_frame("samco", str(await asyncio.wait_for(ws.recv(), 5)))
        assert second["sym"] == "-21"  # ticking by itself, only the terminated request's set
        await ws.ping()


def test_real_sockets_tick_and_stall() -> None:
    app = create_app("samco", config=MockConfig(stream_interval_ms=20), clock=frozen_clock())
    token = server_of(app).state.issue_session()
    with BackgroundServer(app) as base:
        asyncio.run(_real_socket_session(base, token))
        server_of(app).faults.script_stream("stall", seconds=0.3)

        async def stalled() -> float:
            import websockets

            url = base.replace("http://", "ws://") + "/stream"
            headers = {"x-session-token": token}
            async with websockets.connect(url, additional_headers=headers) as ws:
                await ws.send(json.dumps(samco_request("subscribe", "quote", "-21")) + "\n")
                loop = asyncio.get_running_loop()
                start = loop.time()
                await asyncio.wait_for(ws.recv(), 5)
                return loop.time() - start

        assert asyncio.run(stalled()) >= 0.25
