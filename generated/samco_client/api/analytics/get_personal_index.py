from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.personal_index_response import PersonalIndexResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexData",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PersonalIndexResponse:
    if response.status_code == 200:
        response_200 = PersonalIndexResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PersonalIndexResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | PersonalIndexResponse]:
    """Get the personal index

     The user's aggregated trading P&L expressed as a personal index. The key `indexData`
    is used twice: for the outer object and for its inner values. All values are strings.
    The Python SDK exposes it as the undocumented `personal_index` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PersonalIndexResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | PersonalIndexResponse]) -> PersonalIndexResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PersonalIndexResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> PersonalIndexResponse:
    """Get the personal index

     The user's aggregated trading P&L expressed as a personal index. The key `indexData`
    is used twice: for the outer object and for its inner values. All values are strings.
    The Python SDK exposes it as the undocumented `personal_index` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalIndexResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | PersonalIndexResponse]:
    """Get the personal index

     The user's aggregated trading P&L expressed as a personal index. The key `indexData`
    is used twice: for the outer object and for its inner values. All values are strings.
    The Python SDK exposes it as the undocumented `personal_index` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PersonalIndexResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> PersonalIndexResponse:
    """Get the personal index

     The user's aggregated trading P&L expressed as a personal index. The key `indexData`
    is used twice: for the outer object and for its inner values. All values are strings.
    The Python SDK exposes it as the undocumented `personal_index` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalIndexResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
