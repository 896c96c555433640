from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    basket_id: str | Unset = UNSET,
    basket_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["basketId"] = basket_id

    params["basketName"] = basket_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/basket/listBasketOrder",
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
    basket_id: str | Unset = UNSET,
    basket_name: str | Unset = UNSET,
) -> Response[BasketResponse | Envelope]:
    """List the orders of a basket

     Lists the orders stored in one basket. The docs answer with a top-level
    `basketDetails` (contents UNSURE; one object or an array both parse); the Java model
    reads `basketOrders[]`. The Java SDK calls this without any query parameter, the docs
    require `basketId`, and the Python SDK's docstring passes `basketName` as the query.
    Chosen: both parameters are optional and one of them names the basket (OpenAPI cannot
    require one of two parameters; a server answers a failure without either).

    Args:
        basket_id (str | Unset):
        basket_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        basket_name=basket_name,
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
    basket_id: str | Unset = UNSET,
    basket_name: str | Unset = UNSET,
) -> BasketResponse:
    """List the orders of a basket

     Lists the orders stored in one basket. The docs answer with a top-level
    `basketDetails` (contents UNSURE; one object or an array both parse); the Java model
    reads `basketOrders[]`. The Java SDK calls this without any query parameter, the docs
    require `basketId`, and the Python SDK's docstring passes `basketName` as the query.
    Chosen: both parameters are optional and one of them names the basket (OpenAPI cannot
    require one of two parameters; a server answers a failure without either).

    Args:
        basket_id (str | Unset):
        basket_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        sync_detailed(
            client=client,
            basket_id=basket_id,
            basket_name=basket_name,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    basket_id: str | Unset = UNSET,
    basket_name: str | Unset = UNSET,
) -> Response[BasketResponse | Envelope]:
    """List the orders of a basket

     Lists the orders stored in one basket. The docs answer with a top-level
    `basketDetails` (contents UNSURE; one object or an array both parse); the Java model
    reads `basketOrders[]`. The Java SDK calls this without any query parameter, the docs
    require `basketId`, and the Python SDK's docstring passes `basketName` as the query.
    Chosen: both parameters are optional and one of them names the basket (OpenAPI cannot
    require one of two parameters; a server answers a failure without either).

    Args:
        basket_id (str | Unset):
        basket_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        basket_name=basket_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    basket_id: str | Unset = UNSET,
    basket_name: str | Unset = UNSET,
) -> BasketResponse:
    """List the orders of a basket

     Lists the orders stored in one basket. The docs answer with a top-level
    `basketDetails` (contents UNSURE; one object or an array both parse); the Java model
    reads `basketOrders[]`. The Java SDK calls this without any query parameter, the docs
    require `basketId`, and the Python SDK's docstring passes `basketName` as the query.
    Chosen: both parameters are optional and one of them names the basket (OpenAPI cannot
    require one of two parameters; a server answers a failure without either).

    Args:
        basket_id (str | Unset):
        basket_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            basket_id=basket_id,
            basket_name=basket_name,
        )
    )
