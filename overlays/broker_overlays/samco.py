"""Samco facade: ``connect()`` / ``from_env()`` return the generated ``AuthenticatedClient``
with session auth (renewed before 08:00 IST and once after a 401), throttling, safe retries
and typed errors attached. Users keep calling ``samco_client.api...`` operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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
from broker_overlays.auth.token_auth import TokenAuth
from broker_overlays.auth.token_store import FileTokenStore, MemoryTokenStore
from broker_overlays.clients import ClientOptions, ClientOptionsKw, attach, base_url
from broker_overlays.redaction import Secret
from broker_overlays.session import SessionControls
from samco_client import AuthenticatedClient, Client
from samco_client.api.session import logout as logout_op

if TYPE_CHECKING:
    from broker_overlays.streaming.core import InstrumentLike, StreamOptions
    from broker_overlays.streaming.samco import SamcoOrderUpdates, SamcoStream

BROKER = "samco"
_PLACEHOLDER = "<managed by broker_overlays>"


class SamcoSession(SessionControls, AuthenticatedClient):
    """A Samco session you own: the generated ``AuthenticatedClient`` (pass it as ``client=``)
    plus ``token_state``, ``logout()`` / ``alogout()`` and ``close()`` / ``aclose()``; a sync and
    async context manager. Made by :func:`connect`, :func:`connect_oauth`, :func:`from_env`."""

    def stream(
        self,
        *instruments: InstrumentLike,
        depth: bool = False,
        url: str | None = None,
        options: StreamOptions | None = None,
    ) -> SamcoStream:
        """Market data over Samco's WebSocket, authenticated by this session's token (renewed
        like the REST calls'); ``async with session.stream("2885_NSE") as s: async for tick
        in s``. See :mod:`broker_overlays.streaming.samco`."""
        from broker_overlays.streaming.samco import stream

        return stream(self, *instruments, depth=depth, url=url, options=options)

    def order_updates(
        self, *, interval: float = 1.0, emit_initial: bool = False
    ) -> SamcoOrderUpdates:
        """Order events by polling the order book every ``interval`` s (Samco has no order
        stream); the session's throttle paces the calls."""
        from broker_overlays.streaming.samco import order_updates

        return order_updates(self, interval=interval, emit_initial=emit_initial)


def _session(
    options: ClientOptions, auth: TokenAuth, *, oauth: SamcoOAuth | None = None
) -> SamcoSession:
    session = SamcoSession(
        base_url=base_url(BROKER, options),
        token=_PLACEHOLDER,
        prefix="",
        auth_header_name="x-session-token",
    )
    attach(session, BROKER, options, auth=auth)
    if oauth is not None:
        flow = oauth
        return session.bind_session(
            BROKER,
            auth,
            logout=lambda _client: flow.revoke(_token_of(auth)),
            alogout=lambda _client: flow.arevoke(_token_of(auth)),
        )
    return session.bind_session(
        BROKER,
        auth,
        logout=lambda client: logout_op.sync_detailed(client=client),
        alogout=lambda client: logout_op.asyncio_detailed(client=client),
    )


def _token_of(auth: TokenAuth) -> StoredToken:
    token = auth.token
    if token is None:  # logout() only calls this when a token is held
        raise RuntimeError("no token to revoke")
    return token


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
    **option_overrides: Unpack[ClientOptionsKw],
) -> SamcoSession:
    """Direct flow (``POST /session/token``): log in lazily, on the first call that needs it.

    ``store`` keeps the token between runs (``FileTokenStore``); ``options`` / keyword
    overrides set base URL, rate limits, retries, timeouts (see :class:`ClientOptions`).
    """
    secret_text("api_key", api_key, broker=BROKER)
    secret_text("api_secret", api_secret, broker=BROKER)
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, dict(option_overrides), broker=BROKER)
    login = SamcoSessionLogin(api_key, api_secret, login_client(options), clock=clock)
    return _session(options, samco_auth(login, store=store, clock=clock))


def oauth(
    api_key: str | Secret,
    redirect_url: str,
    *,
    clock: Clock = system_clock,
    options: ClientOptions | None = None,
    **option_overrides: Unpack[ClientOptionsKw],
) -> SamcoOAuth:
    """The OAuth 2.1 helper of an app: consent URL, code exchange, refresh, revoke.

    With a ``base_url`` (a mock broker), the consent page is served from there too.
    """
    secret_text("api_key", api_key, broker=BROKER)
    http_url("redirect_url", redirect_url, broker=BROKER)
    options = with_overrides(options, ClientOptions, dict(option_overrides), broker=BROKER)
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
    **option_overrides: Unpack[ClientOptionsKw],
) -> SamcoSession:
    """A session on OAuth tokens; the access token is renewed with the refresh token (7 days);
    ``logout()`` revokes both tokens."""
    instance("flow", flow, SamcoOAuth, "a SamcoOAuth (samco.oauth(...))", broker=BROKER)
    instance("token", token, StoredToken, "the StoredToken of flow.exchange_code", broker=BROKER)
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, dict(option_overrides), broker=BROKER)
    store = store if store is not None else MemoryTokenStore()
    refresher = SamcoOAuthRefresher(flow, store)
    store.save(refresher.key, token)
    auth = samco_auth(refresher, store=store, key=refresher.key, clock=flow.clock)
    return _session(options, auth, oauth=flow)


def from_env(**option_overrides: Unpack[ClientOptionsKw]) -> SamcoSession:
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
    "SamcoSession",
    "connect",
    "connect_oauth",
    "from_env",
    "login_client",
    "oauth",
]
