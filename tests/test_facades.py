"""``samco.connect`` / ``gopocket.connect`` hand back the generated clients with every overlay on."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import respx

from broker_overlays import gopocket, samco
from broker_overlays.auth import FileTokenStore
from broker_overlays.errors import ClientValidationError, OrderRejectedError, TokenExpiredError
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
        sso = router.post(f"{GOPOCKET}/am/sso/vendor/auth/getUserDetails").respond(
            200, json=session
        )
        book = router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(
            200, json={"status": "Ok", "message": "Success", "result": []}
        )
        client = gopocket.connect(callback_url=callback, api_secret="SECRETXYZ")
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


def test_gopocket_needs_a_session_or_a_callback() -> None:
    with pytest.raises(ClientValidationError):
        gopocket.connect()


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
