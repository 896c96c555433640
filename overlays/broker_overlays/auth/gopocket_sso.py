"""Gopocket's vendor SSO: browser login, then a checksum exchange for the user session.

1. :func:`login_url` - send the user's browser to ``https://web.gopocket.in/?appcode=<appCode>``;
2. :func:`parse_callback` - Gopocket redirects back with ``authCode`` and ``userId``;
3. :func:`exchange` - POST ``{"checkSum": SHA-256(userId + authCode + apiSecret)}`` to
   getUserDetails and get the session.

The session has no known expiry (valid until the user logs out), so it is stored with
``expires_at=None`` and :class:`~broker_overlays.auth.token_auth.TokenAuth` for Gopocket has
no provider: a 401 means the SSO login must be done again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

from broker_overlays.arguments import plain_text, secret_text
from broker_overlays.auth.token_store import StoredToken, store_key
from broker_overlays.errors import (
    BrokerFailureError,
    ClientValidationError,
    InvalidCredentialsError,
)
from broker_overlays.flows import Call, Flow, arun, run
from broker_overlays.redaction import Secret
from broker_overlays.signing import sso_checksum
from broker_overlays.spec_catalog import catalog
from gopocket_client import AuthenticatedClient, Client
from gopocket_client.api.rest_auth import get_user_details
from gopocket_client.api.v1_auth import get_user_details_v1
from gopocket_client.models.envelope import Envelope
from gopocket_client.models.get_user_details_request import GetUserDetailsRequest
from gopocket_client.models.get_user_details_response import GetUserDetailsResponse
from gopocket_client.types import Response

log = logging.getLogger("broker_overlays.auth")

BROKER: Final = "gopocket"
Generation = Literal["rest", "open-api-v1"]

OPERATIONS: Final[dict[str, str]] = {"rest": "getUserDetails", "open-api-v1": "getUserDetailsV1"}
"""The spec operation that exchanges the checksum, per API generation."""

_RELOGIN: Final = "redo the Gopocket SSO login (login_url -> parse_callback -> exchange)"
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)


@dataclass(frozen=True, slots=True)
class SsoCallback:
    """What Gopocket appends to the app's redirect URL after the browser login."""

    auth_code: Secret
    user_id: str

    @property
    def store_key(self) -> str:
        """Token-store key for this user's session (hashed user id)."""
        return store_key(BROKER, self.user_id.upper())


def login_url(app_code: str) -> str:
    """The SSO login page for the app, from the spec root ``x-browser-flows.login``."""
    plain_text("app_code", app_code, broker=BROKER)
    flow = catalog(BROKER).browser_flow("login")
    return f"{flow['url']}?{urlencode({'appcode': app_code})}"


def parse_callback(url: str) -> SsoCallback:
    """``authCode`` and ``userId`` from the redirect URL (names matched case-insensitively)."""
    plain_text("callback_url", url, broker=BROKER)
    query = {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items() if v and v[0]}
    auth_code, user_id = query.get("authcode"), query.get("userid")
    if not auth_code or not user_id:
        missing = [n for n, v in (("authCode", auth_code), ("userId", user_id)) if not v]
        raise InvalidCredentialsError(
            f"SSO callback is missing {', '.join(missing)}; {_RELOGIN}",
            broker=BROKER,
            operation="ssoLogin",
        )
    return SsoCallback(auth_code=Secret(auth_code), user_id=user_id)


def check_exchange(api_secret: object, generation: object) -> None:
    """The exchange's own arguments, checked before the single-use ``authCode`` is spent:
    :class:`~broker_overlays.errors.ClientValidationError` naming the bad one."""
    secret_text("api_secret", api_secret, broker=BROKER)
    if generation not in OPERATIONS:
        raise ClientValidationError(
            f"generation must be one of {sorted(OPERATIONS)}, not {generation!r}", broker=BROKER
        )


def _request(
    callback: SsoCallback, api_secret: str | Secret, generation: Generation
) -> tuple[str, GetUserDetailsRequest]:
    if not isinstance(callback, SsoCallback):
        raise ClientValidationError(
            f"callback must be an SsoCallback (parse_callback(url)), not {type(callback).__name__}",
            broker=BROKER,
        )
    check_exchange(api_secret, generation)
    checksum = sso_checksum(callback.user_id, callback.auth_code, api_secret)
    return OPERATIONS[generation], GetUserDetailsRequest(check_sum=checksum)


def exchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation = "rest",
) -> StoredToken:
    """The user session for an SSO callback (getUserDetails / getUserDetailsV1 with the checksum).

    ``client`` is an unauthenticated generated client. Not retried: the ``authCode`` is
    presumably single-use.
    """
    return run(_exchange(callback, api_secret, client, generation))


async def aexchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation = "rest",
) -> StoredToken:
    """Async :func:`exchange`."""
    return await arun(_exchange(callback, api_secret, client, generation))


def _exchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation,
) -> Flow[StoredToken]:
    operation, body = _request(callback, api_secret, generation)
    log.info("gopocket: exchanging the SSO checksum (%s)", operation)
    op = get_user_details if generation == "rest" else get_user_details_v1
    try:
        response = yield Call(op, {"client": client, "body": body})
    except BrokerFailureError as exc:
        raise _refused(operation, exc.broker_message, exc.status_code) from exc
    except _UNREADABLE as exc:
        raise _refused(operation, None, None, "got an unreadable response") from exc
    return _session(operation, response)


def _session(operation: str, response: Response[Envelope | GetUserDetailsResponse]) -> StoredToken:
    """The session from either response shape the SDK accepts: envelope
    ``{"status":"Ok","result":[{"accessToken":...}]}`` or Noren ``{"stat":"Ok","userSession":...}``;
    a ``stat``/``status`` other than ``Ok`` is a failure, its text in ``emsg`` or ``message``."""
    parsed = response.parsed
    status = int(response.status_code)
    message = next(
        (
            v
            for v in (getattr(parsed, "emsg", None), getattr(parsed, "message", None))
            if isinstance(v, str) and v
        ),
        None,
    )
    if status != 200 or not isinstance(parsed, GetUserDetailsResponse):
        raise _refused(operation, message, status)
    if any(isinstance(v, str) and v.lower() != "ok" for v in (parsed.stat, parsed.status)):
        raise _refused(operation, message, status)
    session = _session_value(parsed)
    if session is None:
        raise _refused(operation, message, status, "returned no session")
    log.info("gopocket: user session obtained")
    return StoredToken(access_token=Secret(session), expires_at=None)


def _session_value(parsed: GetUserDetailsResponse) -> str | None:
    if isinstance(parsed.user_session, str) and parsed.user_session:
        return parsed.user_session
    if isinstance(parsed.result, list) and parsed.result:
        token = parsed.result[0].access_token
        if isinstance(token, str) and token:
            return token
    return None


def _refused(
    operation: str, broker_message: str | None, status: int | None, reason: str = "was refused"
) -> InvalidCredentialsError:
    return InvalidCredentialsError(
        f"SSO session exchange {reason}: check the API secret, or {_RELOGIN} "
        "(an authCode works once)",
        broker=BROKER,
        operation=operation,
        status_code=status,
        broker_message=broker_message,
    )


RELOGIN_HINT: Final = _RELOGIN
"""What :class:`TokenAuth` tells the user when the Gopocket session is refused."""
