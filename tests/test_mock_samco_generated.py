"""The Samco mock's answers to the operations that once echoed a fixed spec example: GTT / OCO
triggers, basket execution, trade analytics, the contracts analyser, the personal index, the
legacy login flow, static IPs, web login codes and ``whoami``.

Every client is ``checked_client`` (and the server is strict): an answer the spec does not
allow fails the test. Each test also checks that the answer reflects the request (the symbol,
dates and ids asked) and the mock's state (orders, positions, holdings, the moving market).
The clock is fixed at Monday 2026-06-08 09:30 IST (the market stands still unless a test
moves the clock), so prices are the seed prices unless a test moves the clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from broker_overlays.mock import (
    MockConfig,
    SamcoAccount,
    SamcoMock,
    SyncTransport,
    build_app,
    checked_client,
    create_app,
    server_of,
    spec_problems,
)
from broker_overlays.spec_catalog import catalog

from conftest import BROKERS

CONFIG = MockConfig(rate_limit=False, strict=True)
START = datetime(2026, 6, 8, 4, 0, tzinfo=UTC)  # Monday 09:30 IST
TODAY = "2026-06-08"
USER, PASSWORD, YOB = "DV99999", "mock-samco-password", "1990"


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Mock:
    clock: Clock
    state: SamcoMock
    app: Starlette
    client: httpx.Client
    auth: dict[str, str]

    def post(self, path: str, body: Any) -> dict[str, Any]:
        return self.call("POST", path, json=body)

    def put(self, path: str, body: Any) -> dict[str, Any]:
        return self.call("PUT", path, json=body)

    def delete(self, path: str, body: Any) -> dict[str, Any]:
        return self.call("DELETE", path, json=body)

    def get(self, path: str, **params: str) -> dict[str, Any]:
        return self.call("GET", path, params=params)

    def call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self.client.request(method, path, headers=self.auth, **kwargs)
        assert response.status_code == 200, response.text
        assert spec_problems("samco", response) == []
        return dict(response.json())

    def later(self, **delta: float) -> None:
        """Move the clock (the market moves with it); the session is renewed."""
        self.clock.now += timedelta(**delta)
        self.auth = {"x-session-token": self.state.issue_session()}


@pytest.fixture
def mock() -> Iterator[Mock]:
    clock = Clock()
    state = SamcoMock(clock=clock)
    app = build_app("samco", state, config=CONFIG)
    with checked_client(app) as client:
        yield Mock(clock, state, app, client, {"x-session-token": state.issue_session()})


def failed(body: dict[str, Any], words: str) -> None:
    assert body["status"] == "Failure", body
    assert words in body["statusMessage"], body["statusMessage"]


def ok(body: dict[str, Any]) -> dict[str, Any]:
    assert body["status"] == "Success", body
    return body


def order(**fields: str) -> dict[str, str]:
    body = {"symbolName": "SBIN", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
            "price": "700", "quantity": "3", "orderValidity": "DAY", "productType": "MIS"}  # fmt: skip
    return {**body, **fields}


def book(mock: Mock) -> dict[str, dict[str, str]]:
    rows = mock.get("/order/orderBook")["orderBookDetails"]
    return {row["orderNumber"]: row for row in rows}


def ltp(mock: Mock, symbol: str, exchange: str = "NSE") -> Decimal:
    quote = mock.get("/quote/getQuote", symbolName=symbol, exchange=exchange)
    return Decimal(quote["lastTradedPrice"])


def close_on(mock: Mock, symbol: str, day: str, exchange: str = "NSE") -> Decimal:
    candles = mock.get(
        "/history/candleData", symbolName=symbol, exchange=exchange, fromDate=day, toDate=day
    )["historicalCandleData"]
    [candle] = candles
    return Decimal(candle["close"])


def positions(mock: Mock) -> dict[tuple[str, str], int]:
    rows = mock.get("/position/getPositions", positionType="DAY")["positionDetails"]
    return {(r["tradingSymbol"], r["productCode"]): int(r["netQuantity"]) for r in rows}


# --------------------------------------------------------------------------- every operation


@pytest.mark.parametrize("broker", BROKERS)
def test_every_operation_has_a_stateful_handler(broker: str) -> None:
    state = server_of(create_app(broker, config=CONFIG)).state
    missing = [
        op.operation_id
        for op in catalog(broker).operations
        if state.handler(op.operation_id) is None
    ]
    assert missing == []


# --------------------------------------------------------------------------- GTT / OCO

IDEA_GTT = {"exchange": "NSE", "symbolName": "IDEA", "transactionType": "BUY", "quantity": "20",
            "productType": "CNC", "orderType": "L", "triggerPrice": "15", "limitPrice": "15.05"}  # fmt: skip
INFY_OCO = {"exchange": "NSE", "symbolName": "INFY", "transactionType": "SELL", "quantity": "5",
            "productType": "CNC", "orderType": "L", "targetTriggerPrice": "1520",
            "targetLimitPrice": "1519", "stoplossTriggerPrice": "1480",
            "stoplossLimitPrice": "1479"}  # fmt: skip


def listed(mock: Mock, kind: str = "active") -> dict[str, dict[str, Any]]:
    rows = mock.get("/gttoco/listGttOco", listType=kind)["orderDetails"]
    return {row["summary"]["gttSummaryId"]: row for row in rows}


def test_add_gtt_is_listed_and_delete_removes_it(mock: Mock) -> None:
    added = ok(mock.post("/gttoco/addGtt", IDEA_GTT))
    summary_id = added["gttSummaryId"]
    details = added["orderDetails"]
    assert (details["symbolName"], details["symbol"], details["triggerPrice"]) == (
        "IDEA", "14366_NSE", "15",
    )  # fmt: skip
    assert (details["limitPrice"], details["quantity"], details["createdAt"]) == (
        "15.05", "20", "2026-06-08 09:30:00",
    )  # fmt: skip

    [entry] = listed(mock).values()
    summary, trigger = entry["summary"], entry["triggers"]["gtt"]
    assert (summary["id"], summary["gttType"], summary["isExpired"]) == (
        int(summary_id), "SINGLE", False,
    )  # fmt: skip
    assert trigger["triggerId"] == details["triggerId"]
    assert (trigger["status"], trigger["ltpAtCreation"], trigger["orderNumber"]) == (
        "", "13.95", "",
    )  # fmt: skip
    assert listed(mock, "triggered") == {} and listed(mock, "expired") == {}

    deleted = ok(mock.delete("/gttoco/deleteGtt", {"gttSummaryId": int(summary_id)}))
    assert deleted["gttSummaryId"] == summary_id and deleted["orderDetails"] == {"userId": USER}
    assert listed(mock) == {}
    failed(mock.delete("/gttoco/deleteGtt", {"gttSummaryId": summary_id}), "not found")
    assert book(mock) == {}  # a GTT is no order at the exchange


def test_modify_gtt_issues_a_new_id_and_keeps_its_symbol(mock: Mock) -> None:
    old = ok(mock.post("/gttoco/addGtt", IDEA_GTT))["gttSummaryId"]
    change = {**IDEA_GTT, "gttSummaryId": old, "triggerPrice": 16.5, "limitPrice": 16.55,
              "quantity": 25}  # fmt: skip
    modified = ok(mock.put("/gttoco/modifyGtt", change))
    new = modified["gttSummaryId"]
    assert new != old and modified["statusMessage"] == "GTT MODIFIED"
    details = modified["orderDetails"]
    assert (details["triggerPrice"], details["limitPrice"], details["quantity"]) == (
        "16.5", "16.55", "25",
    )  # fmt: skip
    assert list(listed(mock)) == [new]
    assert listed(mock)[new]["triggers"]["gtt"]["quantity"] == "25"
    failed(mock.put("/gttoco/modifyGtt", change), "not found")  # the old id is gone
    other = {**change, "gttSummaryId": new, "symbolName": "SBIN"}
    failed(mock.put("/gttoco/modifyGtt", other), "must equal the original")


def test_gtt_fires_when_the_market_reaches_its_trigger(mock: Mock) -> None:
    body = {**IDEA_GTT, "orderType": "MKT", "triggerPrice": "14.00"}
    del body["limitPrice"]
    added = ok(mock.post("/gttoco/addGtt", body))
    assert added["orderDetails"]["marketProtection"] == "3"  # the server's default
    assert listed(mock, "triggered") == {}  # the clock has not moved: the price has not either

    mock.later(hours=1)
    assert listed(mock) == {}
    [entry] = listed(mock, "triggered").values()
    trigger = entry["triggers"]["gtt"]
    assert trigger["status"] == "TRIGGERED"
    assert "2026-06-08 09:30:00" < trigger["triggeredAt"] <= "2026-06-08 10:30:00"
    row = book(mock)[trigger["orderNumber"]]
    assert (row["tradingSymbol"], row["transactionType"], row["productCode"]) == (
        "IDEA-EQ", "BUY", "CNC",
    )  # fmt: skip
    assert (row["orderStatus"], row["filledQuantity"]) == ("Complete", "20")
    assert Decimal(row["fillPrice"]) == ltp(mock, "IDEA")  # the engine's fill at the market
    failed(mock.delete("/gttoco/deleteGtt", {"gttSummaryId": entry["summary"]["id"]}), "triggered")


def test_oco_pair_add_modify_delete(mock: Mock) -> None:
    added = ok(mock.post("/gttoco/addOco", INFY_OCO))
    old = added["gttSummaryId"]
    target, stop = added["orderDetails"]["target"], added["orderDetails"]["stopLoss"]
    assert (target["type"], target["triggerPrice"], target["limitPrice"]) == (
        "TARGET",
        "1520",
        "1519",
    )
    assert (stop["type"], stop["triggerPrice"], stop["limitPrice"]) == ("STOPLOSS", "1480", "1479")
    assert added["orderDetails"]["symbolName"] == "INFY"
    entry = listed(mock)[old]
    assert entry["summary"]["gttType"] == "OCO" and set(entry["triggers"]) == {"target", "stopLoss"}
    failed(mock.delete("/gttoco/deleteGtt", {"gttSummaryId": old}), "not found")  # not a GTT

    change = {**INFY_OCO, "gttSummaryId": old, "stoplossTriggerPrice": "1470",
              "stoplossLimitPrice": "1469"}  # fmt: skip
    modified = ok(mock.put("/gttoco/modifyOco", change))
    new = modified["gttSummaryId"]
    assert new != old and modified["orderDetails"]["stopLoss"]["triggerPrice"] == "1470"
    assert listed(mock)[new]["triggers"]["stopLoss"]["limitPrice"] == "1469"
    assert old not in listed(mock)

    deleted = ok(mock.delete("/gttoco/deleteOco", {"gttSummaryId": new}))
    assert deleted["gttSummaryId"] == new and deleted["orderDetails"] == {"clientId": USER}
    assert listed(mock) == {}
    failed(mock.delete("/gttoco/deleteOco", {"gttSummaryId": new}), "not found")


def test_one_oco_leg_fires_and_cancels_the_other(mock: Mock) -> None:
    summary_id = ok(mock.post("/gttoco/addOco", INFY_OCO))["gttSummaryId"]
    for _ in range(48):
        mock.later(hours=1)
        fired = listed(mock, "triggered")
        if fired:
            break
    triggers = fired[summary_id]["triggers"]
    assert sorted(leg["status"] for leg in triggers.values()) == ["CANCELLED", "TRIGGERED"]
    leg = next(leg for leg in triggers.values() if leg["status"] == "TRIGGERED")
    row = book(mock)[leg["orderNumber"]]
    assert (row["tradingSymbol"], row["transactionType"], row["quantity"]) == (
        "INFY-EQ",
        "SELL",
        "5",
    )
    assert row["orderPrice"] == f"{Decimal(leg['limitPrice']):.2f}"
    assert len(book(mock)) == 1  # the other leg placed nothing


def test_gtt_and_oco_are_checked(mock: Mock) -> None:
    failed(mock.post("/gttoco/addGtt", {**IDEA_GTT, "symbolName": "WIPRO24JUN585PE"}), "Invalid")
    failed(mock.post("/gttoco/addGtt", {**IDEA_GTT, "limitPrice": ""}), "limitPrice is required")
    above = {**INFY_OCO, "stoplossTriggerPrice": "1510"}  # both triggers above the LTP 1500
    failed(mock.post("/gttoco/addOco", above), "either side")
    failed(mock.post("/gttoco/addOco", {**INFY_OCO, "transactionType": "BUY"}), "delivery")
    future = {**IDEA_GTT, "exchange": "NFO", "symbolName": "NIFTY26DEC26F", "productType": "CNC"}
    failed(mock.post("/gttoco/addGtt", future), "NRML")
    assert listed(mock) == {}


# --------------------------------------------------------------------------- baskets


def basket(mock: Mock, *orders: dict[str, str]) -> tuple[str, list[str]]:
    """A new basket holding ``orders``: its id and its orders' ids."""
    basket_id = ok(mock.post("/basket/createBasket", {"basketName": "test basket"}))["basketId"]
    ids = []
    for item in orders:
        body = {"basketID": basket_id, "disclosedQuantity": "", **item}
        ids.append(ok(mock.post("/basket/createOrder", body))["orderId"])
    return basket_id, ids


def test_execute_basket_places_its_orders_through_the_engine(mock: Mock) -> None:
    basket_id, ids = basket(mock, order(), order(symbolName="TCS", price="3400"))

    def names(kind: str) -> list[str]:
        return [b["basketId"] for b in mock.get("/basket/listBasket", listType=kind)["baskets"]]

    assert names("NOT EXECUTED") == [basket_id] and names("EXECUTED") == []

    executed = ok(mock.post("/basket/executeBasketOrder", {"basketId": basket_id}))
    assert executed["basketId"] == basket_id
    sbin, tcs = executed["orderNumbers"]
    assert [o["basketOrderId"] for o in executed["executedOrders"]] == ids
    rows = book(mock)
    assert set(rows) == {sbin, tcs}
    assert (rows[sbin]["tradingSymbol"], rows[sbin]["orderStatus"], rows[sbin]["fillPrice"]) == (
        "SBIN-EQ", "Complete", "600.00",
    )  # a BUY above the LTP fills at it, as placeOrder's  # fmt: skip
    assert (rows[tcs]["tradingSymbol"], rows[tcs]["orderStatus"]) == ("TCS-EQ", "Open")
    [trade] = mock.get("/trade/tradeBook")["tradeBookDetails"]
    assert (trade["orderNumber"], trade["tradePrice"], trade["filledQuantity"]) == (
        sbin,
        "600.00",
        "3",
    )
    assert names("EXECUTED") == [basket_id] and names("NOT EXECUTED") == []

    again = ok(mock.post("/basket/executeBasketOrder", {"basketId": basket_id}))  # places again
    assert len(book(mock)) == 4 and set(again["orderNumbers"]).isdisjoint({sbin, tcs})


def test_execute_unknown_or_empty_basket_fails(mock: Mock) -> None:
    failed(mock.post("/basket/executeBasketOrder", {"basketId": "63"}), "not found")
    empty, _ = basket(mock)
    failed(mock.post("/basket/executeBasketOrder", {"basketId": empty}), "no orders")
    assert book(mock) == {}


def test_square_off_basket_closes_the_positions_it_opened(mock: Mock) -> None:
    basket_id, _ = basket(mock, order(), order(symbolName="INFY", price="1600", quantity="2"))
    ok(mock.post("/order/placeOrder", order(quantity="5")))  # not the basket's
    ok(
        mock.post(
            "/basket/executeBasketOrder", {"basketId": basket_id, "executionType": "allatonce"}
        )
    )
    assert positions(mock) == {("SBIN-EQ", "MIS"): 8, ("INFY-EQ", "MIS"): 2}

    squared = ok(mock.post("/basket/squareOff", {"basketId": basket_id}))
    assert len(squared["orderNumbers"]) == 2
    assert {(o["symbolName"], o["netQuantity"], o["transactionType"]) for o in squared["executedOrders"]} == {
        ("SBIN", "3", "SELL"), ("INFY", "2", "SELL"),
    }  # fmt: skip
    assert positions(mock) == {("SBIN-EQ", "MIS"): 5, ("INFY-EQ", "MIS"): 0}
    assert all(book(mock)[n]["orderStatus"] == "Complete" for n in squared["orderNumbers"])
    failed(mock.post("/basket/squareOff", {"basketName": "test basket"}), "No open position")


def test_modify_and_retry_places_the_rejected_orders_again(mock: Mock) -> None:
    unsold = order(symbolName="TCS", transactionType="SELL", productType="CNC", price="3600")
    basket_id, (_, tcs_id) = basket(mock, order(), unsold)
    executed = ok(mock.post("/basket/executeBasketOrder", {"basketId": basket_id}))
    rejected = executed["executedOrders"][1]
    assert rejected["status"] == "Failure" and "holdings" in rejected["statusMessage"]
    assert book(mock)[rejected["orderNumber"]]["orderStatus"] == "Rejected"

    retried = ok(mock.put("/basket/modifyAndretry",
                          {"basketId": basket_id,
                           "orders": [{"symbolName": "TCS", "productType": "MIS"}]}))  # fmt: skip
    [number] = retried["orderNumbers"]
    assert [o["basketOrderId"] for o in retried["executedOrders"]] == [tcs_id]
    row = book(mock)[number]
    assert (row["tradingSymbol"], row["transactionType"], row["productCode"]) == (
        "TCS-EQ",
        "SELL",
        "MIS",
    )
    assert (row["orderPrice"], row["orderStatus"]) == ("3600.00", "Open")
    stored = mock.get("/basket/listBasketOrder", basketId=basket_id)["basketOrders"]
    assert [o["productType"] for o in stored] == ["MIS", "MIS"]
    failed(mock.put("/basket/modifyAndretry", {"basketId": basket_id}), "no failed orders")
    assert book(mock)[executed["orderNumbers"][0]]["orderStatus"] == "Complete"  # untouched


def test_rearrange_basket_orders_sets_the_execution_order(mock: Mock) -> None:
    symbols = ("SBIN", "INFY", "TCS")
    basket_id, ids = basket(mock, *(order(symbolName=s, price="1") for s in symbols))
    full = ok(mock.post("/basket/rearrangeBasketOrder",
                        {"basketId": basket_id, "basketOrderId": [ids[2], ids[0], ids[1]]}))  # fmt: skip
    assert [(o["basketOrderId"], o["symbolName"]) for o in full["basketDetails"]] == [
        (ids[2], "TCS"), (ids[0], "SBIN"), (ids[1], "INFY"),
    ]  # fmt: skip
    one = ok(mock.post("/basket/rearrangeBasketOrder",
                       {"basketId": int(basket_id), "basketOrderId": int(ids[1])}))  # fmt: skip
    assert [o["symbolName"] for o in one["basketDetails"]] == ["INFY", "TCS", "SBIN"]
    listed_orders = mock.get("/basket/listBasketOrder", basketId=basket_id)["basketOrders"]
    assert [o["symbolName"] for o in listed_orders] == ["INFY", "TCS", "SBIN"]
    executed = ok(mock.post("/basket/executeBasketOrder", {"basketId": basket_id}))
    placed = [book(mock)[n]["tradingSymbol"] for n in executed["orderNumbers"]]
    assert placed == ["INFY-EQ", "TCS-EQ", "SBIN-EQ"]
    failed(mock.post("/basket/rearrangeBasketOrder", {"basketId": basket_id, "basketOrderId": "999"}),
           "not found")  # fmt: skip


def test_baskets_are_found_by_name_as_the_python_sdk_names_them(mock: Mock) -> None:
    """The Python SDK's basket flow: no ids, the basket by ``basketName``, an order by its
    symbol (and no ``orderValidity`` / ``disclosedQuantity`` on the order)."""
    name = {"basketName": "MyBasket"}
    basket_id = ok(mock.post("/basket/createBasket", name))["basketId"]
    tcs = {"symbolName": "TCS", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
           "quantity": "1", "productType": "CNC", "price": "3400"}  # fmt: skip
    added = ok(mock.post("/basket/createOrder", {**name, **tcs}))
    assert added["basketId"] == basket_id
    ok(mock.post("/basket/createOrder", {**name, **order()}))
    ok(mock.put("/basket/modifyBasketOrder", {**name, **tcs, "quantity": "2"}))
    [first, second] = mock.get("/basket/listBasketOrder", basketName="MyBasket")["basketOrders"]
    assert (first["basketOrderId"], first["quantity"], second["symbolName"]) == (
        added["orderId"], "2", "SBIN",
    )  # fmt: skip
    ok(mock.delete("/basket/deleteBasketOrder", {**name, "symbolName": "SBIN"}))
    assert ok(mock.post("/basket/spanCalculator", name))["basketId"] == basket_id
    executed = ok(mock.post("/basket/executeBasketOrder", name))
    [number] = executed["orderNumbers"]
    row = book(mock)[number]
    assert (row["tradingSymbol"], row["quantity"], row["orderValidity"]) == ("TCS-EQ", "2", "DAY")
    assert ok(mock.put("/basket/modifyBasket", name))["basketId"] == basket_id  # keeps its name
    failed(mock.delete("/basket/deleteBasketOrder", {**name, "symbolName": "INFY"}), "No order")
    ok(mock.delete("/basket/deleteBasket", name))
    failed(mock.post("/basket/executeBasketOrder", name), "MyBasket not found")
    failed(mock.get("/basket/listBasketOrder"), "basketId is required")


def test_basket_span_is_the_span_margin_of_its_orders(mock: Mock) -> None:
    items = [order(symbolName="RELIANCE", price="1282", quantity="15"),
             order(exchange="NFO", symbolName="NIFTY26DEC26F", productType="NRML", quantity="75",
                   price="24950")]  # fmt: skip
    basket_id, _ = basket(mock, *items)
    span = ok(mock.post("/basket/spanCalculator", {"basketId": basket_id}))
    request = [{"exchange": i["exchange"], "tradingSymbol": i["symbolName"], "qty": i["quantity"],
                "price": i["price"], "productType": i["productType"], "transactionType": "BUY"}
               for i in items]  # fmt: skip
    expected = ok(mock.post("/spanMargin", {"request": request}))["spanDetails"]
    assert span["basketId"] == basket_id
    assert (span["spanMargin"], span["totalMargin"]) == (
        expected["spanRequirement"], expected["totalRequirement"],
    )  # fmt: skip
    # 20% of 15 x 1282 (MIS) + 12% SPAN and 3% exposure of 75 x 24950
    assert Decimal(span["totalMargin"]) == Decimal("3846") + Decimal("280687.50")
    failed(mock.post("/basket/spanCalculator", {"basketId": "404"}), "not found")


# --------------------------------------------------------------------------- analytics


def test_open_gains_and_losses_value_the_holdings_on_the_requested_date(mock: Mock) -> None:
    answer = ok(mock.post("/tradeview/gainLoss",
                          {"status": "open", "fromDate": "2026-05-25", "toDate": "2026-06-05"}))  # fmt: skip
    assert (answer["fromDate"], answer["toDate"]) == ("2026-05-25", "2026-06-05")
    rows = {r["symbolName"]: r for r in answer["gains"] + answer["losses"]}
    assert set(rows) == {"INFY", "SBIN", "IDEA"}  # the seeded holdings
    for symbol, (quantity, average) in {"INFY": (10, "1400"), "SBIN": (20, "550"),
                                        "IDEA": (30, "7.87")}.items():  # fmt: skip
        row = rows[symbol]
        close = close_on(mock, symbol, "2026-06-05")  # the moving market on that date
        assert (row["date"], Decimal(row["lastTradedPrice"])) == ("2026-06-05", close)
        assert Decimal(row["gainAndLoss"]) == quantity * (close - Decimal(average))
        assert (row in answer["gains"]) == (close >= Decimal(average))


def test_closed_gains_and_losses_are_the_round_trips_inside_the_range(mock: Mock) -> None:
    bought = ok(
        mock.post("/order/placeOrder", order(symbolName="RELIANCE", price="1300", quantity="10"))
    )
    mock.later(hours=2)
    sold = ok(mock.post("/order/placeOrder", order(symbolName="RELIANCE", transactionType="SELL",
                                                   price="1", quantity="10")))  # fmt: skip
    buy = Decimal(bought["orderDetails"]["filledPrice"])
    sell = Decimal(sold["orderDetails"]["filledPrice"])
    assert buy != sell  # the market moved

    answer = ok(mock.post("/tradeview/gainLoss",
                          {"status": "close", "fromDate": "2026-06-01", "toDate": TODAY}))  # fmt: skip
    [row] = answer["gains"] + answer["losses"]
    assert (row["symbolName"], row["quantity"], row["date"]) == ("RELIANCE", "10", TODAY)
    assert Decimal(row["gainAndLoss"]) == 10 * (sell - buy)
    assert (row in answer["losses"]) == (sell < buy)
    earlier = ok(mock.post("/tradeview/gainLoss",
                           {"status": "close", "fromDate": "2026-05-01", "toDate": "2026-05-31"}))  # fmt: skip
    assert earlier["gains"] == [] and earlier["losses"] == []
    failed(mock.post("/tradeview/gainLoss", {"fromDate": TODAY, "toDate": "2026-06-01"}), "after")


def test_analytics_summary_covers_the_requested_period(mock: Mock) -> None:
    ok(mock.post("/order/placeOrder", order(quantity="4")))  # 4 SBIN at 600
    summary = ok(mock.post("/tradeview/analyticsSummary", {"duration": "1M"}))["summary"]
    assert (summary["duration"], summary["fromDate"], summary["toDate"]) == (
        "1M",
        "2026-05-09",
        TODAY,
    )
    assert (summary["totalTrades"], summary["buyValue"], summary["sellValue"]) == (
        "1",
        "2400.00",
        "0.00",
    )
    held = ok(mock.post("/tradeview/gainLoss", {"fromDate": TODAY, "toDate": TODAY}))
    open_rows = held["gains"] + held["losses"]
    assert Decimal(summary["unrealisedGainAndLoss"]) == sum(
        Decimal(r["gainAndLoss"]) for r in open_rows
    )
    pnl = {(r["symbolName"], r["productType"]): Decimal(r["gainAndLoss"]) for r in open_rows}
    best, worst = summary["bestPerformer"], summary["worstPerformer"]
    assert pnl[(best["symbolName"], best["productType"])] == max(pnl.values())
    assert pnl[(worst["symbolName"], worst["productType"])] == min(pnl.values())

    by_query = ok(
        mock.call("POST", "/tradeview/analyticsSummary", params={"duration": "1Y"}, json={})
    )
    assert by_query["summary"]["fromDate"] == "2025-06-08"
    ranged = ok(mock.post("/tradeview/analyticsSummary",
                          {"fromDate": "2026-01-01", "toDate": "2026-03-31"}))["summary"]  # fmt: skip
    assert (ranged["fromDate"], ranged["toDate"], ranged["totalTrades"]) == (
        "2026-01-01", "2026-03-31", "0",
    )  # fmt: skip
    failed(mock.post("/tradeview/analyticsSummary", {"duration": "2X"}), "Invalid duration")


def test_analytics_details_has_a_row_per_trading_day_of_the_range(mock: Mock) -> None:
    ok(mock.post("/order/placeOrder", order(quantity="4")))
    answer = ok(mock.post("/tradeview/analyticsDetails",
                          {"fromDate": "2026-06-01", "toDate": "2026-06-12"}))  # fmt: skip
    rows = {r["date"]: r for r in answer["details"]}
    # weekdays of the range up to today (no forecast)
    assert list(rows) == [
        "2026-06-01",
        "2026-06-02",
        "2026-06-03",
        "2026-06-04",
        "2026-06-05",
        TODAY,
    ]
    worth = 10 * close_on(mock, "INFY", "2026-06-03") + 20 * close_on(mock, "SBIN", "2026-06-03")
    worth += 30 * close_on(mock, "IDEA", "2026-06-03")
    assert Decimal(rows["2026-06-03"]["holdingsValue"]) == worth
    assert (rows[TODAY]["trades"], rows[TODAY]["buyValue"]) == ("1", "2400.00")
    assert rows["2026-06-05"]["trades"] == "0"


def test_personal_index_is_the_net_worth_on_the_moving_market(mock: Mock) -> None:
    holdings = mock.get("/holding/getHoldings")["holdingSummary"]
    data = ok(mock.get("/indexData"))["indexData"]
    cash = Decimal("1000000.00")
    assert data["indexName"] == "MOCK Index"
    assert Decimal(data["networth"]) == cash + Decimal(holdings["portfolioValue"])
    cost = cash + 10 * Decimal(1400) + 20 * Decimal(550) + 30 * Decimal("7.87")
    values = data["indexData"]
    assert Decimal(values["index"]) == round(Decimal(data["networth"]) * 100 / cost, 2)
    assert values["latestTime"] == "2026-06-08 09:30:00"

    mock.later(hours=3)  # the market moves: so does the net worth
    moved = ok(mock.get("/indexData"))["indexData"]
    portfolio = Decimal(mock.get("/holding/getHoldings")["holdingSummary"]["portfolioValue"])
    assert Decimal(moved["networth"]) == cash + portfolio != Decimal(data["networth"])
    assert moved["indexData"]["latestTime"] == "2026-06-08 12:30:00"


SPREAD = [
    {"tradingSymbol": "NIFTY26DEC2624800CE", "transactionType": "Buy", "price": "900", "lot": "1"},
    {"tradingSymbol": "NIFTY26DEC2625000CE", "transactionType": "SELL", "price": "800", "lot": "1"},
]


def test_contracts_analyser_prices_the_requested_strategy(mock: Mock) -> None:
    body = {"exchange": "NFO", "targetDate": "2026-09-30", "contracts": SPREAD}
    [analysis] = ok(mock.post("/contractsAnalyser", body))["analysis"]
    assert (analysis["exchange"], analysis["targetDate"], analysis["underlying"]) == (
        "NFO", "2026-09-30", "NIFTY",
    )  # fmt: skip
    assert [c["tradingSymbol"] for c in analysis["contracts"]] == [
        s["tradingSymbol"] for s in SPREAD
    ]
    assert [c["quantity"] for c in analysis["contracts"]] == ["75", "75"]  # 1 lot of 75
    # A bull call spread: debit 100, width 200.
    assert analysis["breakevens"] == ["24900.00"]
    assert (analysis["maxProfit"], analysis["maxLoss"], analysis["riskReward"]) == (
        "7500.00", "-7500.00", "1.00",
    )  # fmt: skip
    payoff = {p["underlyingPrice"]: p["payoff"] for p in analysis["payoff"]}
    assert (payoff["24800.00"], payoff["25000.00"]) == ("-7500.00", "7500.00")
    assert analysis["spotPrice"] == "24800.00"  # NIFTY 50 at the (still) clock
    assert Decimal(analysis["greeks"]["delta"]) > 0  # long the lower strike


def test_contracts_analyser_values_a_future_on_the_target_date(mock: Mock) -> None:
    body = {"exchange": "NFO", "targetDate": "2026-07-15",
            "contracts": [{"tradingSymbol": "NIFTY26DEC26F", "transactionType": "BUY",
                           "price": "24950", "lot": "2"}]}  # fmt: skip
    [analysis] = ok(mock.post("/contractsAnalyser", body))["analysis"]
    [contract] = analysis["contracts"]
    close = close_on(mock, "NIFTY26DEC26F", "2026-07-15", "NFO")
    assert Decimal(contract["priceOnTargetDate"]) == close
    assert Decimal(contract["pnlOnTargetDate"]) == 150 * (close - Decimal(24950))
    assert (analysis["maxProfit"], analysis["breakevens"]) == ("Unlimited", ["24950.00"])
    assert analysis["greeks"]["delta"] == "150.0000"
    failed(mock.post("/contractsAnalyser", {**body, "contracts": [{**SPREAD[0], "tradingSymbol": "HDFCBANK24OCT1510CE"}]}),
           "Invalid symbol")  # fmt: skip


def test_contracts_analyser_takes_the_python_readmes_legs(mock: Mock) -> None:
    """``{"legs": [...]}`` alone: NFO, priced at the market, on today's date."""
    legs = [{"symbol": "NIFTY26DEC2624800CE", "transactionType": "BUY", "quantity": 75},
            {"symbol": "NIFTY26DEC2625000CE", "transactionType": "SELL", "quantity": 75}]  # fmt: skip
    [analysis] = ok(mock.post("/contractsAnalyser", {"legs": legs}))["analysis"]
    assert (analysis["exchange"], analysis["targetDate"]) == ("NFO", TODAY)
    prices = [ltp(mock, leg["symbol"], "NFO") for leg in legs]
    assert [Decimal(c["price"]) for c in analysis["contracts"]] == prices
    assert [c["quantity"] for c in analysis["contracts"]] == ["75", "75"]
    failed(mock.post("/contractsAnalyser", {"legs": [{**legs[0], "symbol": "NIFTY25JUL25000CE"}]}),
           "Invalid symbol")  # fmt: skip


# --------------------------------------------------------------------------- sessions, IPs


def test_legacy_login_flow_issues_a_working_session(mock: Mock) -> None:
    failed(mock.post("/otp/generateOtp", {"uid": "SOMEONE"}), "Invalid client id")
    ok(mock.post("/otp/generateOtp", {"uid": USER}))
    otp = mock.client.get("/__mock__/state").json()["legacyOtps"][USER]
    failed(mock.post("/otp/secretKeyGenerator", {"uid": USER, "otp": "000000x"}), "OTP")
    failed(mock.post("/otp/secretKeyGenerator", {"uid": USER, "otp": otp}), "OTP")  # spent
    ok(mock.post("/otp/generateOtp", {"uid": USER}))
    otp = mock.state.legacy.otps[USER][0]
    secret = ok(mock.post("/otp/secretKeyGenerator", {"uid": USER, "otp": otp}))["secretApiKey"]
    failed(mock.post("/accessToken/token", {"uid": USER, "secretApiKey": "nope"}), "secret API key")
    access = ok(mock.post("/accessToken/token", {"uid": USER, "secretApiKey": secret}))[
        "accessToken"
    ]

    login = {"userId": USER, "password": PASSWORD, "yob": YOB, "accessToken": access}
    failed(mock.post("/login", {**login, "password": "wrong"}), "password")
    failed(mock.post("/login", {**login, "accessToken": "wrong"}), "access token")
    session = ok(mock.post("/login", login))
    assert (session["accountID"], session["accountName"]) == (USER, "MOCK TRADER")
    token = {"x-session-token": session["sessionToken"]}
    assert mock.client.get("/order/orderBook", headers=token).status_code == 200

    mock.later(hours=23)  # 08:30 IST the next day: the access token has expired
    failed(mock.post("/login", login), "expired")
    assert mock.client.get("/order/orderBook", headers=token).status_code == 401


def test_static_ips_are_registered_updated_and_shown_by_whoami(mock: Mock) -> None:
    register = {"clientId": USER, "password": PASSWORD, "primaryIp": "203.0.113.10",
                "secondaryIp": "203.0.113.11"}  # fmt: skip
    failed(mock.post("/ip/ipRegistration", {**register, "password": "x"}), "password")
    failed(mock.post("/ip/ipRegistration", {**register, "primaryIp": "10.1.2.3"}), "public")
    failed(mock.post("/ip/ipUpdate", register), "No static IP")
    answer = ok(mock.post("/ip/ipRegistration", register))
    assert answer["ipDetails"] == {"primaryIp": "203.0.113.10", "secondaryIp": "203.0.113.11"}
    failed(mock.post("/ip/ipRegistration", register), "already registered")
    update = {"clientId": USER, "password": PASSWORD, "primaryIp": "198.51.100.7"}
    failed(mock.post("/ip/ipUpdate", update), "once in 7 days")

    local = ok(mock.get("/ip/whoami"))  # in-process clients call from 127.0.0.1
    assert (local["srcIp"], local["matches"], local["matchedAs"]) == ("127.0.0.1", False, None)
    assert (local["primaryIp"], local["secondaryIp"]) == ("203.0.113.10", "203.0.113.11")

    mock.later(days=7)
    assert ok(mock.post("/ip/ipUpdate", update))["ipDetails"]["primaryIp"] == "198.51.100.7"
    transport = SyncTransport(mock.app, client=("198.51.100.7", 40000))
    with httpx.Client(transport=transport, base_url="http://mock.broker") as remote:
        response = remote.get("/ip/whoami", headers=mock.auth)
    assert spec_problems("samco", response) == []
    body = ok(response.json())
    assert (body["srcIp"], body["matches"], body["matchedAs"]) == ("198.51.100.7", True, "PRIMARY")
    assert body["data"] == {"ip": "198.51.100.7", "registered": True}
    assert "secondaryIp" not in body  # the update named a primary IP only


def test_whoami_shows_the_accounts_registered_ips_and_only_declared_fields() -> None:
    state = SamcoMock(SamcoAccount(primary_ip="203.0.113.10"), clock=Clock())
    with checked_client(build_app("samco", state, config=CONFIG)) as client:
        response = client.get("/ip/whoami", headers={"x-session-token": state.issue_session()})
        body = response.json()
        assert (body["srcIp"], body["primaryIp"], body["matches"]) == (
            "127.0.0.1",
            "203.0.113.10",
            False,
        )
        declared = catalog("samco").document["components"]["schemas"]["WhoAmIResponse"]
        fields = set(declared["allOf"][1]["properties"]) | {"serverTime", "msgId", "status",
                                                             "statusMessage"}  # fmt: skip
        assert set(body) <= fields  # no undeclared accountID (no source shows one)
        assert client.get("/ip/whoami", headers={"x-session-token": "forged"}).status_code == 401


def test_web_secret_code_signs_in_once(mock: Mock) -> None:
    data = ok(mock.get("/webSecretCode"))["data"]
    code = data["OTP"]
    assert data["timeRemainingInSeconds"] == 120 and len(code) == 8 and code.isalnum()
    assert ok(mock.get("/webSecretCode"))["data"]["OTP"] != code  # a new code per call
    session = ok(mock.post("/webSecretCodeValidation", {"otp": code}))
    assert session["accountID"] == USER
    token = {"x-session-token": session["sessionToken"]}
    assert mock.client.get("/order/orderBook", headers=token).status_code == 200
    failed(mock.post("/webSecretCodeValidation", {"otp": code}), "already used")

    readme = ok(mock.get("/webSecretCode"))["data"]["OTP"]  # the Python README's shape
    assert ok(mock.post("/webSecretCodeValidation", {"code": readme, "otp": "123456"}))[
        "sessionToken"
    ]

    late = ok(mock.get("/webSecretCode"))["data"]["OTP"]
    mock.clock.now += timedelta(seconds=121)
    failed(mock.post("/webSecretCodeValidation", {"otp": late, "code": "x"}), "expired")
