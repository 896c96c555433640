"""Samco facade: ``connect()`` / ``from_env()`` return the generated ``AuthenticatedClient``
with session auth (renewed before 08:00 IST and once after a 401), throttling, safe retries
and typed errors attached. Users keep calling ``samco_client.api...`` operations."""

from __future__ import annotations

from typing import Any

import httpx

from broker_overlays.arguments import (
    environ,
    http_url,
    instance,
    secret_text,
    token_store,
    with_overrides,
)
from broker_overlays.auth import Clock, StoredToken, TokenStore, samco_auth, system_clock
from broker_overlays.auth.samco_oauth import SamcoOAuth, SamcoOAuthRefresher, consent_page_url
from broker_overlays.auth.samco_session import SamcoSessionLogin
from broker_overlays.auth.token_store import FileTokenStore, MemoryTokenStore
from broker_overlays.clients import ClientOptions, attach, base_url
from broker_overlays.redaction import Secret
from samco_client import AuthenticatedClient, Client

BROKER = "samco"
_PLACEHOLDER = "<managed by broker_overlays>"


def _client(options: ClientOptions, auth: Any) -> AuthenticatedClient:
    client = AuthenticatedClient(
        base_url=base_url(BROKER, options),
        token=_PLACEHOLDER,
        prefix="",
        auth_header_name="x-session-token",
    )
    return attach(client, BROKER, options, auth=auth)


def login_client(options: ClientOptions | None = None) -> Client:
    """An unauthenticated client (throttled, typed errors) for the pre-auth calls."""
    options = with_overrides(options, ClientOptions, {}, broker=BROKER)
    return attach(Client(base_url=base_url(BROKER, options)), BROKER, options)


def connect(
    api_key: str | Secret,
    api_secret: str | Secret,
    *,
    store: TokenStore | None = None,
    clock: Clock = system_clock,
    options: ClientOptions | None = None,
    **option_overrides: Any,
) -> AuthenticatedClient:
    """Direct flow (``POST /session/token``): log in lazily, on the first call that needs it.

    ``store`` keeps the token between runs (``FileTokenStore``); ``options`` / keyword
    overrides set base URL, rate limits, retries, timeouts (see :class:`ClientOptions`).
    """
    secret_text("api_key", api_key, broker=BROKER)
    secret_text("api_secret", api_secret, broker=BROKER)
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, option_overrides, broker=BROKER)
    login = SamcoSessionLogin(api_key, api_secret, login_client(options), clock=clock)
    return _client(options, samco_auth(login, store=store, clock=clock))


def oauth(
    api_key: str | Secret,
    redirect_url: str,
    *,
    clock: Clock = system_clock,
    options: ClientOptions | None = None,
    **option_overrides: Any,
) -> SamcoOAuth:
    """The OAuth 2.1 helper of an app: consent URL, code exchange, refresh, revoke.

    With a ``base_url`` (a mock broker), the consent page is served from there too.
    """
    secret_text("api_key", api_key, broker=BROKER)
    http_url("redirect_url", redirect_url, broker=BROKER)
    options = with_overrides(options, ClientOptions, option_overrides, broker=BROKER)
    consent = consent_page_url()
    if options.base_url:
        consent = str(httpx.URL(options.base_url).join(httpx.URL(consent).path))
    return SamcoOAuth(
        api_key,
        login_client(options),
        redirect_url=redirect_url,
        clock=clock,
        authorize_url=consent,
    )


def connect_oauth(
    flow: SamcoOAuth,
    token: StoredToken,
    *,
    store: TokenStore | None = None,
    options: ClientOptions | None = None,
    **option_overrides: Any,
) -> AuthenticatedClient:
    """A client on OAuth tokens; the access token is renewed with the refresh token (7 days)."""
    instance("flow", flow, SamcoOAuth, "a SamcoOAuth (samco.oauth(...))", broker=BROKER)
    instance("token", token, StoredToken, "the StoredToken of flow.exchange_code", broker=BROKER)
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, option_overrides, broker=BROKER)
    store = store if store is not None else MemoryTokenStore()
    refresher = SamcoOAuthRefresher(flow, store)
    store.save(refresher.key, token)
    return _client(options, samco_auth(refresher, store=store, key=refresher.key, clock=flow.clock))


def from_env(**option_overrides: Any) -> AuthenticatedClient:
    """``connect()`` from ``SAMCO_API_KEY``, ``SAMCO_API_SECRET`` and optionally
    ``SAMCO_BASE_URL`` and ``SAMCO_TOKEN_FILE`` (a file token store, mode 0600)."""
    key = environ("SAMCO_API_KEY", broker=BROKER)
    secret = environ("SAMCO_API_SECRET", broker=BROKER)
    token_file = environ("SAMCO_TOKEN_FILE", broker=BROKER, kind="path")  # ~, $VARS expanded
    url = environ("SAMCO_BASE_URL", broker=BROKER, kind="url")
    if url:
        option_overrides.setdefault("base_url", url)
    return connect(
        Secret(str(key)),
        Secret(str(secret)),
        store=FileTokenStore(token_file) if token_file else None,
        **option_overrides,
    )


__all__ = [
    "ClientOptions",
    "connect",
    "connect_oauth",
    "from_env",
    "login_client",
    "oauth",
]
