"""Samco adds values and fields without notice: the generated client must keep parsing."""

from __future__ import annotations

import respx

from samco_client.api.orders import get_order_book
from samco_client.client import Client
from samco_client.models.order_book_response import OrderBookResponse

BODY = {
    "serverTime": "16/06/20 18:25:18",
    "msgId": "2e2d2926-1a15-4510-b98e-c86d1f87cb7e",
    "status": "PartialSuccess",
    "statusMessage": "Order Book details retrieved successfully",
    "brandNewTopLevelField": {"nested": [1, 2]},
    "orderBookDetails": [
        {
            "orderNumber": "200616000000350",
            "exchange": "NSEIX",
            "transactionType": "BUY",
            "productCode": "MTF",
            "orderType": "SL-M",
            "orderValidity": "GTD",
            "optionType": "YY",
            "orderStatus": "Partially Filled",
            "someFutureField": "42",
        }
    ],
}


def test_unknown_enum_values_and_fields_still_parse() -> None:
    with respx.mock() as router:
        router.get("https://tradeapi.samco.in/order/orderBook").respond(200, json=BODY)
        parsed = get_order_book.sync(client=Client(base_url="https://tradeapi.samco.in"))
    assert isinstance(parsed, OrderBookResponse)
    assert parsed.status == "PartialSuccess"
    assert parsed.additional_properties["brandNewTopLevelField"] == {"nested": [1, 2]}
    entry = parsed.order_book_details[0]  # type: ignore[index]
    assert entry.exchange == "NSEIX"
    assert entry.product_code == "MTF"
    assert entry.order_validity == "GTD"
    assert entry.option_type == "YY"
    assert entry.additional_properties == {"someFutureField": "42"}
    assert parsed.to_dict() == BODY


def test_known_enum_values_parse_as_their_literal() -> None:
    entry = OrderBookResponse.from_dict({"orderBookDetails": [{"exchange": "NSE"}]})
    assert entry.order_book_details[0].exchange == "NSE"  # type: ignore[index]


def test_missing_envelope_fields_are_tolerated() -> None:
    parsed = OrderBookResponse.from_dict({"orderBookDetails": []})
    assert parsed.order_book_details == []
    assert not isinstance(parsed.status, str)  # UNSET, not a crash
