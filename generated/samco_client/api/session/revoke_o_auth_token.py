from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.o_auth_revoke_request import OAuthRevokeRequest
from ...models.o_auth_revoke_response import OAuthRevokeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/revoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OAuthRevokeResponse:
    if response.status_code == 200:
        response_200 = OAuthRevokeResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OAuthRevokeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthRevokeRequest,
) -> Response[Envelope | OAuthRevokeResponse]:
    """Revoke an OAuth access or refresh token

     The OAuth equivalent of logout. Documented by the PY SDK only, which sends no session
    header. UNSURE: the response is assumed to be the envelope only. Failures of the OAuth
    endpoints carry an `errorCode` (FR:A3.2). Never retried automatically.

    Args:
        body (OAuthRevokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthRevokeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OAuthRevokeResponse]) -> OAuthRevokeResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OAuthRevokeResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthRevokeRequest,
) -> OAuthRevokeResponse:
    """Revoke an OAuth access or refresh token

     The OAuth equivalent of logout. Documented by the PY SDK only, which sends no session
    header. UNSURE: the response is assumed to be the envelope only. Failures of the OAuth
    endpoints carry an `errorCode` (FR:A3.2). Never retried automatically.

    Args:
        body (OAuthRevokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthRevokeResponse
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
    body: OAuthRevokeRequest,
) -> Response[Envelope | OAuthRevokeResponse]:
    """Revoke an OAuth access or refresh token

     The OAuth equivalent of logout. Documented by the PY SDK only, which sends no session
    header. UNSURE: the response is assumed to be the envelope only. Failures of the OAuth
    endpoints carry an `errorCode` (FR:A3.2). Never retried automatically.

    Args:
        body (OAuthRevokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OAuthRevokeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthRevokeRequest,
) -> OAuthRevokeResponse:
    """Revoke an OAuth access or refresh token

     The OAuth equivalent of logout. Documented by the PY SDK only, which sends no session
    header. UNSURE: the response is assumed to be the envelope only. Failures of the OAuth
    endpoints carry an `errorCode` (FR:A3.2). Never retried automatically.

    Args:
        body (OAuthRevokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthRevokeResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
