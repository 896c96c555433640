"""Authentication for both brokers: login flows that produce tokens, and one ``httpx.Auth``
(:class:`TokenAuth`) that puts the token on every request and renews it.

* Samco: :class:`SamcoSessionLogin` (``POST /session/token``) or :class:`SamcoOAuth`
  (browser authorization code, then :class:`SamcoOAuthRefresher`); tokens die at 08:00 IST.
* Gopocket: :mod:`~broker_overlays.auth.gopocket_sso` (browser SSO + checksum exchange);
  the session lasts until logout and cannot be renewed without the browser.

The broker-specific flows import their generated client, so they are loaded on first use
(``from broker_overlays.auth import SamcoOAuth`` still works): a Samco program never imports
``gopocket_client`` and the other way round.
"""

from __future__ import annotations

import importlib
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from broker_overlays.auth.clock import IST, Clock, next_session_expiry, system_clock
from broker_overlays.auth.token_auth import (
    DEFAULT_REFRESH_MARGIN,
    TokenAuth,
    TokenProvider,
    security_header,
)
from broker_overlays.auth.token_store import (
    FileTokenStore,
    MemoryTokenStore,
    RenewalLocking,
    StoredToken,
    TokenStore,
    TokenStoreError,
    store_key,
)

if TYPE_CHECKING:
    from broker_overlays.auth.gopocket_sso import SsoCallback
    from broker_overlays.auth.samco_oauth import (
        AuthorizationRequest,
        SamcoOAuth,
        SamcoOAuthRefresher,
    )
    from broker_overlays.auth.samco_session import SamcoSessionLogin

_LAZY = {
    "SsoCallback": "broker_overlays.auth.gopocket_sso",
    "AuthorizationRequest": "broker_overlays.auth.samco_oauth",
    "SamcoOAuth": "broker_overlays.auth.samco_oauth",
    "SamcoOAuthRefresher": "broker_overlays.auth.samco_oauth",
    "SamcoSessionLogin": "broker_overlays.auth.samco_session",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def samco_auth(
    provider: TokenProvider | None = None,
    *,
    token: StoredToken | None = None,
    store: TokenStore | None = None,
    key: str | None = None,
    clock: Clock = system_clock,
    refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
) -> TokenAuth:
    """``x-session-token`` auth for Samco, renewed by ``provider`` (a login or OAuth refresher).

    The store key defaults to the provider's ``store_key`` (a hash of the API key).
    """
    default_key = getattr(provider, "store_key", None) or getattr(provider, "key", None)
    return TokenAuth.for_broker(
        "samco",
        provider=provider,
        token=token,
        store=store,
        key=key or (default_key if isinstance(default_key, str) else None),
        clock=clock,
        refresh_margin=refresh_margin,
        expired_hint="log in again (SamcoSessionLogin, or the OAuth browser flow)",
    )


def gopocket_auth(
    token: StoredToken | None = None,
    *,
    store: TokenStore | None = None,
    key: str | None = None,
    clock: Clock = system_clock,
) -> TokenAuth:
    """``Authorization: Bearer`` auth for Gopocket. No provider: the session lasts until logout
    and only a new browser SSO login replaces it, so a 401 raises ``TokenExpiredError``."""
    from broker_overlays.auth.gopocket_sso import RELOGIN_HINT

    return TokenAuth.for_broker(
        "gopocket", token=token, store=store, key=key, clock=clock, expired_hint=RELOGIN_HINT
    )


__all__ = [
    "IST",
    "AuthorizationRequest",
    "Clock",
    "FileTokenStore",
    "MemoryTokenStore",
    "RenewalLocking",
    "SamcoOAuth",
    "SamcoOAuthRefresher",
    "SamcoSessionLogin",
    "SsoCallback",
    "StoredToken",
    "TokenAuth",
    "TokenProvider",
    "TokenStore",
    "TokenStoreError",
    "gopocket_auth",
    "next_session_expiry",
    "samco_auth",
    "security_header",
    "store_key",
    "system_clock",
]
