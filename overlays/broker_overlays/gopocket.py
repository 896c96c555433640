"""Gopocket facade: ``login_url()`` for the browser, then ``connect_callback()`` with the URL
Gopocket redirected to (or ``connect()`` with an existing user session) returns a
:class:`GopocketSession`: the generated ``AuthenticatedClient`` with ``Authorization: Bearer``
auth, throttling to the documented limits, safe retries and typed errors. One function per
login mode. The session lasts until logout; a 401 raises ``TokenExpiredError``.

The SSO exchange posts to ``/open-api/order/v1/vendor/getUserDetails`` by default (the
published SDK's URL); ``login_path=`` picks one of the other documented URLs
(:data:`~broker_overlays.auth.gopocket_sso.LoginPath`), ``generation=`` that generation's own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from broker_overlays.arguments import environ, secret_text, token_store, with_overrides
from broker_overlays.auth import StoredToken, TokenStore, gopocket_auth
from broker_overlays.auth import gopocket_sso as sso
from broker_overlays.auth.token_store import FileTokenStore
from broker_overlays.clients import ClientOptions, ClientOptionsKw, attach, base_url
from broker_overlays.errors import ClientValidationError
from broker_overlays.redaction import Secret
from broker_overlays.session import SessionControls
from gopocket_client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from broker_overlays.streaming.core import InstrumentLike, StreamOptions
    from broker_overlays.streaming.gopocket import GopocketOrderUpdates, GopocketStream

BROKER = "gopocket"
_PLACEHOLDER = "<managed by broker_overlays>"

login_url = sso.login_url
parse_callback = sso.parse_callback


def login_client(options: ClientOptions | None = None) -> Client:
    """An unauthenticated client (throttled, typed errors) for the SSO exchange and CSVs."""
    options = with_overrides(options, ClientOptions, {}, broker=BROKER)
    return attach(Client(base_url=base_url(BROKER, options)), BROKER, options)


def exchange(
    callback_url: str,
    api_secret: str | Secret,
    *,
    generation: sso.Generation | None = None,
    login_path: sso.LoginPath | None = None,
    options: ClientOptions | None = None,
) -> StoredToken:
    """The user session for the URL Gopocket redirected the browser to (single use), from
    ``login_path`` (default :data:`~broker_overlays.auth.gopocket_sso.DEFAULT_LOGIN_PATH`).

    Every argument is checked before the ``authCode`` is spent on the exchange call.
    """
    callback = sso.parse_callback(callback_url)
    sso.check_exchange(api_secret, generation, login_path)  # before a login client exists
    client = login_client(options)
    return sso.exchange(callback, api_secret, client, generation, login_path=login_path)


class GopocketSession(SessionControls, AuthenticatedClient):
    """A Gopocket session you own: the generated ``AuthenticatedClient`` (pass it as
    ``client=``) plus ``token_state``, ``logout()`` and ``close()`` / ``aclose()``; a sync and async
    context manager. Gopocket's API has no logout call: ``logout()`` forgets the session here
    and in the token store (end it at the broker by logging out in the web app)."""

    def stream(
        self,
        *instruments: InstrumentLike,
        client_id: str,
        depth: bool = False,
        orders: bool = False,
        token_variant: str | None = None,
        key: str | Secret | None = None,
        url: str | None = None,
        options: StreamOptions | None = None,
    ) -> GopocketStream:
        """Market data (and with ``orders=True`` order events) over the Noren WebSocket of
        account ``client_id``; the connect key is made per the spec's ``x-token-derivation``
        (default: ``getUser``'s web key, fetched through this session on every connect).
        See :mod:`broker_overlays.streaming.gopocket`."""
        from broker_overlays.streaming.gopocket import stream

        return stream(
            self, *instruments, client_id=client_id, depth=depth, orders=orders,
            token_variant=token_variant, key=key, url=url, options=options,
        )  # fmt: skip

    def order_updates(
        self,
        *,
        client_id: str,
        token_variant: str | None = None,
        key: str | Secret | None = None,
        url: str | None = None,
        options: StreamOptions | None = None,
    ) -> GopocketOrderUpdates:
        """Order events of account ``client_id`` from the Noren order feed (``om``)."""
        from broker_overlays.streaming.gopocket import order_updates

        return order_updates(
            self, client_id=client_id, token_variant=token_variant, key=key, url=url,
            options=options,
        )  # fmt: skip


def _session(
    token: StoredToken, store: TokenStore | None, options: ClientOptions
) -> GopocketSession:
    auth = gopocket_auth(token, store=store)
    session = GopocketSession(base_url=base_url(BROKER, options), token=_PLACEHOLDER)
    attach(session, BROKER, options, auth=auth)
    return session.bind_session(BROKER, auth)


def connect(
    session: str | Secret | StoredToken,
    *,
    store: TokenStore | None = None,
    options: ClientOptions | None = None,
    **option_overrides: Unpack[ClientOptionsKw],
) -> GopocketSession:
    """A session on an existing user ``session`` (from an earlier SSO exchange)."""
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, dict(option_overrides), broker=BROKER)
    if isinstance(session, StoredToken):
        secret_text("session", session.access_token, broker=BROKER)
        token = session
    else:
        text = secret_text("session", session, broker=BROKER)
        token = StoredToken(
            access_token=session if isinstance(session, Secret) else Secret(text),
            expires_at=None,
        )
    return _session(token, store, options)


def connect_callback(
    callback_url: str,
    api_secret: str | Secret,
    *,
    generation: sso.Generation | None = None,
    login_path: sso.LoginPath | None = None,
    store: TokenStore | None = None,
    options: ClientOptions | None = None,
    **option_overrides: Unpack[ClientOptionsKw],
) -> GopocketSession:
    """A session from the URL Gopocket redirected the browser to (``authCode``, ``userId``):
    the single-use code is exchanged with ``api_secret`` (checked first) at ``login_path``
    (default ``/open-api/order/v1/vendor/getUserDetails``; ``generation=`` picks that
    generation's own URL)."""
    token_store(store, broker=BROKER)
    options = with_overrides(options, ClientOptions, dict(option_overrides), broker=BROKER)
    token = exchange(
        callback_url, api_secret, generation=generation, login_path=login_path, options=options
    )
    return _session(token, store, options)


def from_env(**option_overrides: Unpack[ClientOptionsKw]) -> GopocketSession:
    """A session from ``GOPOCKET_SESSION``, or ``GOPOCKET_CALLBACK_URL`` +
    ``GOPOCKET_API_SECRET``; ``GOPOCKET_BASE_URL`` and ``GOPOCKET_TOKEN_FILE`` optional.

    A session wins over a callback URL when both are set."""
    url = environ("GOPOCKET_BASE_URL", broker=BROKER, kind="url")
    if url:
        option_overrides.setdefault("base_url", url)
    token_file = environ("GOPOCKET_TOKEN_FILE", broker=BROKER, kind="path")  # ~, $VARS expanded
    store = FileTokenStore(token_file) if token_file else None
    session = environ("GOPOCKET_SESSION", broker=BROKER, required=False)
    if session is not None:
        return connect(Secret(session), store=store, **option_overrides)
    callback = environ("GOPOCKET_CALLBACK_URL", broker=BROKER, kind="path", required=False)
    if callback is None:
        raise ClientValidationError(
            "set GOPOCKET_SESSION, or GOPOCKET_CALLBACK_URL together with GOPOCKET_API_SECRET",
            broker=BROKER,
        )
    secret = environ("GOPOCKET_API_SECRET", broker=BROKER)
    return connect_callback(callback, Secret(str(secret)), store=store, **option_overrides)


__all__ = [
    "ClientOptions",
    "GopocketSession",
    "connect",
    "connect_callback",
    "exchange",
    "from_env",
    "login_client",
    "login_url",
    "parse_callback",
]
