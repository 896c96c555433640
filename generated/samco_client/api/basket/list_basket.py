from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_list_type import BasketListType
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_type: BasketListType | Unset = "ALL",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_type: str | Unset = UNSET
    if not isinstance(list_type, Unset):
        json_list_type = list_type

    params["listType"] = json_list_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/basket/listBasket",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BasketResponse | Envelope:
    if response.status_code == 200:
        response_200 = BasketResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BasketResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_type: BasketListType | Unset = "ALL",
) -> Response[BasketResponse | Envelope]:
    """List baskets

     Lists the baskets with their orders, status and creation time (docs prose). The exact
    response fields are UNSURE; the Java SDK reads them from `baskets[]` (open objects).
    `listType=NOT EXECUTED` contains a space and must be URL-encoded.

    Args:
        list_type (BasketListType | Unset): Which baskets to list: `ALL` (default), `EXECUTED`,
            `NOT EXECUTED` (with a space; URL-encode it). Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        list_type=list_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[BasketResponse | Envelope]) -> BasketResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(BasketResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_type: BasketListType | Unset = "ALL",
) -> BasketResponse:
    """List baskets

     Lists the baskets with their orders, status and creation time (docs prose). The exact
    response fields are UNSURE; the Java SDK reads them from `baskets[]` (open objects).
    `listType=NOT EXECUTED` contains a space and must be URL-encoded.

    Args:
        list_type (BasketListType | Unset): Which baskets to list: `ALL` (default), `EXECUTED`,
            `NOT EXECUTED` (with a space; URL-encode it). Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        sync_detailed(
            client=client,
            list_type=list_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_type: BasketListType | Unset = "ALL",
) -> Response[BasketResponse | Envelope]:
    """List baskets

     Lists the baskets with their orders, status and creation time (docs prose). The exact
    response fields are UNSURE; the Java SDK reads them from `baskets[]` (open objects).
    `listType=NOT EXECUTED` contains a space and must be URL-encoded.

    Args:
        list_type (BasketListType | Unset): Which baskets to list: `ALL` (default), `EXECUTED`,
            `NOT EXECUTED` (with a space; URL-encode it). Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        list_type=list_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_type: BasketListType | Unset = "ALL",
) -> BasketResponse:
    """List baskets

     Lists the baskets with their orders, status and creation time (docs prose). The exact
    response fields are UNSURE; the Java SDK reads them from `baskets[]` (open objects).
    `listType=NOT EXECUTED` contains a space and must be URL-encoded.

    Args:
        list_type (BasketListType | Unset): Which baskets to list: `ALL` (default), `EXECUTED`,
            `NOT EXECUTED` (with a space; URL-encode it). Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            list_type=list_type,
        )
    )
