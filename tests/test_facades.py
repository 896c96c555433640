"""``samco.connect`` / ``gopocket.connect`` hand back the generated clients with every overlay on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import respx

from broker_overlays import gopocket, samco
from broker_overlays.auth import FileTokenStore
from broker_overlays.errors import ClientValidationError, OrderRejectedError, TokenExpiredError
from broker_overlays.redaction import Secret
from gopocket_client.api.rest_charts import get_intraday_data
from gopocket_client.api.rest_orders import get_order_book as gp_order_book
from gopocket_client.models import IntradayDataRequest
from samco_client import AuthenticatedClient
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import OrderBookResponse, OrderResponse, PlaceOrderRequest

SAMCO = "https://tradeapi.samco.in"
GOPOCKET = "https://web.gopocket.in"
LOGIN_OK = {"status": "Success", "statusMessage": "ok", "sessionToken": "jwt-session-token-1"}
BOOK = {"status": "Success", "orderBookDetails": []}
ORDER = PlaceOrderRequest(
    symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
    price="1500", quantity="1", order_validity="DAY", product_type="CNC",
)  # fmt: skip


def test_samco_connect_returns_the_generated_client_and_logs_in_lazily() -> None:
    client = samco.connect("my-api-key", "my-api-secret")
    assert isinstance(client, AuthenticatedClient)
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        book = router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        assert isinstance(get_order_book.sync(client=client), OrderBookResponse)
        assert isinstance(get_order_book.sync(client=client), OrderBookResponse)
    assert login.call_count == 1
    assert book.calls.last.request.headers["x-session-token"] == "jwt-session-token-1"
    assert login.calls.last.request.headers.get("x-session-token") is None


async def test_samco_async_calls_share_the_session() -> None:
    client = samco.connect("my-api-key", "my-api-secret")
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        await get_order_book.asyncio(client=client)
        get_order_book.sync(client=client)
    assert login.call_count == 1


def test_samco_order_rejection_is_typed() -> None:
    client = samco.connect("my-api-key", "my-api-secret")
    rejected = {"status": "Failure", "statusMessage": "Insufficient margin"}
    with respx.mock() as router:
        router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        route = router.post(f"{SAMCO}/order/placeOrder").respond(200, json=rejected)
        with pytest.raises(OrderRejectedError, match="Insufficient margin"):
            place_order.sync(client=client, body=ORDER)
    assert route.call_count == 1


def test_samco_token_file_is_reused_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        router.post(f"{SAMCO}/order/placeOrder").respond(
            200, json={"status": "Success", "orderNumber": "1"}
        )
        for _ in range(2):  # two "runs" on the same day
            client = samco.connect("my-api-key", "my-api-secret", store=FileTokenStore(path))
            assert isinstance(place_order.sync(client=client, body=ORDER), OrderResponse)
    assert login.call_count == 1
    assert path.stat().st_mode & 0o777 == 0o600


def test_samco_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMCO_API_KEY", "env-key")
    monkeypatch.setenv("SAMCO_API_SECRET", "env-secret")
    monkeypatch.setenv("SAMCO_BASE_URL", "http://127.0.0.1:8765")
    client = samco.from_env()
    with respx.mock() as router:
        login = router.post("http://127.0.0.1:8765/session/token").respond(200, json=LOGIN_OK)
        router.get("http://127.0.0.1:8765/order/orderBook").respond(200, json=BOOK)
        get_order_book.sync(client=client)
    assert login.calls.last.request.read() == b'{"apiKey":"env-key","apiSecret":"env-secret"}'


def test_samco_missing_credentials_are_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMCO_API_KEY", raising=False)
    with pytest.raises(ClientValidationError, match="SAMCO_API_KEY"):
        samco.from_env()
    with pytest.raises(ClientValidationError, match="api_secret"):
        samco.connect("key", "  ")


def test_gopocket_sso_connect_sends_the_checksum_then_bearer() -> None:
    callback = "https://myapp.example.com/cb?authCode=AUTHCODE123&userId=AB1234"
    checksum = hashlib.sha256(b"AB1234AUTHCODE123SECRETXYZ").hexdigest()
    session = {"status": "Ok", "message": "Success", "result": [{"accessToken": "gp-session-9"}]}
    with respx.mock() as router:
        sso = router.post(f"{GOPOCKET}/open-api/order/v1/vendor/getUserDetails").respond(
            200, json=session
        )
        book = router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(
            200, json={"status": "Ok", "message": "Success", "result": []}
        )
        client = gopocket.connect_callback(callback_url=callback, api_secret="SECRETXYZ")
        gp_order_book.sync(client=client)
    assert sso.calls.last.request.read() == f'{{"checkSum":"{checksum}"}}'.encode()
    assert book.calls.last.request.headers["Authorization"] == "Bearer gp-session-9"


def test_gopocket_expired_session_is_a_typed_error() -> None:
    client = gopocket.connect("gp-session-9")
    with respx.mock() as router:
        route = router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(
            401, json={"status": "Not_ok"}
        )
        with pytest.raises(TokenExpiredError):
            gp_order_book.sync(client=client)
    assert route.call_count == 1


def test_base_url_also_serves_operations_declared_on_other_hosts() -> None:
    client = gopocket.connect("gp-session-9", base_url="http://127.0.0.1:8766")
    body = {"open": [], "high": [], "low": [], "close": [], "volume": [], "start_Time": []}
    request = IntradayDataRequest.from_dict(
        {"securityId": "11536", "exchangeSegment": "NSE_EQ", "instrument": "EQUITY"}
    )
    with respx.mock() as router:
        route = router.post("http://127.0.0.1:8766/charts/intraday").respond(200, json=body)
        get_intraday_data.sync(client=client, body=request)
    assert route.calls.last.request.headers["Authorization"] == "Bearer gp-session-9"


def test_expiry_is_next_0800_ist() -> None:
    from broker_overlays.auth import next_session_expiry

    now = datetime(2026, 11, 21, 2, 29, tzinfo=UTC)  # 07:59 IST
    assert next_session_expiry(now) == datetime(2026, 11, 21, 2, 30, tzinfo=UTC)


# --------------------------------------------------------------------------- checks at the door

CALLBACK = "https://myapp.example.com/cb?authCode=AUTHCODE123&userId=AB1234"
BAD_TEXT = [
    pytest.param(None, "missing", id="None"),
    pytest.param("", "empty", id="empty"),
    pytest.param("   ", "empty", id="blank"),
    pytest.param("\t\n", "empty", id="whitespace"),
    pytest.param(Secret(""), "empty", id="Secret-empty"),
    pytest.param(Secret("  "), "empty", id="Secret-blank"),
    pytest.param("key-with-newline\n", "control", id="trailing-newline"),
    pytest.param("nul\x00inside", "control", id="NUL"),
    pytest.param(12345, "must be a str", id="int"),
    pytest.param(b"bytes-key", "must be a str", id="bytes"),
    pytest.param(Secret(None), "must be a str", id="Secret-None"),  # type: ignore[arg-type]
]
BAD_URLS = [
    pytest.param("", "empty", id="empty"),
    pytest.param("tradeapi.samco.in", "no scheme", id="no-scheme"),
    pytest.param("//tradeapi.samco.in", "no scheme", id="scheme-relative"),
    pytest.param("ftp://tradeapi.samco.in", "http:// or https://", id="ftp"),
    pytest.param("javascript:alert(1)", "no scheme", id="javascript"),
    pytest.param("file:///etc/passwd", "http:// or https://", id="file"),
    pytest.param("https://trade api.samco.in", "whitespace", id="space"),
    pytest.param(" https://tradeapi.samco.in", "whitespace", id="leading-space"),
    pytest.param("https://tradeapi.samco.in\r\nX-Evil: 1", "control", id="CRLF"),
    pytest.param("https://tradeapi.samco.in/\x7f", "control", id="DEL"),
    pytest.param("https://", "no host", id="no-host"),
    pytest.param("https://host:99999", "not a valid URL", id="bad-port"),
    pytest.param(8080, "must be a str", id="int"),
]


@pytest.fixture
def nothing_sent() -> Iterator[respx.MockRouter]:
    """Every request is caught; the test asserts that none was made."""
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(500)
        yield router
        assert router.calls.call_count == 0, "a request was sent despite the bad argument"


@pytest.mark.parametrize(("value", "problem"), BAD_TEXT)
@pytest.mark.parametrize("argument", ["api_key", "api_secret"])
def test_samco_connect_checks_the_credentials(
    argument: str, value: object, problem: str, nothing_sent: respx.MockRouter
) -> None:
    args = {"api_key": "my-api-key", "api_secret": "my-api-secret", argument: value}
    with pytest.raises(ClientValidationError, match=problem) as caught:
        samco.connect(args["api_key"], args["api_secret"])  # type: ignore[arg-type]
    assert argument in str(caught.value) and caught.value.broker == "samco"


def test_samco_connect_none_key_is_typed_not_attribute_error() -> None:
    with pytest.raises(ClientValidationError, match="api_key is missing"):
        samco.connect(None, "my-api-secret")  # type: ignore[arg-type]


def test_credential_errors_never_show_the_value() -> None:
    with pytest.raises(ClientValidationError) as caught:
        samco.connect("my-api-key", "very-secret-value\n")
    assert "very-secret-value" not in str(caught.value) + repr(caught.value)


@pytest.mark.parametrize(("url", "problem"), BAD_URLS)
@pytest.mark.parametrize("broker", ["samco", "gopocket"])
def test_base_url_is_checked(
    broker: str, url: object, problem: str, nothing_sent: respx.MockRouter
) -> None:
    with pytest.raises(ClientValidationError, match=problem) as caught:
        if broker == "samco":
            samco.connect("my-api-key", "my-api-secret", base_url=url)
        else:
            gopocket.connect("gp-session-9", base_url=url)
    assert "base_url" in str(caught.value)
    with pytest.raises(ClientValidationError, match="base_url"):
        samco.ClientOptions(base_url=url)  # type: ignore[arg-type]


@pytest.mark.parametrize(("url", "problem"), BAD_URLS[1:])
def test_servers_values_are_checked(url: object, problem: str) -> None:
    servers = {"https://api.gopocket.in": url}
    with pytest.raises(ClientValidationError, match=problem) as caught:
        gopocket.connect("gp-session-9", servers=servers)
    assert "servers['https://api.gopocket.in']" in str(caught.value)


def test_good_urls_pass() -> None:
    for url in ("http://127.0.0.1:8310", "https://tradeapi.samco.in/", "HTTPS://Example.COM/x"):
        samco.connect("my-api-key", "my-api-secret", base_url=url)
    gopocket.connect("gp-session-9", servers={"https://api.gopocket.in": "http://[::1]:8321"})


def test_options_and_store_are_checked() -> None:
    with pytest.raises(ClientValidationError, match=r"unknown option.*base_ur"):
        samco.connect("my-api-key", "my-api-secret", base_ur="http://127.0.0.1")
    with pytest.raises(ClientValidationError, match="options must be a ClientOptions"):
        gopocket.connect("gp-session-9", options={"base_url": "http://x"})  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match=r"FileTokenStore\(path\)"):
        samco.connect("my-api-key", "my-api-secret", store="~/.samco-token.json")  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match="store"):
        gopocket.connect("gp-session-9", store=object())  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "problem"), BAD_TEXT)
def test_gopocket_api_secret_is_checked_before_the_auth_code_is_spent(
    value: object, problem: str, nothing_sent: respx.MockRouter
) -> None:
    message = "missing" if value is None else problem
    with pytest.raises(ClientValidationError, match=message) as caught:
        gopocket.connect_callback(callback_url=CALLBACK, api_secret=value)  # type: ignore[arg-type]
    assert "api_secret" in str(caught.value)
    if value is not None:
        with pytest.raises(ClientValidationError, match="api_secret"):
            gopocket.exchange(CALLBACK, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "problem"), [p for p in BAD_TEXT if p.values[0] is not None])
def test_gopocket_session_is_checked(value: object, problem: str) -> None:
    with pytest.raises(ClientValidationError, match=problem) as caught:
        gopocket.connect(value)  # type: ignore[arg-type]
    assert "session" in str(caught.value)


def test_gopocket_empty_stored_session_and_other_mistakes(nothing_sent: respx.MockRouter) -> None:
    from broker_overlays.auth import StoredToken

    with pytest.raises(ClientValidationError, match="session is empty"):
        gopocket.connect(StoredToken(Secret(""), None))
    with pytest.raises(ClientValidationError, match="unknown option"):
        gopocket.connect("gp-session-9", callback_url=CALLBACK)  # type: ignore[call-arg]
    with pytest.raises(ClientValidationError, match="generation"):
        gopocket.connect_callback(callback_url=CALLBACK, api_secret="SECRETXYZ", generation="v9")  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match="callback_url"):
        gopocket.connect_callback(callback_url="", api_secret="SECRETXYZ")
    with pytest.raises(ClientValidationError, match="app_code"):
        gopocket.login_url("")
    with pytest.raises(ClientValidationError, match="app_code"):
        gopocket.login_url(None)  # type: ignore[arg-type]


def test_gopocket_from_env_checks_before_sending(
    monkeypatch: pytest.MonkeyPatch, nothing_sent: respx.MockRouter
) -> None:
    monkeypatch.delenv("GOPOCKET_SESSION", raising=False)
    monkeypatch.delenv("GOPOCKET_CALLBACK_URL", raising=False)
    with pytest.raises(ClientValidationError, match="GOPOCKET_SESSION"):
        gopocket.from_env()
    monkeypatch.setenv("GOPOCKET_CALLBACK_URL", CALLBACK)
    monkeypatch.setenv("GOPOCKET_API_SECRET", "")
    with pytest.raises(ClientValidationError, match="GOPOCKET_API_SECRET is empty"):
        gopocket.from_env()
    monkeypatch.setenv("GOPOCKET_API_SECRET", "SECRETXYZ")
    monkeypatch.setenv("GOPOCKET_BASE_URL", "web.gopocket.in")
    with pytest.raises(ClientValidationError, match="GOPOCKET_BASE_URL has no scheme"):
        gopocket.from_env()


def test_samco_from_env_checks_each_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMCO_API_KEY", "   ")
    monkeypatch.setenv("SAMCO_API_SECRET", "env-secret")
    with pytest.raises(ClientValidationError, match="SAMCO_API_KEY is empty"):
        samco.from_env()
    monkeypatch.setenv("SAMCO_API_KEY", "env-key")
    monkeypatch.setenv("SAMCO_BASE_URL", "ftp://127.0.0.1")
    with pytest.raises(ClientValidationError, match="SAMCO_BASE_URL must be an http"):
        samco.from_env()


@pytest.mark.parametrize(("url", "problem"), BAD_URLS)
def test_samco_oauth_redirect_url_is_checked(url: object, problem: str) -> None:
    with pytest.raises(ClientValidationError, match=problem) as caught:
        samco.oauth("my-api-key", url)  # type: ignore[arg-type]
    assert "redirect_url" in str(caught.value)
    flow = samco.oauth("my-api-key", "https://app.example/cb")
    with pytest.raises(ClientValidationError, match="redirect_url"):
        flow.authorization_url(url)  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match="redirect_url"):
        flow.exchange_code("a-code", url)  # type: ignore[arg-type]


def test_samco_oauth_other_arguments(nothing_sent: respx.MockRouter) -> None:
    with pytest.raises(ClientValidationError, match="api_key"):
        samco.oauth(None, "https://app.example/cb")  # type: ignore[arg-type]
    flow = samco.oauth("my-api-key", "https://app.example/cb")
    with pytest.raises(ClientValidationError, match="token must be the StoredToken"):
        samco.connect_oauth(flow, "access-token")  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match="flow must be a SamcoOAuth"):
        samco.connect_oauth("flow", None)  # type: ignore[arg-type]
    for bad in ("", None, Secret(" ")):
        with pytest.raises(ClientValidationError, match="token"):
            flow.revoke(bad)  # type: ignore[arg-type]
    with pytest.raises(ClientValidationError, match="code"):
        flow.exchange_code("", "https://app.example/cb")
