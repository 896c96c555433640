"""A base URL with a path prefix (a gateway in front of the broker) keeps every overlay on, and
a request that matches no spec operation is never passed through silently."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx
from starlette.applications import Starlette
from starlette.routing import Mount

from broker_overlays import samco
from broker_overlays.errors import ClientValidationError, OrderRejectedError
from broker_overlays.mock import MockConfig, create_app, in_process, server_of
from broker_overlays.spec_catalog import OPERATION_EXTENSION, catalog
from broker_overlays.transport import BrokerTransport
from samco_client import Client as SamcoClient
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import PlaceOrderRequest

KEY, SECRET = "base-path-key", "base-path-secret"
GATEWAY = "http://gateway.example/gw/samco"


def order(quantity: str = "5", symbol: str = "RELIANCE") -> PlaceOrderRequest:
    return PlaceOrderRequest(
        symbol_name=symbol, exchange="NSE", transaction_type="BUY", order_type="L",
        price="1", quantity=quantity, order_validity="DAY", product_type="MIS",
    )  # fmt: skip


def test_router_strips_the_base_path_and_caches_on_the_request() -> None:
    router = catalog("samco").router(GATEWAY)
    request = httpx.Request("PUT", f"{GATEWAY}/order/modifyOrder/123")
    op = router.resolve(request)
    assert op is not None and op.operation_id == "modifyOrder"
    assert request.extensions[OPERATION_EXTENSION] is op
    assert router.resolve(request) is op  # read back, not looked up again
    assert router.find("GET", "/order/orderBook") is None  # outside the base path
    assert router.find("GET", "/gw/samco/order/orderBook") is not None


def test_literal_paths_win_over_templated_ones() -> None:
    spec = catalog("samco")
    literal = [op for op in spec.operations if not op.templated]
    for op in literal:
        assert spec.find(op.method, op.path) is op


@pytest.fixture
def gateway_app() -> tuple[Starlette, Starlette]:
    broker_app = create_app("samco", config=MockConfig(strict=True), api_key=KEY, api_secret=SECRET)
    return Starlette(routes=[Mount("/gw/samco", app=broker_app)]), broker_app


def test_every_overlay_stays_on_behind_a_path_prefix(
    gateway_app: tuple[Starlette, Starlette],
) -> None:
    outer, inner = gateway_app
    sync, async_ = in_process(outer)
    client = samco.connect(
        KEY, SECRET, base_url=GATEWAY, transport=sync, async_transport=async_, account="gw"
    )
    book = get_order_book.sync(client=client)
    assert book is not None
    # Validation: bad input is refused before sending (the gateway sees nothing).
    before = sum(server_of(inner).calls.values())
    with pytest.raises(ClientValidationError):
        place_order.sync(client=client, body=order(quantity="-1"))
    assert sum(server_of(inner).calls.values()) == before
    # Typed errors: a failure envelope is a rejection, not a normal result.
    with pytest.raises(OrderRejectedError):
        place_order.sync(client=client, body=order(quantity="100000000"))


def test_throttle_applies_behind_a_path_prefix() -> None:
    slept: list[str] = []

    class Recording:
        def acquire(self, category: str, *, operation: str | None = None) -> None:
            slept.append(f"{category}:{operation}")

        async def async_acquire(self, category: str, *, operation: str | None = None) -> None:
            slept.append(f"{category}:{operation}")

    transport = BrokerTransport(
        "samco", throttle=Recording(), router=catalog("samco").router(GATEWAY)
    )
    client = SamcoClient(base_url=GATEWAY)
    client.set_httpx_client(httpx.Client(base_url=GATEWAY, transport=transport))
    with respx.mock() as router:
        router.get(f"{GATEWAY}/order/orderBook").respond(
            200, json={"status": "Success", "orderBookDetails": []}
        )
        get_order_book.sync(client=client)
    assert slept == ["non-trading:getOrderBook"]


def _client(base: str, **kw: Any) -> SamcoClient:
    transport = BrokerTransport("samco", router=catalog("samco").router(base), **kw)
    client = SamcoClient(base_url=base)
    client.set_httpx_client(httpx.Client(base_url=base, transport=transport))
    return client


def test_unknown_path_raises_under_pytest_and_nothing_is_sent() -> None:
    client = _client("https://tradeapi.samco.in/gw")
    with respx.mock(assert_all_called=False) as router:
        route = router.get(url__regex=r".*").respond(200, json={})
        with pytest.raises(ClientValidationError, match="not a samco operation"):
            client.get_httpx_client().get("/order/nosuchthing")
        with pytest.raises(ClientValidationError, match="not a samco operation"):
            # Outside the base path: the gateway prefix is missing.
            client.get_httpx_client().get("https://tradeapi.samco.in/order/orderBook")
    assert route.call_count == 0


def test_unknown_path_warns_in_production(caplog: pytest.LogCaptureFixture) -> None:
    client = _client("https://tradeapi.samco.in", unknown_paths="warn")
    with respx.mock() as router:
        router.get("https://tradeapi.samco.in/no/such/op").respond(200, json={})
        with caplog.at_level(logging.WARNING, logger="broker_overlays.transport"):
            client.get_httpx_client().get("/no/such/op")
            client.get_httpx_client().get("/no/such/op")
    warnings = [r for r in caplog.records if "not a samco operation" in r.getMessage()]
    assert len(warnings) == 1  # once per path, not per call


def test_default_policy_outside_pytest_is_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)
    client = _client("https://tradeapi.samco.in")
    with respx.mock() as router:
        route = router.get("https://tradeapi.samco.in/no/such/op").respond(200, json={})
        client.get_httpx_client().get("/no/such/op")
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        (None, "https://developers.stocknote.com/doc/ScripMaster.csv"),  # the spec's server
        ("http://mock.example:8123", "http://mock.example:8123/ScripMaster.csv"),
        (GATEWAY, "http://gateway.example/gw/samco/ScripMaster.csv"),
    ],
)
def test_an_operation_on_another_server_keeps_that_servers_folder(
    base_url: str | None, expected: str
) -> None:
    from samco_client.api.scrip_master import get_scrip_master

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(
            200, text="exchange,symbolCode\n", headers={"Content-Type": "text/csv"}
        )

    options: dict[str, Any] = {"transport": httpx.MockTransport(answer)}
    if base_url is not None:
        options["base_url"] = base_url
    with samco.connect(KEY, SECRET, **options) as session:
        get_scrip_master.sync_detailed(client=session)
    assert seen == [expected]
