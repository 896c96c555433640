"""No secret (API secret, session, access or refresh token, checksum, auth code, PKCE
verifier) appears in any log record (DEBUG included, httpx and httpcore on), repr or
exception text over whole sessions with both brokers:

* respx sessions: a 401 renewal, off-spec and truncated bodies carrying secrets (registered
  or not), redirects carrying ``code`` / ``authCode`` followed by a browser client, an OAuth
  refresh after a 401;
* the mock brokers served over real loopback sockets (so httpcore logs its header lines,
  302 ``location`` headers with the auth codes included), sync and async, with logouts,
  renewals, revocations and refused sessions.

A secret counts as leaked when any 8 consecutive characters of it show in a text (the unit
tests in ``test_redaction.py`` check 4-character starts). ``LEAK_CHECKS`` counts the
(secret x text) checks made; the module prints it at the end.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from broker_overlays import gopocket, samco
from broker_overlays.errors import BrokerError, TokenExpiredError
from broker_overlays.mock import FaultConfig, MockConfig, create_app, in_process, server_of
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.redaction import install_log_redaction
from broker_overlays.signing import postback_checksum, sso_checksum, verify_postback
from gopocket_client.api.rest_orders import get_order_book as gp_order_book
from gopocket_client.api.rest_orders import place_order as gp_place_order
from gopocket_client.api.rest_portfolio import get_positions as gp_positions
from gopocket_client.api.v1_orders import get_order_book_v1
from gopocket_client.models import PlaceOrderRequest as GpOrder
from samco_client.api.orders import get_order_book, place_order
from samco_client.api.session import logout
from samco_client.models import PlaceOrderRequest

from leak_checks import _forget_test_secrets, _report_leak_checks  # noqa: F401

SAMCO = "https://tradeapi.samco.in"
GOPOCKET = "https://web.gopocket.in"
FRAGMENT = 8
LEAK_CHECKS = 0


def _random(prefix: str, length: int = 32) -> str:
    return prefix + secrets.token_urlsafe(length)


API_KEY = _random("sk-")
API_SECRET = _random("ss-")
TOKEN_1 = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0." + secrets.token_urlsafe(24)
TOKEN_2 = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0." + secrets.token_urlsafe(24)
GP_SECRET = _random("gs-")
GP_AUTH_CODE = _random("ac-", 16)
GP_SESSION = _random("us-")
USER = "AB1234"
CHECKSUM = hashlib.sha256(f"{USER}{GP_AUTH_CODE}{GP_SECRET}".encode()).hexdigest()
ORDER = PlaceOrderRequest(
    symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
    price="1500", quantity="1", order_validity="DAY", product_type="CNC",
)  # fmt: skip
GP_ORDER = GpOrder(
    exchange="NSE", trading_symbol="SBIN-EQ", qty="2", price="590.00", product="MIS",
    trans_type="B", price_type="L", order_type="Regular", ret="DAY",
)  # fmt: skip


def leaks(secret_values: Iterable[str], texts: Iterable[str]) -> list[tuple[str, str]]:
    """(secret, text) pairs where the text shows ``FRAGMENT`` characters of the secret."""
    global LEAK_CHECKS
    found = []
    texts = list(texts)
    for secret in set(secret_values):
        fragments = {secret[i : i + FRAGMENT] for i in range(max(1, len(secret) - FRAGMENT + 1))}
        for text in texts:
            LEAK_CHECKS += 1
            if any(fragment in text for fragment in fragments):
                found.append((secret, text[:300]))
    return found


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record at DEBUG, httpx and httpcore included (restored afterwards)."""
    install_log_redaction()  # the facades install it on connect; a browser call may come first
    with (
        caplog.at_level(logging.DEBUG),
        caplog.at_level(logging.DEBUG, logger="httpx"),
        caplog.at_level(logging.DEBUG, logger="httpcore"),
    ):
        yield caplog


def logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Each record's message, and the whole formatted log (tracebacks included)."""
    return [record.getMessage() for record in caplog.records] + [caplog.text]


def error_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), str(getattr(exc, "raw_body", "") or "")]
    if isinstance(exc, BrokerError):
        texts += [str(exc.broker_message or ""), exc.message]
    return texts


def catch(call: Any) -> list[str]:
    """Run ``call``; the texts of the broker error it raises (none: no texts)."""
    try:
        call()
    except BrokerError as exc:
        return error_texts(exc)
    return []


# --------------------------------------------------------------------------- respx sessions


def _respx_session(texts: list[str]) -> None:
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
        get_order_book.sync(client=client)  # 401 -> a second login -> TOKEN_2
        texts += catch(lambda: place_order.sync(client=client, body=ORDER))  # off the spec

    callback = f"https://app.example.com/cb?authCode={GP_AUTH_CODE}&userId={USER}"
    with respx.mock() as router:
        router.post(f"{GOPOCKET}/open-api/order/v1/vendor/getUserDetails").respond(
            200, json={"stat": "Ok", "userSession": GP_SESSION}
        )
        router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(401, json={"status": "Not_ok"})
        gp = gopocket.connect_callback(callback_url=callback, api_secret=GP_SECRET)
        texts.append(repr(gp))
        with pytest.raises(TokenExpiredError) as expired:
            gp_order_book.sync(client=gp)
        texts += error_texts(expired.value)

    payload = {"order_id": "1", "order_timestamp": "2022-03-03 09:24:25", "status": "COMPLETE"}
    payload["checksum"] = postback_checksum("1", "2022-03-03 09:24:25", GP_SECRET)
    verify_postback(payload, GP_SECRET)
    with pytest.raises(BrokerError) as tampered:
        verify_postback({**payload, "order_id": "2"}, GP_SECRET)
    texts += error_texts(tampered.value)


def test_no_secret_in_logs_reprs_or_errors(debug_logs: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    _respx_session(texts)
    messages = logged(debug_logs)
    assert any("session/token" in m or "HTTP Request" in m for m in messages), "nothing logged"
    known = [API_KEY, API_SECRET, TOKEN_1, TOKEN_2, GP_SECRET, GP_AUTH_CODE, GP_SESSION, CHECKSUM]
    assert leaks(known, messages + texts) == []


def test_truncated_bodies_never_show_a_secret(debug_logs: pytest.LogCaptureFixture) -> None:
    """Bodies cut off in the middle of a secret: a login answer whose token was never
    registered, and answers carrying (the start of) tokens the client holds."""
    unregistered = _random("un-")
    registered = _random("rg-")
    texts: list[str] = []
    client = samco.connect(_random("k-"), _random("s-"))
    with respx.mock() as router:
        router.post(f"{SAMCO}/session/token").mock(
            side_effect=[
                respx.MockResponse(200, text='{"status":"Success","sessionToken": "' + unregistered[:18]),
                respx.MockResponse(200, json={"status": "Success", "sessionToken": registered}),
            ]
        )  # fmt: skip
        router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[
                respx.MockResponse(200, json={"status": "Success", "orderBookDetails": []}),
                respx.MockResponse(
                    200, text='{"status":"Success","orderBookDetails":[{"remarks":"' + registered[:20]
                ),
            ]
        )  # fmt: skip
        router.post(f"{SAMCO}/order/placeOrder").respond(
            200, text='{"status":"Success","orderNumber":"7","remarks":"' + registered[:25]
        )
        texts += catch(lambda: get_order_book.sync(client=client))  # the login cannot be read
        get_order_book.sync(client=client)  # logs in (registered) and reads the book
        texts += catch(lambda: get_order_book.sync(client=client))
        texts += catch(lambda: place_order.sync(client=client, body=ORDER))
    assert any(texts), "no error was raised"

    gp_session = _random("gp-")
    gp = gopocket.connect(gp_session)
    book = '{"status":"Ok","result":[{"token":"3045","tsym":"SBIN-EQ","userSession":"'
    with respx.mock() as router:
        router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(200, text=book + gp_session[:30])
        gp_texts = catch(lambda: gp_order_book.sync(client=gp))
    assert gp_texts, "the truncated order book was accepted"
    raw = gp_texts[2]
    assert '"token":"3045"' in raw  # the instrument id stays visible, for diagnosis
    texts += gp_texts
    assert leaks([unregistered, registered, gp_session], logged(debug_logs) + texts) == []


def test_redirects_and_oauth_refresh_after_401(debug_logs: pytest.LogCaptureFixture) -> None:
    """Browser redirects carrying ``code`` and ``authCode`` (followed, so httpx logs the
    callback URLs), the code exchange with PKCE, and a refresh-token renewal after a 401."""
    key, code, gp_code = _random("ok-"), _random("cd-", 18), _random("ga-", 18)
    access_1, access_2, refresh = _random("a1-"), _random("a2-"), _random("rf-")
    redirect = "https://app.example.com/callback"
    texts: list[str] = []
    flow = samco.oauth(key, redirect)
    request = flow.authorization_url(redirect, pkce=True)
    assert request.code_verifier is not None
    verifier = request.code_verifier.reveal()
    consent = urlsplit(request.url)
    with respx.mock() as router:
        router.get(url__startswith=f"{consent.scheme}://{consent.netloc}{consent.path}").respond(
            302, headers={"location": f"{redirect}?code={code}&state={request.state}"}
        )
        router.get(url__startswith=redirect).respond(200, text="signed in")
        router.get(url__startswith="https://web.gopocket.in/").respond(
            302, headers={"location": f"{redirect}?authCode={gp_code}&userId={USER}"}
        )
        router.post(f"{SAMCO}/oauth/token").mock(
            side_effect=[
                respx.MockResponse(200, json={"status": "Success", "access_token": access_1,
                                              "refresh_token": refresh}),
                respx.MockResponse(200, json={"status": "Success", "access_token": access_2}),
            ]
        )  # fmt: skip
        router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[
                respx.MockResponse(401, json={"status": "Failure", "statusMessage": "expired"}),
                respx.MockResponse(200, json={"status": "Success", "orderBookDetails": []}),
            ]
        )
        with httpx.Client(follow_redirects=True) as browser:
            landed = browser.get(request.url)
            gp_landed = browser.get(gopocket.login_url("MOCKAPP"))
        token = flow.exchange_code(flow.parse_callback(str(landed.url), request.state), redirect,
                                   request.code_verifier)  # fmt: skip
        client = samco.connect_oauth(flow, token)
        get_order_book.sync(client=client)  # 401 -> refresh grant -> access_2
        texts += [repr(flow), repr(request), repr(token), repr(client)]
    messages = logged(debug_logs)
    assert any(f"code=***&state={request.state}" in m for m in messages), messages
    assert any(f"authCode=***&userId={USER}" in m for m in messages), messages
    assert str(gp_landed.url).endswith(f"userId={USER}")
    secret_values = [key, code, gp_code, access_1, access_2, refresh, verifier]
    assert leaks(secret_values, messages + texts) == []


# --------------------------------------------------------------------------- in process


def test_in_process_mocks_answering_with_bodies_cut_in_half(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    """The mock brokers' "malformed" fault cuts JSON answers in half: logins whose session
    token is cut off (never registered, so masked by its key and shape alone)."""
    key, secret, gp_secret = _random("ik-"), _random("is-"), _random("ig-")
    harvest = Harvest(key, secret, gp_secret)
    config = MockConfig(rate_limit=False)
    samco_app = create_app("samco", config=config, api_key=key, api_secret=secret)
    gp_app = create_app("gopocket", config=config, api_secret=gp_secret)
    texts: list[str] = []
    cut_logins = 0
    for attempt in range(12):  # each garbled answer is JSON cut in half or an HTML page
        server_of(samco_app).faults.configure(FaultConfig(malformed_rate=1.0, seed=attempt))
        client = samco.connect(key, secret, base_url=SAMCO, account=f"cut-{attempt}",
                               **_in_process(samco_app))  # fmt: skip
        found = catch(lambda c=client: get_order_book.sync(client=c))
        harvest.issued(samco_app)
        cut_logins += any('"sessionToken": "' in text for text in found)
        texts += found
    server_of(samco_app).faults.configure(FaultConfig())
    assert cut_logins, "no login answer was cut in the session token"

    for attempt in range(12):
        with httpx.Client(base_url=GOPOCKET, transport=in_process(gp_app)[0]) as browser:
            login = httpx.URL(gopocket.login_url("MOCKAPP"))
            callback = browser.get(login.path, params=login.params).headers["location"]
        code = _query(callback, "authCode")
        harvest.add(code, sso_checksum(_query(callback, "userId"), code, gp_secret))
        server_of(gp_app).faults.configure(FaultConfig(malformed_rate=1.0, seed=attempt))
        generation = "open-api-v1" if attempt % 2 else "rest"
        texts += catch(
            lambda url=callback, gen=generation: gopocket.connect_callback(
                callback_url=url, api_secret=gp_secret, generation=gen, base_url=GOPOCKET,
                **_in_process(gp_app),
            )
        )  # fmt: skip
        harvest.issued(gp_app)
    assert any('"userSession": "' in text for text in texts), texts
    assert len(harvest.values) >= 15, harvest.values
    assert leaks(harvest.values, logged(debug_logs) + texts) == []


def _in_process(app: Any) -> dict[str, Any]:
    sync, async_ = in_process(app)
    return {"transport": sync, "async_transport": async_}


# --------------------------------------------------------------------------- real sockets


class Harvest:
    """Every secret a session made: given to the mocks, issued by them, seen in redirects."""

    def __init__(self, *given: str) -> None:
        self.values = set(given)

    def add(self, *values: Any) -> None:
        self.values.update(str(v) for v in values if v)

    def issued(self, app: Any) -> None:
        state = server_of(app).state
        self.add(*getattr(state, "sessions", {}), *getattr(state, "refresh_tokens", {}))
        self.add(*getattr(state, "codes", {}), *getattr(state, "auth_codes", {}))


def _query(url: str, name: str) -> str:
    return parse_qs(urlsplit(url).query)[name][0]


def _samco_socket_session(url: str, app: Any, key: str, secret: str, harvest: Harvest) -> list[str]:
    texts: list[str] = []
    client = samco.connect(key, secret, base_url=url)
    texts.append(repr(client))
    place_order.sync(client=client, body=ORDER)  # logs in lazily
    harvest.issued(app)
    get_order_book.sync(client=client)
    logout.sync(client=client)  # the mock forgets the token; the client still holds it
    get_order_book.sync(client=client)  # 401 -> logs in again
    harvest.issued(app)

    redirect = "https://app.example.com/callback"
    flow = samco.oauth(key, redirect, base_url=url)
    request = flow.authorization_url(redirect, pkce=True)
    assert request.code_verifier is not None
    harvest.add(request.code_verifier.reveal())
    with httpx.Client() as browser:
        location = browser.get(request.url).headers["location"]  # httpcore logs the 302
    harvest.add(_query(location, "code"))
    token = flow.exchange_code(flow.parse_callback(location, request.state), redirect,
                               request.code_verifier)  # fmt: skip
    harvest.issued(app)
    oauth_client = samco.connect_oauth(flow, token, base_url=url)
    get_order_book.sync(client=oauth_client)
    assert token.refresh_token is not None
    flow.revoke(token.access_token)  # the next call renews with the refresh token
    get_order_book.sync(client=oauth_client)
    harvest.issued(app)
    flow.revoke(token.refresh_token)
    texts += catch(lambda: flow.refresh(token.refresh_token))
    texts += [repr(flow), repr(token), repr(oauth_client)]
    return texts


def _gopocket_socket_session(url: str, app: Any, gp_secret: str, harvest: Harvest) -> list[str]:
    texts: list[str] = []
    with httpx.Client(base_url=url) as browser:
        login = httpx.URL(gopocket.login_url("MOCKAPP"))
        callback = browser.get(login.path, params=login.params).headers["location"]
    code = _query(callback, "authCode")
    harvest.add(code, sso_checksum(_query(callback, "userId"), code, gp_secret))
    client = gopocket.connect_callback(callback_url=callback, api_secret=gp_secret, base_url=url)
    harvest.issued(app)
    texts.append(repr(client))
    gp_place_order.sync(client=client, body=[GP_ORDER])
    gp_order_book.sync(client=client)
    gp_positions.sync(client=client)
    get_order_book_v1.sync(client=client)
    texts += catch(
        lambda: gopocket.connect_callback(callback_url=callback, api_secret=gp_secret, base_url=url)
    )  # fmt: skip  (code used twice)
    bogus = _random("bogus-")
    harvest.add(bogus)
    refused = gopocket.connect(bogus, base_url=url)
    with pytest.raises(TokenExpiredError) as expired:
        gp_order_book.sync(client=refused)
    texts += error_texts(expired.value)
    return texts


def test_real_socket_sessions_with_both_mock_brokers(debug_logs: pytest.LogCaptureFixture) -> None:
    key, secret, gp_secret = _random("mk-"), _random("ms-"), _random("mg-")
    harvest = Harvest(key, secret, gp_secret)
    config = MockConfig(rate_limit=False)
    samco_app = create_app("samco", config=config, api_key=key, api_secret=secret)
    gp_app = create_app("gopocket", config=config, api_secret=gp_secret)
    texts: list[str] = []
    with BackgroundServer(samco_app) as samco_url, BackgroundServer(gp_app) as gp_url:
        texts += _samco_socket_session(samco_url, samco_app, key, secret, harvest)
        texts += _gopocket_socket_session(gp_url, gp_app, gp_secret, harvest)
    messages = logged(debug_logs)
    headers = [m for m in messages if m.startswith("receive_response_headers.complete")]
    assert headers, "httpcore logged no header lines"
    assert any("(b'location', b'" in m and "authCode=***&userId=" in m for m in headers)
    assert any("(b'location', b'" in m and "?code=***&state=" in m for m in headers)
    assert any("HTTP Request: POST" in m for m in messages)
    assert len(harvest.values) >= 12, harvest.values  # the sessions did make secrets
    assert leaks(harvest.values, messages + texts) == []


async def test_real_socket_async_sessions(debug_logs: pytest.LogCaptureFixture) -> None:
    key, secret, gp_secret = _random("ak-"), _random("as-"), _random("ag-")
    harvest = Harvest(key, secret, gp_secret)
    config = MockConfig(rate_limit=False)
    samco_app = create_app("samco", config=config, api_key=key, api_secret=secret)
    gp_app = create_app("gopocket", config=config, api_secret=gp_secret)
    texts: list[str] = []
    with BackgroundServer(samco_app) as samco_url, BackgroundServer(gp_app) as gp_url:
        client = samco.connect(key, secret, base_url=samco_url)
        await place_order.asyncio(client=client, body=ORDER)
        await get_order_book.asyncio(client=client)
        harvest.issued(samco_app)
        async with httpx.AsyncClient(base_url=gp_url) as browser:
            login = httpx.URL(gopocket.login_url("MOCKAPP"))
            callback = (await browser.get(login.path, params=login.params)).headers["location"]
        harvest.add(_query(callback, "authCode"))
        gp = gopocket.connect_callback(callback_url=callback, api_secret=gp_secret, base_url=gp_url)
        await gp_place_order.asyncio(client=gp, body=[GP_ORDER])
        await get_order_book_v1.asyncio(client=gp)
        harvest.issued(gp_app)
        texts += [repr(client), repr(gp)]
    messages = logged(debug_logs)
    assert any(m.startswith("receive_response_headers.complete") for m in messages)
    assert len(harvest.values) >= 5, harvest.values
    assert leaks(harvest.values, messages + texts) == []
