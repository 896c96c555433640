from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_response import OrderResponse
from ...models.place_cover_order_request import PlaceCoverOrderRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PlaceCoverOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/placeOrderCO",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderResponse:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceCoverOrderRequest,
) -> Response[Envelope | OrderResponse]:
    """Place a cover order (CO)

     Places a live cover order: a limit day order with a compulsory stop-loss
    (`triggerPrice`). DOCS allow only `orderType` `L` and `orderValidity` `DAY`, and mark
    `disclosedQuantity` and `price` required. DOCS list exchanges NSE, BSE, NFO, MCX, CDS
    (BFO not listed on this page; the full `Exchange` set is accepted). UNSURE:
    `remarksValue` is in the Java model only. `marketProtection` is accepted as on regular
    orders (FR:A3.10); cover orders are limit orders, so it has no documented effect.
    Static IP enforced (HTTP 403). Never retried automatically: a repeat places a second
    order.

    Args:
        body (PlaceCoverOrderRequest): A cover order: a limit day order with a compulsory stop-
            loss trigger. All numbers are
            strings. DOCS mark `disclosedQuantity` required (samples send `""`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderResponse]) -> OrderResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceCoverOrderRequest,
) -> OrderResponse:
    """Place a cover order (CO)

     Places a live cover order: a limit day order with a compulsory stop-loss
    (`triggerPrice`). DOCS allow only `orderType` `L` and `orderValidity` `DAY`, and mark
    `disclosedQuantity` and `price` required. DOCS list exchanges NSE, BSE, NFO, MCX, CDS
    (BFO not listed on this page; the full `Exchange` set is accepted). UNSURE:
    `remarksValue` is in the Java model only. `marketProtection` is accepted as on regular
    orders (FR:A3.10); cover orders are limit orders, so it has no documented effect.
    Static IP enforced (HTTP 403). Never retried automatically: a repeat places a second
    order.

    Args:
        body (PlaceCoverOrderRequest): A cover order: a limit day order with a compulsory stop-
            loss trigger. All numbers are
            strings. DOCS mark `disclosedQuantity` required (samples send `""`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
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
    body: PlaceCoverOrderRequest,
) -> Response[Envelope | OrderResponse]:
    """Place a cover order (CO)

     Places a live cover order: a limit day order with a compulsory stop-loss
    (`triggerPrice`). DOCS allow only `orderType` `L` and `orderValidity` `DAY`, and mark
    `disclosedQuantity` and `price` required. DOCS list exchanges NSE, BSE, NFO, MCX, CDS
    (BFO not listed on this page; the full `Exchange` set is accepted). UNSURE:
    `remarksValue` is in the Java model only. `marketProtection` is accepted as on regular
    orders (FR:A3.10); cover orders are limit orders, so it has no documented effect.
    Static IP enforced (HTTP 403). Never retried automatically: a repeat places a second
    order.

    Args:
        body (PlaceCoverOrderRequest): A cover order: a limit day order with a compulsory stop-
            loss trigger. All numbers are
            strings. DOCS mark `disclosedQuantity` required (samples send `""`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceCoverOrderRequest,
) -> OrderResponse:
    """Place a cover order (CO)

     Places a live cover order: a limit day order with a compulsory stop-loss
    (`triggerPrice`). DOCS allow only `orderType` `L` and `orderValidity` `DAY`, and mark
    `disclosedQuantity` and `price` required. DOCS list exchanges NSE, BSE, NFO, MCX, CDS
    (BFO not listed on this page; the full `Exchange` set is accepted). UNSURE:
    `remarksValue` is in the Java model only. `marketProtection` is accepted as on regular
    orders (FR:A3.10); cover orders are limit orders, so it has no documented effect.
    Static IP enforced (HTTP 403). Never retried automatically: a repeat places a second
    order.

    Args:
        body (PlaceCoverOrderRequest): A cover order: a limit day order with a compulsory stop-
            loss trigger. All numbers are
            strings. DOCS mark `disclosedQuantity` required (samples send `""`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
