"""Gopocket's envelope and field names drift: the generated client must keep parsing."""

from __future__ import annotations

import copy
import json
from typing import Any

import respx

from gopocket_client.api.rest_orders import cancel_order, get_order_book, get_trade_book
from gopocket_client.api.v1_orders import get_order_margin_v1, modify_order_v1, place_order_v1
from gopocket_client.client import Client
from gopocket_client.models.cancel_order_request import CancelOrderRequest
from gopocket_client.models.modify_order_v1_request import ModifyOrderV1Request
from gopocket_client.models.order_book_response import OrderBookResponse
from gopocket_client.models.order_margin_v1_request import OrderMarginV1Request
from gopocket_client.models.place_order_response import PlaceOrderResponse
from gopocket_client.models.place_order_v1_request import PlaceOrderV1Request
from gopocket_client.types import Unset

from conftest import spec
from speclint import deref, example_values, schema_validator

BASE = "https://web.gopocket.in"


def _request_problems(path: str, body: Any) -> list[str]:
    doc = spec("gopocket")
    media = doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    return [e.message for e in schema_validator(doc, deref(doc, media["schema"])).iter_errors(body)]


def _example(path: str, method: str = "get") -> Any:
    media = spec("gopocket")["paths"][path][method]["responses"]["200"]["content"]
    return copy.deepcopy(
        next(iter(example_values(media["application/json"], spec("gopocket")).values()))
    )


def test_unknown_status_unknown_exchange_and_tran_type_parse() -> None:
    body = _example("/od-rest/info/orderbook")
    body["status"] = "Partially_Ok"
    entry = body["result"][0]
    entry["exchange"] = "NSEIX"
    entry["tranType"] = entry.pop("transType")
    entry["brandNewField"] = "x"
    with respx.mock() as router:
        router.get(f"{BASE}/od-rest/info/orderbook").respond(200, json=body)
        parsed = get_order_book.sync(client=Client(base_url=BASE))
    assert isinstance(parsed, OrderBookResponse)
    assert parsed.status == "Partially_Ok"
    row = parsed.result[0]  # type: ignore[index]
    assert row.exchange == "NSEIX"
    assert row.tran_type == "B"
    assert isinstance(row.trans_type, Unset)
    assert row.additional_properties == {"brandNewField": "x"}
    assert parsed.to_dict() == body


def test_fillshares_spellings_both_parse() -> None:
    body = _example("/od-rest/info/tradebook")
    row = body["result"][0]
    assert "fillshares" in row
    row["fillShares"] = row["fillshares"]
    with respx.mock() as router:
        router.get(f"{BASE}/od-rest/info/tradebook").respond(200, json=body)
        parsed = get_trade_book.sync(client=Client(base_url=BASE))
    trade = parsed.result[0]  # type: ignore[union-attr,index]
    assert trade.fillshares == trade.fill_shares == row["fillshares"]


def test_error_envelopes_are_valid_responses() -> None:
    for status in ("Not_ok", "error", "Not_Ok"):
        parsed = OrderBookResponse.from_dict({"status": status, "message": "Session Expired"})
        assert parsed.status == status
        assert parsed.message == "Session Expired"


def test_cancel_sends_an_array_and_parses_the_outer_array() -> None:
    body = _example("/od-rest/orders/cancel", "post")
    assert isinstance(body, list)
    with respx.mock() as router:
        route = router.post(f"{BASE}/od-rest/orders/cancel").respond(200, json=body)
        parsed = cancel_order.sync(
            client=Client(base_url=BASE), body=[CancelOrderRequest(order_no="24010200002222")]
        )
    assert route.calls.last.request.content == b'[{"orderNo":"24010200002222"}]'
    assert isinstance(parsed, list) and isinstance(parsed[0], PlaceOrderResponse)
    assert parsed[0].result[0].order_no == body[0]["result"][0]["orderNo"]  # type: ignore[index]


def test_v1_order_and_margin_accept_integer_instrument_id_and_quantity() -> None:
    """The SDK passes ``instrumentId`` / ``quantity`` through; F&O ones can be Python ints."""
    order = {"instrumentId": 52168, "exchange": "NFO", "transactionType": "BUY", "quantity": 75,
             "orderComplexity": "REGULAR", "product": "NORMAL", "orderType": "LIMIT",
             "price": "24800", "validity": "DAY"}  # fmt: skip
    margin = {k: v for k, v in order.items() if k != "validity"}
    assert _request_problems("/open-api/order/v1/orders/placeorder", [order]) == []
    assert _request_problems("/open-api/order/v1/orders/checkMargin", margin) == []
    for bad in ({"quantity": 0}, {"quantity": 7.5}, {"instrumentId": -1}, {"instrumentId": ""}):
        assert _request_problems("/open-api/order/v1/orders/placeorder", [{**order, **bad}])
    ack = {"status": "Ok", "message": "Success", "result": [{"brokerOrderId": "1"}]}
    with respx.mock(base_url=BASE) as router:
        placed = router.post("/open-api/order/v1/orders/placeorder").respond(200, json=ack)
        checked = router.post("/open-api/order/v1/orders/checkMargin").respond(200, json=ack)
        client = Client(base_url=BASE)
        place_order_v1.sync(client=client, body=[PlaceOrderV1Request.from_dict(order)])
        get_order_margin_v1.sync(client=client, body=OrderMarginV1Request.from_dict(margin))
    assert json.loads(placed.calls.last.request.content) == [order]  # integers stay integers
    assert json.loads(checked.calls.last.request.content) == margin


def test_v1_modify_sends_empty_order_type_and_validity_as_unchanged() -> None:
    """The SDK's price-only modify: ``orderType`` and ``validity`` are ``""``."""
    body = {"brokerOrderId": "250424000007880", "quantity": "", "orderType": "", "price": "20",
            "slTriggerPrice": "", "validity": "", "marketProtectionPrecent": ""}  # fmt: skip
    assert _request_problems("/open-api/order/v1/orders/modify/", body) == []
    assert _request_problems("/open-api/order/v1/orders/modify/", {**body, "validity": "GTC"})
    model = ModifyOrderV1Request.from_dict(body)
    assert (model.order_type, model.validity) == ("", "")
    ack = {"status": "Ok", "message": "Success", "result": [{"brokerOrderId": "250424000007880"}]}
    with respx.mock(base_url=BASE) as router:
        route = router.post("/open-api/order/v1/orders/modify/").respond(200, json=ack)
        modify_order_v1.sync(client=Client(base_url=BASE), body=model)
    assert json.loads(route.calls.last.request.content) == body
