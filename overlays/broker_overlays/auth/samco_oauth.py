"""Samco's OAuth 2.1 authorization-code flow (for apps whose users log in in a browser).

The standard pieces (random ``state``, PKCE ``code_verifier`` and its S256 challenge, RFC 7636)
are a few lines of the standard library here, so the runtime needs no OAuth package. The wire
shapes are Samco's, which differ from RFC 6749 / OAuth 2.1:

* the consent page is ``https://tradeapi.samco.in/app/oauth/authorize`` (read from the spec's
  ``x-browser-flows.oauthAuthorize.url``), with ``api_key`` instead of ``client_id``,
  ``redirect_url`` instead of ``redirect_uri``, comma-joined ``scopes`` and no
  ``response_type``;
* ``POST /oauth/token`` takes a JSON body, not form encoding, and answers
  ``access_token``/``refresh_token`` (DOCS) or ``accessToken``/``refreshToken`` (PY README);
* PKCE is not documented at all: it is sent only when asked for (``pkce=True``);
* the refresh request is not documented either (see :meth:`SamcoOAuth.refresh`).

The access token dies at the next 08:00 IST like every Samco session; the refresh token lives
7 days (PY README), after which the user must go through the browser again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from broker_overlays.arguments import http_url, plain_text, secret_text
from broker_overlays.auth.clock import Clock, next_session_expiry, system_clock
from broker_overlays.auth.samco_session import BROKER, as_secret, envelope_message, is_success
from broker_overlays.auth.token_store import StoredToken, TokenStore, store_key
from broker_overlays.errors import (
    AuthError,
    BrokerFailureError,
    InvalidCredentialsError,
    TokenExpiredError,
)
from broker_overlays.flows import Call, Flow, arun, run
from broker_overlays.redaction import Secret, register_secret
from broker_overlays.spec_catalog import catalog
from samco_client import AuthenticatedClient, Client
from samco_client.api.session import exchange_o_auth_token, revoke_o_auth_token
from samco_client.models.envelope import Envelope
from samco_client.models.o_auth_revoke_request import OAuthRevokeRequest
from samco_client.models.o_auth_revoke_response import OAuthRevokeResponse
from samco_client.models.o_auth_token_request import OAuthTokenRequest
from samco_client.models.o_auth_token_response import OAuthTokenResponse
from samco_client.types import UNSET, Response

log = logging.getLogger("broker_overlays.auth")

REFRESH_TOKEN_LIFETIME = timedelta(days=7)
"""How long a Samco OAuth refresh token lives (PY README)."""

_STATE_LENGTH = 32
_VERIFIER_LENGTH = 64  # RFC 7636: 43-128 characters from the unreserved set


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    """Where to send the browser, and what to keep until the callback arrives.

    ``url`` carries the API key, so it is left out of the repr.
    """

    url: str = field(repr=False)
    state: str
    code_verifier: Secret | None = None


_UNRESERVED = string.ascii_letters + string.digits


def random_token(length: int) -> str:
    """``length`` characters drawn by ``secrets`` from letters and digits (RFC 7636's
    unreserved set, without its punctuation)."""
    return "".join(secrets.choice(_UNRESERVED) for _ in range(length))


def s256_challenge(verifier: str) -> str:
    """``BASE64URL(SHA256(verifier))`` without padding (RFC 7636 section 4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def with_query(url: str, params: Sequence[tuple[str, str]]) -> str:
    """``url`` with ``params`` appended to its query string."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode(list(params))) if q)
    return urlunsplit(parts._replace(query=query))


def generate_pkce_pair() -> tuple[Secret, str]:
    """A PKCE ``code_verifier`` (secret) and its S256 ``code_challenge`` (RFC 7636)."""
    verifier = random_token(_VERIFIER_LENGTH)
    return Secret(verifier), s256_challenge(verifier)


class SamcoOAuth:
    """The OAuth 2.1 calls of one Samco app (identified by its API key).

    ``login_client`` is an unauthenticated generated client (``/oauth/token`` and
    ``/oauth/revoke`` need no session header). ``redirect_url`` is the app's registered
    redirect URL; it is only needed here for :meth:`refresh`.
    """

    def __init__(
        self,
        api_key: str | Secret,
        login_client: Client | AuthenticatedClient,
        *,
        redirect_url: str | None = None,
        clock: Clock = system_clock,
        authorize_url: str | None = None,
    ) -> None:
        secret_text("api_key", api_key, broker=BROKER)
        if redirect_url is not None:
            http_url("redirect_url", redirect_url, broker=BROKER)
        self.api_key = as_secret(api_key)
        self.login_client = login_client
        self.redirect_url = redirect_url
        self.clock = clock
        self.authorize_url = authorize_url or consent_page_url()

    def __repr__(self) -> str:
        return f"SamcoOAuth(api_key={self.api_key!r}, authorize_url={self.authorize_url!r})"

    @property
    def store_key(self) -> str:
        """Token-store key of this app (a hash of the API key, never the key itself)."""
        return store_key(BROKER, self.api_key.reveal())

    # -- browser side ---------------------------------------------------------------------

    def authorization_url(
        self,
        redirect_url: str,
        *,
        state: str | None = None,
        scopes: Sequence[str] | None = None,
        pkce: bool = False,
    ) -> AuthorizationRequest:
        """The consent-page URL to send the user's browser to.

        Keep the returned ``state`` (and ``code_verifier``) server-side until the callback.
        """
        http_url("redirect_url", redirect_url, broker=BROKER)
        state = state or random_token(_STATE_LENGTH)
        params: list[tuple[str, str]] = [
            ("api_key", self.api_key.reveal()),  # Samco: api_key, not client_id
            ("redirect_url", redirect_url),  # Samco: redirect_url, not redirect_uri
            ("state", state),
        ]
        if scopes:
            params.append(("scopes", ",".join(scopes)))  # comma-joined (PY)
        verifier: Secret | None = None
        if pkce:
            # Not documented by Samco (UNSURE): OAuth 2.1 mandates PKCE, so it is offered.
            verifier, challenge = generate_pkce_pair()
            params += [("code_challenge", challenge), ("code_challenge_method", "S256")]
        url = with_query(self.authorize_url, params)
        return AuthorizationRequest(url=url, state=state, code_verifier=verifier)

    def parse_callback(
        self, url: str, expected_state: str, *, allow_missing_state: bool = False
    ) -> Secret:
        """The authorization ``code`` from the redirect URL, after checking ``state``.

        Whether Samco echoes ``state`` is UNSURE (only the PY SDK shows it), so a callback
        without one is refused unless ``allow_missing_state`` is set. Error parameters
        (``error``, ``error_description``: RFC 6749 names, not documented by Samco) raise
        :class:`~broker_overlays.errors.AuthError`.
        """
        plain_text("url", url, broker=BROKER)
        plain_text("expected_state", expected_state, broker=BROKER)
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items() if v}
        if "error" in query:
            raise AuthError(
                f"authorization failed: {query['error']}",
                broker=BROKER,
                operation="oauthAuthorize",
                broker_message=query.get("error_description"),
            )
        received = query.get("state")
        if received is None:
            if not allow_missing_state:
                raise InvalidCredentialsError(
                    "callback has no state parameter", broker=BROKER, operation="oauthAuthorize"
                )
        elif not hmac.compare_digest(received.encode(), expected_state.encode()):
            raise InvalidCredentialsError(
                "callback state does not match the one sent (possible CSRF); start the login again",
                broker=BROKER,
                operation="oauthAuthorize",
            )
        code = query.get("code")
        if not code:
            raise InvalidCredentialsError(
                "callback has no authorization code", broker=BROKER, operation="oauthAuthorize"
            )
        return Secret(code)

    # -- back-end calls -------------------------------------------------------------------

    def _code_body(
        self, code: str | Secret, redirect_url: str, code_verifier: str | Secret | None
    ) -> OAuthTokenRequest:
        # Only the documented fields (PY): code and redirect_url; code_verifier when PKCE was
        # used. Note: a JSON body (Samco), where RFC 6749 uses form encoding.
        secret_text("code", code, broker=BROKER)
        http_url("redirect_url", redirect_url, broker=BROKER)
        if code_verifier is not None:
            secret_text("code_verifier", code_verifier, broker=BROKER)
        return OAuthTokenRequest(
            code=as_secret(code).reveal(),
            redirect_url=redirect_url,
            code_verifier=as_secret(code_verifier).reveal() if code_verifier else UNSET,
        )

    def _refresh_body(
        self, refresh_token: str | Secret, redirect_url: str | None
    ) -> OAuthTokenRequest:
        # UNSURE: no source shows a refresh request. This is the shape the spec models: the
        # same /oauth/token endpoint with grant_type=refresh_token and the refresh token, plus
        # api_key (Samco's client_id) and the app's redirect URL when known.
        return OAuthTokenRequest(
            redirect_url=redirect_url or self.redirect_url or UNSET,
            grant_type="refresh_token",
            refresh_token=as_secret(refresh_token).reveal(),
            api_key=self.api_key.reveal(),
        )

    def exchange_code(
        self,
        code: str | Secret,
        redirect_url: str,
        code_verifier: str | Secret | None = None,
    ) -> StoredToken:
        """Trade the callback's ``code`` for access and refresh tokens (``POST /oauth/token``)."""
        return run(self._code_exchange(code, redirect_url, code_verifier))

    async def aexchange_code(
        self,
        code: str | Secret,
        redirect_url: str,
        code_verifier: str | Secret | None = None,
    ) -> StoredToken:
        """Async :meth:`exchange_code`."""
        return await arun(self._code_exchange(code, redirect_url, code_verifier))

    def refresh(
        self,
        refresh_token: str | Secret,
        *,
        redirect_url: str | None = None,
        refresh_expires_at: datetime | None = None,
    ) -> StoredToken:
        """A new access token from a refresh token. The request shape is UNSURE (see above).

        If Samco does not rotate the refresh token, the old one is kept with
        ``refresh_expires_at`` (its known expiry, if the caller has it).
        """
        return run(self._refresh(refresh_token, redirect_url, refresh_expires_at))

    async def arefresh(
        self,
        refresh_token: str | Secret,
        *,
        redirect_url: str | None = None,
        refresh_expires_at: datetime | None = None,
    ) -> StoredToken:
        """Async :meth:`refresh`."""
        return await arun(self._refresh(refresh_token, redirect_url, refresh_expires_at))

    def revoke(self, token: StoredToken | str | Secret) -> None:
        """Log out (``POST /oauth/revoke``): revoke one access or refresh token, or, given the
        :class:`StoredToken` of :meth:`exchange_code`, its refresh token and then its access
        token (an access token already past 08:00 IST is skipped)."""
        run(self._revoke(token))

    async def arevoke(self, token: StoredToken | str | Secret) -> None:
        """Async :meth:`revoke`."""
        await arun(self._revoke(token))

    # -- flows (the logic of each sync/async pair above) ----------------------------------

    def _code_exchange(
        self, code: str | Secret, redirect_url: str, code_verifier: str | Secret | None
    ) -> Flow[StoredToken]:
        body = self._code_body(code, redirect_url, code_verifier)
        return (yield from self._token_request(body, "code exchange", previous_refresh=None))

    def _refresh(
        self,
        refresh_token: str | Secret,
        redirect_url: str | None,
        refresh_expires_at: datetime | None,
    ) -> Flow[StoredToken]:
        previous = (as_secret(refresh_token), refresh_expires_at)
        body = self._refresh_body(refresh_token, redirect_url)
        return (yield from self._token_request(body, "refresh", previous_refresh=previous))

    def _token_request(
        self,
        body: OAuthTokenRequest,
        what: str,
        previous_refresh: tuple[Secret, datetime | None] | None,
    ) -> Flow[StoredToken]:
        """``POST /oauth/token`` with ``body``; its tokens, or InvalidCredentialsError."""
        try:
            response = yield Call(
                exchange_o_auth_token, {"client": self.login_client, "body": body}
            )
        except BrokerFailureError as exc:
            raise _refused(what, exc.broker_message, exc.status_code) from exc
        except (ValueError, TypeError, KeyError) as exc:
            raise _refused(what, None, None, "unreadable response") from exc
        return self._tokens(response, what, previous_refresh)

    def _revoke(self, token: StoredToken | str | Secret) -> Flow[None]:
        for value in self._to_revoke(token):
            body = OAuthRevokeRequest(token=value.reveal())
            try:
                response = yield Call(
                    revoke_o_auth_token, {"client": self.login_client, "body": body}
                )
            except BrokerFailureError as exc:
                raise _revoke_failed(exc.broker_message, exc.status_code) from exc
            _check_revoked(response)

    def _to_revoke(self, token: StoredToken | str | Secret) -> list[Secret]:
        """The tokens a revoke sends, checked before the first is sent."""
        if not isinstance(token, StoredToken):
            secret_text("token", token, broker=BROKER)
            return [as_secret(token)]
        values: list[Secret] = []
        if token.refresh_token and token.can_refresh(self.clock()):
            secret_text("token.refresh_token", token.refresh_token, broker=BROKER)
            values.append(token.refresh_token)  # first: no renewal from it after this
        if token.is_valid(self.clock()):
            secret_text("token.access_token", token.access_token, broker=BROKER)
            values.append(token.access_token)
        return values

    def _tokens(
        self,
        response: Response[Envelope | OAuthTokenResponse],
        what: str,
        previous_refresh: tuple[Secret, datetime | None] | None,
    ) -> StoredToken:
        parsed = response.parsed
        status = int(response.status_code)
        if status != 200 or not isinstance(parsed, OAuthTokenResponse):
            raise _refused(what, envelope_message(parsed), status)
        # An OAuth-style answer may have no envelope status; an explicit non-Success is a no.
        if isinstance(parsed.status, str) and not is_success(parsed):
            raise _refused(what, envelope_message(parsed), status)
        access = _first(parsed.access_token, parsed.accessToken)  # DOCS vs PY spelling
        refresh = _first(parsed.refresh_token, parsed.refreshToken)
        if access is None:
            raise _refused(what, envelope_message(parsed), status, "no access token in response")
        now = self.clock()
        refresh_secret: Secret | None = None
        refresh_expires: datetime | None = None
        if refresh is not None:
            refresh_secret, refresh_expires = Secret(refresh), now + REFRESH_TOKEN_LIFETIME
        elif previous_refresh is not None:
            refresh_secret, refresh_expires = previous_refresh
        log.info("samco: OAuth %s succeeded", what)
        return StoredToken(
            access_token=Secret(access),
            expires_at=next_session_expiry(now),
            refresh_token=refresh_secret,
            refresh_expires_at=refresh_expires,
        )


class SamcoOAuthRefresher:
    """Token provider that renews the access token with the stored refresh token.

    Reads the current token from the same ``store``/``key`` that :class:`TokenAuth` writes,
    so a rotated refresh token is picked up. When the refresh token is missing, past its 7
    days or refused, only a new browser login helps:
    :class:`~broker_overlays.errors.TokenExpiredError` says so.
    """

    def __init__(self, oauth: SamcoOAuth, store: TokenStore, key: str | None = None) -> None:
        self.oauth = oauth
        self.store = store
        self.key = key or oauth.store_key

    def __repr__(self) -> str:
        return f"SamcoOAuthRefresher(oauth={self.oauth!r}, key={self.key!r})"

    def _current(self) -> tuple[Secret, datetime | None]:
        current = self.store.load(self.key)
        if current is None or current.refresh_token is None:
            raise _login_again("no refresh token is stored")
        if not current.can_refresh(self.oauth.clock()):
            raise _login_again("the refresh token is older than 7 days")
        return current.refresh_token, current.refresh_expires_at

    def fetch(self) -> StoredToken:
        return run(self._renewal())

    async def afetch(self) -> StoredToken:
        return await arun(self._renewal())

    def _renewal(self) -> Flow[StoredToken]:
        refresh_token, refresh_expires_at = self._current()
        try:
            return (yield from self.oauth._refresh(refresh_token, None, refresh_expires_at))
        except InvalidCredentialsError as exc:
            raise _login_again("Samco refused the refresh token") from exc


def consent_page_url() -> str:
    """Samco's OAuth consent page, from the spec root ``x-browser-flows.oauthAuthorize.url``."""
    flows = catalog(BROKER).browser_flows
    return str(flows["oauthAuthorize"]["url"])


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value:
            register_secret(value)
            return value
    return None


def _refused(
    what: str, broker_message: str | None, status: int | None, reason: str = "refused"
) -> InvalidCredentialsError:
    return InvalidCredentialsError(
        f"OAuth {what} {reason}",
        broker=BROKER,
        operation="exchangeOAuthToken",
        status_code=status,
        broker_message=broker_message,
    )


def _revoke_failed(broker_message: str | None, status: int | None) -> AuthError:
    return AuthError(
        "token revocation failed",
        broker=BROKER,
        operation="revokeOAuthToken",
        status_code=status,
        broker_message=broker_message,
    )


def _check_revoked(response: Response[Envelope | OAuthRevokeResponse]) -> None:
    status = int(response.status_code)
    # The response is assumed to be the envelope only (UNSURE); no status field is accepted.
    parsed = response.parsed
    if status != 200 or (
        isinstance(getattr(parsed, "status", None), str) and not is_success(parsed)
    ):
        raise _revoke_failed(envelope_message(parsed), status)
    log.info("samco: OAuth token revoked")


def _login_again(reason: str) -> TokenExpiredError:
    return TokenExpiredError(
        f"{reason}: the user must log in again in the browser (SamcoOAuth.authorization_url)",
        broker=BROKER,
        operation="exchangeOAuthToken",
    )
