from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.legacy_static_ip_request import LegacyStaticIpRequest
from ...models.legacy_static_ip_response import LegacyStaticIpResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LegacyStaticIpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ip/ipRegistration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LegacyStaticIpResponse:
    if response.status_code == 200:
        response_200 = LegacyStaticIpResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LegacyStaticIpResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyStaticIpRequest,
) -> Response[Envelope | LegacyStaticIpResponse]:
    """Register the static IPs with the trading password (deprecated)

     Deprecated in v3.2 (uses the trading password, deemed non-compliant); register static
    IPs in the Web Dashboard and check them with `GET /ip/whoami` instead. One PRIMARY
    (required) and one SECONDARY (optional) public IPv4 address. UNSURE: the response
    payload sits under `data` / `ipDetails` with an undocumented shape. Never retried
    automatically.

    Args:
        body (LegacyStaticIpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyStaticIpResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LegacyStaticIpResponse]) -> LegacyStaticIpResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LegacyStaticIpResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyStaticIpRequest,
) -> LegacyStaticIpResponse:
    """Register the static IPs with the trading password (deprecated)

     Deprecated in v3.2 (uses the trading password, deemed non-compliant); register static
    IPs in the Web Dashboard and check them with `GET /ip/whoami` instead. One PRIMARY
    (required) and one SECONDARY (optional) public IPv4 address. UNSURE: the response
    payload sits under `data` / `ipDetails` with an undocumented shape. Never retried
    automatically.

    Args:
        body (LegacyStaticIpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyStaticIpResponse
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
    body: LegacyStaticIpRequest,
) -> Response[Envelope | LegacyStaticIpResponse]:
    """Register the static IPs with the trading password (deprecated)

     Deprecated in v3.2 (uses the trading password, deemed non-compliant); register static
    IPs in the Web Dashboard and check them with `GET /ip/whoami` instead. One PRIMARY
    (required) and one SECONDARY (optional) public IPv4 address. UNSURE: the response
    payload sits under `data` / `ipDetails` with an undocumented shape. Never retried
    automatically.

    Args:
        body (LegacyStaticIpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyStaticIpResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyStaticIpRequest,
) -> LegacyStaticIpResponse:
    """Register the static IPs with the trading password (deprecated)

     Deprecated in v3.2 (uses the trading password, deemed non-compliant); register static
    IPs in the Web Dashboard and check them with `GET /ip/whoami` instead. One PRIMARY
    (required) and one SECONDARY (optional) public IPv4 address. UNSURE: the response
    payload sits under `data` / `ipDetails` with an undocumented shape. Never retried
    automatically.

    Args:
        body (LegacyStaticIpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyStaticIpResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
