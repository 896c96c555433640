"""Samco facade: ``connect()`` / ``from_env()`` return the generated ``AuthenticatedClient``
with session auth (renewed before 08:00 IST and once after a 401), throttling, safe retries
and typed errors attached. Users keep calling ``samco_client.api...`` operations."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

import httpx

from broker_overlays.auth import (
    Clock,
    SamcoOAuth,
    SamcoOAuthRefresher,
    SamcoSessionLogin,
    StoredToken,
    TokenStore,
    samco_auth,
    system_clock,
)
from broker_overlays.auth.samco_oauth import consent_page_url
from broker_overlays.auth.token_store import FileTokenStore, MemoryTokenStore
from broker_overlays.clients import ClientOptions, attach, base_url
from broker_overlays.errors import ClientValidationError
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
    options = options or ClientOptions()
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
    for name, value in (("api_key", api_key), ("api_secret", api_secret)):
        if not (value.reveal() if isinstance(value, Secret) else value).strip():
            raise ClientValidationError(f"{name} is empty", broker=BROKER)
    options = replace(options or ClientOptions(), **option_overrides)
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
    options = replace(options or ClientOptions(), **option_overrides)
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
    options = replace(options or ClientOptions(), **option_overrides)
    store = store or MemoryTokenStore()
    refresher = SamcoOAuthRefresher(flow, store)
    store.save(refresher.key, token)
    return _client(options, samco_auth(refresher, store=store, key=refresher.key, clock=flow.clock))


def from_env(**option_overrides: Any) -> AuthenticatedClient:
    """``connect()`` from ``SAMCO_API_KEY``, ``SAMCO_API_SECRET`` and optionally
    ``SAMCO_BASE_URL`` and ``SAMCO_TOKEN_FILE`` (a file token store, mode 0600)."""
    try:
        key, secret = os.environ["SAMCO_API_KEY"], os.environ["SAMCO_API_SECRET"]
    except KeyError as exc:
        raise ClientValidationError(
            f"environment variable {exc.args[0]} is not set", broker=BROKER
        ) from None
    token_file = os.environ.get("SAMCO_TOKEN_FILE")
    if os.environ.get("SAMCO_BASE_URL"):
        option_overrides.setdefault("base_url", os.environ["SAMCO_BASE_URL"])
    return connect(
        Secret(key),
        Secret(secret),
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
