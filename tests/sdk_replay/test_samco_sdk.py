"""Samco's official SDK (stocknotebridge 3.2.2) replayed against our spec and the mock broker.

Every method of ``StocknoteAPIPythonBridge`` that sends HTTP is called the way the SDK's README
shows, through the SDK's own urllib3 stack (only the socket is replaced by the in-process mock).
Each request must be accepted by our spec and served by the mock, except the known spec gaps
below (strict xfail: fixing the spec turns them into failures until the entry is removed).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip(
    "snapi_py_client.snapi_bridge",
    reason="official Samco SDK (stocknotebridge) not installed here: run scripts/sdk-replay",
)

from snapi_py_client.snapi_bridge import StocknoteAPIPythonBridge as Bridge

from broker_overlays.mock.samco import DEFAULT_API_KEY, DEFAULT_API_SECRET

from .replay_support import (
    LOG,
    Recorder,
    SpecRefused,
    Urllib3ToMock,
    calls,
    check,
    http_methods,
    public_methods,
)

BROKER = "samco"
HTTP_PRIMITIVE = r"\.call_api\("
"""Every request of the SDK goes through its swagger ``ApiClient.call_api``."""
CALLBACK = "https://yourapp.example.com/callback"
BASKET = "MyBasket"

KNOWN_SPEC_GAPS: dict[str, str] = {}
"""Requests the SDK sends that our spec refuses today (the lead's to-do list for the spec)."""

NO_HTTP: dict[str, str] = {
    "set_session_token": "stores the token locally",
    "oauth_authorize_url": "builds the consent URL only (the browser opens it)",
    "set_streaming_data": "streaming: stores the symbols for the websocket",
    "start_streaming": "streaming: websocket wss://stream.samco.in, not HTTP",
    "subscribe_quote": "streaming: websocket frame",
    "subscribe_market_data": "streaming: websocket frame",
    "unsubscribe_quote": "streaming: websocket frame",
    "unsubscribe_market_data": "streaming: websocket frame",
    "on_open": "streaming callback",
    "on_message": "streaming callback",
    "on_error": "streaming callback",
    "on_close": "streaming callback",
}
"""Public methods that send no HTTP request, and why (checked against the SDK's source)."""

Driver = Callable[[Bridge, Recorder], Any]


@dataclass(frozen=True)
class Broken:
    """A helper that fails as shipped before sending; ``intended`` sends what it meant to."""

    error: type[Exception]
    match: str
    intended: Driver
    why: str


@dataclass(frozen=True)
class Case:
    method: str
    call: Driver
    broken: Broken | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return self.method


def v32_intended(
    method: str, body: Any = None, query: list[tuple[str, str]] | None = None
) -> Driver:
    """The request a v3.2 helper means to send: path, verb and whether the session header is
    sent are read from the helper's own ``_v32_call(...)`` line; body and query as passed."""
    source = inspect.getsource(getattr(Bridge, method))
    found = re.search(r"_v32_call\(\s*'([^']+)',\s*'(\w+)'", source)
    assert found is not None, f"{method} no longer calls _v32_call"
    path, verb = found.groups()
    session = "require_session=False" not in source

    def send(sdk: Bridge, rec: Recorder) -> Any:
        return sdk._v32_call(path, verb, body=body, query=query, require_session=session)

    return send


def _v32(method: str, note: str = "", *, intended: Driver | None = None, **kwargs: Any) -> Case:
    """A v3.2 helper called with README keyword arguments (``body=`` / ``query=``). Each one
    does ``_v32_call(path, verb, body=kwargs.get('body'), **kwargs)``, so the keyword arrives
    twice: TypeError before sending. ``intended`` (default: what the arguments ask for) sends
    the request the helper was meant to send."""
    keyword = "body" if "body" in kwargs else "query"
    if intended is None:
        query = kwargs.get("query")
        if "duration" in kwargs:  # analytics_summary builds its query from `duration`
            query = [("duration", kwargs["duration"])]
        intended = v32_intended(method, kwargs.get("body"), query)
    broken = Broken(
        TypeError,
        rf"_v32_call\(\) got multiple values for keyword argument '{keyword}'",
        intended,
        f"`_v32_call` gets `{keyword}` twice: TypeError before sending",
    )
    return Case(method, lambda sdk, rec: getattr(sdk, method)(**kwargs), broken, note)


# -- README arguments ----------------------------------------------------------------------

PLACE_ORDER = {
    "symbolName": "RELIANCE", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
    "price": "1282", "quantity": "15", "disclosedQuantity": "", "orderValidity": "DAY",
    "productType": "MIS", "afterMarketOrderFlag": "NO",
}  # fmt: skip
PLACE_ORDER_BO = {
    "symbolName": "TCS", "exchange": "BSE", "transactionType": "BUY", "orderType": "L",
    "quantity": "10", "disclosedQuantity": "1", "price": "2021", "priceType": "LTP",
    "valueType": "Absolute", "orderValidity": "DAY", "productType": "BO",
    "squareOffValue": "15.00", "stopLossValue": "5.00", "trailingStopLoss": "5",
}  # fmt: skip
PLACE_ORDER_CO = {
    "symbolName": "INFY", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
    "price": "679", "quantity": "15", "disclosedQuantity": "", "orderValidity": "DAY",
    "productType": "CO", "afterMarketOrderFlag": "NO", "triggerPrice": "646",
}  # fmt: skip
BULK_ORDER = {
    "orders": [
        {"symbolName": "TCS", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
         "quantity": "1", "orderValidity": "DAY", "productType": "CNC", "price": "3500.00"},
        {"symbolName": "INFY", "exchange": "NSE", "transactionType": "BUY", "orderType": "L",
         "quantity": "1", "orderValidity": "DAY", "productType": "CNC", "price": "1500.00"},
    ]
}  # fmt: skip
BASKET_ORDER = {
    "basketName": BASKET, "symbolName": "TCS", "exchange": "NSE", "transactionType": "BUY",
    "orderType": "L", "quantity": "1", "productType": "CNC", "price": "3500.00",
}  # fmt: skip
ADD_GTT = {
    "exchange": "NFO", "symbolName": "WIPRO24JUN585PE", "transactionType": "BUY",
    "quantity": "1500", "productType": "NRML", "orderType": "L", "triggerPrice": "1180",
    "limitPrice": "1160",
}  # fmt: skip
MODIFY_GTT = {
    "symbolName": "WIPRO24JUN585PE", "exchange": "NFO", "transactionType": "BUY",
    "orderType": "L", "quantity": "500", "productType": "NRML", "triggerPrice": "124.7",
    "limitPrice": "126.7", "marketProtection": "", "gttSummaryId": "945505",
}  # fmt: skip
ADD_OCO = {
    "exchange": "NFO", "symbolName": "WIPRO24JUN440PE", "transactionType": "SELL",
    "quantity": "1500", "productType": "NRML", "orderType": "L", "targetTriggerPrice": "14.5",
    "targetLimitPrice": "17", "stoplossTriggerPrice": "14", "stoplossLimitPrice": "14",
}  # fmt: skip
MODIFY_OCO = {
    "exchange": "NFO", "symbolName": "WIPRO24JUN440PE", "transactionType": "SELL",
    "quantity": "3000", "productType": "NRML", "orderType": "L", "targetTriggerPrice": "15",
    "targetLimitPrice": "20", "stoplossTriggerPrice": "13", "stoplossLimitPrice": "13",
    "gttSummaryId": "945525",
}  # fmt: skip
SPAN_MARGIN = {
    "request": [
        {"exchange": "NFO", "tradingSymbol": "NIFTY06JUN2423200PE", "qty": "25"},
        {"exchange": "NFO", "tradingSymbol": "NIFTY24JUNFUT", "qty": "25"},
    ]
}
CONVERT_POSITION = {
    "symbolName": "TSC", "exchange": "BSE", "transactionType": "BUY", "positionType": "DAY",
    "quantityToConvert": "2", "fromProductType": "MIS", "toProductType": "CNC",
    "netQuantity": "2",
}  # fmt: skip
SQUARE_OFF = {
    "positionSquareOffRequestList": [
        {"exchange": "NSE", "symbolName": "TCS", "productType": "MIS", "netQuantity": "1",
         "transactionType": "BUY"}
    ]
}  # fmt: skip
CONTRACTS = {
    "legs": [
        {"symbol": "NIFTY25JUL25000CE", "transactionType": "BUY", "quantity": 50},
        {"symbol": "NIFTY25JUL25200CE", "transactionType": "SELL", "quantity": 50},
    ]
}
NO_SAMPLE = "no README sample: basket named by `basketName` as in the README's basket flow"
FOUND_BY_NAME = frozenset(
    {"create_basket_order", "execute_basket_order", "modify_basket", "delete_basket",
     "list_basket_order", "modify_basket_order", "delete_basket_order",
     "basket_span_calculator"}
)  # fmt: skip
"""Basket calls that name the basket ``MyBasket``: it exists (a TCS order in it) before they
run, and each must be served without a business failure (the mock finds baskets by name)."""
LEGACY = "deprecated (DeprecationWarning); the README shows no arguments: documented fields"


def _oauth_code(sdk: Bridge, rec: Recorder) -> str:
    """The README's OAuth start: the consent URL, opened in the (mock's) browser."""
    url = sdk.oauth_authorize_url(
        api_key=DEFAULT_API_KEY, redirect_url=CALLBACK, state="csrf-token", scopes=["read", "trade"]
    )
    with rec.browser() as browser:
        redirect = browser.get(url)
    assert redirect.status_code == 302, redirect.text
    return parse_qs(urlsplit(redirect.headers["location"]).query)["code"][0]


def _oauth_token(sdk: Bridge, rec: Recorder) -> Any:
    body = {"code": _oauth_code(sdk, rec), "redirect_url": CALLBACK}
    return v32_intended("oauth_token", body)(sdk, rec)


def _web_code(sdk: Bridge, rec: Recorder) -> str:
    with rec.calling("get_web_secret_code", setup=True):
        issued = json.loads(sdk.get_web_secret_code())
    return str(issued["data"]["OTP"])


def _validate_web_code(sdk: Bridge, rec: Recorder) -> Any:
    body = {"code": _web_code(sdk, rec), "otp": "123456"}
    return v32_intended("validate_web_secret_code", body)(sdk, rec)


def _basket_by_name(rec: Recorder) -> None:
    """Set-up (not checked): the README flow's basket ``MyBasket``, holding one TCS order."""
    headers = {"x-session-token": rec.state.issue_session()}
    with rec.browser() as mock:
        basket = mock.post("/basket/createBasket", json={"basketName": BASKET}, headers=headers)
        order = {**BASKET_ORDER, "basketID": basket.json()["basketId"], "orderValidity": "DAY",
                 "disclosedQuantity": ""}  # fmt: skip
        del order["basketName"]
        added = mock.post("/basket/createOrder", json=order, headers=headers)
    assert added.json()["status"] == "Success", added.text


def _legacy(method: str, body: dict[str, str]) -> Driver:
    def call(sdk: Bridge, rec: Recorder) -> Any:
        with pytest.warns(DeprecationWarning):
            return getattr(sdk, method)(body=body)

    return call


CASES: list[Case] = [
    # authentication (v3.2)
    _v32(
        "generate_session_token", body={"apiKey": DEFAULT_API_KEY, "apiSecret": DEFAULT_API_SECRET}
    ),
    _v32(
        "oauth_token",
        "code from the mock's consent page (README: oauth_authorize_url, then the redirect)",
        body={"code": "<AUTH_CODE>", "redirect_url": CALLBACK},
        intended=_oauth_token,
    ),
    _v32(
        "oauth_revoke",
        "token: the session the mock issued",
        body={"token": "<ACCESS_OR_REFRESH_TOKEN>"},
        intended=lambda sdk, rec: v32_intended("oauth_revoke", {"token": sdk.session_token})(
            sdk, rec
        ),
    ),
    Case("get_web_secret_code", lambda sdk, rec: sdk.get_web_secret_code()),
    _v32(
        "validate_web_secret_code",
        "code: the one get_web_secret_code returned (`data.OTP`; README reads `code['code']`)",
        body={"code": "<CODE>", "otp": "123456"},
        intended=_validate_web_code,
    ),
    Case("whoami", lambda sdk, rec: sdk.whoami()),
    Case("logout", lambda sdk, rec: sdk.logout()),
    # legacy login flow
    Case(
        "login",
        _legacy(
            "login",
            {"userId": "DV99999", "password": "secret", "yob": "1990", "accessToken": "token"},
        ),
        note=LEGACY,
    ),
    Case("generate_otp", _legacy("generate_otp", {"uid": "DV99999"}), note=LEGACY),
    Case(
        "generate_secret_api_key",
        _legacy("generate_secret_api_key", {"uid": "DV99999", "otp": "123456"}),
        note=LEGACY,
    ),
    Case(
        "generate_access_token",
        _legacy("generate_access_token", {"uid": "DV99999", "secretApiKey": "key"}),
        note=LEGACY,
    ),
    Case(
        "ip_registration",
        _legacy(
            "ip_registration",
            {"clientId": "DV99999", "password": "secret", "primaryIp": "203.0.113.42"},
        ),
        note=LEGACY,
    ),
    Case(
        "ip_update",
        _legacy(
            "ip_update",
            {
                "clientId": "DV99999",
                "password": "secret",
                "primaryIp": "203.0.113.42",
                "secondaryIp": "203.0.113.43",
            },
        ),
        note=LEGACY,
    ),
    # market data
    Case(
        "search_equity_derivative",
        lambda sdk, rec: sdk.search_equity_derivative(
            search_symbol_name="BANKNIFTY20JUN", exchange=sdk.EXCHANGE_NFO
        ),
    ),
    Case("span_margin", lambda sdk, rec: sdk.span_margin(body=SPAN_MARGIN)),
    Case(
        "get_quote",
        lambda sdk, rec: sdk.get_quote(
            symbol_name="BANKNIFTY18JUN2017900PE", exchange=sdk.EXCHANGE_NFO
        ),
    ),
    Case(
        "multi_quote",
        lambda sdk, rec: sdk.multi_quote(
            body={"INDEX": ["NIFTY 50", "NIFTY BANK"], "NFO": ["FINNIFTY2451416500CE"]}
        ),
    ),
    Case("index_quote", lambda sdk, rec: sdk.index_quote("NIFTY NEXT 50")),
    Case(
        "get_option_chain",
        lambda sdk, rec: sdk.get_option_chain(
            search_symbol_name="Reliance",
            exchange=sdk.EXCHANGE_NFO,
            expiry_date="2020-07-30",
            strike_price="1961.40",
            option_type="PE",
        ),
    ),
    Case(
        "get_future_chain",
        lambda sdk, rec: sdk.get_future_chain(
            search_symbol_name="Reliance",
            exchange=sdk.EXCHANGE_NFO,
            expiry_date="2020-07-30",
            strike_price="1961.40",
            option_type="PE",
        ),
        note="README's FutureChain sample calls get_option_chain; same arguments here",
    ),
    Case(
        "market_depth",
        lambda sdk, rec: sdk.market_depth(body={"symbolName": "RELIANCE", "exchange": "NSE"}),
        note="no README sample: symbol and exchange, as its docstring says",
    ),
    Case("personal_index", lambda sdk, rec: sdk.personal_index(), note="no README sample"),
    Case("get_limits", lambda sdk, rec: sdk.get_limits()),
    # orders
    Case("place_order", lambda sdk, rec: sdk.place_order(body=PLACE_ORDER)),
    Case("place_order_bo", lambda sdk, rec: sdk.place_order_bo(body=PLACE_ORDER_BO)),
    Case("place_order_co", lambda sdk, rec: sdk.place_order_co(body=PLACE_ORDER_CO)),
    _v32("place_bulk_order", body=BULK_ORDER),
    Case(
        "modify_order",
        lambda sdk, rec: sdk.modify_order(order_number="200616000000350", body={"quantity": "50"}),
    ),
    Case("get_order_book", lambda sdk, rec: sdk.get_order_book()),
    Case(
        "get_trigger_order_numbers",
        lambda sdk, rec: sdk.get_trigger_order_numbers(order_number="200617000000378"),
    ),
    Case("get_order_status", lambda sdk, rec: sdk.get_order_status(order_number="200617000000378")),
    Case("cancel_order", lambda sdk, rec: sdk.cancel_order(order_number="200616000000350")),
    Case("cancel_order_co", lambda sdk, rec: sdk.cancel_order_co(order_number="200617000000181")),
    Case("cancel_order_bo", lambda sdk, rec: sdk.cancel_order_bo(order_number="200617000000375")),
    # GTT / OCO
    Case("add_gtt", lambda sdk, rec: sdk.add_gtt(body=ADD_GTT)),
    Case("modify_gtt", lambda sdk, rec: sdk.modify_gtt(body=MODIFY_GTT)),
    Case("delete_gtt", lambda sdk, rec: sdk.delete_gtt(body={"gttSummaryId": 945510})),
    Case("add_oco", lambda sdk, rec: sdk.add_oco(body=ADD_OCO)),
    Case("modify_oco", lambda sdk, rec: sdk.modify_oco(body=MODIFY_OCO)),
    Case("delete_oco", lambda sdk, rec: sdk.delete_oco(body={"gttSummaryId": 945530})),
    Case("list_gtt_oco", lambda sdk, rec: sdk.list_gtt_oco(listType="active")),
    # portfolio
    Case("get_trade_book", lambda sdk, rec: sdk.get_trade_book()),
    Case(
        "get_positions_data",
        lambda sdk, rec: sdk.get_positions_data(position_type=sdk.POSITION_TYPE_DAY),
    ),
    Case("convert_position", lambda sdk, rec: sdk.convert_position(body=CONVERT_POSITION)),
    Case("square_off_position", lambda sdk, rec: sdk.square_off_position(body=SQUARE_OFF)),
    Case("get_holding", lambda sdk, rec: sdk.get_holding()),
    # candles
    Case(
        "get_intraday_candle_data",
        lambda sdk, rec: sdk.get_intraday_candle_data(
            symbol_name="INFY",
            exchange=sdk.EXCHANGE_NSE,
            from_date="2020-06-17 10:22:00",
            to_date="2020-06-17 10:28:00",
        ),
    ),
    Case(
        "get_index_intraday_candle_data",
        lambda sdk, rec: sdk.get_index_intraday_candle_data(
            index_name="sensex", from_date="2020-06-16 09:23:00", to_date="2020-06-16 9:28:00"
        ),
    ),
    Case(
        "get_historical_candle_data",
        lambda sdk, rec: sdk.get_historical_candle_data(
            symbol_name="BANKNIFTY18JUN2018500PE",
            exchange=sdk.EXCHANGE_NFO,
            from_date="2020-06-14",
            to_date="2020-06-17",
        ),
    ),
    Case(
        "get_index_candle_data",
        lambda sdk, rec: sdk.get_index_candle_data(
            index_name="NIFTY 200", from_date="2019-05-24", to_date="2019-05-29"
        ),
    ),
    # baskets
    _v32("create_basket", body={"basketName": BASKET}),
    _v32("create_basket_order", body=BASKET_ORDER),
    Case("list_basket", lambda sdk, rec: sdk.list_basket(listType="ALL")),
    _v32("execute_basket_order", body={"basketName": BASKET}),
    _v32("modify_basket", NO_SAMPLE, body={"basketName": BASKET}),
    _v32("delete_basket", NO_SAMPLE, body={"basketName": BASKET}),
    _v32(
        "list_basket_order",
        "no README sample: `query=[('basketName', ...)]` as its docstring says",
        query=[("basketName", BASKET)],
    ),
    _v32("modify_basket_order", NO_SAMPLE, body={**BASKET_ORDER, "quantity": "2"}),
    _v32("delete_basket_order", NO_SAMPLE, body={"basketName": BASKET, "symbolName": "TCS"}),
    _v32("square_off_basket", NO_SAMPLE, body={"basketName": BASKET}),
    _v32("modify_and_retry_basket", NO_SAMPLE, body={"basketName": BASKET}),
    _v32("basket_span_calculator", NO_SAMPLE, body={"basketName": BASKET}),
    # TradeView analytics, contracts analyser
    _v32("analytics_summary", duration="1M", body={}),
    _v32("analytics_details", body={"fromDate": "2025-04-01", "toDate": "2025-06-30"}),
    _v32("gain_loss", body={"fromDate": "2025-04-01", "toDate": "2025-06-30"}),
    _v32("contracts_analyser", body=CONTRACTS),
]

for _name, _why in NO_HTTP.items():
    LOG.note(BROKER, _name, _why)
for _case in CASES:
    if _case.broken is not None:
        LOG.note(BROKER, _case.id, f"broken as shipped: {_case.broken.why}")


def _param(case: Case) -> Any:
    marks = []
    if case.id in KNOWN_SPEC_GAPS:
        marks.append(
            pytest.mark.xfail(strict=True, raises=SpecRefused, reason=KNOWN_SPEC_GAPS[case.id])
        )
    return pytest.param(case, id=case.id, marks=marks)


@pytest.fixture
def samco() -> Iterator[tuple[Bridge, Recorder]]:
    """The SDK as the README builds it, its host and sockets pointed at a fresh mock, holding
    a session the mock issued (``generate_session_token`` itself is broken, see its case)."""
    rec = Recorder.start(BROKER)
    sdk = Bridge()
    sdk.api_client.configuration.host = rec.base_url
    sdk.api_client.rest_client.pool_manager = Urllib3ToMock(rec)
    sdk.set_session_token(rec.state.issue_session())
    yield sdk, rec
    rec.close()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sdk_method(case: Case, samco: tuple[Bridge, Recorder]) -> None:
    sdk, rec = samco
    if case.id in FOUND_BY_NAME:
        _basket_by_name(rec)
    with rec.calling(case.id, note=case.note) as sent:
        if case.broken is None:
            answer = case.call(sdk, rec)
        else:
            with pytest.raises(case.broken.error, match=case.broken.match):
                case.call(sdk, rec)
    if case.broken is not None:
        assert not sent, f"{case.id} is broken as shipped but sent {sent[0].line}"
        with rec.calling(case.id, constructed=True, note=case.note) as sent:
            answer = case.broken.intended(sdk, rec)
    check(rec, case.id, sent)
    assert isinstance(answer, str), "the SDK returns the answer as JSON text"
    assert json.loads(answer) == sent[-1].body
    if case.id in FOUND_BY_NAME:
        assert sent[-1].business_failure is None, f"{case.id}: {sent[-1].mock_verdict()}"


def test_every_http_method_is_driven() -> None:
    """Found by reading the SDK: a method that sends HTTP and has no case fails here."""
    http = http_methods(Bridge, HTTP_PRIMITIVE)
    driven = {case.method for case in CASES}
    # ``x_with_http_info`` (public too) is driven through the wrapper that calls it
    through = {m for m in http if any(calls(getattr(Bridge, d), m) for d in driven)}
    undriven = sorted(set(http) - driven - through)
    assert not undriven, f"undriven SDK method(s): {', '.join(undriven)}"
    assert driven <= set(http), f"cases for methods that send no HTTP: {driven - set(http)}"
    assert len(driven) == len(CASES), "one case per SDK method"


def test_methods_without_http_are_the_listed_ones(samco: tuple[Bridge, Recorder]) -> None:
    """Every public method is either driven above or listed in NO_HTTP; the non-streaming
    ones send nothing when called."""
    sdk, rec = samco
    public = set(public_methods(Bridge))
    quiet = public - set(http_methods(Bridge, HTTP_PRIMITIVE))
    assert quiet == set(NO_HTTP), f"unclassified: {quiet ^ set(NO_HTTP)}"
    with rec.calling("no-http", setup=True) as sent:
        url = sdk.oauth_authorize_url(api_key=DEFAULT_API_KEY, redirect_url=CALLBACK)
        sdk.set_streaming_data(value=["3045_NSE"], streaming_type=sdk.STREAMING_TYPE_QUOTE)
        sdk.set_session_token(sdk.session_token)
    assert url.startswith(f"{rec.base_url}/oauth/authorize?")
    assert not sent


def test_readme_indexes_answers_that_are_json_text(samco: tuple[Bridge, Recorder]) -> None:
    """The README reads ``session["sessionToken"]``: every answer is JSON *text* (the SDK's
    ``deserialize`` returns ``json.dumps(...)``), so indexing it raises TypeError."""
    sdk, rec = samco
    with rec.calling("get_limits", setup=True):
        answer = sdk.get_limits()
    with pytest.raises(TypeError, match="string indices must be integers"):
        answer["status"]
    assert json.loads(answer)["status"] == "Success"
