from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.legacy_secret_key_request import LegacySecretKeyRequest
from ...models.legacy_secret_key_response import LegacySecretKeyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LegacySecretKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/otp/secretKeyGenerator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LegacySecretKeyResponse:
    if response.status_code == 200:
        response_200 = LegacySecretKeyResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LegacySecretKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacySecretKeyRequest,
) -> Response[Envelope | LegacySecretKeyResponse]:
    """Exchange the OTP for a secret API key (deprecated)

     Deprecated in v3.2; use the API key and secret from the Web Dashboard with
    `POST /session/token` instead. The legacy secret API key never expires. UNSURE: the
    response key carrying the secret is not documented; it is modelled as `secretApiKey`,
    the name the next step sends it under and OpenAlgo's 2026 flow gives it (FR:A3.5).
    Never retried automatically.

    Args:
        body (LegacySecretKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacySecretKeyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LegacySecretKeyResponse]) -> LegacySecretKeyResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LegacySecretKeyResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LegacySecretKeyRequest,
) -> LegacySecretKeyResponse:
    """Exchange the OTP for a secret API key (deprecated)

     Deprecated in v3.2; use the API key and secret from the Web Dashboard with
    `POST /session/token` instead. The legacy secret API key never expires. UNSURE: the
    response key carrying the secret is not documented; it is modelled as `secretApiKey`,
    the name the next step sends it under and OpenAlgo's 2026 flow gives it (FR:A3.5).
    Never retried automatically.

    Args:
        body (LegacySecretKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacySecretKeyResponse
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
    body: LegacySecretKeyRequest,
) -> Response[Envelope | LegacySecretKeyResponse]:
    """Exchange the OTP for a secret API key (deprecated)

     Deprecated in v3.2; use the API key and secret from the Web Dashboard with
    `POST /session/token` instead. The legacy secret API key never expires. UNSURE: the
    response key carrying the secret is not documented; it is modelled as `secretApiKey`,
    the name the next step sends it under and OpenAlgo's 2026 flow gives it (FR:A3.5).
    Never retried automatically.

    Args:
        body (LegacySecretKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacySecretKeyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacySecretKeyRequest,
) -> LegacySecretKeyResponse:
    """Exchange the OTP for a secret API key (deprecated)

     Deprecated in v3.2; use the API key and secret from the Web Dashboard with
    `POST /session/token` instead. The legacy secret API key never expires. UNSURE: the
    response key carrying the secret is not documented; it is modelled as `secretApiKey`,
    the name the next step sends it under and OpenAlgo's 2026 flow gives it (FR:A3.5).
    Never retried automatically.

    Args:
        body (LegacySecretKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacySecretKeyResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
