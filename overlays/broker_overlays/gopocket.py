"""Gopocket facade: ``login_url()`` for the browser, then ``connect()`` with the SSO callback
(or an existing user session) returns the generated ``AuthenticatedClient`` with
``Authorization: Bearer`` auth, throttling to the documented limits, safe retries and typed
errors. The session lasts until logout; a 401 raises ``TokenExpiredError``."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from broker_overlays.auth import StoredToken, TokenStore, gopocket_auth
from broker_overlays.auth import gopocket_sso as sso
from broker_overlays.auth.token_store import FileTokenStore
from broker_overlays.clients import ClientOptions, attach, base_url
from broker_overlays.errors import ClientValidationError
from broker_overlays.redaction import Secret
from gopocket_client import AuthenticatedClient, Client

BROKER = "gopocket"
_PLACEHOLDER = "<managed by broker_overlays>"

login_url = sso.login_url
parse_callback = sso.parse_callback


def login_client(options: ClientOptions | None = None) -> Client:
    """An unauthenticated client (throttled, typed errors) for the SSO exchange and CSVs."""
    options = options or ClientOptions()
    return attach(Client(base_url=base_url(BROKER, options)), BROKER, options)


def exchange(
    callback_url: str,
    api_secret: str | Secret,
    *,
    generation: sso.Generation = "rest",
    options: ClientOptions | None = None,
) -> StoredToken:
    """The user session for the URL Gopocket redirected the browser to (single use)."""
    return sso.exchange(
        sso.parse_callback(callback_url), api_secret, login_client(options), generation
    )


def connect(
    session: str | Secret | StoredToken | None = None,
    *,
    callback_url: str | None = None,
    api_secret: str | Secret | None = None,
    generation: sso.Generation = "rest",
    store: TokenStore | None = None,
    options: ClientOptions | None = None,
    **option_overrides: Any,
) -> AuthenticatedClient:
    """A client on an existing user ``session``, or on the SSO ``callback_url`` + ``api_secret``."""
    options = replace(options or ClientOptions(), **option_overrides)
    if session is None:
        if not callback_url or api_secret is None:
            raise ClientValidationError(
                "pass a user session, or the SSO callback_url together with api_secret",
                broker=BROKER,
            )
        token = exchange(callback_url, api_secret, generation=generation, options=options)
    elif isinstance(session, StoredToken):
        token = session
    else:
        token = StoredToken(
            access_token=session if isinstance(session, Secret) else Secret(session),
            expires_at=None,
        )
    client = AuthenticatedClient(base_url=base_url(BROKER, options), token=_PLACEHOLDER)
    return attach(client, BROKER, options, auth=gopocket_auth(token, store=store))


def from_env(**option_overrides: Any) -> AuthenticatedClient:
    """``connect()`` from ``GOPOCKET_SESSION``, or ``GOPOCKET_CALLBACK_URL`` +
    ``GOPOCKET_API_SECRET``; ``GOPOCKET_BASE_URL`` and ``GOPOCKET_TOKEN_FILE`` optional."""
    if os.environ.get("GOPOCKET_BASE_URL"):
        option_overrides.setdefault("base_url", os.environ["GOPOCKET_BASE_URL"])
    token_file = os.environ.get("GOPOCKET_TOKEN_FILE")
    store = FileTokenStore(token_file) if token_file else None
    session = os.environ.get("GOPOCKET_SESSION")
    secret = os.environ.get("GOPOCKET_API_SECRET")
    return connect(
        Secret(session) if session else None,
        callback_url=os.environ.get("GOPOCKET_CALLBACK_URL"),
        api_secret=Secret(secret) if secret else None,
        store=store,
        **option_overrides,
    )


__all__ = [
    "ClientOptions",
    "connect",
    "exchange",
    "from_env",
    "login_client",
    "login_url",
    "parse_callback",
]
