"""Hostile response bodies (deep nesting, 10 MB, invalid UTF-8) never escape as RecursionError,
MemoryError or UnicodeDecodeError: reads raise MalformedResponseError, order calls
OrderStateUnknownError (the order may have been placed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from broker_overlays.errors import MalformedResponseError, OrderStateUnknownError
from broker_overlays.transport import BrokerTransport
from gopocket_client import Client as GopocketClient
from gopocket_client.api.rest_orders import get_order_book as gp_book
from gopocket_client.api.rest_orders import place_order as gp_place
from gopocket_client.models import PlaceOrderRequest as GpOrder
from samco_client import Client as SamcoClient
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import PlaceOrderRequest

SAMCO, GOPOCKET = "https://tradeapi.samco.in", "https://web.gopocket.in"
TEN_MB = 10 * 1024 * 1024

BODIES: dict[str, bytes] = {
    "deep-nesting": b"[" * 100_000,
    "deep-object": b'{"a":' * 100_000,
    "invalid-utf8": b'{"status": "Success", "orderNumber": "\xff\xfe\xfd"}',
    "10MB-garbage": b"x" * TEN_MB,
    "10MB-json-off-spec": json.dumps(["y" * TEN_MB]).encode(),
    "10MB-truncated": b'{"status": "Success", "orderBookDetails": ['
    + b'{"a": "b"},' * (TEN_MB // 11),
}


def _samco() -> SamcoClient:
    client = SamcoClient(base_url=SAMCO)
    client.set_httpx_client(httpx.Client(base_url=SAMCO, transport=BrokerTransport("samco")))
    return client


def _gopocket() -> GopocketClient:
    client = GopocketClient(base_url=GOPOCKET)
    client.set_httpx_client(httpx.Client(base_url=GOPOCKET, transport=BrokerTransport("gopocket")))
    return client


SAMCO_ORDER = PlaceOrderRequest(
    symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L", price="1500",
    quantity="2", order_validity="DAY", product_type="CNC",
)  # fmt: skip
GP_ORDER = GpOrder(
    exchange="NSE", trading_symbol="SBIN-EQ", qty="1", price="600", product="MIS",
    trans_type="B", price_type="L", order_type="Regular", ret="DAY",
)  # fmt: skip

READS: dict[str, tuple[str, str, Callable[[], Any]]] = {
    "samco": ("GET", f"{SAMCO}/order/orderBook", lambda: get_order_book.sync(client=_samco())),
    "gopocket": ("GET", f"{GOPOCKET}/od-rest/info/orderbook", lambda: gp_book.sync(client=_gopocket())),
}  # fmt: skip
ORDERS: dict[str, tuple[str, str, Callable[[], Any]]] = {
    "samco": (
        "POST", f"{SAMCO}/order/placeOrder",
        lambda: place_order.sync(client=_samco(), body=SAMCO_ORDER),
    ),
    "gopocket": (
        "POST", f"{GOPOCKET}/od-rest/orders/execute",
        lambda: gp_place.sync(client=_gopocket(), body=[GP_ORDER]),
    ),
}  # fmt: skip


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
@pytest.mark.parametrize("kind", list(BODIES))
def test_hostile_body_on_a_read_is_malformed(broker: str, kind: str) -> None:
    method, url, call = READS[broker]
    with respx.mock() as router:
        router.route(method=method, url=url).respond(
            200, content=BODIES[kind], headers={"content-type": "application/json"}
        )
        with pytest.raises(MalformedResponseError) as info:
            call()
    assert len(info.value.raw_body) < 2100  # bounded excerpt, not 10 MB in an exception


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
@pytest.mark.parametrize("kind", list(BODIES))
def test_hostile_body_on_an_order_is_state_unknown(broker: str, kind: str) -> None:
    method, url, call = ORDERS[broker]
    with respx.mock() as router:
        route = router.route(method=method, url=url).respond(
            200, content=BODIES[kind], headers={"content-type": "application/json"}
        )
        with pytest.raises(OrderStateUnknownError) as info:
            call()
    assert route.call_count == 1
    error = info.value
    assert error.reason == "malformed" and error.status_code == 200
    assert error.request is not None and error.request.action == "place"
    assert error.request.get("quantity") in {"1", "2"}
    assert len(error.raw_body) < 2100


def test_order_number_is_read_from_a_truncated_body() -> None:
    cut = b'{"status": "Success", "orderNumber": "200616000000350", "orderDetails": {"pend'
    with respx.mock() as router:
        router.post(f"{SAMCO}/order/placeOrder").respond(
            200, content=cut, headers={"content-type": "application/json"}
        )
        with pytest.raises(OrderStateUnknownError) as info:
            place_order.sync(client=_samco(), body=SAMCO_ORDER)
    assert info.value.order_number == "200616000000350"
    assert info.value.request is not None
    assert dict(info.value.request.fields) == {
        "symbol": "INFY", "exchange": "NSE", "side": "BUY", "quantity": "2", "price": "1500",
        "product": "CNC",
    }  # fmt: skip
    assert info.value.request.sent_at is not None
