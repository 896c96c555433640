from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_book_response import OrderBookResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order/orderBook",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderBookResponse:
    if response.status_code == 200:
        response_200 = OrderBookResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderBookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | OrderBookResponse]:
    """List today's orders

     All orders of the trading day, including rejected ones. `orderTime` uses
    `dd-MMM-yyyy HH:mm:ss`; `orderStatus` values seen: `Open`, `Trigger Pending`,
    `Complete`, `Cancelled`, `Rejected` (open set, capitalised words; the status call uses
    upper case, FR:A3.17). The Java SDK's model adds fields the samples do not show; all
    are optional here. A v3.2 integration reads the open quantity from `unfilledQuantity`
    (the status call names it `pendingQuantity`, FR:A3.15), finds placeholders such as
    `--` and `NA` in numeric strings, and takes `fillPrice` when `averagePrice` is `--`
    or `0.00` on a filled order (FR:A3.14, FR:A3.16). Other status words one integration
    maps (`ordered`, `filled`, ...) are its guesses and are not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderBookResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderBookResponse]) -> OrderBookResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderBookResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OrderBookResponse:
    """List today's orders

     All orders of the trading day, including rejected ones. `orderTime` uses
    `dd-MMM-yyyy HH:mm:ss`; `orderStatus` values seen: `Open`, `Trigger Pending`,
    `Complete`, `Cancelled`, `Rejected` (open set, capitalised words; the status call uses
    upper case, FR:A3.17). The Java SDK's model adds fields the samples do not show; all
    are optional here. A v3.2 integration reads the open quantity from `unfilledQuantity`
    (the status call names it `pendingQuantity`, FR:A3.15), finds placeholders such as
    `--` and `NA` in numeric strings, and takes `fillPrice` when `averagePrice` is `--`
    or `0.00` on a filled order (FR:A3.14, FR:A3.16). Other status words one integration
    maps (`ordered`, `filled`, ...) are its guesses and are not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBookResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | OrderBookResponse]:
    """List today's orders

     All orders of the trading day, including rejected ones. `orderTime` uses
    `dd-MMM-yyyy HH:mm:ss`; `orderStatus` values seen: `Open`, `Trigger Pending`,
    `Complete`, `Cancelled`, `Rejected` (open set, capitalised words; the status call uses
    upper case, FR:A3.17). The Java SDK's model adds fields the samples do not show; all
    are optional here. A v3.2 integration reads the open quantity from `unfilledQuantity`
    (the status call names it `pendingQuantity`, FR:A3.15), finds placeholders such as
    `--` and `NA` in numeric strings, and takes `fillPrice` when `averagePrice` is `--`
    or `0.00` on a filled order (FR:A3.14, FR:A3.16). Other status words one integration
    maps (`ordered`, `filled`, ...) are its guesses and are not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderBookResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OrderBookResponse:
    """List today's orders

     All orders of the trading day, including rejected ones. `orderTime` uses
    `dd-MMM-yyyy HH:mm:ss`; `orderStatus` values seen: `Open`, `Trigger Pending`,
    `Complete`, `Cancelled`, `Rejected` (open set, capitalised words; the status call uses
    upper case, FR:A3.17). The Java SDK's model adds fields the samples do not show; all
    are optional here. A v3.2 integration reads the open quantity from `unfilledQuantity`
    (the status call names it `pendingQuantity`, FR:A3.15), finds placeholders such as
    `--` and `NA` in numeric strings, and takes `fillPrice` when `averagePrice` is `--`
    or `0.00` on a filled order (FR:A3.14, FR:A3.16). Other status words one integration
    maps (`ordered`, `filled`, ...) are its guesses and are not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBookResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
