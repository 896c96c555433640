"""TokenAuth: header injection for both brokers, renewal across 08:00 IST, 401 handling and
single-flight renewal under concurrency, all through generated operations served by respx."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import gopocket_client
import samco_client
from broker_overlays import catalog
from broker_overlays.auth import FileTokenStore, StoredToken, TokenAuth, gopocket_auth, samco_auth
from broker_overlays.auth.clock import IST
from broker_overlays.auth.samco_session import SamcoSessionLogin
from broker_overlays.errors import TokenExpiredError
from broker_overlays.redaction import Secret
from gopocket_client.api.rest_orders import get_order_book as gp_get_order_book
from samco_client.api.orders import get_order_book, place_order
from samco_client.models.order_book_response import OrderBookResponse
from samco_client.models.place_order_request import PlaceOrderRequest

SAMCO = "https://tradeapi.samco.in"
GOPOCKET = "https://web.gopocket.in"


def example(
    broker: str, operation_id: str, name: str | None = None, *, request: bool = False
) -> Any:
    """A 200-response (or request) example of an operation, from the bundled spec."""
    cat = catalog(broker)
    op = cat.by_id(operation_id)
    spec_op = cat.document["paths"][op.path][op.method.lower()]
    holder = spec_op["requestBody"] if request else spec_op["responses"]["200"]
    examples = holder["content"]["application/json"]["examples"]
    return (examples[name] if name else next(iter(examples.values())))["value"]


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Logins:
    """A /session/token route that hands out session-1, session-2, ... (optionally slowly)."""

    def __init__(self, delay: float = 0.0) -> None:
        self.count = 0
        self.delay = delay
        self._lock = threading.Lock()

    def _next(self) -> httpx.Response:
        with self._lock:
            self.count += 1
            n = self.count
        body = {**example("samco", "generateSessionToken", "full"), "sessionToken": f"session-{n}"}
        return httpx.Response(200, json=body)

    def sync(self, request: httpx.Request) -> httpx.Response:
        assert "x-session-token" not in request.headers
        time.sleep(self.delay)
        return self._next()

    async def asyn(self, request: httpx.Request) -> httpx.Response:
        assert "x-session-token" not in request.headers
        await asyncio.sleep(self.delay)
        return self._next()


def accept_only(
    *tokens: str, header: str = "x-session-token", prefix: str = ""
) -> Callable[[httpx.Request], httpx.Response]:
    """An order-book route that answers 200 for the given tokens and 401 otherwise."""
    body = example("samco", "getOrderBook")

    def handler(request: httpx.Request) -> httpx.Response:
        ok = request.headers.get(header) in {prefix + t for t in tokens}
        return (
            httpx.Response(200, json=body)
            if ok
            else httpx.Response(401, json={"status": "Failure"})
        )

    return handler


def samco_clients(
    clock: FakeClock | None = None, **kwargs: Any
) -> tuple[TokenAuth, samco_client.Client, SamcoSessionLogin]:
    clock = clock or FakeClock(datetime(2026, 6, 8, 10, 0, tzinfo=IST))
    login = SamcoSessionLogin(
        "api-key-123", "api-secret-456", samco_client.Client(base_url=SAMCO), clock=clock
    )
    auth = samco_auth(login, clock=clock, **kwargs)
    return auth, samco_client.Client(base_url=SAMCO, httpx_args={"auth": auth}), login


# -- header injection -----------------------------------------------------------------------


def test_samco_header_is_the_bare_session_token() -> None:
    auth, client, _ = samco_clients()
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        book = router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        parsed = get_order_book.sync(client=client)
        get_order_book.sync(client=client)
    assert isinstance(parsed, OrderBookResponse)
    assert login_route.call_count == 1
    assert book.calls[0].request.headers["x-session-token"] == "session-1"
    assert "authorization" not in book.calls[0].request.headers
    assert auth.header_name == "x-session-token" and auth.prefix == ""


async def test_samco_header_async() -> None:
    _, client, _ = samco_clients()
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        router.post("/session/token").mock(side_effect=logins.asyn)
        book = router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        parsed = await get_order_book.asyncio(client=client)
    assert isinstance(parsed, OrderBookResponse)
    assert book.calls[0].request.headers["x-session-token"] == "session-1"


def test_gopocket_header_is_bearer_session() -> None:
    auth = gopocket_auth(StoredToken(Secret("gp-session-abc"), None))
    client = gopocket_client.Client(base_url=GOPOCKET, httpx_args={"auth": auth})
    with respx.mock(base_url=GOPOCKET) as router:
        route = router.get("/od-rest/info/orderbook").respond(
            200, json=example("gopocket", "getOrderBook")
        )
        gp_get_order_book.sync_detailed(client=client)
    assert route.calls[0].request.headers["authorization"] == "Bearer gp-session-abc"
    assert (auth.header_name, auth.prefix) == ("Authorization", "Bearer ")


def test_login_operations_get_no_session_header() -> None:
    """A pre-auth operation (security: [] in the spec) passes through untouched."""
    auth = gopocket_auth(StoredToken(Secret("gp-session-abc"), None))
    client = httpx.Client(base_url=GOPOCKET, auth=auth)
    with respx.mock(base_url=GOPOCKET) as router:
        route = router.post("/am/sso/vendor/auth/getUserDetails").respond(200, json={})
        client.post("/am/sso/vendor/auth/getUserDetails", json={})
    assert "authorization" not in route.calls[0].request.headers


# -- expiry across 08:00 IST ------------------------------------------------------------------


def test_renewal_across_0800_ist() -> None:
    clock = FakeClock(datetime(2026, 6, 8, 7, 0, tzinfo=IST))
    auth, client, _ = samco_clients(clock)
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        book = router.get("/order/orderBook").mock(
            side_effect=accept_only("session-1", "session-2")
        )
        get_order_book.sync(client=client)
        assert auth.token is not None
        assert auth.token.expires_at == datetime(2026, 6, 8, 8, 0, tzinfo=IST)

        clock.now = datetime(2026, 6, 8, 7, 59, tzinfo=IST)  # still valid
        get_order_book.sync(client=client)
        assert login_route.call_count == 1

        clock.now = datetime(2026, 6, 8, 8, 0, tzinfo=IST)  # dead: log in again first
        get_order_book.sync(client=client)
        assert login_route.call_count == 2
    sent = [c.request.headers["x-session-token"] for c in book.calls]
    assert sent == ["session-1", "session-1", "session-2"]
    assert auth.token.expires_at == datetime(2026, 6, 9, 8, 0, tzinfo=IST)


def test_token_fetched_inside_the_margin_is_not_renewed_on_every_call() -> None:
    clock = FakeClock(datetime(2026, 6, 8, 7, 59, 50, tzinfo=IST))
    _, client, _ = samco_clients(clock)
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        get_order_book.sync(client=client)
        clock.now += timedelta(seconds=5)
        get_order_book.sync(client=client)
    assert login_route.call_count == 1


def test_file_store_lets_a_second_run_reuse_the_token(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        for _ in range(2):  # two "runs": new auth, new store instance, same file
            _, client, _ = samco_clients(store=FileTokenStore(path))
            get_order_book.sync(client=client)
    assert login_route.call_count == 1
    text = path.read_text()
    assert "api-key-123" not in text and "api-secret-456" not in text


# -- 401 handling ------------------------------------------------------------------------------


def test_401_renews_once_and_resends_the_same_body() -> None:
    _, client, _ = samco_clients()
    logins = Logins()
    order = PlaceOrderRequest.from_dict(example("samco", "placeOrder", request=True))
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        seen: list[tuple[str | None, bytes]] = []

        def place(request: httpx.Request) -> httpx.Response:
            seen.append((request.headers.get("x-session-token"), request.content))
            if request.headers.get("x-session-token") == "session-2":
                return httpx.Response(200, json=example("samco", "placeOrder"))
            return httpx.Response(401, json={"status": "Failure"})

        router.post("/order/placeOrder").mock(side_effect=place)
        response = place_order.sync_detailed(client=client, body=order)
    assert response.status_code == 200
    assert login_route.call_count == 2
    assert [s[0] for s in seen] == ["session-1", "session-2"]
    assert seen[0][1] == seen[1][1] and seen[0][1]


async def test_401_renews_once_async() -> None:
    _, client, _ = samco_clients()
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.asyn)
        router.get("/order/orderBook").mock(side_effect=accept_only("session-2"))
        parsed = await get_order_book.asyncio(client=client)
    assert isinstance(parsed, OrderBookResponse)
    assert login_route.call_count == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_second_401_raises_token_expired(mode: str) -> None:
    auth, client, _ = samco_clients()
    logins = Logins()
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        book = router.get("/order/orderBook").mock(side_effect=accept_only())
        with pytest.raises(TokenExpiredError) as info:
            if mode == "sync":
                get_order_book.sync(client=client)
            else:
                await get_order_book.asyncio(client=client)
    assert login_route.call_count == 2 and book.call_count == 2
    err = info.value
    assert (err.broker, err.operation, err.status_code) == ("samco", "getOrderBook", 401)
    assert auth.token is None  # the refused token is not sent again
    for secret in ("session-1", "session-2", "api-key-123", "api-secret-456"):
        assert secret not in str(err) and secret not in repr(err)


def test_static_token_401_raises_without_renewal() -> None:
    auth = samco_auth(token=StoredToken(Secret("static-samco-token"), None))
    client = samco_client.Client(base_url=SAMCO, httpx_args={"auth": auth})
    with respx.mock(base_url=SAMCO) as router:
        book = router.get("/order/orderBook").respond(401, json={"status": "Failure"})
        with pytest.raises(TokenExpiredError):
            get_order_book.sync(client=client)
    assert book.call_count == 1


def test_gopocket_401_says_redo_the_sso_login() -> None:
    auth = gopocket_auth(StoredToken(Secret("gp-dead-session"), None))
    client = gopocket_client.Client(base_url=GOPOCKET, httpx_args={"auth": auth})
    with respx.mock(base_url=GOPOCKET) as router:
        route = router.get("/od-rest/info/orderbook").respond(401, json={"stat": "Not_ok"})
        with pytest.raises(TokenExpiredError) as info:
            gp_get_order_book.sync_detailed(client=client)
    assert route.call_count == 1
    assert "SSO" in str(info.value) and info.value.operation == "getOrderBook"
    assert "gp-dead-session" not in str(info.value)


def test_missing_token_without_provider_raises_before_sending() -> None:
    auth = gopocket_auth()
    client = gopocket_client.Client(base_url=GOPOCKET, httpx_args={"auth": auth})
    with respx.mock(base_url=GOPOCKET, assert_all_called=False) as router:
        route = router.get("/od-rest/info/orderbook").respond(200, json={})
        with pytest.raises(TokenExpiredError):
            gp_get_order_book.sync_detailed(client=client)
    assert route.call_count == 0


# -- single flight -----------------------------------------------------------------------------


async def test_single_flight_asyncio_tasks() -> None:
    expired = StoredToken(
        Secret("expired-token"), datetime(2026, 6, 8, 8, 0, tzinfo=IST) - timedelta(days=1)
    )
    _, client, _ = samco_clients(token=expired)
    logins = Logins(delay=0.2)
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.asyn)
        book = router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        results = await asyncio.gather(*(get_order_book.asyncio(client=client) for _ in range(10)))
    assert login_route.call_count == 1
    assert all(isinstance(r, OrderBookResponse) for r in results)
    assert {c.request.headers["x-session-token"] for c in book.calls} == {"session-1"}
    assert book.call_count == 10


async def test_single_flight_asyncio_tasks_after_401() -> None:
    _, client, _ = samco_clients(token=StoredToken(Secret("revoked-token"), None))
    logins = Logins(delay=0.2)
    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.asyn)
        router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        results = await asyncio.gather(*(get_order_book.asyncio(client=client) for _ in range(10)))
    assert login_route.call_count == 1
    assert all(isinstance(r, OrderBookResponse) for r in results)


def test_single_flight_threads() -> None:
    expired = StoredToken(Secret("expired-token"), datetime(2026, 6, 7, 8, 0, tzinfo=IST))
    _, client, _ = samco_clients(token=expired)
    logins = Logins(delay=0.3)
    barrier = threading.Barrier(10)

    def call() -> object:
        barrier.wait()
        return get_order_book.sync(client=client)

    with respx.mock(base_url=SAMCO) as router:
        login_route = router.post("/session/token").mock(side_effect=logins.sync)
        book = router.get("/order/orderBook").mock(side_effect=accept_only("session-1"))
        with ThreadPoolExecutor(10) as pool:
            results = list(pool.map(lambda _: call(), range(10)))
    assert login_route.call_count == 1
    assert all(isinstance(r, OrderBookResponse) for r in results)
    assert {c.request.headers["x-session-token"] for c in book.calls} == {"session-1"}


def test_repr_shows_no_token() -> None:
    auth = samco_auth(token=StoredToken(Secret("repr-secret-token"), None))
    assert "repr-secret-token" not in repr(auth)
