"""No secret (API secret, session or refresh token, checksum, auth code) appears in any log
record (DEBUG included), repr or exception text over a full session with both brokers."""

from __future__ import annotations

import hashlib
import logging

import pytest
import respx

from broker_overlays import gopocket, samco
from broker_overlays.errors import BrokerError, MalformedResponseError, TokenExpiredError
from broker_overlays.signing import postback_checksum, verify_postback
from gopocket_client.api.rest_orders import get_order_book as gp_order_book
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import PlaceOrderRequest

SAMCO = "https://tradeapi.samco.in"
GOPOCKET = "https://web.gopocket.in"
API_KEY = "samco-api-key-K9"
API_SECRET = "samco-api-secret-S7x"
TOKEN_1 = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.first-session-signature"
TOKEN_2 = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.second-session-signature"
GP_SECRET = "gopocket-api-secret-Q4"
GP_AUTH_CODE = "gp-auth-code-77"
GP_SESSION = "gp-user-session-5f1e"
CHECKSUM = hashlib.sha256(f"AB1234{GP_AUTH_CODE}{GP_SECRET}".encode()).hexdigest()
SECRETS = [API_KEY, API_SECRET, TOKEN_1, TOKEN_2, GP_SECRET, GP_AUTH_CODE, GP_SESSION, CHECKSUM]
ORDER = PlaceOrderRequest(
    symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
    price="1500", quantity="1", order_validity="DAY", product_type="CNC",
)  # fmt: skip


def _session(texts: list[str]) -> None:
    """Log in, renew after a 401, trade, hit errors, SSO-exchange, verify a postback."""
    client = samco.connect(API_KEY, API_SECRET)
    texts.append(repr(client))
    with respx.mock() as router:
        router.post(f"{SAMCO}/session/token").mock(
            side_effect=[
                respx.MockResponse(200, json={"status": "Success", "sessionToken": TOKEN_1}),
                respx.MockResponse(200, json={"status": "Success", "sessionToken": TOKEN_2}),
            ]
        )
        router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[
                respx.MockResponse(401, json={"status": "Failure", "statusMessage": "expired"}),
                respx.MockResponse(200, json={"status": "Success", "orderBookDetails": []}),
            ]
        )
        router.post(f"{SAMCO}/order/placeOrder").respond(
            200, json={"status": "Success", "orderNumber": 5, "sessionToken": TOKEN_2}
        )
        get_order_book.sync(client=client)
        with pytest.raises(MalformedResponseError) as malformed:
            place_order.sync(client=client, body=ORDER)
        texts += [str(malformed.value), repr(malformed.value), malformed.value.raw_body]

    callback = f"https://app.example.com/cb?authCode={GP_AUTH_CODE}&userId=AB1234"
    with respx.mock() as router:
        router.post(f"{GOPOCKET}/am/sso/vendor/auth/getUserDetails").respond(
            200, json={"stat": "Ok", "userSession": GP_SESSION}
        )
        router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(401, json={"status": "Not_ok"})
        gp = gopocket.connect(callback_url=callback, api_secret=GP_SECRET)
        texts.append(repr(gp))
        with pytest.raises(TokenExpiredError) as expired:
            gp_order_book.sync(client=gp)
        texts += [str(expired.value), repr(expired.value)]

    payload = {"order_id": "1", "order_timestamp": "2022-03-03 09:24:25", "status": "COMPLETE"}
    payload["checksum"] = postback_checksum("1", "2022-03-03 09:24:25", GP_SECRET)
    verify_postback(payload, GP_SECRET)
    with pytest.raises(BrokerError) as tampered:
        verify_postback({**payload, "order_id": "2"}, GP_SECRET)
    texts += [str(tampered.value), repr(tampered.value)]


def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx").setLevel(logging.DEBUG)
        logging.getLogger("httpcore").setLevel(logging.DEBUG)
        _session(texts)
    messages = [record.getMessage() for record in caplog.records]
    assert any("session/token" in m or "HTTP Request" in m for m in messages), "nothing was logged"
    leaks = [(secret, text) for secret in SECRETS for text in messages + texts if secret in text]
    assert leaks == []
