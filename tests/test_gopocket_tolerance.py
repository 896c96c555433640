"""Gopocket's envelope and field names drift: the generated client must keep parsing."""

from __future__ import annotations

import copy
from typing import Any

import respx

from gopocket_client.api.rest_orders import cancel_order, get_order_book, get_trade_book
from gopocket_client.client import Client
from gopocket_client.models.cancel_order_request import CancelOrderRequest
from gopocket_client.models.order_book_response import OrderBookResponse
from gopocket_client.models.place_order_response import PlaceOrderResponse
from gopocket_client.types import Unset

from conftest import spec
from speclint import example_values

BASE = "https://web.gopocket.in"


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
