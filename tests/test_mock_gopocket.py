"""The Gopocket mock's state: vendor SSO, both API generations on one order store, fills,
positions, holdings, funds and the contract master.

Every client here is ``checked_client``: any answer to a spec operation that the spec does not
allow fails the test, so each flow also proves that the mock's responses conform.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from broker_overlays.mock import MockConfig, checked_client, create_app
from broker_overlays.signing import sso_checksum

from conftest import frozen_clock, spec

APP, SECRET, USER = "MOCKAPP", "mock-gopocket-api-secret", "AB1234"
REDIRECT = "https://app.example/gopocket/callback?src=mock"
REST_LOGIN, V1_LOGIN = (
    "/am/sso/vendor/auth/getUserDetails",
    "/open-api/order/v1/vendor/getUserDetails",
)


def rest_order(**fields: str) -> dict[str, str]:
    body = {"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "1", "price": "590",
            "product": "MIS", "transType": "B", "priceType": "L", "orderType": "Regular",
            "ret": "DAY", "source": "API"}  # fmt: skip
    return {**body, **fields}


def v1_order(**fields: str) -> dict[str, str]:
    body = {"instrumentId": "3045", "exchange": "NSE", "transactionType": "BUY", "quantity": "2",
            "orderComplexity": "REGULAR", "product": "INTRADAY", "orderType": "MARKET",
            "price": "", "validity": "DAY"}  # fmt: skip
    return {**body, **fields}


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    app = create_app(
        "gopocket",
        config=MockConfig(rate_limit=False, strict=True),
        clock=frozen_clock(),
        user_id=USER,
        redirect_url=REDIRECT,
    )
    with checked_client(app) as c:
        yield c


def browser_login(client: httpx.Client) -> httpx.URL:
    response = client.get("/", params={"appcode": APP})
    assert response.status_code == 302
    return httpx.URL(response.headers["location"])


def checksum(callback: httpx.URL) -> str:
    return sso_checksum(callback.params["userId"], callback.params["authCode"], SECRET)


@pytest.fixture
def auth(client: httpx.Client) -> dict[str, str]:
    body = client.post(REST_LOGIN, json={"checkSum": checksum(browser_login(client))}).json()
    return {"Authorization": f"Bearer {body['result'][0]['accessToken']}"}


def book(client: httpx.Client, auth: dict[str, str]) -> list[dict[str, Any]]:
    return list(client.get("/od-rest/info/orderbook", headers=auth).json()["result"])


# --------------------------------------------------------------------------- SSO


def test_browser_login_redirects_with_auth_code_and_user_id(client: httpx.Client) -> None:
    callback = browser_login(client)
    assert str(callback).startswith("https://app.example/gopocket/callback?")
    assert callback.params["src"] == "mock"  # the app's own query survives
    assert callback.params["userId"] == USER and len(callback.params["authCode"]) >= 16
    assert client.get("/", params={"appcode": "OTHER"}).status_code == 400
    assert client.get("/").status_code == 400


def test_checksum_exchange_works_once(client: httpx.Client) -> None:
    body = {"checkSum": checksum(browser_login(client))}
    first = client.post(REST_LOGIN, json=body).json()
    assert first["status"] == "Ok" and first["result"][0]["accessToken"]
    second = client.post(REST_LOGIN, json=body).json()
    assert second["status"] == "Not_ok" and "authCode" in second["message"]


def test_wrong_checksum_is_refused(client: httpx.Client) -> None:
    callback = browser_login(client)
    wrong = sso_checksum(callback.params["userId"], callback.params["authCode"], "other-secret")
    refused = client.post(REST_LOGIN, json={"checkSum": wrong}).json()
    assert refused["status"] == "Not_ok"
    noren = client.post(V1_LOGIN, json={"checkSum": wrong}).json()
    assert noren == {"stat": "Not_ok", "emsg": "Invalid checksum or authCode already used"}
    # The code was not consumed by the failures.
    assert client.post(REST_LOGIN, json={"checkSum": checksum(callback)}).json()["status"] == "Ok"


@pytest.mark.parametrize(
    "path",
    [
        "/open-api/order/v1/vendor/getUserDetails",
        "/am/sso/vendor/getUserDetails",
        "/am/sso/vendor/auth/getUserDetails",
        "/rest/gopocketAPIService/sso/getUserDetails",
    ],
)
def test_every_login_url_exchanges_the_checksum_once(client: httpx.Client, path: str) -> None:
    body = {"checkSum": checksum(browser_login(client))}
    first = client.post(path, json=body).json()
    session = first.get("userSession") or first["result"][0]["accessToken"]
    headers = {"Authorization": f"Bearer {session}"}
    assert client.get("/od-rest/info/orderbook", headers=headers).status_code == 200
    again = client.post(path, json=body).json()
    assert "Not_ok" in (again.get("status"), again.get("stat"))


def test_v1_exchange_answers_the_noren_form(client: httpx.Client) -> None:
    answer = client.post(V1_LOGIN, json={"checkSum": checksum(browser_login(client))}).json()
    assert answer["stat"] == "Ok" and answer["clientId"] == USER
    headers = {"Authorization": f"Bearer {answer['userSession']}"}
    assert client.get("/open-api/order/v1/profile/", headers=headers).status_code == 200


def test_bearer_session_is_required(client: httpx.Client, auth: dict[str, str]) -> None:
    token = auth["Authorization"].split()[1]
    for headers in ({}, {"Authorization": token}, {"Authorization": "Bearer nope"}):
        response = client.get("/od-rest/info/orderbook", headers=headers)
        assert response.status_code == 401
        assert response.json()["status"] == "Not_ok"
    assert client.get("/od-rest/info/orderbook", headers=auth).status_code == 200


# --------------------------------------------------------------------------- rest generation


def test_rest_place_book_modify_cancel(client: httpx.Client, auth: dict[str, str]) -> None:
    placed = client.post("/od-rest/orders/execute", json=[rest_order()], headers=auth).json()
    [ack] = placed  # outer array
    assert ack["status"] == "Ok"
    number = ack["result"][0]["orderNo"]
    [row] = book(client, auth)
    assert (row["orderNo"], row["orderStatus"], row["price"]) == (number, "OPEN", "590.00")

    change = {
        k: v
        for k, v in rest_order(qty="3", price="598.5").items()
        if k not in ("product", "orderType", "source")
    }
    modified = client.post(
        "/od-rest/orders/modify", json={**change, "orderNo": number}, headers=auth
    )
    assert modified.json()["result"][0]["orderNo"] == number  # not wrapped
    [row] = book(client, auth)
    assert (row["qty"], row["price"], row["orderStatus"]) == ("3", "598.50", "OPEN")

    [cancelled] = client.post(
        "/od-rest/orders/cancel", json=[{"orderNo": number}], headers=auth
    ).json()
    assert cancelled["status"] == "Ok"
    assert book(client, auth)[0]["orderStatus"] == "CANCELLED"
    [again] = client.post("/od-rest/orders/cancel", json=[{"orderNo": number}], headers=auth).json()
    assert again["status"] == "Not_ok" and "not open" in again["message"]

    history = client.post("/od-rest/info/history", json={"orderNo": number}, headers=auth).json()
    assert [(r["status"], r["report"]) for r in history["result"]] == [
        ("CANCELLED", "Canceled"), ("OPEN", "Replaced"), ("OPEN", "NewAck"), ("PENDING", "PendingNew"),
    ]  # fmt: skip


def test_crossing_limit_order_fills_passive_one_rests(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    # Was: a crossing limit order rested on Gopocket (it filled on Samco). One engine now.
    client.post("/od-rest/orders/execute", json=[rest_order(price="700")], headers=auth)
    row = book(client, auth)[0]
    assert (row["orderStatus"], row["avgTradePrice"]) == ("COMPLETE", "600.00")  # at the market
    client.post("/od-rest/orders/execute", json=[rest_order(price="599")], headers=auth)
    assert book(client, auth)[0]["orderStatus"] == "OPEN"
    [trade] = client.get("/od-rest/info/tradebook", headers=auth).json()["result"]
    assert trade["fillprc"] == "600.00"


def test_market_order_fills_into_trades_positions_and_funds(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    funds_before = client.get("/funds-rest/funds/limits", headers=auth).json()["result"][0]
    order = rest_order(tradingSymbol="IDEA-EQ", qty="100", price="0", priceType="MKT")
    [ack] = client.post("/od-rest/orders/execute", json=[order], headers=auth).json()
    number = ack["result"][0]["orderNo"]
    [row] = book(client, auth)
    assert (row["orderStatus"], row["fillShares"], row["avgTradePrice"]) == (
        "COMPLETE",
        "100",
        "13.95",
    )
    [trade] = client.get("/od-rest/info/tradebook", headers=auth).json()["result"]
    assert (trade["orderNo"], trade["fillshares"], trade["fillprc"]) == (number, "100", "13.95")
    [pos] = client.get("/po-rest/positions", headers=auth).json()["result"]
    assert (pos["tradingSymbol"], pos["netQty"], pos["product"]) == ("IDEA-EQ", "100", "I")
    funds = client.get("/funds-rest/funds/limits", headers=auth).json()["result"][0]
    assert funds["marginUsed"] - funds_before["marginUsed"] == pytest.approx(279.0)  # 20% of 1395


def test_unknown_instrument_is_refused_per_element(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    answer = client.post(
        "/od-rest/orders/execute",
        json=[rest_order(), rest_order(tradingSymbol="NOPE-EQ")],
        headers=auth,
    ).json()
    assert [a["status"] for a in answer] == ["Ok", "Not_ok"]


def test_cnc_sell_needs_holdings_and_reduces_them(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    def sellable() -> str:
        [group] = client.get("/ho-rest/holdings", headers=auth).json()["result"]
        return next(
            h["sellableQty"]
            for h in group["holdings"]
            if h["symbol"][0]["tradingSymbol"] == "SBIN-EQ"
        )

    assert sellable() == "20"
    sell = rest_order(transType="S", product="CNC", qty="15", price="0", priceType="MKT")
    client.post("/od-rest/orders/execute", json=[sell], headers=auth)
    assert sellable() == "5"
    client.post("/od-rest/orders/execute", json=[sell], headers=auth)  # acknowledged ...
    rejected = book(client, auth)[0]
    assert rejected["orderStatus"] == "REJECTED" and "holdings" in rejected["rejectedReason"]
    assert sellable() == "5"


def test_order_margin(client: httpx.Client, auth: dict[str, str]) -> None:
    body = {
        k: v
        for k, v in rest_order(product="CNC", qty="10", price="600").items()
        if k not in ("ret", "source")
    }
    [margin] = client.post("/od-rest/orders/getmargin", json=body, headers=auth).json()["result"]
    assert margin["requiredMargin"] == 6000.0 and margin["marginShortfall"] == 0.0


# --------------------------------------------------------------------------- open-api-v1


def test_v1_place_book_modify_cancel_share_the_store(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    placed = client.post(
        "/open-api/order/v1/orders/placeorder", json=[v1_order()], headers=auth
    ).json()
    filled = placed["result"][0]["brokerOrderId"]  # not wrapped
    limit = v1_order(orderType="LIMIT", price="590")
    resting = client.post("/open-api/order/v1/orders/placeorder", json=[limit], headers=auth).json()
    number = resting["result"][0]["brokerOrderId"]
    rows = client.get("/open-api/order/v1/orders/book", headers=auth).json()["result"]
    assert [(r["brokerOrderId"], r["orderStatus"]) for r in rows] == [
        (number, "OPEN"),
        (filled, "COMPLETE"),
    ]
    assert {r["orderNo"] for r in book(client, auth)} == {number, filled}  # rest sees them too

    change = {"brokerOrderId": number, "quantity": "5", "orderType": "LIMIT", "price": "591"}
    client.post("/open-api/order/v1/orders/modify/", json=change, headers=auth)
    row = client.get("/open-api/order/v1/orders/book", headers=auth).json()["result"][0]
    assert (row["quantity"], row["price"]) == ("5", "591.00")
    client.post("/open-api/order/v1/orders/cancel/", json={"brokerOrderId": number}, headers=auth)
    again = client.post(
        "/open-api/order/v1/orders/cancel/", json={"brokerOrderId": number}, headers=auth
    )
    assert again.json()["status"] == "Not_ok"

    trades = client.get("/open-api/order/v1/orders/trades", headers=auth).json()["result"]
    assert [t["brokerOrderId"] for t in trades] == [filled]
    history = client.post(
        "/open-api/order/v1/orders/history/", json={"brokerOrderId": number}, headers=auth
    )
    assert history.json()["result"][0]["orderStatus"] == "CANCELLED"


def test_rest_orders_appear_in_the_v1_book(client: httpx.Client, auth: dict[str, str]) -> None:
    client.post("/od-rest/orders/execute", json=[rest_order()], headers=auth)
    [row] = client.get("/open-api/order/v1/orders/book", headers=auth).json()["result"]
    assert (row["transactionType"], row["orderType"], row["product"]) == (
        "BUY",
        "LIMIT",
        "INTRADAY",
    )


def test_v1_price_only_modify_keeps_order_type_and_validity(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    """The SDK's price-only modify sends ``orderType`` and ``validity`` as ``""``: unchanged."""
    limit = v1_order(orderType="LIMIT", price="590", validity="NET")
    placed = client.post("/open-api/order/v1/orders/placeorder", json=[limit], headers=auth).json()
    number = placed["result"][0]["brokerOrderId"]
    sdk_body = {
        "brokerOrderId": number, "quantity": "", "orderType": "", "slTriggerPrice": "",
        "price": "589.5", "slLegPrice": "", "trailingSLAmount": "", "targetLegPrice": "",
        "validity": "", "disclosedQuantity": "", "marketProtectionPrecent": "", "deviceId": "",
    }  # fmt: skip
    answer = client.post("/open-api/order/v1/orders/modify/", json=sdk_body, headers=auth)
    assert answer.json()["status"] == "Ok"
    row = client.get("/open-api/order/v1/orders/book", headers=auth).json()["result"][0]
    assert (row["price"], row["orderType"], row["validity"], row["quantity"]) == (
        "589.50",
        "LIMIT",
        "NET",
        "2",
    )


def test_v1_integer_instrument_id_and_quantity(client: httpx.Client, auth: dict[str, str]) -> None:
    """F&O bodies from the SDK may carry ``instrumentId`` and ``quantity`` as JSON integers."""
    future = v1_order(instrumentId=52168, exchange="NFO", quantity=75, product="NORMAL")  # type: ignore[arg-type]
    margin = {k: v for k, v in future.items() if k != "validity"}
    [check] = client.post(
        "/open-api/order/v1/orders/checkMargin", json=margin, headers=auth
    ).json()["result"]
    assert check["requiredMargin"] > 0
    placed = client.post("/open-api/order/v1/orders/placeorder", json=[future], headers=auth)
    assert placed.json()["status"] == "Ok"
    row = client.get("/open-api/order/v1/orders/book", headers=auth).json()["result"][0]
    assert (row["instrumentId"], row["quantity"], row["exchange"]) == ("52168", "75", "NFO")


def test_v1_exit_and_square_off(client: httpx.Client, auth: dict[str, str]) -> None:
    bracket = v1_order(orderComplexity="BO", targetLegPrice="610", slLegPrice="590")
    number = client.post(
        "/open-api/order/v1/orders/placeorder", json=[bracket], headers=auth
    ).json()["result"][0]["brokerOrderId"]
    exited = client.post(
        "/open-api/order/v1/orders/exit/sno",
        json=[{"brokerOrderId": number, "orderComplexity": "BO"}],
        headers=auth,
    ).json()
    assert exited["status"] == "Ok"
    client.post("/open-api/order/v1/orders/placeorder", json=[v1_order(quantity="3")], headers=auth)
    close = v1_order(transactionType="SELL", quantity="3")
    assert (
        client.post(
            "/open-api/order/v1/orders/positions/sqroff", json=[close], headers=auth
        ).json()["status"]
        == "Ok"
    )
    positions = client.get("/open-api/order/v1/positions", headers=auth).json()["result"]
    assert [p["netQty"] for p in positions] == ["0"]


def test_v1_portfolio_and_funds(client: httpx.Client, auth: dict[str, str]) -> None:
    holdings = client.get("/open-api/order/v1/holdings/CNC", headers=auth).json()["result"]
    assert {h["symbol"][0]["tradingSymbol"] for h in holdings} == {"INFY-EQ", "SBIN-EQ", "IDEA-EQ"}
    assert client.get("/open-api/order/v1/holdings/MTF", headers=auth).json()["result"] == []
    every = client.get("/open-api/order/v1/holdings", headers=auth).json()["result"]
    assert every == holdings  # no product: every product (the mock's are all CNC)
    [funds] = client.get("/open-api/order/v1/limits/", headers=auth).json()["result"]
    assert funds["openingBalance"] == 500000.0


def test_api_path_variants_serve_their_siblings_answers(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    client.post("/od-rest/orders/execute", json=[rest_order(price="700")], headers=auth)
    for docs, api in (
        ("/od-rest/info/orderbook", "/od-rest/api/info/orderbook"),
        ("/od-rest/info/tradebook", "/od-rest/api/info/tradebook"),
        ("/ho-rest/holdings", "/ho-rest/api/holdings/"),
    ):
        expected = client.get(docs, headers=auth).json()
        assert expected["result"], docs
        assert client.get(api, headers=auth).json() == expected, api
        assert client.get(api).status_code == 401  # the variant is authenticated like its sibling


# --------------------------------------------------------------------------- contract master


def test_contract_master_csv(client: httpx.Client) -> None:
    response = client.get("/contract/csv/nse")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    media = spec("gopocket")["paths"]["/contract/csv/{exchange}"]["get"]["responses"]["200"][
        "content"
    ]
    assert list(rows[0]) == [c["name"] for c in media["text/csv"]["x-csv-columns"]]
    sbin = next(r for r in rows if r["Trading Symbol"] == "SBIN-EQ")
    assert (sbin["Exch"], sbin["Token"], sbin["Symbol"]) == ("NSE", "3045", "SBIN")
    assert client.get("/contract/csv/NSE.csv").text == response.text
    assert client.get("/contract/csv/INDICES").text.startswith("exch,token,symbol\n")
    missing = client.get("/contract/csv/xyz")
    assert missing.status_code == 404 and missing.json()["status"] == "Not_ok"


def test_contract_master_tokens_trade_in_v1(client: httpx.Client, auth: dict[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/contract/csv/bse").text)))
    idea = next(r for r in rows if r["Symbol"] == "IDEA")
    order = v1_order(instrumentId=idea["Token"], exchange="BSE")
    answer = client.post("/open-api/order/v1/orders/placeorder", json=[order], headers=auth).json()
    assert answer["status"] == "Ok"
    [trade] = client.get("/od-rest/info/tradebook", headers=auth).json()["result"]
    assert (trade["exchange"], trade["tradingSymbol"]) == ("BSE", "IDEA")


# --------------------------------------------------------------------------- delayed decisions


def test_delayed_acceptance_and_rejection_show_pending_first() -> None:
    from datetime import UTC, datetime, timedelta

    from broker_overlays.mock import GopocketMock, build_app
    from broker_overlays.mock.market import OrderAcceptance

    now = [datetime(2026, 6, 8, 4, 0, tzinfo=UTC)]
    state = GopocketMock(clock=lambda: now[0], order_acceptance=OrderAcceptance(delay_s=2.0))
    config = MockConfig(rate_limit=False, strict=True)
    with checked_client(build_app("gopocket", state, config=config)) as c:
        auth = {"Authorization": f"Bearer {state.issue_session()}"}
        placed = c.post("/od-rest/orders/execute", json=[rest_order()], headers=auth).json()
        number = placed[0]["result"][0]["orderNo"]
        [row] = book(c, auth)
        assert (row["orderNo"], row["orderStatus"], row["exchOrderId"]) == (number, "PENDING", None)
        now[0] += timedelta(seconds=2)
        [row] = book(c, auth)
        assert row["orderStatus"] == "OPEN"
        history = c.post("/od-rest/info/history", json={"orderNo": number}, headers=auth).json()
        assert [(h["status"], h["report"]) for h in history["result"]] == [
            ("OPEN", "NewAck"),
            ("PENDING", "PendingNew"),
        ]

        state.order_acceptance = OrderAcceptance(delay_s=1.0, reject_reason="RMS:Blocked scrip")
        c.post("/od-rest/orders/execute", json=[rest_order(priceType="MKT", price="0")],
               headers=auth)  # fmt: skip
        now[0] += timedelta(seconds=1)
        latest = book(c, auth)[0]
        assert (latest["orderStatus"], latest["rejectedReason"]) == (
            "REJECTED",
            "RMS:Blocked scrip",
        )
        v1 = c.get("/open-api/order/v1/orders/book", headers=auth).json()["result"][0]
        assert (v1["orderStatus"], v1["rejectionReason"]) == ("REJECTED", "RMS:Blocked scrip")
        assert state.exchange.trades == []  # the market order never filled
