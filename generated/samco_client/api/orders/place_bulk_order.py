from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_order_list_request import BulkOrderListRequest
from ...models.bulk_order_response import BulkOrderResponse
from ...models.bulk_order_single_request import BulkOrderSingleRequest
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: BulkOrderListRequest | BulkOrderSingleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/bulkOrder",
    }

    if isinstance(body, BulkOrderSingleRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkOrderResponse | Envelope:
    if response.status_code == 200:
        response_200 = BulkOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkOrderResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkOrderListRequest | BulkOrderSingleRequest,
) -> Response[BulkOrderResponse | Envelope]:
    """Place a bulk order (v3.2)

     Contradiction: DOCS describe one large order above the exchange freeze quantity that the
    server slices, with a single flat order as body; PY/NODE/JAVA send
    `{"orders": [<placeOrder body>, ...]}`. The body accepts either shape (`oneOf`).
    The response is the envelope (NODE sample) with optional `orderResponses` and
    `orderNumbers` (JAVA model). Market orders as in `POST /order/placeOrder` (FR:A3.10):
    each order may carry `marketProtection`. Static IP enforced (HTTP 403). Never retried
    automatically: a repeat places the orders again.

    Args:
        body (BulkOrderListRequest | BulkOrderSingleRequest): Contradiction: DOCS describe a
            single flat order (sliced by freeze quantity), the SDKs
            send `{"orders": [...]}`. Either shape is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkOrderResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[BulkOrderResponse | Envelope]) -> BulkOrderResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(BulkOrderResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkOrderListRequest | BulkOrderSingleRequest,
) -> BulkOrderResponse:
    """Place a bulk order (v3.2)

     Contradiction: DOCS describe one large order above the exchange freeze quantity that the
    server slices, with a single flat order as body; PY/NODE/JAVA send
    `{"orders": [<placeOrder body>, ...]}`. The body accepts either shape (`oneOf`).
    The response is the envelope (NODE sample) with optional `orderResponses` and
    `orderNumbers` (JAVA model). Market orders as in `POST /order/placeOrder` (FR:A3.10):
    each order may carry `marketProtection`. Static IP enforced (HTTP 403). Never retried
    automatically: a repeat places the orders again.

    Args:
        body (BulkOrderListRequest | BulkOrderSingleRequest): Contradiction: DOCS describe a
            single flat order (sliced by freeze quantity), the SDKs
            send `{"orders": [...]}`. Either shape is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkOrderResponse
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
    body: BulkOrderListRequest | BulkOrderSingleRequest,
) -> Response[BulkOrderResponse | Envelope]:
    """Place a bulk order (v3.2)

     Contradiction: DOCS describe one large order above the exchange freeze quantity that the
    server slices, with a single flat order as body; PY/NODE/JAVA send
    `{"orders": [<placeOrder body>, ...]}`. The body accepts either shape (`oneOf`).
    The response is the envelope (NODE sample) with optional `orderResponses` and
    `orderNumbers` (JAVA model). Market orders as in `POST /order/placeOrder` (FR:A3.10):
    each order may carry `marketProtection`. Static IP enforced (HTTP 403). Never retried
    automatically: a repeat places the orders again.

    Args:
        body (BulkOrderListRequest | BulkOrderSingleRequest): Contradiction: DOCS describe a
            single flat order (sliced by freeze quantity), the SDKs
            send `{"orders": [...]}`. Either shape is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkOrderResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkOrderListRequest | BulkOrderSingleRequest,
) -> BulkOrderResponse:
    """Place a bulk order (v3.2)

     Contradiction: DOCS describe one large order above the exchange freeze quantity that the
    server slices, with a single flat order as body; PY/NODE/JAVA send
    `{"orders": [<placeOrder body>, ...]}`. The body accepts either shape (`oneOf`).
    The response is the envelope (NODE sample) with optional `orderResponses` and
    `orderNumbers` (JAVA model). Market orders as in `POST /order/placeOrder` (FR:A3.10):
    each order may carry `marketProtection`. Static IP enforced (HTTP 403). Never retried
    automatically: a repeat places the orders again.

    Args:
        body (BulkOrderListRequest | BulkOrderSingleRequest): Contradiction: DOCS describe a
            single flat order (sliced by freeze quantity), the SDKs
            send `{"orders": [...]}`. Either shape is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkOrderResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
