from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_list_v1_response import OrderListV1Response
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/order/v1/orders/trades",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderListV1Response:
    if response.status_code == 200:
        response_200 = OrderListV1Response.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderListV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | OrderListV1Response]:
    """List today's trades (SDK layout)

     No parameters. UNSURE: the response body is undocumented; modelled as the envelope with
    open order items: the order-book fields plus `tradedPrice`, `filledQuantity`,
    `fillTimestamp` (time of day only) and `exchangeTradeId`, read on the platform's other
    deployment [FR:B4.7] [AB]. An empty book may come back as a `Not_Ok` failure saying
    "No trades..." (`x-empty-result`) [FR:B4.6] [AB]. Rate-limit category inferred
    (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderListV1Response]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderListV1Response]) -> OrderListV1Response:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderListV1Response, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OrderListV1Response:
    """List today's trades (SDK layout)

     No parameters. UNSURE: the response body is undocumented; modelled as the envelope with
    open order items: the order-book fields plus `tradedPrice`, `filledQuantity`,
    `fillTimestamp` (time of day only) and `exchangeTradeId`, read on the platform's other
    deployment [FR:B4.7] [AB]. An empty book may come back as a `Not_Ok` failure saying
    "No trades..." (`x-empty-result`) [FR:B4.6] [AB]. Rate-limit category inferred
    (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderListV1Response
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | OrderListV1Response]:
    """List today's trades (SDK layout)

     No parameters. UNSURE: the response body is undocumented; modelled as the envelope with
    open order items: the order-book fields plus `tradedPrice`, `filledQuantity`,
    `fillTimestamp` (time of day only) and `exchangeTradeId`, read on the platform's other
    deployment [FR:B4.7] [AB]. An empty book may come back as a `Not_Ok` failure saying
    "No trades..." (`x-empty-result`) [FR:B4.6] [AB]. Rate-limit category inferred
    (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderListV1Response]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OrderListV1Response:
    """List today's trades (SDK layout)

     No parameters. UNSURE: the response body is undocumented; modelled as the envelope with
    open order items: the order-book fields plus `tradedPrice`, `filledQuantity`,
    `fillTimestamp` (time of day only) and `exchangeTradeId`, read on the platform's other
    deployment [FR:B4.7] [AB]. An empty book may come back as a `Not_Ok` failure saying
    "No trades..." (`x-empty-result`) [FR:B4.6] [AB]. Rate-limit category inferred
    (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderListV1Response
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
