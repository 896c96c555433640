"""Samco's direct login: ``POST /session/token`` with the app's API key and secret.

This is the v3.2 login for scripts and servers (no browser). The token it returns works until
the next 08:00 IST, so :class:`SamcoSessionLogin` is a
:class:`~broker_overlays.auth.token_auth.TokenProvider` that
:class:`~broker_overlays.auth.token_auth.TokenAuth` calls again after the cut-off. The login
answer names the calling IP and the app's registered static IPs: a login from an unregistered
IP is warned about, since Samco refuses its order calls (HTTP 403).
"""

from __future__ import annotations

import logging
from datetime import datetime

from broker_overlays.arguments import secret_text
from broker_overlays.auth.clock import Clock, next_session_expiry, system_clock
from broker_overlays.auth.token_auth import TokenAuth
from broker_overlays.auth.token_store import StoredToken, store_key
from broker_overlays.errors import AuthError, BrokerFailureError, InvalidCredentialsError
from broker_overlays.flows import Call, Flow, arun, run
from broker_overlays.redaction import Secret
from samco_client import AuthenticatedClient, Client
from samco_client.api.session import generate_session_token
from samco_client.api.session import logout as logout_op
from samco_client.models.envelope import Envelope
from samco_client.models.logout_response import LogoutResponse
from samco_client.models.session_token_request import SessionTokenRequest
from samco_client.models.session_token_response import SessionTokenResponse
from samco_client.types import Response, Unset

log = logging.getLogger("broker_overlays.auth")

BROKER = "samco"
_SUCCESS = "success"


def as_secret(value: str | Secret) -> Secret:
    """Wrap (and register for redaction) a secret handed over as a plain string."""
    return value if isinstance(value, Secret) else Secret(value)


def envelope_message(parsed: object) -> str | None:
    """The broker's ``statusMessage`` of a parsed Samco response, if it has one."""
    message = getattr(parsed, "status_message", None)
    return message if isinstance(message, str) and message else None


def is_success(parsed: object) -> bool:
    """Whether a parsed Samco envelope says ``Success`` (compared case-insensitively)."""
    status = getattr(parsed, "status", None)
    return isinstance(status, str) and status.lower() == _SUCCESS


class SamcoSessionLogin:
    """Logs in with ``POST /session/token``; a token provider for :class:`TokenAuth`.

    ``login_client`` is an unauthenticated generated client; the facade's client also
    throttles and raises :class:`~broker_overlays.errors.BrokerFailureError` on a
    ``status: Failure`` envelope, and both that and a parsed failure end up as
    :class:`~broker_overlays.errors.InvalidCredentialsError`.
    """

    operation = "generateSessionToken"

    def __init__(
        self,
        api_key: str | Secret,
        api_secret: str | Secret,
        login_client: Client | AuthenticatedClient,
        clock: Clock = system_clock,
    ) -> None:
        secret_text("api_key", api_key, broker=BROKER)
        secret_text("api_secret", api_secret, broker=BROKER)
        self.api_key = as_secret(api_key)
        self.api_secret = as_secret(api_secret)
        self.login_client = login_client
        self.clock = clock

    def __repr__(self) -> str:
        return f"SamcoSessionLogin(api_key={self.api_key!r}, api_secret={self.api_secret!r})"

    @property
    def store_key(self) -> str:
        """Token-store key of this app (a hash of the API key, never the key itself)."""
        return store_key(BROKER, self.api_key.reveal())

    def _body(self) -> SessionTokenRequest:
        return SessionTokenRequest(
            api_key=self.api_key.reveal(), api_secret=self.api_secret.reveal()
        )

    def fetch(self) -> StoredToken:
        return run(self._login())

    async def afetch(self) -> StoredToken:
        return await arun(self._login())

    def _login(self) -> Flow[StoredToken]:
        log.info("samco: logging in with POST /session/token")
        try:
            response = yield Call(
                generate_session_token, {"client": self.login_client, "body": self._body()}
            )
        except BrokerFailureError as exc:
            raise self._refused(
                exc.broker_message, exc.status_code, error_code=exc.error_code
            ) from exc
        except (ValueError, TypeError, KeyError) as exc:
            raise self._refused(None, None, "unreadable login response") from exc
        return self._token(response)

    def _token(self, response: Response[Envelope | SessionTokenResponse]) -> StoredToken:
        parsed = response.parsed
        status = int(response.status_code)
        if (
            status != 200
            or not isinstance(parsed, SessionTokenResponse)
            or not is_success(parsed)
            or not isinstance(parsed.session_token, str)
            or not parsed.session_token
        ):
            code = getattr(parsed, "error_code", None)
            raise self._refused(
                envelope_message(parsed), status, error_code=code if isinstance(code, str) else None
            )
        now = self.clock()
        expires_at = next_session_expiry(now)
        validity = _parse_validity(parsed.validity)
        if validity is not None and now < validity < expires_at:
            expires_at = validity  # the broker said earlier than the 08:00 rule: believe it
        log.info("samco: session token obtained")
        _warn_unregistered_ip(parsed)
        return StoredToken(access_token=Secret(parsed.session_token), expires_at=expires_at)

    def _refused(
        self,
        broker_message: str | None,
        status: int | None,
        reason: str = "login refused",
        error_code: str | None = None,
    ) -> InvalidCredentialsError:
        """The generic refusal (a client with the overlays' transport raises the specific
        error of a known ``errorCode`` before this point)."""
        return InvalidCredentialsError(
            f"{reason}: check the API key and secret, and that this machine's IP is registered",
            broker=BROKER,
            operation=self.operation,
            status_code=status,
            broker_message=broker_message,
            error_code=error_code,
        )


def _warn_unregistered_ip(parsed: SessionTokenResponse) -> None:
    """One warning when the calling IP (``srcIp``) is neither registered static IP while at
    least one is registered: order calls from it fail with 403 (unset IPs are ``""``)."""

    def text(value: str | Unset) -> str:
        return value.strip() if isinstance(value, str) else ""

    source, primary, secondary = map(text, (parsed.src_ip, parsed.primary_ip, parsed.secondary_ip))
    if source and (primary or secondary) and source not in (primary, secondary):
        log.warning(
            "samco: this machine calls from %s, which is not a registered static IP of the app "
            "(primary %s, secondary %s): order calls will be refused (HTTP 403) until it is "
            "registered in the Samco dashboard",
            source,
            primary or "none",
            secondary or "none",
        )


def _parse_validity(value: str | Unset) -> datetime | None:
    """The PY README's ``validity`` (ISO-8601, e.g. ``2026-06-08T02:30:00Z``), if usable."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def logout(client: Client | AuthenticatedClient, auth: TokenAuth | None = None) -> None:
    """``DELETE /logout`` through an authenticated client, then forget the token in ``auth``."""
    run(_logout(client, auth))


async def alogout(client: Client | AuthenticatedClient, auth: TokenAuth | None = None) -> None:
    """Async :func:`logout`."""
    await arun(_logout(client, auth))


def _logout(client: Client | AuthenticatedClient, auth: TokenAuth | None) -> Flow[None]:
    try:
        response = yield Call(logout_op, {"client": client})
    finally:
        if auth is not None:
            auth.invalidate()
    _check_logout(response)


def _check_logout(response: Response[Envelope | LogoutResponse]) -> None:
    if int(response.status_code) != 200 or not is_success(response.parsed):
        raise AuthError(
            "logout failed",
            broker=BROKER,
            operation="logout",
            status_code=int(response.status_code),
            broker_message=envelope_message(response.parsed),
        )
