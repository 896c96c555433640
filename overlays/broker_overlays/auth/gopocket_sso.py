"""Gopocket's vendor SSO: browser login, then a checksum exchange for the user session.

1. :func:`login_url` - send the user's browser to ``https://web.gopocket.in/?appcode=<appCode>``;
2. :func:`parse_callback` - Gopocket redirects back with ``authCode`` and ``userId``;
3. :func:`exchange` - POST ``{"checkSum": SHA-256(userId + authCode + apiSecret)}`` to
   getUserDetails and get the session.

getUserDetails has four documented URLs (spec operation ``getUserDetails`` and its variants).
The default is :data:`DEFAULT_LOGIN_PATH`, ``/open-api/order/v1/vendor/getUserDetails``
(``getUserDetailsV1``): the published SDK's URL, whose open-api form the platform's other
deployment answers live. ``generation="rest"`` posts to the docs' ``getUserDetails``;
``login_path=`` reaches any of the four.

The session has no known expiry (valid until the user logs out), so it is stored with
``expires_at=None`` and :class:`~broker_overlays.auth.token_auth.TokenAuth` for Gopocket has
no provider: a 401 means the SSO login must be done again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import ModuleType
from typing import Final, Literal, cast, get_args
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
from gopocket_client.api.rest_auth import (
    get_user_details,
    get_user_details_legacy,
    get_user_details_vendor,
)
from gopocket_client.api.v1_auth import get_user_details_v1
from gopocket_client.models.envelope import Envelope
from gopocket_client.models.get_user_details_request import GetUserDetailsRequest
from gopocket_client.models.get_user_details_response import GetUserDetailsResponse
from gopocket_client.types import Response

log = logging.getLogger("broker_overlays.auth")

BROKER: Final = "gopocket"
Generation = Literal["rest", "open-api-v1"]
LoginPath = Literal[
    "/open-api/order/v1/vendor/getUserDetails",
    "/am/sso/vendor/getUserDetails",
    "/am/sso/vendor/auth/getUserDetails",
    "/rest/gopocketAPIService/sso/getUserDetails",
]
"""The documented URLs of the SSO session exchange (spec: ``getUserDetails`` and its
``x-variant-of`` operations, and ``getUserDetailsV1``)."""

DEFAULT_LOGIN_PATH: Final[LoginPath] = "/open-api/order/v1/vendor/getUserDetails"
"""Where the exchange posts unless told otherwise (``getUserDetailsV1``, see the module doc)."""

GENERATION_LOGIN_PATHS: Final[dict[str, LoginPath]] = {
    "open-api-v1": "/open-api/order/v1/vendor/getUserDetails",
    "rest": "/am/sso/vendor/auth/getUserDetails",
}
"""Each API generation's own session exchange (``generation=``)."""

_LOGIN_MODULES: Final[dict[str, ModuleType]] = {
    "/open-api/order/v1/vendor/getUserDetails": get_user_details_v1,
    "/am/sso/vendor/getUserDetails": get_user_details_vendor,
    "/am/sso/vendor/auth/getUserDetails": get_user_details,
    "/rest/gopocketAPIService/sso/getUserDetails": get_user_details_legacy,
}

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


def check_exchange(
    api_secret: object, generation: object = None, login_path: object = None
) -> LoginPath:
    """The exchange's own arguments, checked before the single-use ``authCode`` is spent
    (:class:`~broker_overlays.errors.ClientValidationError` naming the bad one); returns the
    URL path the exchange posts to: ``login_path``, else the ``generation``'s, else
    :data:`DEFAULT_LOGIN_PATH`."""
    secret_text("api_secret", api_secret, broker=BROKER)
    if generation is not None and generation not in GENERATION_LOGIN_PATHS:
        raise ClientValidationError(
            f"generation must be one of {sorted(GENERATION_LOGIN_PATHS)}, not {generation!r}",
            broker=BROKER,
        )
    if login_path is not None and login_path not in _LOGIN_MODULES:
        raise ClientValidationError(
            f"login_path must be one of {list(get_args(LoginPath))}, not {login_path!r}",
            broker=BROKER,
        )
    by_generation = GENERATION_LOGIN_PATHS.get(str(generation)) if generation else None
    if login_path is not None and by_generation is not None and login_path != by_generation:
        raise ClientValidationError(
            f"generation={generation!r} logs in at {by_generation}, not login_path={login_path!r}: "
            "give one of the two",
            broker=BROKER,
        )
    return cast(LoginPath, login_path or by_generation or DEFAULT_LOGIN_PATH)


def login_operation(path: LoginPath) -> str:
    """The spec ``operationId`` of a login URL path."""
    found = catalog(BROKER).find("POST", path)
    if found is None:
        raise LookupError(f"{path} is not an operation of the bundled Gopocket spec")
    return found.operation_id


def _request(
    callback: SsoCallback, api_secret: str | Secret, generation: object, login_path: object
) -> tuple[LoginPath, GetUserDetailsRequest]:
    if not isinstance(callback, SsoCallback):
        raise ClientValidationError(
            f"callback must be an SsoCallback (parse_callback(url)), not {type(callback).__name__}",
            broker=BROKER,
        )
    path = check_exchange(api_secret, generation, login_path)
    checksum = sso_checksum(callback.user_id, callback.auth_code, api_secret)
    return path, GetUserDetailsRequest(check_sum=checksum)


def exchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation | None = None,
    *,
    login_path: LoginPath | None = None,
) -> StoredToken:
    """The user session for an SSO callback (getUserDetails with the checksum), posted to
    ``login_path``, else the ``generation``'s own URL, else :data:`DEFAULT_LOGIN_PATH`.

    ``client`` is an unauthenticated generated client. Not retried: the ``authCode`` is
    presumably single-use.
    """
    return run(_exchange(callback, api_secret, client, generation, login_path))


async def aexchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation | None = None,
    *,
    login_path: LoginPath | None = None,
) -> StoredToken:
    """Async :func:`exchange`."""
    return await arun(_exchange(callback, api_secret, client, generation, login_path))


def _exchange(
    callback: SsoCallback,
    api_secret: str | Secret,
    client: Client | AuthenticatedClient,
    generation: Generation | None,
    login_path: LoginPath | None,
) -> Flow[StoredToken]:
    path, body = _request(callback, api_secret, generation, login_path)
    operation = login_operation(path)
    log.info("gopocket: exchanging the SSO checksum (%s)", operation)
    try:
        response = yield Call(_LOGIN_MODULES[path], {"client": client, "body": body})
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
