from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.legacy_access_token_request import LegacyAccessTokenRequest
from ...models.legacy_access_token_response import LegacyAccessTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LegacyAccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accessToken/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LegacyAccessTokenResponse:
    if response.status_code == 200:
        response_200 = LegacyAccessTokenResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LegacyAccessTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAccessTokenRequest,
) -> Response[Envelope | LegacyAccessTokenResponse]:
    """Exchange the secret API key for a one-day access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or `POST /oauth/token` instead. The access
    token lasts one day (expires before 08:00 the next day) and feeds `POST /login`. The
    docs do not name the response key carrying the token; OpenAlgo's April 2026 flow reads
    it from `accessToken` (FR:A3.5). Some failure samples omit `msgId` (envelope fields are
    optional). Never retried automatically.

    Args:
        body (LegacyAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyAccessTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LegacyAccessTokenResponse]) -> LegacyAccessTokenResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LegacyAccessTokenResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAccessTokenRequest,
) -> LegacyAccessTokenResponse:
    """Exchange the secret API key for a one-day access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or `POST /oauth/token` instead. The access
    token lasts one day (expires before 08:00 the next day) and feeds `POST /login`. The
    docs do not name the response key carrying the token; OpenAlgo's April 2026 flow reads
    it from `accessToken` (FR:A3.5). Some failure samples omit `msgId` (envelope fields are
    optional). Never retried automatically.

    Args:
        body (LegacyAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyAccessTokenResponse
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
    body: LegacyAccessTokenRequest,
) -> Response[Envelope | LegacyAccessTokenResponse]:
    """Exchange the secret API key for a one-day access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or `POST /oauth/token` instead. The access
    token lasts one day (expires before 08:00 the next day) and feeds `POST /login`. The
    docs do not name the response key carrying the token; OpenAlgo's April 2026 flow reads
    it from `accessToken` (FR:A3.5). Some failure samples omit `msgId` (envelope fields are
    optional). Never retried automatically.

    Args:
        body (LegacyAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyAccessTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAccessTokenRequest,
) -> LegacyAccessTokenResponse:
    """Exchange the secret API key for a one-day access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or `POST /oauth/token` instead. The access
    token lasts one day (expires before 08:00 the next day) and feeds `POST /login`. The
    docs do not name the response key carrying the token; OpenAlgo's April 2026 flow reads
    it from `accessToken` (FR:A3.5). Some failure samples omit `msgId` (envelope fields are
    optional). Never retried automatically.

    Args:
        body (LegacyAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyAccessTokenResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
