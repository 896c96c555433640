from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.o_auth_token_request import OAuthTokenRequest
from ...models.o_auth_token_response import OAuthTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OAuthTokenResponse:
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OAuthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[Envelope | OAuthTokenResponse]:
    """Exchange an OAuth 2.1 authorization code for access and refresh tokens

     Step 3 of the OAuth 2.1 flow: the app's backend sends the `code` Samco appended to the
    redirect URL. The access token is used as `x-session-token` (valid until 08:00 IST the
    next day); the refresh token lives 7 days (PY). No session header. DOCS say the calling
    backend's IP must be registered as a static IP, so HTTP 403 is declared (IP column `Y?`).
    Only `code` and `redirect_url` are documented (PY). UNSURE: `grant_type`,
    `refresh_token`, `code_verifier` and `api_key` are optional extras for a refresh grant
    and PKCE, which no source shows. Contradiction: DOCS name the outputs `access_token` /
    `refresh_token`, the PY README reads `accessToken`; the response accepts both spellings,
    all optional. Failures carry an `errorCode` (`EOAUTH001`, `EOAUTH008`, `EOAUTH009`;
    FR:A3.2). Never retried automatically: a code can be used once.

    Args:
        body (OAuthTokenRequest): Token request at `/oauth/token`. Only the authorization-code
            exchange is documented
            (PY): `code` and `redirect_url`. UNSURE: `grant_type`, `refresh_token`, `code_verifier`
            and `api_key` are not documented; they are accepted for a refresh-token grant and PKCE,
            which OAuth 2.1 normally uses. The grants are told apart by `grant_type`: with
            `grant_type: refresh_token` a `refresh_token` is required; otherwise (the documented
            code exchange) `code` and `redirect_url` are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OAuthTokenResponse]) -> OAuthTokenResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OAuthTokenResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthTokenResponse:
    """Exchange an OAuth 2.1 authorization code for access and refresh tokens

     Step 3 of the OAuth 2.1 flow: the app's backend sends the `code` Samco appended to the
    redirect URL. The access token is used as `x-session-token` (valid until 08:00 IST the
    next day); the refresh token lives 7 days (PY). No session header. DOCS say the calling
    backend's IP must be registered as a static IP, so HTTP 403 is declared (IP column `Y?`).
    Only `code` and `redirect_url` are documented (PY). UNSURE: `grant_type`,
    `refresh_token`, `code_verifier` and `api_key` are optional extras for a refresh grant
    and PKCE, which no source shows. Contradiction: DOCS name the outputs `access_token` /
    `refresh_token`, the PY README reads `accessToken`; the response accepts both spellings,
    all optional. Failures carry an `errorCode` (`EOAUTH001`, `EOAUTH008`, `EOAUTH009`;
    FR:A3.2). Never retried automatically: a code can be used once.

    Args:
        body (OAuthTokenRequest): Token request at `/oauth/token`. Only the authorization-code
            exchange is documented
            (PY): `code` and `redirect_url`. UNSURE: `grant_type`, `refresh_token`, `code_verifier`
            and `api_key` are not documented; they are accepted for a refresh-token grant and PKCE,
            which OAuth 2.1 normally uses. The grants are told apart by `grant_type`: with
            `grant_type: refresh_token` a `refresh_token` is required; otherwise (the documented
            code exchange) `code` and `redirect_url` are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[Envelope | OAuthTokenResponse]:
    """Exchange an OAuth 2.1 authorization code for access and refresh tokens

     Step 3 of the OAuth 2.1 flow: the app's backend sends the `code` Samco appended to the
    redirect URL. The access token is used as `x-session-token` (valid until 08:00 IST the
    next day); the refresh token lives 7 days (PY). No session header. DOCS say the calling
    backend's IP must be registered as a static IP, so HTTP 403 is declared (IP column `Y?`).
    Only `code` and `redirect_url` are documented (PY). UNSURE: `grant_type`,
    `refresh_token`, `code_verifier` and `api_key` are optional extras for a refresh grant
    and PKCE, which no source shows. Contradiction: DOCS name the outputs `access_token` /
    `refresh_token`, the PY README reads `accessToken`; the response accepts both spellings,
    all optional. Failures carry an `errorCode` (`EOAUTH001`, `EOAUTH008`, `EOAUTH009`;
    FR:A3.2). Never retried automatically: a code can be used once.

    Args:
        body (OAuthTokenRequest): Token request at `/oauth/token`. Only the authorization-code
            exchange is documented
            (PY): `code` and `redirect_url`. UNSURE: `grant_type`, `refresh_token`, `code_verifier`
            and `api_key` are not documented; they are accepted for a refresh-token grant and PKCE,
            which OAuth 2.1 normally uses. The grants are told apart by `grant_type`: with
            `grant_type: refresh_token` a `refresh_token` is required; otherwise (the documented
            code exchange) `code` and `redirect_url` are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthTokenResponse:
    """Exchange an OAuth 2.1 authorization code for access and refresh tokens

     Step 3 of the OAuth 2.1 flow: the app's backend sends the `code` Samco appended to the
    redirect URL. The access token is used as `x-session-token` (valid until 08:00 IST the
    next day); the refresh token lives 7 days (PY). No session header. DOCS say the calling
    backend's IP must be registered as a static IP, so HTTP 403 is declared (IP column `Y?`).
    Only `code` and `redirect_url` are documented (PY). UNSURE: `grant_type`,
    `refresh_token`, `code_verifier` and `api_key` are optional extras for a refresh grant
    and PKCE, which no source shows. Contradiction: DOCS name the outputs `access_token` /
    `refresh_token`, the PY README reads `accessToken`; the response accepts both spellings,
    all optional. Failures carry an `errorCode` (`EOAUTH001`, `EOAUTH008`, `EOAUTH009`;
    FR:A3.2). Never retried automatically: a code can be used once.

    Args:
        body (OAuthTokenRequest): Token request at `/oauth/token`. Only the authorization-code
            exchange is documented
            (PY): `code` and `redirect_url`. UNSURE: `grant_type`, `refresh_token`, `code_verifier`
            and `api_key` are not documented; they are accepted for a refresh-token grant and PKCE,
            which OAuth 2.1 normally uses. The grants are told apart by `grant_type`: with
            `grant_type: refresh_token` a `refresh_token` is required; otherwise (the documented
            code exchange) `code` and `redirect_url` are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
