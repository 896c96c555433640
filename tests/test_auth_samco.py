"""Samco logins: POST /session/token and the OAuth 2.1 authorization-code flow."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

import samco_client
from broker_overlays import catalog
from broker_overlays.auth import MemoryTokenStore, StoredToken, samco_auth
from broker_overlays.auth.clock import IST
from broker_overlays.auth.samco_oauth import (
    REFRESH_TOKEN_LIFETIME,
    AuthorizationRequest,
    SamcoOAuth,
    SamcoOAuthRefresher,
)
from broker_overlays.auth.samco_session import SamcoSessionLogin, alogout, logout
from broker_overlays.errors import (
    AuthError,
    BrokerFailureError,
    InvalidCredentialsError,
    TokenExpiredError,
)
from broker_overlays.redaction import Secret
from samco_client.api.orders import get_order_book

BASE = "https://tradeapi.samco.in"
NOW = datetime(2026, 6, 8, 10, 0, tzinfo=IST)
NEXT_0800 = datetime(2026, 6, 9, 8, 0, tzinfo=IST)
API_KEY = "samco-api-key-0001"
API_SECRET = "samco-api-secret-0002"
REDIRECT = "https://yourapp.example.com/callback"


def response_example(operation_id: str, name: str | None = None) -> Any:
    cat = catalog("samco")
    op = cat.by_id(operation_id)
    content = cat.document["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]
    examples = content["application/json"]["examples"]
    return (examples[name] if name else next(iter(examples.values())))["value"]


def failure_example() -> Any:
    error = catalog("samco").document["components"]["responses"]["Error"]
    return error["content"]["application/json"]["examples"]["failure"]["value"]


def login_client() -> samco_client.Client:
    return samco_client.Client(base_url=BASE)


class RaisingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the facade's transport, which raises on a `status: Failure` envelope."""

    def _fail(self) -> BrokerFailureError:
        return BrokerFailureError(
            "broker says failure", broker="samco", status_code=200, broker_message="Invalid API key"
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise self._fail()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise self._fail()


# -- POST /session/token -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["full", "minimal"])
def test_session_login_returns_token_until_next_0800(name: str) -> None:
    login = SamcoSessionLogin(API_KEY, API_SECRET, login_client(), clock=lambda: NOW)
    with respx.mock(base_url=BASE) as router:
        route = router.post("/session/token").respond(
            200, json=response_example("generateSessionToken", name)
        )
        token = login.fetch()
    assert json.loads(route.calls[0].request.content) == {
        "apiKey": API_KEY,
        "apiSecret": API_SECRET,
    }
    assert "x-session-token" not in route.calls[0].request.headers
    assert (
        token.access_token.reveal()
        == response_example("generateSessionToken", name)["sessionToken"]
    )
    # The minimal sample's validity 2026-06-08T02:30Z is 08:00 IST of the *same* day: in the
    # past for NOW, so the 08:00 rule decides.
    assert token.expires_at == NEXT_0800
    assert token.refresh_token is None


def test_session_login_believes_an_earlier_validity() -> None:
    login = SamcoSessionLogin(API_KEY, API_SECRET, login_client(), clock=lambda: NOW)
    body = {
        "status": "Success",
        "sessionToken": "tok-with-validity",
        "validity": "2026-06-08T12:00:00Z",
    }
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(200, json=body)
        token = login.fetch()
    assert token.expires_at == datetime(2026, 6, 8, 12, 0, tzinfo=UTC)  # 17:30 IST, before 08:00


async def test_session_login_async() -> None:
    login = SamcoSessionLogin(API_KEY, API_SECRET, login_client(), clock=lambda: NOW)
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(
            200, json=response_example("generateSessionToken", "full")
        )
        token = await login.afetch()
    assert token.expires_at == NEXT_0800


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, failure_example()),  # HTTP 200 + status Failure
        (401, failure_example()),  # a non-200 failure envelope
        (200, {"status": "Success"}),  # no token
        (500, {"status": "Failure", "statusMessage": "Invalid session token"}),
    ],
)
async def test_session_login_failures_are_invalid_credentials(status: int, body: Any) -> None:
    login = SamcoSessionLogin(API_KEY, API_SECRET, login_client(), clock=lambda: NOW)
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(status, json=body)
        with pytest.raises(InvalidCredentialsError) as sync_info:
            login.fetch()
        with pytest.raises(InvalidCredentialsError) as async_info:
            await login.afetch()
    for err in (sync_info.value, async_info.value):
        assert (err.broker, err.operation, err.status_code) == (
            "samco",
            "generateSessionToken",
            status,
        )
        assert API_KEY not in str(err) and API_SECRET not in str(err)
    if body.get("statusMessage"):
        assert sync_info.value.broker_message == body["statusMessage"]


async def test_session_login_maps_transport_failure_errors() -> None:
    client = samco_client.Client(base_url=BASE, httpx_args={"transport": RaisingTransport()})
    login = SamcoSessionLogin(API_KEY, API_SECRET, client, clock=lambda: NOW)
    with pytest.raises(InvalidCredentialsError) as info:
        login.fetch()
    assert isinstance(info.value.__cause__, BrokerFailureError)
    assert info.value.broker_message == "Invalid API key"
    with pytest.raises(InvalidCredentialsError):
        await login.afetch()


def test_session_login_hides_secrets_in_repr_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    login = SamcoSessionLogin(API_KEY, API_SECRET, login_client(), clock=lambda: NOW)
    caplog.set_level(logging.DEBUG, logger="broker_overlays")
    with respx.mock(base_url=BASE) as router:
        router.post("/session/token").respond(
            200, json={"status": "Success", "sessionToken": "tok-hidden-1"}
        )
        token = login.fetch()
    for text in (repr(login), repr(token), caplog.text, login.store_key):
        for secret in (API_KEY, API_SECRET, "tok-hidden-1"):
            assert secret not in text
    assert "logging in" in caplog.text


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_logout_deletes_the_session_and_forgets_the_token(mode: str) -> None:
    store = MemoryTokenStore()
    auth = samco_auth(
        token=StoredToken(Secret("tok-logout"), NEXT_0800),
        store=store,
        key="samco:k",
        clock=lambda: NOW,
    )
    client = samco_client.Client(base_url=BASE, httpx_args={"auth": auth})
    with respx.mock(base_url=BASE) as router:
        route = router.delete("/logout").respond(200, json=response_example("logout"))
        if mode == "sync":
            logout(client, auth)
        else:
            await alogout(client, auth)
    assert route.calls[0].request.headers["x-session-token"] == "tok-logout"
    assert auth.token is None and store.load("samco:k") is None


# -- OAuth: authorization URL and callback -----------------------------------------------------


def oauth(**kwargs: Any) -> SamcoOAuth:
    return SamcoOAuth(API_KEY, login_client(), redirect_url=REDIRECT, clock=lambda: NOW, **kwargs)


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_authorization_url_uses_samco_names_and_the_spec_consent_page() -> None:
    request = oauth().authorization_url(REDIRECT, scopes=["read", "trade"])
    parts = urlsplit(request.url)
    consent = catalog("samco").document["x-browser-flows"]["oauthAuthorize"]["url"]
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}"
        == consent
        == ("https://tradeapi.samco.in/app/oauth/authorize")
    )
    params = query_of(request.url)
    assert params == {
        "api_key": API_KEY,
        "redirect_url": REDIRECT,
        "state": request.state,
        "scopes": "read,trade",
    }
    assert request.code_verifier is None
    assert len(request.state) >= 32
    assert oauth().authorization_url(REDIRECT).state != request.state  # fresh each time
    assert oauth().authorization_url(REDIRECT, state="given-state").state == "given-state"


def test_authorization_url_with_pkce_s256() -> None:
    request = oauth().authorization_url(REDIRECT, pkce=True)
    params = query_of(request.url)
    assert request.code_verifier is not None
    verifier = request.code_verifier.reveal()
    assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier)
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert params["code_challenge"] == expected.decode()
    assert params["code_challenge_method"] == "S256"
    assert verifier not in request.url
    assert verifier not in repr(request)
    assert API_KEY not in repr(request)  # the URL (with the API key) is kept out of the repr


def test_parse_callback() -> None:
    flow = oauth()
    code = flow.parse_callback(f"{REDIRECT}?code=auth-code-777&state=s-1", "s-1")
    assert isinstance(code, Secret) and code.reveal() == "auth-code-777"
    with pytest.raises(InvalidCredentialsError, match="state"):
        flow.parse_callback(f"{REDIRECT}?code=auth-code-777&state=forged", "s-1")
    with pytest.raises(InvalidCredentialsError, match="state"):
        flow.parse_callback(f"{REDIRECT}?code=auth-code-777", "s-1")
    assert (
        flow.parse_callback(f"{REDIRECT}?code=c-9", "s-1", allow_missing_state=True).reveal()
        == "c-9"
    )
    with pytest.raises(InvalidCredentialsError, match="code"):
        flow.parse_callback(f"{REDIRECT}?state=s-1", "s-1")
    with pytest.raises(AuthError) as info:
        flow.parse_callback(
            f"{REDIRECT}?error=access_denied&error_description=User+denied&state=s-1", "s-1"
        )
    assert type(info.value) is AuthError
    assert "access_denied" in str(info.value) and info.value.broker_message == "User denied"


# -- OAuth: back-end calls ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["snakeCase", "camelCase"])
def test_exchange_code_accepts_both_key_spellings(name: str) -> None:
    body = response_example("exchangeOAuthToken", name)
    with respx.mock(base_url=BASE) as router:
        route = router.post("/oauth/token").respond(200, json=body)
        token = oauth().exchange_code("auth-code-777", REDIRECT)
    assert json.loads(route.calls[0].request.content) == {
        "code": "auth-code-777",
        "redirect_url": REDIRECT,
    }
    assert token.access_token.reveal() == "<ACCESS_TOKEN>"
    assert token.expires_at == NEXT_0800
    if name == "snakeCase":
        assert token.refresh_token is not None and token.refresh_token.reveal() == "<REFRESH_TOKEN>"
        assert token.refresh_expires_at == NOW + timedelta(days=7) == NOW + REFRESH_TOKEN_LIFETIME
    else:
        assert token.refresh_token is None


async def test_exchange_code_async_with_camel_refresh_and_pkce_verifier() -> None:
    body = {"status": "Success", "accessToken": "acc-camel", "refreshToken": "ref-camel"}
    with respx.mock(base_url=BASE) as router:
        route = router.post("/oauth/token").respond(200, json=body)
        token = await oauth().aexchange_code(
            Secret("auth-code-8"), REDIRECT, Secret("verifier-xyz")
        )
    sent = json.loads(route.calls[0].request.content)
    assert sent == {
        "code": "auth-code-8",
        "redirect_url": REDIRECT,
        "code_verifier": "verifier-xyz",
    }
    assert token.access_token.reveal() == "acc-camel"
    assert token.refresh_token is not None and token.refresh_token.reveal() == "ref-camel"


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, failure_example()), (403, failure_example()), (200, {"status": "Success"})],
)
def test_exchange_code_failures(status: int, body: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/token").respond(status, json=body)
        with pytest.raises(InvalidCredentialsError) as info:
            oauth().exchange_code("auth-code-777", REDIRECT)
    assert info.value.operation == "exchangeOAuthToken"
    assert "auth-code-777" not in str(info.value)


def test_refresh_sends_the_modelled_grant_and_keeps_an_unrotated_refresh_token() -> None:
    later = NOW + timedelta(days=3)
    with respx.mock(base_url=BASE) as router:
        route = router.post("/oauth/token").respond(200, json={"access_token": "acc-refreshed"})
        token = oauth().refresh("ref-old", refresh_expires_at=later)
    sent = json.loads(route.calls[0].request.content)
    assert sent == {
        "redirect_url": REDIRECT,
        "grant_type": "refresh_token",
        "refresh_token": "ref-old",
        "api_key": API_KEY,
    }
    assert token.access_token.reveal() == "acc-refreshed"
    assert token.expires_at == NEXT_0800
    assert token.refresh_token == Secret("ref-old") and token.refresh_expires_at == later


async def test_refresh_async_with_rotation() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/token").respond(
            200, json=response_example("exchangeOAuthToken", "snakeCase")
        )
        token = await oauth().arefresh("ref-old")
    assert token.refresh_token == Secret("<REFRESH_TOKEN>")
    assert token.refresh_expires_at == NOW + REFRESH_TOKEN_LIFETIME


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_revoke(mode: str) -> None:
    flow = oauth()
    with respx.mock(base_url=BASE) as router:
        route = router.post("/oauth/revoke").respond(200, json=response_example("revokeOAuthToken"))
        if mode == "sync":
            flow.revoke("ref-to-revoke")
        else:
            await flow.arevoke(Secret("ref-to-revoke"))
        assert json.loads(route.calls[0].request.content) == {"token": "ref-to-revoke"}
        route.respond(200, json=failure_example())
        with pytest.raises(AuthError) as info:
            flow.revoke("ref-to-revoke")
    assert info.value.operation == "revokeOAuthToken"
    assert "ref-to-revoke" not in str(info.value)


# -- OAuth refresher as TokenAuth provider ------------------------------------------------------


def _oauth_token(now: datetime, access: str, refresh_age: timedelta) -> StoredToken:
    return StoredToken(
        access_token=Secret(access),
        expires_at=now - timedelta(minutes=1),  # already expired
        refresh_token=Secret("ref-stored"),
        refresh_expires_at=now - refresh_age + REFRESH_TOKEN_LIFETIME,
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_refresher_renews_through_token_auth(mode: str) -> None:
    store = MemoryTokenStore()
    flow = oauth()
    store.save(flow.store_key, _oauth_token(NOW, "acc-expired", timedelta(days=2)))
    auth = samco_auth(SamcoOAuthRefresher(flow, store), store=store, clock=lambda: NOW)
    assert auth.key == flow.store_key
    client = samco_client.Client(base_url=BASE, httpx_args={"auth": auth})
    with respx.mock(base_url=BASE) as router:
        refresh = router.post("/oauth/token").respond(200, json={"access_token": "acc-new"})
        book = router.get("/order/orderBook").respond(200, json=response_example("getOrderBook"))
        if mode == "sync":
            get_order_book.sync(client=client)
        else:
            await get_order_book.asyncio(client=client)
    assert json.loads(refresh.calls[0].request.content)["refresh_token"] == "ref-stored"
    assert book.calls[0].request.headers["x-session-token"] == "acc-new"
    stored = store.load(flow.store_key)
    assert stored is not None and stored.refresh_token == Secret("ref-stored")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_refresher_refuses_a_refresh_token_older_than_7_days(mode: str) -> None:
    store = MemoryTokenStore()
    flow = oauth()
    store.save(flow.store_key, _oauth_token(NOW, "acc-expired", timedelta(days=7, seconds=1)))
    refresher = SamcoOAuthRefresher(flow, store)
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post("/oauth/token").respond(200, json={"access_token": "never"})
        with pytest.raises(TokenExpiredError, match="browser"):
            if mode == "sync":
                refresher.fetch()
            else:
                await refresher.afetch()
    assert route.call_count == 0


def test_refresher_maps_a_refused_refresh_to_token_expired() -> None:
    store = MemoryTokenStore()
    flow = oauth()
    store.save(flow.store_key, _oauth_token(NOW, "acc-expired", timedelta(days=1)))
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/token").respond(200, json=failure_example())
        with pytest.raises(TokenExpiredError) as info:
            SamcoOAuthRefresher(flow, store).fetch()
    assert isinstance(info.value.__cause__, InvalidCredentialsError)


def test_oauth_objects_hide_secrets() -> None:
    flow = oauth()
    request = flow.authorization_url(REDIRECT, pkce=True)
    assert isinstance(request, AuthorizationRequest)
    store = MemoryTokenStore()
    texts = [repr(flow), repr(request), repr(SamcoOAuthRefresher(flow, store))]
    for text in texts:
        assert API_KEY not in text
        assert request.code_verifier is not None and request.code_verifier.reveal() not in text


def test_pkce_challenge_matches_rfc_7636_appendix_b() -> None:
    from broker_overlays.auth.samco_oauth import s256_challenge

    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert s256_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_consent_url_keeps_an_existing_query() -> None:
    from broker_overlays.auth.samco_oauth import random_token, with_query

    url = with_query("https://h/app/oauth/authorize?x=1", [("state", "a b"), ("k", "v")])
    assert url == "https://h/app/oauth/authorize?x=1&state=a+b&k=v"
    assert len(random_token(43)) == 43 and random_token(43) != random_token(43)
