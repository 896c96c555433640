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
        "url": "/od-rest/api/info/orderbook",
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
    """List today's orders (`/api/` path)

     Path variant of `getOrderBook` (`x-variant-of`): the same order book under the path
    with an `/api/` segment. A live Gopocket web app (2025-26) calls exactly
    `GET https://web.gopocket.in/od-rest/api/info/orderbook` with the Bearer session and
    tests `status == "Ok"` and the `result` array [FR:B4.1]; [SDK-prev] uses it too. The
    evidence favours this form (the only one seen in live use); the docs form
    `/od-rest/info/orderbook` is not disproved. No parameters. Rate-limit category
    inferred (non-trading).

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
    """List today's orders (`/api/` path)

     Path variant of `getOrderBook` (`x-variant-of`): the same order book under the path
    with an `/api/` segment. A live Gopocket web app (2025-26) calls exactly
    `GET https://web.gopocket.in/od-rest/api/info/orderbook` with the Bearer session and
    tests `status == "Ok"` and the `result` array [FR:B4.1]; [SDK-prev] uses it too. The
    evidence favours this form (the only one seen in live use); the docs form
    `/od-rest/info/orderbook` is not disproved. No parameters. Rate-limit category
    inferred (non-trading).

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
    """List today's orders (`/api/` path)

     Path variant of `getOrderBook` (`x-variant-of`): the same order book under the path
    with an `/api/` segment. A live Gopocket web app (2025-26) calls exactly
    `GET https://web.gopocket.in/od-rest/api/info/orderbook` with the Bearer session and
    tests `status == "Ok"` and the `result` array [FR:B4.1]; [SDK-prev] uses it too. The
    evidence favours this form (the only one seen in live use); the docs form
    `/od-rest/info/orderbook` is not disproved. No parameters. Rate-limit category
    inferred (non-trading).

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
    """List today's orders (`/api/` path)

     Path variant of `getOrderBook` (`x-variant-of`): the same order book under the path
    with an `/api/` segment. A live Gopocket web app (2025-26) calls exactly
    `GET https://web.gopocket.in/od-rest/api/info/orderbook` with the Bearer session and
    tests `status == "Ok"` and the `result` array [FR:B4.1]; [SDK-prev] uses it too. The
    evidence favours this form (the only one seen in live use); the docs form
    `/od-rest/info/orderbook` is not disproved. No parameters. Rate-limit category
    inferred (non-trading).

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
