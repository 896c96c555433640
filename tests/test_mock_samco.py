"""The Samco mock's state: sessions, OAuth, orders, fills, positions, holdings and limits.

Every client here is ``checked_client``: any answer to a spec operation that the spec does not
allow fails the test, so each flow also proves that the mock's responses conform.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from broker_overlays.mock import MockConfig, SamcoAccount, SamcoMock, build_app, checked_client

KEY, SECRET = "mock-samco-api-key", "mock-samco-api-secret"
CALLBACK = "https://app.example/callback"
CONFIG = MockConfig(rate_limit=False, strict=True)


def order(**fields: str) -> dict[str, str]:
    body = {"symbolName": "RELIANCE", "exchange": "NSE", "transactionType": "BUY",
            "orderType": "L", "price": "1280", "quantity": "10", "orderValidity": "DAY",
            "productType": "MIS"}  # fmt: skip
    return {**body, **fields}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 8, 4, 0, tzinfo=UTC)  # 09:30 IST

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(clock: Clock) -> Iterator[httpx.Client]:
    state = SamcoMock(SamcoAccount(redirect_url=CALLBACK), clock=clock)
    with checked_client(build_app("samco", state, config=CONFIG)) as c:
        yield c


@pytest.fixture
def auth(client: httpx.Client) -> dict[str, str]:
    body = client.post("/session/token", json={"apiKey": KEY, "apiSecret": SECRET}).json()
    return {"x-session-token": body["sessionToken"]}


def place(client: httpx.Client, auth: dict[str, str], **fields: str) -> dict[str, Any]:
    response = client.post("/order/placeOrder", json=order(**fields), headers=auth)
    assert response.status_code == 200
    return dict(response.json())


def limits(client: httpx.Client, auth: dict[str, str]) -> dict[str, Decimal]:
    equity = client.get("/limit/getLimits", headers=auth).json()["equityLimit"]
    return {k: Decimal(v) for k, v in equity.items()}


# --------------------------------------------------------------------------- sessions


def test_session_token_for_the_right_key_and_secret(client: httpx.Client) -> None:
    response = client.post("/session/token", json={"apiKey": KEY, "apiSecret": SECRET})
    body = response.json()
    assert response.status_code == 200 and body["status"] == "Success"
    assert body["sessionToken"].startswith("eyJ")  # JWT-shaped, like v3.2
    assert body["validity"] == "2026-06-09T02:30:00Z"  # next 08:00 IST
    book = client.get("/order/orderBook", headers={"x-session-token": body["sessionToken"]})
    assert book.status_code == 200


@pytest.mark.parametrize(
    ("creds", "code", "words"),
    [((KEY, "wrong"), "EOAUTH008", "API secret"), (("wrong", SECRET), "EOAUTH001", "API key")],
)
def test_session_token_refused_for_wrong_credentials(
    client: httpx.Client, creds: tuple[str, str], code: str, words: str
) -> None:
    response = client.post("/session/token", json={"apiKey": creds[0], "apiSecret": creds[1]})
    assert response.status_code == 401
    body = response.json()
    assert (body["status"], body["errorCode"]) == ("Failure", code)
    assert words in body["statusMessage"]


def test_session_ends_at_0800_ist(client: httpx.Client, auth: dict[str, str], clock: Clock) -> None:
    clock.now += timedelta(hours=22)  # 07:30 IST next day
    assert client.get("/order/orderBook", headers=auth).status_code == 200
    clock.now += timedelta(hours=1)  # 08:30 IST
    assert client.get("/order/orderBook", headers=auth).status_code == 401


def test_logout_invalidates_the_token(client: httpx.Client, auth: dict[str, str]) -> None:
    response = client.delete("/logout", headers=auth)
    assert response.json()["statusMessage"] == "User has successfully logged out"
    assert client.get("/order/orderBook", headers=auth).status_code == 401


# --------------------------------------------------------------------------- OAuth 2.1


def consent(client: httpx.Client, **params: str) -> httpx.Response:
    query = {"api_key": KEY, "redirect_url": CALLBACK, "state": "xyz", **params}
    return client.get("/app/oauth/authorize", params=query)


def code_of(response: httpx.Response) -> str:
    assert response.status_code == 302
    location = httpx.URL(response.headers["location"])
    assert str(location.copy_with(query=None)) == CALLBACK
    assert location.params["state"] == "xyz"
    return location.params["code"]


def test_oauth_consent_code_token_call(client: httpx.Client) -> None:
    code = code_of(consent(client))
    token = client.post("/oauth/token", json={"code": code, "redirect_url": CALLBACK}).json()
    assert token["status"] == "Success"
    headers = {"x-session-token": token["access_token"]}
    assert client.get("/order/orderBook", headers=headers).status_code == 200
    # The code works once.
    again = client.post("/oauth/token", json={"code": code, "redirect_url": CALLBACK})
    assert again.status_code == 401 and again.json()["status"] == "Failure"


def test_oauth_consent_also_at_the_python_sdk_path(client: httpx.Client) -> None:
    query = {"api_key": KEY, "redirect_url": CALLBACK, "state": "xyz"}
    assert code_of(client.get("/oauth/authorize", params=query))


def test_oauth_consent_checks_the_app(client: httpx.Client) -> None:
    assert consent(client, api_key="other").status_code == 400
    assert consent(client, redirect_url="https://evil.example/cb").status_code == 400


def test_oauth_code_is_bound_to_its_redirect_url_and_pkce(client: httpx.Client) -> None:
    verifier = "v" * 50
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    pkce = {"code_challenge": challenge.decode(), "code_challenge_method": "S256"}
    code = code_of(consent(client, **pkce))
    wrong = {"code": code, "redirect_url": CALLBACK, "code_verifier": "x" * 50}
    assert client.post("/oauth/token", json=wrong).status_code == 401  # and the code is spent
    code = code_of(consent(client, **pkce))
    right = {"code": code, "redirect_url": CALLBACK, "code_verifier": verifier}
    assert client.post("/oauth/token", json=right).status_code == 200
    code = code_of(consent(client))
    other = client.post("/oauth/token", json={"code": code, "redirect_url": CALLBACK + "/x"})
    assert other.status_code == 401


def test_oauth_refresh_grant_and_revoke(client: httpx.Client) -> None:
    code = code_of(consent(client))
    tokens = client.post("/oauth/token", json={"code": code, "redirect_url": CALLBACK}).json()
    # The spec requires a non-empty `code` even on the (undocumented) refresh grant.
    grant = {"code": "-", "redirect_url": CALLBACK, "grant_type": "refresh_token",
             "refresh_token": tokens["refresh_token"]}  # fmt: skip
    refreshed = client.post("/oauth/token", json=grant).json()
    assert refreshed["access_token"] != tokens["access_token"]
    headers = {"x-session-token": refreshed["access_token"]}
    assert client.get("/order/orderBook", headers=headers).status_code == 200
    assert (
        client.post("/oauth/revoke", json={"token": refreshed["access_token"]}).status_code == 200
    )
    assert client.get("/order/orderBook", headers=headers).status_code == 401
    client.post("/oauth/revoke", json={"token": tokens["refresh_token"]})
    assert client.post("/oauth/token", json=grant).status_code == 401


# --------------------------------------------------------------------------- orders


def test_place_book_status_modify_cancel(client: httpx.Client, auth: dict[str, str]) -> None:
    placed = place(client, auth, price="1280")  # below the LTP 1290: rests
    number = placed["orderNumber"]
    assert placed["exchangeOrderStatus"] == "PENDING"
    assert placed["orderDetails"]["tradingSymbol"] == "RELIANCE-EQ"
    [row] = client.get("/order/orderBook", headers=auth).json()["orderBookDetails"]
    assert (row["orderNumber"], row["orderStatus"], row["pendingQuantity"]) == (
        number,
        "Open",
        "10",
    )
    status = client.get(
        "/order/getOrderStatus", params={"orderNumber": number}, headers=auth
    ).json()
    assert status["orderStatus"] == "PENDING" and "status" not in status  # as Samco sends it

    change = {"orderValidity": "DAY", "quantity": "4", "price": "1275.50"}
    modified = client.put(f"/order/modifyOrder/{number}", json=change, headers=auth).json()
    assert modified["status"] == "Success"
    details = modified["orderDetails"]
    assert (details["quantity"], details["orderPrice"]) == ("4", "1275.50")

    cancelled = client.delete("/order/cancelOrder", params={"orderNumber": number}, headers=auth)
    assert cancelled.json()["statusMessage"] == "Order cancelled successfully"
    [row] = client.get("/order/orderBook", headers=auth).json()["orderBookDetails"]
    assert row["orderStatus"] == "Cancelled"


def test_business_errors_are_http_200_failures(client: httpx.Client, auth: dict[str, str]) -> None:
    number = place(client, auth)["orderNumber"]
    client.delete("/order/cancelOrder", params={"orderNumber": number}, headers=auth)
    for response in (
        client.delete("/order/cancelOrder", params={"orderNumber": number}, headers=auth),
        client.put(f"/order/modifyOrder/{number}", json={"orderValidity": "DAY"}, headers=auth),
        client.delete("/order/cancelOrder", params={"orderNumber": "999"}, headers=auth),
        client.post("/order/placeOrder", json=order(symbolName="NOSUCH"), headers=auth),
    ):
        assert response.status_code == 200
        assert response.json()["status"] == "Failure"
    assert (
        "cancelled"
        in client.delete("/order/cancelOrder", params={"orderNumber": number}, headers=auth).json()[
            "statusMessage"
        ]
    )


def test_marketable_order_fills_into_trades_positions_and_limits(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    before = limits(client, auth)
    placed = place(client, auth, price="1300", quantity="10")  # BUY above the LTP 1290
    assert placed["exchangeOrderStatus"] == "EXECUTED"
    assert placed["orderDetails"]["filledPrice"] == "1290.00"  # filled at the LTP

    [trade] = client.get("/trade/tradeBook", headers=auth).json()["tradeBookDetails"]
    assert (trade["orderNumber"], trade["tradePrice"], trade["filledQuantity"]) == (
        placed["orderNumber"], "1290.00", "10",
    )  # fmt: skip
    for kind in ("DAY", "NET"):
        [pos] = client.get(
            "/position/getPositions", params={"positionType": kind}, headers=auth
        ).json()["positionDetails"]
        assert (pos["netQuantity"], pos["averagePrice"], pos["positionType"]) == (
            "10",
            "1290.00",
            kind,
        )
    after = limits(client, auth)
    assert after["marginUsed"] - before["marginUsed"] == Decimal("2580.00")  # 20% of 12900 (MIS)
    assert after["netAvailableMargin"] == before["netAvailableMargin"] - Decimal("2580.00")

    sold = place(client, auth, transactionType="SELL", price="1200", quantity="10")
    assert sold["exchangeOrderStatus"] == "EXECUTED"
    [pos] = client.get(
        "/position/getPositions", params={"positionType": "DAY"}, headers=auth
    ).json()["positionDetails"]
    assert pos["netQuantity"] == "0"
    assert limits(client, auth)["marginUsed"] == before["marginUsed"]


def test_open_orders_block_margin_and_release_it_on_cancel(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    number = place(client, auth, price="1000", productType="CNC", quantity="10")["orderNumber"]
    assert limits(client, auth)["marginUsed"] == Decimal("10000.00")
    client.delete("/order/cancelOrder", params={"orderNumber": number}, headers=auth)
    assert limits(client, auth)["marginUsed"] == 0


def test_insufficient_margin_rejects_the_order(client: httpx.Client, auth: dict[str, str]) -> None:
    rejected = place(client, auth, productType="CNC", quantity="100000", price="1300")
    assert rejected["status"] == "Failure" and "margin" in rejected["statusMessage"]
    [row] = client.get("/order/orderBook", headers=auth).json()["orderBookDetails"]
    assert (row["orderNumber"], row["orderStatus"]) == (rejected["orderNumber"], "Rejected")


def holding(client: httpx.Client, auth: dict[str, str], symbol: str) -> dict[str, str]:
    rows = client.get("/holding/getHoldings", headers=auth).json()["holdingDetails"]
    return next(r for r in rows if r["tradingSymbol"] == symbol)


def test_cnc_sell_of_a_holding_reduces_the_sellable_quantity(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    assert holding(client, auth, "INFY-EQ")["sellableQuantity"] == "10"
    sell = {"symbolName": "INFY", "transactionType": "SELL", "productType": "CNC"}
    resting = place(client, auth, price="1600", quantity="4", **sell)  # above the LTP: rests
    assert holding(client, auth, "INFY-EQ")["sellableQuantity"] == "6"
    assert (
        place(client, auth, price="1450", quantity="6", **sell)["exchangeOrderStatus"] == "EXECUTED"
    )
    assert holding(client, auth, "INFY-EQ")["sellableQuantity"] == "0"
    refused = place(client, auth, price="1450", quantity="1", **sell)
    assert refused["status"] == "Failure" and "holdings" in refused["statusMessage"]
    client.delete(
        "/order/cancelOrder", params={"orderNumber": resting["orderNumber"]}, headers=auth
    )
    assert holding(client, auth, "INFY-EQ")["sellableQuantity"] == "4"
    assert holding(client, auth, "INFY-EQ")["holdingsQuantity"] == "10"  # settles T+1


def test_stop_loss_orders_wait_for_their_trigger(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    placed = place(client, auth, orderType="SL", price="1310", triggerPrice="1300")
    assert placed["exchangeOrderStatus"] == "TRIGGER PENDING"


def test_market_orders_need_protection_and_are_bounded_by_it(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    """MKT / SL-M without ``marketProtection`` are business failures; with it they are booked
    as sent (type, protection) and never fill beyond the bound (percent from the LTP /
    trigger, on the tick grid)."""
    for kind in ("MKT", "SL-M"):
        refused = client.post("/order/placeOrder", json=order(orderType=kind, price="",
                              triggerPrice="1280"), headers=auth).json()  # fmt: skip
        assert refused["status"] == "Failure" and "marketProtection" in refused["statusMessage"]
    stop = place(client, auth, orderType="SL-M", transactionType="SELL", price="",
                 triggerPrice="1280", marketProtection="1")  # fmt: skip
    assert stop["exchangeOrderStatus"] == "TRIGGER PENDING"
    details = stop["orderDetails"]
    assert (details["orderType"], details["orderPrice"]) == ("SL-M", "1267.20")  # 1280 - 1 %
    number = place(client, auth, price="1200")["orderNumber"]  # rests below the LTP 1290
    change = {"orderType": "MKT"}
    url = f"/order/modifyOrder/{number}"
    assert client.put(url, json=change, headers=auth).json()["status"] == "Failure"
    modified = client.put(url, json={**change, "marketProtection": "0.5"}, headers=auth).json()
    assert modified["ordernumber"] == number and "orderNumber" not in modified
    assert modified["exchangeOrderStatus"] == "EXECUTED"  # filled at the market
    row = next(
        r
        for r in client.get("/order/orderBook", headers=auth).json()["orderBookDetails"]
        if r["orderNumber"] == number
    )
    assert (row["orderType"], row["marketProtection"], row["fillPrice"]) == (
        "MKT",
        "0.5",
        "1290.00",
    )
    assert Decimal(row["orderPrice"]) == Decimal("1296.45")  # 1290 + 0.5 %, on the tick


def test_bracket_order_legs_and_exit(client: httpx.Client, auth: dict[str, str]) -> None:
    body = order(productType="BO", price="1300", squareOffValue="20", stopLossValue="10")
    main = client.post("/order/placeOrderBO", json=body, headers=auth).json()
    assert main["exchangeOrderStatus"] == "EXECUTED"
    params = {"orderNumber": main["orderNumber"]}
    legs = client.get("/order/getTriggerOrders", params=params, headers=auth).json()[
        "triggerOrders"
    ]
    assert {(leg.get("targetOrderNo") is not None, leg["orderPrice"]) for leg in legs} == {
        (True, "1310.00"), (False, "1280.00"),
    }  # fmt: skip
    exited = client.delete("/order/exitBO", params=params, headers=auth).json()
    assert exited["statusMessage"] == "Bracket Order exited successfully"
    [pos] = client.get(
        "/position/getPositions", params={"positionType": "DAY"}, headers=auth
    ).json()["positionDetails"]
    assert pos["netQuantity"] == "0"
    again = client.delete("/order/exitBO", params=params, headers=auth).json()
    assert again["status"] == "Failure"


def test_cover_order_open_main_leg_is_cancelled_by_exit(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    body = order(productType="CO", price="1200", triggerPrice="1150", disclosedQuantity="")
    main = client.post("/order/placeOrderCO", json=body, headers=auth).json()
    params = {"orderNumber": main["orderNumber"]}
    assert (
        client.delete("/order/cancelOrder", params=params, headers=auth).json()["status"]
        == "Failure"
    )
    exited = client.delete("/order/exitCO", params=params, headers=auth).json()
    assert exited["statusMessage"] == "Cover Order cancelled successfully"


def test_bulk_order_places_each_order(client: httpx.Client, auth: dict[str, str]) -> None:
    body = {"orders": [order(), order(symbolName="SBIN", price="590"), order(symbolName="NOPE")]}
    answer = client.post("/order/bulkOrder", json=body, headers=auth).json()
    assert len(answer["orderNumbers"]) == 2
    assert [r["status"] for r in answer["orderResponses"]] == ["Success", "Success", "Failure"]


def test_square_off_and_convert_positions(client: httpx.Client, auth: dict[str, str]) -> None:
    place(client, auth, price="1300", quantity="6")
    convert = {"symbolName": "RELIANCE", "exchange": "NSE", "transactionType": "BUY",
               "positionType": "DAY", "netQuantity": "6", "quantityToConvert": "2",
               "fromProductType": "MIS", "toProductType": "CNC"}  # fmt: skip
    assert (
        "successful"
        in client.post("/position/convertPosition", json=convert, headers=auth).json()["statusMsg"]
    )
    rows = client.get("/position/getPositions", params={"positionType": "DAY"}, headers=auth).json()
    assert {(p["productCode"], p["netQuantity"]) for p in rows["positionDetails"]} == {
        ("MIS", "4"), ("CNC", "2"),
    }  # fmt: skip
    item = {"exchange": "NSE", "symbolName": "RELIANCE", "productType": "MIS", "netQuantity": "4",
            "transactionType": "BUY"}  # fmt: skip
    done = client.post(
        "/position/squareOff", json={"positionSquareOffRequestList": [item]}, headers=auth
    )
    assert done.json()["positionSquareOffResponseList"][0]["status"] == "Success"
    rows = client.get("/position/getPositions", params={"positionType": "DAY"}, headers=auth).json()
    assert {(p["productCode"], p["netQuantity"]) for p in rows["positionDetails"]} == {
        ("MIS", "0"), ("CNC", "2"),
    }  # fmt: skip


def test_quote_uses_the_seeded_prices(client: httpx.Client, auth: dict[str, str]) -> None:
    quote = client.get("/quote/getQuote", params={"symbolName": "SBIN"}, headers=auth).json()
    assert (quote["tradingSymbol"], quote["lastTradedPrice"], quote["listingId"]) == (
        "SBIN-EQ", "600.00", "3045_NSE",
    )  # fmt: skip
    missing = client.get("/quote/getQuote", params={"symbolName": "NOPE"}, headers=auth).json()
    assert missing["status"] == "Failure"


# --------------------------------------------------------------------------- delayed decisions


def test_delayed_acceptance_then_delayed_rejection(clock: Clock) -> None:
    from broker_overlays.mock.market import OrderAcceptance

    state = SamcoMock(clock=clock, order_acceptance=OrderAcceptance(delay_s=2.0))
    with checked_client(build_app("samco", state, config=CONFIG)) as c:
        token = {"x-session-token": state.issue_session()}

        def status(number: str) -> str:
            params = {"orderNumber": number}
            body = c.get("/order/getOrderStatus", params=params, headers=token).json()
            return str(body["orderStatus"])

        def row(number: str) -> dict[str, Any]:
            rows = c.get("/order/orderBook", headers=token).json()["orderBookDetails"]
            return next(dict(r) for r in rows if r["orderNumber"] == number)

        placed = place(c, token)
        number = placed["orderNumber"]
        assert placed["exchangeOrderStatus"] == "VALIDATION PENDING"
        assert row(number)["orderStatus"] == "Validation Pending"
        clock.now += timedelta(seconds=1.9)
        assert status(number) == "VALIDATION PENDING"
        clock.now += timedelta(seconds=0.1)
        assert status(number) == "PENDING" and row(number)["orderStatus"] == "Open"

        state.order_acceptance = OrderAcceptance(delay_s=1.0, reject_reason="Price band hit")
        filled = place(c, token, price="1300")["orderNumber"]  # marketable, but rejected
        clock.now += timedelta(seconds=1)
        assert status(filled) == "REJECTED"
        assert (row(filled)["orderStatus"], row(filled)["rejectionReason"]) == (
            "Rejected",
            "Price band hit",
        )
        assert c.get("/trade/tradeBook", headers=token).json()["tradeBookDetails"] == []


def test_acceptance_rule_for_some_symbols_only(clock: Clock) -> None:
    from broker_overlays.mock.market import OrderAcceptance

    rule = OrderAcceptance(delay_s=5.0, symbols=frozenset({"INFY"}))
    state = SamcoMock(clock=clock, order_acceptance=rule)
    with checked_client(build_app("samco", state, config=CONFIG)) as c:
        token = {"x-session-token": state.issue_session()}
        assert place(c, token)["exchangeOrderStatus"] == "PENDING"
        infy = place(c, token, symbolName="INFY", price="1400")
        assert infy["exchangeOrderStatus"] == "VALIDATION PENDING"
