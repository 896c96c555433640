"""The field reports' REST facts about Gopocket / Codifi (shared/reference/field-reports.md),
one test per fact applied to specs/gopocket: a body shaped as the report says validates
against the spec and parses through the generated client, a path in live use is routed and
served by the mock, and the overlays' SSO login goes where the evidence points.

Facts marked [AB] come from Alice Blue, another deployment of the same platform; the spec
models them tolerantly for the SDK layout (open-api v1) only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

from broker_overlays import gopocket
from broker_overlays.auth.gopocket_sso import DEFAULT_LOGIN_PATH, login_url, parse_callback
from broker_overlays.errors import (
    InvalidCredentialsError,
    OrderRejectedError,
    OrderStateUnknownError,
)
from broker_overlays.mock import GopocketMock, MockConfig, build_app, checked_client
from broker_overlays.spec_catalog import catalog
from broker_overlays.transport import BrokerTransport
from gopocket_client.api.rest_profile import get_profile, get_user
from gopocket_client.api.v1_funds import get_fund_limits_v1
from gopocket_client.api.v1_orders import get_order_book_v1, get_trade_book_v1, place_order_v1
from gopocket_client.api.v1_portfolio import get_holdings_all_v1, get_positions_v1
from gopocket_client.client import Client
from gopocket_client.models import (
    ClientDetails,
    FundLimitsV1,
    HoldingV1,
    OrderAckV1,
    OrderEntryV1,
    PlaceOrderV1Request,
    PositionV1,
    WebSocketKey,
)

from conftest import frozen_clock, spec
from speclint import deref, example_values, operations, schema_validator

BASE = "https://web.gopocket.in"
DOC = spec("gopocket")
SECRET = "mock-gopocket-api-secret"
CALLBACK = "https://myapp.example.com/cb?authCode=AUTHCODE123&userId=AB1234"
# A JWT-shaped session (header.payload.signature; payload {"ucc": "123456"}), as on Alice Blue.
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJ1Y2MiOiIxMjM0NTYifQ.c2lnbmF0dXJl"


def spec_op(operation_id: str) -> dict[str, Any]:
    return next(o for _, _, o in operations(DOC) if o["operationId"] == operation_id)


def ok_schema(operation_id: str) -> dict[str, Any]:
    response = deref(DOC, spec_op(operation_id)["responses"]["200"])
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def problems(schema: dict[str, Any], value: Any) -> list[str]:
    return [error.message for error in schema_validator(DOC, schema).iter_errors(value)]


def served(module: ModuleType, path: str, body: Any) -> Any:
    """``body`` answered at ``path`` and parsed by the generated operation ``module``."""
    with respx.mock(base_url=BASE) as router:
        router.get(path).respond(200, json=body)
        return module.sync(client=Client(base_url=BASE))


@pytest.fixture
def mock() -> Iterator[tuple[httpx.Client, dict[str, str], GopocketMock]]:
    """A strict mock (answers checked against the spec) and a session's headers."""
    state = GopocketMock(clock=frozen_clock())
    app = build_app("gopocket", state, config=MockConfig(rate_limit=False, strict=True))
    with checked_client(app) as client:
        yield client, {"Authorization": f"Bearer {state.issue_session()}"}, state


def _sources(node: dict[str, Any]) -> list[str]:
    return list(node.get("x-source", []))


# --------------------------------------------------------------------------- B3 login


def test_b3_1_callback_carries_auth_code_and_user_id_in_the_query(
    mock: tuple[httpx.Client, dict[str, str], GopocketMock],
) -> None:
    flow = DOC["x-browser-flows"]["login"]
    assert set(flow["callback"]["query"]) == {"authCode", "userId"}
    assert "FR:B3.1" in _sources(flow)
    client, _, state = mock
    login = httpx.URL(login_url(state.account.app_code))
    redirect = client.get(login.path, params=login.params)
    callback = parse_callback(redirect.headers["location"])
    assert callback.user_id == state.account.user_id and callback.auth_code.reveal()


def test_b3_2_default_login_posts_to_the_open_api_url_and_reads_the_noren_form() -> None:
    assert DEFAULT_LOGIN_PATH == "/open-api/order/v1/vendor/getUserDetails"
    assert catalog("gopocket").find("POST", DEFAULT_LOGIN_PATH).operation_id == "getUserDetailsV1"  # type: ignore[union-attr]
    assert "FR:B3.2" in _sources(spec_op("getUserDetailsV1"))
    answer = {"stat": "Ok", "userSession": JWT, "clientId": "123456"}
    assert problems(ok_schema("getUserDetailsV1"), answer) == []
    with respx.mock(base_url=BASE) as router:
        route = router.post(DEFAULT_LOGIN_PATH).respond(200, json=answer)
        token = gopocket.exchange(CALLBACK, "SECRETXYZ")
        router.post(DEFAULT_LOGIN_PATH).respond(200, json={"stat": "Not_ok", "emsg": "Bad"})
        with pytest.raises(InvalidCredentialsError) as refused:
            gopocket.exchange(CALLBACK, "SECRETXYZ")
    assert token.access_token.reveal() == JWT
    assert route.call_count == 2 and "checkSum" in json.loads(route.calls[0].request.content)
    assert (refused.value.operation, refused.value.broker_message) == ("getUserDetailsV1", "Bad")


def test_b3_3_websocket_key_call_validates_parses_and_is_served(
    mock: tuple[httpx.Client, dict[str, str], GopocketMock],
) -> None:
    answer = {"status": "Ok", "result": [{"key": "9f1c0e"}]}  # the report's fields only
    assert problems(ok_schema("getUser"), answer) == []
    parsed = served(get_user, "/client-rest/profile/getUser", answer)
    assert isinstance(parsed.result[0], WebSocketKey) and parsed.result[0].key == "9f1c0e"
    client, auth, state = mock
    first = client.get("/client-rest/profile/getUser", headers=auth).json()["result"][0]["key"]
    assert client.get("/client-rest/profile/getUser", headers=auth).json()["result"][0] == {
        "key": first
    }  # one key per session
    other = {"Authorization": f"Bearer {state.issue_session()}"}
    assert client.get("/client-rest/profile/getUser", headers=other).json()["result"][0] != {
        "key": first
    }
    assert client.get("/client-rest/profile/getUser").status_code == 401


# --------------------------------------------------------------------------- B4 REST


API_VARIANTS = [
    ("/ho-rest/api/holdings/", "getHoldingsApi", "/ho-rest/holdings", "getHoldings"),
    ("/od-rest/api/info/orderbook", "getOrderBookApi", "/od-rest/info/orderbook", "getOrderBook"),
    ("/od-rest/api/info/tradebook", "getTradeBookApi", "/od-rest/info/tradebook", "getTradeBook"),
]


@pytest.mark.parametrize(("path", "operation_id", "docs_path", "sibling"), API_VARIANTS)
def test_b4_1_api_paths_are_routed_and_served_like_their_siblings(
    path: str,
    operation_id: str,
    docs_path: str,
    sibling: str,
    mock: tuple[httpx.Client, dict[str, str], GopocketMock],
) -> None:
    router = catalog("gopocket").router(BASE)
    assert router.find("GET", path).operation_id == operation_id  # type: ignore[union-attr]
    op = spec_op(operation_id)
    assert op["x-variant-of"] == sibling and "FR:B4.1" in _sources(op)
    assert ok_schema(operation_id) == ok_schema(sibling)
    client, auth, _ = mock
    order = [{"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "1", "price": "700",
              "product": "CNC", "transType": "B", "priceType": "L", "orderType": "Regular",
              "ret": "DAY"}]  # fmt: skip
    client.post("/od-rest/orders/execute", json=order, headers=auth)  # fills: books not empty
    answer = client.get(path, headers=auth).json()
    assert answer["result"] and answer == client.get(docs_path, headers=auth).json()


def test_b4_1_client_details_path_in_live_use_has_no_api_segment() -> None:
    spec_ = catalog("gopocket")
    assert spec_.find("GET", "/client-rest/profile/getclientdetails").operation_id == "getProfile"  # type: ignore[union-attr]
    assert spec_.find("GET", "/client-rest/api/profile/getclientdetails") is None
    assert "FR:B4.1" in _sources(spec_op("getProfile"))


def test_b4_2_live_field_lists_are_the_declared_ones() -> None:
    schemas = DOC["components"]["schemas"]
    book = set(schemas["OrderBookEntry"]["properties"])
    assert {"fillShares", "rprice", "rqty", "avgTradePrice", "ltp", "orderStatus"} <= book
    assert "null" in schemas["OrderBookEntry"]["properties"]["avgTradePrice"]["type"]
    assert {"fillshares", "fillId", "fillprc"} <= set(schemas["TradeBookEntry"]["properties"])
    assert set(schemas["HoldingsGroup"]["properties"]) == {"poa", "product", "holdings"}
    assert schemas["Holding"]["properties"]["authFlag"] == {"type": "boolean"}
    listing = set(schemas["HoldingListing"]["properties"])
    assert listing == {"exchange", "token", "tradingSymbol", "pdc", "ltp"}
    for operation_id in ("getOrderBook", "getTradeBook", "getHoldings"):
        assert "FR:B4.2" in _sources(spec_op(operation_id))


def test_b4_3_client_details_extra_fields_validate_and_parse(
    mock: tuple[httpx.Client, dict[str, str], GopocketMock],
) -> None:
    answer = {"status": "Ok", "message": "Success", "result": [{
        "userId": "AB1234", "bankdetails": [{"bankName": "B", "accNumber": "XX12",
                                             "ifsc": "HDFC0000001", "micr": "600240002"}],
        "dpAccountNumber": [{"dpAccountNumber": "1209", "dpId": "12092800", "boId": None,
                             "repository": "CDSL", "edisClientCode": None,
                             "dpAccountName": None}],
        "dpAcctNum": None,
    }]}  # fmt: skip
    assert problems(ok_schema("getProfile"), answer) == []
    details = served(get_profile, "/client-rest/profile/getclientdetails", answer).result[0]
    assert isinstance(details, ClientDetails)
    bank, dp = details.bankdetails[0], details.dp_account_number[0]  # type: ignore[index]
    assert (bank.ifsc, bank.micr, bank.additional_properties) == ("HDFC0000001", "600240002", {})
    assert (dp.dp_id, dp.repository, dp.bo_id, dp.additional_properties) == (
        "12092800",
        "CDSL",
        None,
        {},
    )
    assert details.dp_acct_num is None and "dpAcctNum" not in details.additional_properties
    client, auth, _ = mock  # the mock's profile carries them too (checked against the spec)
    profile = client.get("/client-rest/profile/getclientdetails", headers=auth).json()["result"][0]
    assert profile["bankdetails"][0]["ifsc"] and profile["dpAccountNumber"][0]["dpId"]


DOC_PLACE_V1 = example_values(
    spec_op("placeOrderV1")["requestBody"]["content"]["application/json"], DOC
)["marketBuy"][0]


def test_b4_4_an_item_failure_inside_an_ok_envelope_validates_and_parses() -> None:
    answer = {"status": "Ok", "message": "Success", "result": [
        {"brokerOrderId": "24010200004444"},
        {"brokerOrderId": "", "status": "Not_Ok", "message": "EC901"},
    ]}  # fmt: skip
    assert problems(ok_schema("placeOrderV1"), answer) == []
    with respx.mock(base_url=BASE) as router:
        router.post("/open-api/order/v1/orders/placeorder").respond(200, json=answer)
        body = [PlaceOrderV1Request.from_dict(DOC_PLACE_V1)]
        parsed = place_order_v1.sync(client=Client(base_url=BASE), body=body)
    ok, failed = parsed.result  # type: ignore[union-attr,misc]
    assert isinstance(failed, OrderAckV1)
    assert (ok.broker_order_id, failed.broker_order_id, failed.status) == (
        "24010200004444",
        "",
        "Not_Ok",
    )
    assert "FR:B4.4" in _sources(spec_op("placeOrderV1"))


def _place_through_overlays(answer: Any) -> Any:
    transport = BrokerTransport(
        "gopocket",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=answer)),
        market_protection="2",
    )
    client = Client(base_url=BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=transport))
    body = [PlaceOrderV1Request.from_dict(DOC_PLACE_V1)] * len(answer["result"])
    return place_order_v1.sync(client=client, body=body)


def test_b4_4_through_the_overlays_a_failed_item_is_never_a_success() -> None:
    """x-envelope.itemFields: every item failed -> rejected; some failed -> state unknown
    (some orders went through, so "failed" would be a lie); all Ok -> the answer."""
    ok = {"brokerOrderId": "24010200004444", "status": "Ok"}
    bad = {"brokerOrderId": "", "status": "Not_Ok", "message": "RMS: margin exceeds"}
    with pytest.raises(OrderRejectedError, match="inside an Ok answer") as rejected:
        _place_through_overlays({"status": "Ok", "message": "Success", "result": [bad]})
    assert rejected.value.broker_message == "RMS: margin exceeds"
    with pytest.raises(OrderStateUnknownError) as unknown:
        _place_through_overlays({"status": "Ok", "message": "Success", "result": [ok, bad]})
    assert unknown.value.reason == "partial"
    assert unknown.value.order_number == "24010200004444"
    parsed = _place_through_overlays({"status": "Ok", "message": "Success", "result": [ok]})
    assert parsed.result[0].broker_order_id == "24010200004444"  # type: ignore[union-attr]
    assert DOC["x-envelope"]["itemFields"] == ["result"]


VALIDATION_CODES = {"EC901", "EC930", "EC932", "EC946", "EC971", "EC972", "EC813", "EC954", "EC990"}


def test_b4_5_error_codes_map_only_what_the_report_makes_clear() -> None:
    envelope = DOC["x-envelope"]
    assert envelope["codeFields"] == ["message"]
    codes = {code: entry["error"] for code, entry in envelope["errorCodes"].items()}
    assert codes == {
        "EC087": "session-expired",
        "EC086": "not-permitted",
        **dict.fromkeys(VALIDATION_CODES, "invalid-input"),
    }
    assert "EC088" not in codes and "EC912" not in codes  # meaning not clear: not mapped
    for entry in envelope["errorCodes"].values():
        assert "FR:B4.5" in entry["x-source"] and entry["description"]
    error = deref(DOC, DOC["components"]["responses"]["Error"])["content"]["application/json"]
    bare = example_values(error, DOC)["errorCode"]
    assert bare == {"status": "Not_Ok", "message": "EC087"}
    assert problems(error["schema"], bare) == []


EMPTY_BOOKS = {
    "getOrderBookV1": "No orders today",
    "getTradeBookV1": "No trades found",
    "getPositionsV1": "No positions",
    "getHoldingsV1": "No holding available",
    "getHoldingsAllV1": "NO HOLDING AVAILABLE for this client",
}


@pytest.mark.parametrize(("operation_id", "message"), EMPTY_BOOKS.items())
def test_b4_6_empty_book_failures_read_as_an_empty_success(operation_id: str, message: str) -> None:
    rule = spec_op(operation_id)["x-empty-result"]
    assert problems(ok_schema(operation_id), rule["body"]) == []
    assert rule["body"]["result"] == []

    def means_empty(text: str) -> bool:
        return any(m.lower() in text.lower() for m in rule["messages"])

    assert means_empty(message)
    assert not means_empty("Failed to retrieve order book")  # may be a real failure
    assert not means_empty("EC087")
    assert "FR:B4.6" in rule["x-source"]


AB_BODIES: list[tuple[ModuleType, str, Any, type, dict[str, Any]]] = [
    (get_order_book_v1, "/open-api/order/v1/orders/book",
     {"brokerOrderId": "1", "quantity": 75, "filledQuantity": "0", "pendingQuantity": 75,
      "averageTradedPrice": 0, "orderStatus": "open", "exchangeOrderId": None,
      "instrumentId": "52168", "orderTag": "t1", "validity": "DAY"},
     OrderEntryV1, {"pending_quantity": 75, "instrument_id": "52168"}),
    (get_trade_book_v1, "/open-api/order/v1/orders/trades",
     {"brokerOrderId": "1", "tradedPrice": 24850.5, "filledQuantity": "75",
      "fillTimestamp": "10:15:02", "exchangeTradeId": "55012"},
     OrderEntryV1, {"traded_price": 24850.5, "fill_timestamp": "10:15:02"}),
    (get_positions_v1, "/open-api/order/v1/positions",
     {"netQuantity": -75, "netAveragePrice": "24850.00", "buyQuantity": 0,
      "sellQuantity": 75, "mtm": -375.0, "unrealisedPnl": "-375.00", "realizedPnl": 0},
     PositionV1, {"net_quantity": -75, "unrealised_pnl": "-375.00"}),
    (get_holdings_all_v1, "/open-api/order/v1/holdings",
     {"nseTradingSymbol": "SBIN-EQ", "bseTradingSymbol": None, "dpQuantity": 20,
      "t1Quantity": "0", "averageTradedPrice": 550.0, "isin": "INE062A01020",
      "sellableQty": 20, "nseInstrumentId": "3045"},
     HoldingV1, {"nse_trading_symbol": "SBIN-EQ", "dp_quantity": 20}),
    (get_fund_limits_v1, "/open-api/order/v1/limits/",
     {"tradingLimit": 500000.0, "collateralMargin": "0", "utilizedMargin": 1234.5},
     FundLimitsV1, {"trading_limit": 500000.0, "utilized_margin": 1234.5}),
]  # fmt: skip


@pytest.mark.parametrize(("module", "path", "item", "model", "attrs"), AB_BODIES)
def test_b4_7_ab_response_fields_validate_and_parse_as_named_fields(
    module: ModuleType, path: str, item: Any, model: type, attrs: dict[str, Any]
) -> None:
    answer = {"status": "Ok", "result": [item]}  # numbers or strings: the type is not known
    operation_id = catalog("gopocket").find("GET", path).operation_id  # type: ignore[union-attr]
    assert problems(ok_schema(operation_id), answer) == []
    parsed = served(module, path, answer).result[0]
    assert isinstance(parsed, model)
    assert {name: getattr(parsed, name) for name in attrs} == attrs
    assert parsed.additional_properties == {}  # every reported field is declared
    assert parsed.to_dict() == item


# --------------------------------------------------------------------------- B6 rate limits


def test_b6_documented_windows_are_kept_and_the_reports_are_cited() -> None:
    limits = DOC["x-rate-limits"]
    windows = {
        name: [(w["limit"], w["seconds"]) for w in ws] for name, ws in limits["categories"].items()
    }
    assert windows["order"] == [(25, 1), (250, 60), (500, 3600), (5000, 86400)]  # not "unlimited"
    assert windows["non-trading"] == [(100, 1), (500, 60), (1000, 3600), (5000, 86400)]
    assert {"FR:B6.1", "FR:B6.2"} <= set(limits["x-source"])
    assert "[FR:B6.1]" in limits["description"] and "[FR:B6.2]" in limits["description"]


# --------------------------------------------------------------------------- the extensions used


def _schema_of(media: dict[str, Any]) -> dict[str, Any]:
    schema = deref(DOC, media["schema"])
    return deref(DOC, schema["items"]) if schema.get("type") == "array" else schema


def test_every_variant_shares_its_siblings_method_schemas_and_generation() -> None:
    variants = {o["operationId"]: (m, o) for m, _, o in operations(DOC) if "x-variant-of" in o}
    assert set(variants) == {
        "getUserDetailsVendor", "getUserDetailsLegacy", "getOrderBookApi", "getTradeBookApi",
        "getHoldingsApi", "getHoldingsAllV1",
    }  # fmt: skip
    by_id = {o["operationId"]: (m, o) for m, _, o in operations(DOC)}
    for name, (method, op) in variants.items():
        sibling_method, sibling = by_id[op["x-variant-of"]]
        assert "x-variant-of" not in sibling, name  # no chains
        assert method == sibling_method and op["tags"] == sibling["tags"], name
        assert op["x-api-generation"] == sibling["x-api-generation"], name
        assert ok_schema(name) == ok_schema(sibling["operationId"]), name
        assert op.get("requestBody") is None or (
            op["requestBody"]["content"]["application/json"]["schema"]
            == sibling["requestBody"]["content"]["application/json"]["schema"]
        ), name
        assert op.get("x-empty-result") == sibling.get("x-empty-result"), name


MARKET_PROTECTION = {
    "placeOrder": ("mktProtection", "priceType", ["MKT", "SL-M"]),
    "modifyOrder": ("mktProtection", "priceType", ["MKT", "SL-M"]),
    "placeOrderV1": ("marketProtectionPercent", "orderType", ["MARKET", "SLM"]),
    "modifyOrderV1": ("marketProtectionPrecent", "orderType", ["MARKET", "SLM"]),
}


def test_market_protection_rule_names_real_body_fields_and_order_types() -> None:
    marked = {o["operationId"] for _, _, o in operations(DOC) if "x-market-protection" in o}
    assert marked == set(MARKET_PROTECTION)
    for operation_id, (field, type_field, market) in MARKET_PROTECTION.items():
        rule = spec_op(operation_id)["x-market-protection"]
        assert (rule["field"], rule["orderTypeField"], rule["marketOrderTypes"]) == (
            field,
            type_field,
            market,
        )
        body = _schema_of(spec_op(operation_id)["requestBody"]["content"]["application/json"])
        assert field in body["properties"], operation_id
        allowed = deref(DOC, body["properties"][type_field])["enum"]
        assert set(market) <= set(allowed), operation_id
        assert rule["description"] and rule["x-source"]
