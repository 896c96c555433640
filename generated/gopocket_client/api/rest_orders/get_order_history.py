from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_history_request import OrderHistoryRequest
from ...models.order_history_response import OrderHistoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/od-rest/info/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderHistoryResponse:
    if response.status_code == 200:
        response_200 = OrderHistoryResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderHistoryRequest,
) -> Response[Envelope | OrderHistoryResponse]:
    """Status history of one order

     One `result` row per state transition of the order (e.g. a `PENDING`/`NewAck` row and
    a `REJECTED`/`Rejected` row). Read-only although it is a POST. `userId` is in the field
    table but in the sample only from 2023-11-20, and [SDK-prev] sends `orderNo` alone:
    optional here. The rows use other names than the order book (`quantity`, `status`,
    `avgPrice`, `exchOrderNo`).
    Older paths `/orderinfo/history` (docs 2023-09/10) and `/info/history` (2023-11-20 to
    2023-12-15); [SDK-prev] calls `/od-rest/api/info/history` (the docs path is used).
    Rate-limit category inferred (non-trading).

    Args:
        body (OrderHistoryRequest): The order whose state transitions to list. [SDK-prev] sends
            `orderNo` only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderHistoryResponse]) -> OrderHistoryResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderHistoryResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderHistoryRequest,
) -> OrderHistoryResponse:
    """Status history of one order

     One `result` row per state transition of the order (e.g. a `PENDING`/`NewAck` row and
    a `REJECTED`/`Rejected` row). Read-only although it is a POST. `userId` is in the field
    table but in the sample only from 2023-11-20, and [SDK-prev] sends `orderNo` alone:
    optional here. The rows use other names than the order book (`quantity`, `status`,
    `avgPrice`, `exchOrderNo`).
    Older paths `/orderinfo/history` (docs 2023-09/10) and `/info/history` (2023-11-20 to
    2023-12-15); [SDK-prev] calls `/od-rest/api/info/history` (the docs path is used).
    Rate-limit category inferred (non-trading).

    Args:
        body (OrderHistoryRequest): The order whose state transitions to list. [SDK-prev] sends
            `orderNo` only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderHistoryResponse
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
    body: OrderHistoryRequest,
) -> Response[Envelope | OrderHistoryResponse]:
    """Status history of one order

     One `result` row per state transition of the order (e.g. a `PENDING`/`NewAck` row and
    a `REJECTED`/`Rejected` row). Read-only although it is a POST. `userId` is in the field
    table but in the sample only from 2023-11-20, and [SDK-prev] sends `orderNo` alone:
    optional here. The rows use other names than the order book (`quantity`, `status`,
    `avgPrice`, `exchOrderNo`).
    Older paths `/orderinfo/history` (docs 2023-09/10) and `/info/history` (2023-11-20 to
    2023-12-15); [SDK-prev] calls `/od-rest/api/info/history` (the docs path is used).
    Rate-limit category inferred (non-trading).

    Args:
        body (OrderHistoryRequest): The order whose state transitions to list. [SDK-prev] sends
            `orderNo` only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderHistoryRequest,
) -> OrderHistoryResponse:
    """Status history of one order

     One `result` row per state transition of the order (e.g. a `PENDING`/`NewAck` row and
    a `REJECTED`/`Rejected` row). Read-only although it is a POST. `userId` is in the field
    table but in the sample only from 2023-11-20, and [SDK-prev] sends `orderNo` alone:
    optional here. The rows use other names than the order book (`quantity`, `status`,
    `avgPrice`, `exchOrderNo`).
    Older paths `/orderinfo/history` (docs 2023-09/10) and `/info/history` (2023-11-20 to
    2023-12-15); [SDK-prev] calls `/od-rest/api/info/history` (the docs path is used).
    Rate-limit category inferred (non-trading).

    Args:
        body (OrderHistoryRequest): The order whose state transitions to list. [SDK-prev] sends
            `orderNo` only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderHistoryResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
