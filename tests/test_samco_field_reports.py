"""The field reports' REST facts about Samco (shared/reference/field-reports.md, section A3),
one test per fact applied to specs/samco: a body shaped as the report says validates against
the spec and parses through the generated client into named fields, the mock answers as Samco
does, and the overlays act on it (typed login errors, the static-IP warning, market-price
protection, transient candle errors).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx
from starlette.applications import Starlette

from broker_overlays import samco
from broker_overlays.errors import (
    ClientValidationError,
    ForbiddenError,
    InvalidApiKeyError,
    InvalidApiSecretError,
    OrderRejectedError,
    ServerError,
    StaticIpError,
    UnprotectedMarketOrderError,
)
from broker_overlays.mock import (
    MockConfig,
    SamcoAccount,
    SamcoMock,
    build_app,
    checked_client,
    in_process,
    server_of,
)
from broker_overlays.mock.universe import DEFAULT_INSTRUMENTS, Instrument, Universe
from broker_overlays.retry import DEFAULT_RETRY_STATUSES, RetryPolicy
from broker_overlays.spec_catalog import catalog
from samco_client.api.candles import (
    get_index_historical_candles,
    get_index_intraday_candles,
    get_intraday_candles,
)
from samco_client.api.gtt import add_gtt
from samco_client.api.legacy_login import legacy_generate_access_token
from samco_client.api.limits import calculate_span_margin, get_limits
from samco_client.api.market_data import (
    get_index_quote,
    get_market_depth,
    get_multi_quotes,
    get_quote,
)
from samco_client.api.orders import (
    get_order_book,
    get_trade_book,
    modify_order,
    place_order,
)
from samco_client.api.portfolio import get_holdings, get_positions
from samco_client.api.session import who_am_i
from samco_client.client import Client
from samco_client.models import (
    AddGttRequest,
    LegacyAccessTokenRequest,
    MarketDepthRequest,
    ModifyOrderRequest,
    MultiQuoteRequest,
    PlaceOrderRequest,
    SpanMarginRequest,
)

from conftest import frozen_clock, spec
from speclint import deref, operations, schema_validator

BASE = "https://tradeapi.samco.in"
URL = "http://mock.samco"
DOC = spec("samco")
SCHEMAS = DOC["components"]["schemas"]
KEY, SECRET = "fr-samco-key", "fr-samco-secret"
STRICT = MockConfig(rate_limit=False, strict=True)


def spec_op(operation_id: str) -> dict[str, Any]:
    return next(o for _, _, o in operations(DOC) if o["operationId"] == operation_id)


def ok_schema(operation_id: str) -> dict[str, Any]:
    response = deref(DOC, spec_op(operation_id)["responses"]["200"])
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def request_schema(operation_id: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec_op(operation_id)["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return schema


def problems(schema: dict[str, Any], value: Any) -> list[str]:
    return [error.message for error in schema_validator(DOC, schema).iter_errors(value)]


def sources(node: dict[str, Any]) -> list[str]:
    return list(node.get("x-source", []))


def served(module: ModuleType, method: str, path: str, answer: Any, /, **kwargs: Any) -> Any:
    """``answer`` served at ``path`` and parsed by the generated operation ``module``
    (``kwargs``: the operation's arguments)."""
    with respx.mock(base_url=BASE) as router:
        router.route(method=method, path=path).respond(200, json=answer)
        return module.sync(client=Client(base_url=BASE), **kwargs)


@dataclass
class Mock:
    """A strict mock broker in process, its state, and a session for raw calls."""

    app: Starlette
    state: SamcoMock
    http: httpx.Client
    auth: dict[str, str]

    def connect(self, account: str, **options: Any) -> samco.SamcoSession:
        """The overlays' session on this mock (the facade, every overlay on)."""
        sync, async_ = in_process(self.app)
        return samco.connect(
            KEY, SECRET, base_url=URL, account=account, transport=sync, async_transport=async_,
            **options,
        )  # fmt: skip

    def get(self, path: str, **params: str) -> dict[str, Any]:
        return dict(self.http.get(path, params=params, headers=self.auth).json())

    def post(self, path: str, body: Any) -> dict[str, Any]:
        return dict(self.http.post(path, json=body, headers=self.auth).json())


def start(account: SamcoAccount | None = None, instruments: Universe | None = None) -> Mock:
    state = SamcoMock(
        account or SamcoAccount(api_key=KEY, api_secret=SECRET),
        clock=frozen_clock(),
        instruments=instruments,
    )
    app = build_app("samco", state, config=STRICT)
    return Mock(app, state, checked_client(app), {"x-session-token": state.issue_session()})


@pytest.fixture
def mock() -> Iterator[Mock]:
    started = start()
    yield started
    started.http.close()


def order(**fields: str) -> dict[str, str]:
    body = {"symbolName": "SBIN", "exchange": "NSE", "transactionType": "BUY",
            "orderType": "L", "price": "590", "quantity": "2", "orderValidity": "DAY",
            "productType": "MIS"}  # fmt: skip
    return {**body, **fields}


# --------------------------------------------------------------------------- session / auth


def test_a3_1_key_and_secret_are_sent_verbatim() -> None:
    described = SCHEMAS["SessionTokenRequest"]["description"]
    assert "verbatim" in described and "FR:A3.1" in described
    assert "FR:A3.1" in sources(spec_op("generateSessionToken"))
    with respx.mock(base_url=BASE) as router:
        route = router.post("/session/token").respond(
            200, json={"status": "Success", "sessionToken": "t0k3n"}
        )
        router.get("/order/orderBook").respond(200, json={"status": "Success"})
        with samco.connect(KEY, SECRET, account="fr-a3-1") as client:
            get_order_book.sync(client=client)
    assert json.loads(route.calls.last.request.content) == {"apiKey": KEY, "apiSecret": SECRET}


def test_a3_2_error_codes_map_to_typed_errors() -> None:
    envelope = DOC["x-envelope"]
    assert envelope["codeFields"] == ["errorCode"]
    codes = {code: entry["error"] for code, entry in envelope["errorCodes"].items()}
    assert codes == {
        "EOAUTH001": "invalid-api-key",
        "EOAUTH008": "invalid-api-secret",
        "EOAUTH009": "ip-not-registered",
    }
    assert all("FR:A3.2" in entry["x-source"] for entry in envelope["errorCodes"].values())
    login_error = DOC["components"]["responses"]["LoginError"]["content"]["application/json"]
    for name, example in login_error["examples"].items():
        assert problems(login_error["schema"], example["value"]) == [], name
    for operation_id in ("generateSessionToken", "exchangeOAuthToken", "revokeOAuthToken"):
        assert spec_op(operation_id)["responses"]["default"]["$ref"].endswith("/LoginError")


@pytest.mark.parametrize(
    ("key", "secret", "error", "code"),
    [(KEY, "wrong-secret", InvalidApiSecretError, "EOAUTH008"),
     ("wrong-key", SECRET, InvalidApiKeyError, "EOAUTH001")],
)  # fmt: skip
def test_a3_2_mock_login_failures_raise_the_typed_error_through_connect(
    mock: Mock, key: str, secret: str, error: type[Exception], code: str
) -> None:
    sync, async_ = in_process(mock.app)
    client = samco.connect(
        key, secret, base_url=URL, account=f"fr-a3-2-{code}", transport=sync,
        async_transport=async_,
    )  # fmt: skip
    with client, pytest.raises(error) as caught:
        get_order_book.sync(client=client)
    assert caught.value.error_code == code  # type: ignore[attr-defined]
    assert server_of(mock.app).logged("getOrderBook") == []


def test_a3_2_ip_not_registered_at_login_is_a_static_ip_error() -> None:
    failure = {"status": "Failure", "statusMessage": "IP not registered", "errorCode": "EOAUTH009"}
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(401, json=failure)
        with samco.connect(KEY, SECRET, account="fr-a3-2-ip") as client:
            with pytest.raises(StaticIpError) as caught:
                get_order_book.sync(client=client)
    assert (caught.value.error_code, caught.value.broker_message) == (
        "EOAUTH009",
        "IP not registered",
    )


def test_a3_3_session_names_the_ips_and_unset_ones_are_empty(mock: Mock) -> None:
    answer = {"status": "Success", "sessionToken": "t", "srcIp": "203.0.113.10",
              "primaryIp": "203.0.113.10", "secondaryIp": ""}  # fmt: skip
    assert problems(ok_schema("generateSessionToken"), answer) == []
    assert "FR:A3.3" in sources(spec_op("generateSessionToken"))
    body = mock.http.post("/session/token", json={"apiKey": KEY, "apiSecret": SECRET}).json()
    assert (body["srcIp"], body["primaryIp"], body["secondaryIp"]) == ("127.0.0.1", "", "")


@pytest.mark.parametrize(
    ("primary", "secondary", "warned"),
    [("203.0.113.10", "", True), ("203.0.113.10", "127.0.0.1", False), ("", "", False)],
)
def test_a3_3_login_warns_when_the_calling_ip_is_not_registered(
    caplog: pytest.LogCaptureFixture, primary: str, secondary: str, warned: bool
) -> None:
    account = SamcoAccount(api_key=KEY, api_secret=SECRET, primary_ip=primary,
                           secondary_ip=secondary)  # fmt: skip
    started = start(account)
    with started.http, caplog.at_level(logging.WARNING, logger="broker_overlays.auth"):
        with started.connect(f"fr-a3-3-{primary}-{secondary}") as client:
            get_order_book.sync(client=client)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    if warned:
        [message] = warnings
        assert "127.0.0.1" in message and "203.0.113.10" in message and "403" in message
    else:
        assert warnings == []


def test_a3_4_whoami_live_shape_validates_and_parses() -> None:
    answer = {"status": "Success", "statusMessage": "Calling from registered PRIMARY IP.",
              "srcIp": "203.0.113.10", "primaryIp": "203.0.113.10", "secondaryIp": "",
              "matches": True, "matchedAs": "PRIMARY"}  # fmt: skip
    assert problems(ok_schema("whoAmI"), answer) == []
    parsed = served(who_am_i, "GET", "/ip/whoami", answer)
    assert (parsed.src_ip, parsed.matches, parsed.matched_as) == ("203.0.113.10", True, "PRIMARY")
    assert parsed.additional_properties == {} and "FR:A3.4" in sources(spec_op("whoAmI"))


def test_a3_5_legacy_login_without_yob_and_the_access_token_key(mock: Mock) -> None:
    assert "yob" not in SCHEMAS["LegacyLoginRequest"]["required"]
    parsed = served(legacy_generate_access_token, "POST", "/accessToken/token",
                    {"status": "Success", "accessToken": "acc-1"},
                    body=LegacyAccessTokenRequest(uid="DV99999", secret_api_key="k"))  # fmt: skip
    assert parsed.access_token == "acc-1"
    user = mock.state.account
    assert mock.post("/otp/generateOtp", {"uid": user.account_id})["status"] == "Success"
    otp = mock.state.legacy.otps[user.account_id][0]
    key = mock.post("/otp/secretKeyGenerator", {"uid": user.account_id, "otp": otp})
    access = mock.post("/accessToken/token", {"uid": user.account_id,
                                              "secretApiKey": key["secretApiKey"]})  # fmt: skip
    login = {"userId": user.account_id, "password": user.password,
             "accessToken": access["accessToken"]}  # fmt: skip
    assert problems(request_schema("legacyLogin"), login) == []
    assert mock.post("/login", login)["sessionToken"]
    assert "FR:A3.5" in sources(spec_op("legacyLogin"))


# --------------------------------------------------------------------------- limits and errors


def test_a3_6_reads_are_paced_at_five_a_second_and_the_decision_is_cited() -> None:
    limits = DOC["x-rate-limits"]
    first = {name: windows[0] for name, windows in limits["categories"].items() if windows}
    assert first == {
        "order": {"limit": 10, "seconds": 1},
        "data": {"limit": 5, "seconds": 1},
        "non-trading": {"limit": 5, "seconds": 1},
    }
    assert limits["categories"]["unmetered"] == []  # only the instrument master (FR:A2.1)
    assert [o["operationId"] for _, _, o in operations(DOC)
            if o["x-rate-limit-category"] == "unmetered"] == ["getScripMaster"]  # fmt: skip
    assert "FR:A3.6" in limits["x-source"] and limits["description"].count("[FR:A3.6]") >= 3
    assert catalog("samco").rate_windows()["data"][0].limit == 5


CANDLES = {"symbolName": "SBIN", "fromDate": "2026-06-08 09:15:00",
           "toDate": "2026-06-08 09:20:00"}  # fmt: skip


def test_a3_7_a_transient_500_on_candles_is_safe_to_retry(mock: Mock) -> None:
    candle_ops = [o for _, p, o in operations(DOC) if "andleData" in p]
    assert len(candle_ops) == 4
    assert all(o["x-idempotent"] is True and "FR:A3.7" in sources(o) for o in candle_ops)
    assert all(o["x-transient-statuses"] == [500] for o in candle_ops)
    faults = server_of(mock.app).faults
    faults.script("getIntradayCandles", "status", status=500, count=1)
    retry = RetryPolicy(base_delay=0.01)  # the default statuses: the spec adds 500 here
    with mock.connect("fr-a3-7-retry", retry=retry) as client:
        parsed = get_intraday_candles.sync(client=client, **snake(CANDLES))
    assert parsed.intraday_candle_data  # the repeat succeeded
    assert len(server_of(mock.app).logged("getIntradayCandles")) == 2
    faults.script("getQuote", "status", status=500, count=1)
    with mock.connect("fr-a3-7-quote", retry=retry) as client:
        with pytest.raises(ServerError):  # a 500 elsewhere is not known to be transient
            get_quote.sync(client=client, symbol_name="SBIN")
    assert len(server_of(mock.app).logged("getQuote")) == 1
    assert 500 not in DEFAULT_RETRY_STATUSES


def snake(query: dict[str, str]) -> dict[str, str]:
    return {"symbol_name": query["symbolName"], "from_date": query["fromDate"],
            "to_date": query["toDate"]}  # fmt: skip


def test_a3_8_a_403_is_a_static_ip_error_only_on_static_ip_calls() -> None:
    denied = {"status": "Failure", "statusMessage": "The IP is not the registered static IP"}
    body = PlaceOrderRequest.from_dict(order())
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(200, json={"status": "Success", "sessionToken": "t"})
        router.post("/order/placeOrder").respond(403, json=denied)
        router.get("/quote/getQuote").respond(403, json=denied)
        with samco.connect(KEY, SECRET, account="fr-a3-8") as client:
            with pytest.raises(StaticIpError):
                place_order.sync(client=client, body=body)
            with pytest.raises(ForbiddenError) as quote:
                get_quote.sync(client=client, symbol_name="SBIN")
    assert not isinstance(quote.value, StaticIpError)  # ambiguous off static-IP calls
    assert "FR:A3.8" in DOC["components"]["responses"]["Forbidden"]["description"]


def test_a3_9_failure_without_msg_id_is_a_clear_rejection() -> None:
    failure = {"serverTime": "30/09/20 13:41:28", "status": "Failure",
               "statusMessage": "SymbolName not available"}  # fmt: skip
    error = DOC["components"]["responses"]["Error"]["content"]["application/json"]
    assert error["examples"]["noMsgId"]["value"] == failure
    assert problems(ok_schema("placeOrder"), failure) == []
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(200, json={"status": "Success", "sessionToken": "t"})
        router.post("/order/placeOrder").respond(200, json=failure)
        with samco.connect(KEY, SECRET, account="fr-a3-9") as client:
            with pytest.raises(OrderRejectedError) as caught:
                place_order.sync(client=client, body=PlaceOrderRequest.from_dict(order()))
    assert caught.value.broker_message == "SymbolName not available"


# --------------------------------------------------------------------------- orders

MARKET_PROTECTION = {
    "placeOrder": ["MKT", "SL-M"], "modifyOrder": ["MKT", "SL-M"],
    "placeBulkOrder": ["MKT", "SL-M"], "placeBracketOrder": ["MKT", "SL-M"],
    "placeCoverOrder": ["MKT", "SL-M"], "addGtt": ["MKT"], "modifyGtt": ["MKT"],
    "addOco": ["MKT"], "modifyOco": ["MKT"],
}  # fmt: skip


def test_a3_10_market_orders_name_their_protection_field() -> None:
    marked = {o["operationId"]: o for _, _, o in operations(DOC) if "x-market-protection" in o}
    assert set(marked) == set(MARKET_PROTECTION)
    for operation_id, types in MARKET_PROTECTION.items():
        rule = marked[operation_id]["x-market-protection"]
        assert (rule["field"], rule["orderTypeField"], rule["marketOrderTypes"]) == (
            "marketProtection",
            "orderType",
            types,
        )
        assert "FR:A3.10" in rule["x-source"] and rule["description"]
    assert SCHEMAS["RegularOrderType"]["enum"] == ["L", "SL", "MKT", "SL-M"]
    assert problems(SCHEMAS["MarketProtection"], "0.5") == []
    assert problems(SCHEMAS["MarketProtection"], "3%") != []


def test_a3_10_an_unprotected_market_order_is_never_sent(mock: Mock) -> None:
    body = PlaceOrderRequest.from_dict(order(orderType="MKT", price=""))
    with mock.connect("fr-a3-10-refuse") as client:
        with pytest.raises(UnprotectedMarketOrderError):
            place_order.sync(client=client, body=body)
    assert server_of(mock.app).logged("placeOrder") == []  # nothing reached the broker


def test_a3_10_the_configured_protection_is_sent_and_booked(mock: Mock) -> None:
    body = PlaceOrderRequest.from_dict(order(orderType="MKT", price=""))
    with mock.connect("fr-a3-10-fill", market_protection="2") as client:
        placed = place_order.sync(client=client, body=body)
    [row] = mock.get("/order/orderBook")["orderBookDetails"]
    assert (row["orderNumber"], row["orderType"], row["marketProtection"]) == (
        placed.order_number,
        "MKT",
        "2",
    )
    ltp = Decimal(mock.get("/quote/getQuote", symbolName="SBIN")["lastTradedPrice"])
    assert Decimal(row["orderPrice"]) <= ltp * Decimal("1.02")  # the protection bound
    assert row["orderStatus"] == "Complete"  # it fills at the market


def test_a3_10_each_order_of_a_bulk_list_is_checked(mock: Mock) -> None:
    """x-market-protection.itemsField: the SDKs' {"orders": [...]} items are orders too."""
    from samco_client.api.orders import place_bulk_order
    from samco_client.models import BulkOrderListRequest

    limit, market = order(), order(orderType="MKT", price="")
    body = BulkOrderListRequest.from_dict({"orders": [limit, market]})
    with mock.connect("fr-a3-10-bulk") as client:
        with pytest.raises(UnprotectedMarketOrderError):
            place_bulk_order.sync(client=client, body=body)
    assert server_of(mock.app).logged("placeBulkOrder") == []
    with mock.connect("fr-a3-10-bulk-2", market_protection="2") as client:
        place_bulk_order.sync(client=client, body=body)
    [sent] = server_of(mock.app).logged("placeBulkOrder")
    assert sent.handled
    rows = mock.get("/order/orderBook")["orderBookDetails"]
    assert [r["marketProtection"] for r in rows if r["orderType"] == "MKT"] == ["2"]


def test_a3_10_the_mock_refuses_an_unprotected_market_order(mock: Mock) -> None:
    for kind in ("MKT", "SL-M"):
        answer = mock.post("/order/placeOrder", order(orderType=kind, price="", triggerPrice="1"))
        assert answer["status"] == "Failure" and "marketProtection" in answer["statusMessage"]
    assert mock.get("/order/orderBook")["orderBookDetails"] == []
    gtt = {"exchange": "NSE", "symbolName": "IDEA", "transactionType": "BUY", "quantity": "1",
           "productType": "CNC", "orderType": "MKT", "triggerPrice": "12"}  # fmt: skip
    with mock.connect("fr-a3-10-gtt", market_protection="3") as client:
        added = add_gtt.sync(client=client, body=AddGttRequest.from_dict(gtt))
    assert added.order_details.market_protection == "3"  # type: ignore[union-attr]


def test_a3_11_the_integrations_place_body_is_accepted(mock: Mock) -> None:
    body = order(disclosedQuantity="0", afterMarketOrderFlag="NO", productType="CNC")
    assert problems(request_schema("placeOrder"), body) == []
    assert "FR:A3.11" in sources(spec_op("placeOrder"))
    placed = mock.post("/order/placeOrder", body)
    assert placed["status"] == "Success" and placed["orderNumber"]


def test_a3_12_modify_answers_a_lower_case_ordernumber(mock: Mock) -> None:
    assert "ordernumber" in DOC["x-order-identity"]["orderNumberFields"]
    answer = {"status": "Success", "statusMessage": "Order 1 modified", "ordernumber": "26061"}
    assert problems(ok_schema("modifyOrder"), answer) == []
    number = mock.post("/order/placeOrder", order())["orderNumber"]
    with mock.connect("fr-a3-12") as client:
        modified = modify_order.sync(
            order_number=number, client=client, body=ModifyOrderRequest(quantity="3")
        )  # the SDK's one-field modify
    assert modified.ordernumber == number  # type: ignore[union-attr]
    assert modified.additional_properties == {}  # type: ignore[union-attr]


def test_a3_13_cancel_takes_the_order_number_in_the_query_without_a_body() -> None:
    op = spec_op("cancelOrder")
    assert "requestBody" not in op and "FR:A3.13" in sources(op)
    assert [(p["name"], p["in"]) for p in op["parameters"]] == [("orderNumber", "query")]


BOOK_FIELDS = {"orderNumber", "tradingSymbol", "exchange", "transactionType", "productCode",
               "orderType", "orderPrice", "triggerPrice", "totalQuanity", "filledQuantity",
               "unfilledQuantity", "pendingQuantity", "averagePrice", "fillPrice", "orderStatus",
               "orderTime", "rejectionReason", "marketProtection", "symbol"}  # fmt: skip


def test_a3_14_every_order_book_field_read_is_declared() -> None:
    assert BOOK_FIELDS <= set(SCHEMAS["OrderBookEntry"]["properties"])
    assert "FR:A3.14" in sources(spec_op("getOrderBook"))


def test_a3_15_open_quantity_is_unfilled_in_the_book_and_pending_in_the_status(
    mock: Mock,
) -> None:
    number = mock.post("/order/placeOrder", order())["orderNumber"]  # rests below the market
    [row] = mock.get("/order/orderBook")["orderBookDetails"]
    status = mock.get("/order/getOrderStatus", orderNumber=number)
    assert row["unfilledQuantity"] == status["orderDetails"]["pendingQuantity"] == "2"
    assert "FR:A3.15" in SCHEMAS["OrderBookEntry"]["properties"]["unfilledQuantity"]["description"]


PLACEHOLDERS = {"orderNumber": "1", "averagePrice": "--", "fillPrice": "601.45",
                "pendingQuantity": "NA", "triggerPrice": "N/A", "orderPrice": "-",
                "rejectionReason": "None", "orderValue": "null", "filledQuantity": ""}  # fmt: skip


def test_a3_16_placeholders_in_numeric_strings_validate_and_parse() -> None:
    answer = {"status": "Success", "orderBookDetails": [PLACEHOLDERS]}
    assert problems(ok_schema("getOrderBook"), answer) == []
    [entry] = served(get_order_book, "GET", "/order/orderBook", answer).order_book_details
    assert (entry.average_price, entry.fill_price, entry.pending_quantity) == (
        "--",
        "601.45",
        "NA",
    )
    assert "FR:A3.16" in SCHEMAS["OrderBookEntry"]["description"]


def test_a3_17_status_words_differ_in_case_and_stay_open(mock: Mock) -> None:
    number = mock.post("/order/placeOrder", order())["orderNumber"]
    [row] = mock.get("/order/orderBook")["orderBookDetails"]
    status = mock.get("/order/getOrderStatus", orderNumber=number)["orderStatus"]
    assert (row["orderStatus"], status) == ("Open", "PENDING")
    assert row["orderStatus"].upper() != status  # compare per call, case-insensitively
    for name in ("OrderBookEntry", "OrderStatusResponse"):
        assert "FR:A3.17" in str(SCHEMAS[name])
    odd = {"status": "Success", "orderBookDetails": [{"orderStatus": "after market order req"}]}
    assert problems(ok_schema("getOrderBook"), odd) == []


def test_a3_18_trade_book_order_value_is_a_named_field() -> None:
    trade = {"tradingSymbol": "SBIN-EQ", "exchange": "NSE", "productCode": "CNC",
             "transactionType": "BUY", "filledQuantity": "1", "tradePrice": "601.45",
             "orderValue": "601.45", "orderNumber": "1", "tradeTime": "10:15:02 AM"}  # fmt: skip
    answer = {"status": "Success", "tradeBookDetails": [trade]}
    [parsed] = served(get_trade_book, "GET", "/trade/tradeBook", answer).trade_book_details
    assert parsed.order_value == "601.45" and parsed.additional_properties == {}


# --------------------------------------------------------------------------- portfolio, limits


def test_a3_19_net_quantity_is_unsigned_and_the_side_is_the_transaction_type(
    mock: Mock,
) -> None:
    sold = mock.post("/order/placeOrder", order(transactionType="SELL", price="590"))
    assert sold["exchangeOrderStatus"] == "EXECUTED"  # a marketable sell: now short
    [row] = mock.get("/position/getPositions", positionType="DAY")["positionDetails"]
    assert (row["netQuantity"], row["transactionType"]) == ("2", "SELL")
    assert "FR:A3.19" in SCHEMAS["PositionDetail"]["properties"]["netQuantity"]["description"]


def test_a3_20_an_empty_position_book_is_a_success_with_an_empty_list(mock: Mock) -> None:
    answer = mock.get("/position/getPositions", positionType="NET")
    assert (answer["status"], answer["positionDetails"]) == ("Success", [])
    op = spec_op("getPositions")
    assert "FR:A3.20" in sources(op) and "both" in op["description"]
    assert "x-empty-result" not in op  # no failure to translate


def test_a3_21_thousands_separators_are_kept_as_text() -> None:
    example = spec_op("getPositions")["responses"]["200"]["content"]["application/json"]
    short = example["examples"]["shortPosition"]["value"]
    [pos] = served(get_positions, "GET", "/position/getPositions", short,
                   position_type="DAY").position_details  # fmt: skip
    assert (pos.last_traded_price, pos.average_sell_price, pos.net_quantity) == (
        "1,550.00",
        "1,552.40",
        "10",
    )
    assert "FR:A3.21" in SCHEMAS["PositionDetail"]["description"]


def test_a3_22_holdings_fields_of_both_integrations_are_named() -> None:
    holding = {"tradingSymbol": "INFY-EQ", "exchange": "NSE", "holdingsQuantity": "10",
               "totalGainAndLoss": "1000.00", "holdingsValue": "15000.00",
               "ISIN": "INE009A01021", "markToMarketPrice": "1500.00",
               "calculatedNetQuantity": "10", "totalMarketToMarketPrice": "15000.00"}  # fmt: skip
    answer = {"status": "Success", "holdingSummary": {"portfolioValue": "15000.00",
              "totalGainAndLossAmount": "1000.00"}, "holdingDetails": [holding]}  # fmt: skip
    parsed = served(get_holdings, "GET", "/holding/getHoldings", answer)
    [detail] = parsed.holding_details
    assert (detail.isin, detail.total_market_to_market_price) == ("INE009A01021", "15000.00")
    assert detail.additional_properties == {}
    assert parsed.holding_summary.portfolio_value == "15000.00"


def test_a3_23_commodity_limits_mirror_the_equity_pool(mock: Mock) -> None:
    with mock.connect("fr-a3-23") as client:
        limits = get_limits.sync(client=client)
    assert limits.equity_limit.to_dict() == limits.commodity_limit.to_dict()  # type: ignore[union-attr]
    assert "FR:A3.23" in SCHEMAS["LimitsResponse"]["description"]


# --------------------------------------------------------------------------- market data, candles


def test_a3_24_quote_fields_nested_under_quote_details_validate_and_parse(mock: Mock) -> None:
    nested = {"status": "Success", "quoteDetails": {"lastTradedPrice": "601.45",
              "bestBids": [{"price": "601.40"}], "bestAsks": [{"price": "601.45"}],
              "openValue": "599", "highValue": "603", "lowValue": "597", "previousClose": "598",
              "totalTradedVolume": "812", "openInterest": "0"}}  # fmt: skip
    assert problems(ok_schema("getQuote"), nested) == []
    parsed = served(get_quote, "GET", "/quote/getQuote", nested, symbol_name="SBIN")
    assert parsed.quote_details.last_traded_price == "601.45"
    assert parsed.quote_details.additional_properties == {}
    answer = mock.get("/quote/getQuote", symbolName="SBIN")  # both shapes at once
    assert answer["quoteDetails"]["lastTradedPrice"] == answer["lastTradedPrice"]


def test_a3_25_candles_refuse_mfo_which_quotes_accept(mock: Mock) -> None:
    assert "MFO" not in SCHEMAS["CandleExchangeCode"]["enum"]
    assert "MFO" in SCHEMAS["Exchange"]["enum"]
    with mock.connect("fr-a3-25") as client:
        with pytest.raises(ClientValidationError):
            get_intraday_candles.sync(client=client, exchange="MFO", **snake(CANDLES))  # type: ignore[arg-type]
    assert server_of(mock.app).logged("getIntradayCandles") == []  # nothing was sent


def test_a3_26_index_quote_fields_read_are_named() -> None:
    detail = {"indexName": "NIFTY 50", "listingId": "-21", "spotPrice": 24800.5,
              "openValue": 24700, "highValue": 24850.25, "lowValue": 24690,
              "closeValue": 24790.1, "totalTradedVolume": 0}  # fmt: skip
    answer = {"status": "Success", "indexDetails": [detail]}
    [parsed] = served(get_index_quote, "GET", "/quote/indexQuote", answer,
                      index_name="NIFTY 50").index_details  # fmt: skip
    assert (parsed.listing_id, parsed.spot_price) == ("-21", 24800.5)
    assert parsed.additional_properties == {}


SILVER = Instrument("MFO", "445566", "SILVER", "SILVER26DECFUT", "SILVER", Decimal("90000"),
                    kind="FUTCOM", lot_size=30, tick_size="1", expiry="2026-12-04")  # fmt: skip


def test_a3_27_multi_quote_does_not_echo_the_symbol_asked() -> None:
    answer = spec_op("getMultiQuotes")["responses"]["200"]["content"]["application/json"]
    compact = answer["examples"]["notEchoed"]["value"]
    body = MultiQuoteRequest.from_dict({"NFO": ["NIFTY11AUG2624600CE"]})
    [quote] = served(get_multi_quotes, "POST", "/quote/multiQuote", compact,
                     body=body).multi_quotes  # fmt: skip
    assert (quote.trading_symbol, quote.symbol) == ("NIFTY2681124600CE", "41015_NFO")
    assert quote.additional_properties == {}
    started = start(instruments=Universe((*DEFAULT_INSTRUMENTS, SILVER)))
    with started.http:
        [mcx] = started.post("/quote/multiQuote", {"MFO": ["SILVER26DECFUT"]})["multiQuotes"]
    assert (mcx["exchange"], mcx["symbol"]) == ("MCX", "445566_MFO")  # join on `symbol`


def test_a3_28_market_depth_is_read_under_capital_m(mock: Mock) -> None:
    with mock.connect("fr-a3-28") as client:
        depth = get_market_depth.sync(
            client=client, body=MarketDepthRequest(symbol_name="SBIN")
        ).market_depth_details.market_depth  # type: ignore[union-attr]
    assert depth.best_five_bid[0].bid_price and depth.t_buy_qty
    assert "FR:A3.28" in sources(spec_op("getMarketDepth"))


def test_a3_29_index_candles_come_under_the_keys_samco_sends(mock: Mock) -> None:
    with mock.connect("fr-a3-29") as client:
        parsed = get_index_intraday_candles.sync(
            client=client, index_name="NIFTY 50", from_date="2026-06-08 09:15:00",
            to_date="2026-06-08 9:20:00",
        )  # fmt: skip
    assert parsed.intraday_candle_data  # a one-digit hour (the PY README's toDate) is fine
    assert parsed.additional_properties == {}  # the answer's key is the declared one
    answer = {"status": "Success", "intradayCandleData": [{"dateTime": "2026-06-08 09:15:00",
              "open": "1", "high": "1", "low": "1", "close": "1", "volume": "0"}]}  # fmt: skip
    intraday = served(get_index_intraday_candles, "GET", "/intraday/indexCandleData", answer,
                      index_name="NIFTY 50", from_date="2026-06-08 09:15:00")  # fmt: skip
    assert intraday.intraday_candle_data[0].date_time == "2026-06-08 09:15:00"
    daily = {"status": "Success", "historicalCandleData": [{"date": "2026-06-08", "close": "1"}]}
    parsed_daily = served(get_index_historical_candles, "GET", "/history/indexCandleData", daily,
                          index_name="NIFTY 50", from_date="2026-06-08")  # fmt: skip
    assert parsed_daily.historical_candle_data[0].close == "1"


def test_a3_30_interval_is_minutes_as_a_string(mock: Mock) -> None:
    query = {"name": "interval", "in": "query"}
    [interval] = [p for p in DOC["components"]["parameters"].values() if p.items() >= query.items()]
    assert problems(interval["schema"], "5") == [] and problems(interval["schema"], "5m") != []
    assert "FR:A3.30" in interval["description"]
    query = {**CANDLES, "toDate": "2026-06-08 09:40:00", "interval": "5"}
    rows = mock.get("/intraday/candleData", **query)["intradayCandleData"]
    assert [r["dateTime"][11:16] for r in rows][:3] == ["09:15", "09:20", "09:25"]


def test_a3_31_span_margin_items_and_answer_of_the_integration() -> None:
    item = {
        "exchange": "NFO",
        "tradingSymbol": "NIFTY26DEC2625000CE",
        "qty": "75",
        "productType": "NRML",
        "orderType": "L",
        "transactionType": "SELL",
        "price": "0",
    }
    answer = {"status": "Success", "spanDetails": {"totalRequirement": "13666.21",
              "spanRequirement": "1941.21", "exposureMargin": "11725.00",
              "spreadBenefit": "00.00"}}  # fmt: skip
    assert problems(request_schema("calculateSpanMargin"), {"request": [item]}) == []
    parsed = served(calculate_span_margin, "POST", "/spanMargin", answer,
                    body=SpanMarginRequest.from_dict({"request": [item]}))  # fmt: skip
    assert parsed.span_details.total_requirement == "13666.21"
    assert set(SCHEMAS["SpanDetails"]["properties"]) == {
        "totalRequirement", "spanRequirement", "exposureMargin", "spreadBenefit"
    }  # fmt: skip
