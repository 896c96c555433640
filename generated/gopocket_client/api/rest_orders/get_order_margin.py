from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_margin_request import OrderMarginRequest
from ...models.order_margin_response import OrderMarginResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderMarginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/od-rest/orders/getmargin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderMarginResponse:
    if response.status_code == 200:
        response_200 = OrderMarginResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderMarginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginRequest,
) -> Response[Envelope | OrderMarginResponse]:
    """Margin required for an order

     Read-only margin check of one order (single JSON object). Contradictions: the field
    table spells the side `tranType`, the sample `transType` (used here); the table types
    the amounts as String, the sample returns JSON numbers (used here); the 2023-09/10
    tables list `orderMargin` instead of `requiredMargin` (both accepted). `orderFlag`
    (`NEW`), `token` and `openOrderQty` are sent by [SDK-prev] only.
    Older path `/orders/getmargin` (docs until 2023-12-15). Rate-limit category inferred
    (non-trading).

    Args:
        body (OrderMarginRequest): An order whose margin requirement to compute (single JSON
            object). The field table
            spells the side `tranType`; the sample and the SDK send `transType`, which is used here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderMarginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderMarginResponse]) -> OrderMarginResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderMarginResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginRequest,
) -> OrderMarginResponse:
    """Margin required for an order

     Read-only margin check of one order (single JSON object). Contradictions: the field
    table spells the side `tranType`, the sample `transType` (used here); the table types
    the amounts as String, the sample returns JSON numbers (used here); the 2023-09/10
    tables list `orderMargin` instead of `requiredMargin` (both accepted). `orderFlag`
    (`NEW`), `token` and `openOrderQty` are sent by [SDK-prev] only.
    Older path `/orders/getmargin` (docs until 2023-12-15). Rate-limit category inferred
    (non-trading).

    Args:
        body (OrderMarginRequest): An order whose margin requirement to compute (single JSON
            object). The field table
            spells the side `tranType`; the sample and the SDK send `transType`, which is used here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderMarginResponse
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
    body: OrderMarginRequest,
) -> Response[Envelope | OrderMarginResponse]:
    """Margin required for an order

     Read-only margin check of one order (single JSON object). Contradictions: the field
    table spells the side `tranType`, the sample `transType` (used here); the table types
    the amounts as String, the sample returns JSON numbers (used here); the 2023-09/10
    tables list `orderMargin` instead of `requiredMargin` (both accepted). `orderFlag`
    (`NEW`), `token` and `openOrderQty` are sent by [SDK-prev] only.
    Older path `/orders/getmargin` (docs until 2023-12-15). Rate-limit category inferred
    (non-trading).

    Args:
        body (OrderMarginRequest): An order whose margin requirement to compute (single JSON
            object). The field table
            spells the side `tranType`; the sample and the SDK send `transType`, which is used here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderMarginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginRequest,
) -> OrderMarginResponse:
    """Margin required for an order

     Read-only margin check of one order (single JSON object). Contradictions: the field
    table spells the side `tranType`, the sample `transType` (used here); the table types
    the amounts as String, the sample returns JSON numbers (used here); the 2023-09/10
    tables list `orderMargin` instead of `requiredMargin` (both accepted). `orderFlag`
    (`NEW`), `token` and `openOrderQty` are sent by [SDK-prev] only.
    Older path `/orders/getmargin` (docs until 2023-12-15). Rate-limit category inferred
    (non-trading).

    Args:
        body (OrderMarginRequest): An order whose margin requirement to compute (single JSON
            object). The field table
            spells the side `tranType`; the sample and the SDK send `transType`, which is used here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderMarginResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
