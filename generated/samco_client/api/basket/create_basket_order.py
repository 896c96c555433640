from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.create_basket_order_request import CreateBasketOrderRequest
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBasketOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/basket/createOrder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: CreateBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Add an order to a basket

     Stores one order in a basket (nothing is sent to the exchange until the basket is
    executed). `orderType` is `L` or `SL`; `productType` one of `CNC`, `CO`, `BO`, `NRML`,
    `MIS`; `price` is needed for `L`/`SL`; the bracket-order fields (`priceType`,
    `squareOffValue`, `stopLossValue`, `valueType`, `trailingStopLoss`) apply to `BO`.
    The docs' field table is cut off after `triggerPrice`, so more fields may exist.
    Contradiction: the docs spell the basket key `basketID` (capital D) on this page and
    mark `disclosedQuantity` required; the Node/Java SDKs send
    `{"basketId": ..., "orders": [<order>]}` and the Python SDK README
    `{"basketName": ..., <order fields>}` without `orderValidity` or `disclosedQuantity`.
    Neither can be verified, so both are accepted: the docs body with its required fields,
    or the Python SDK body (basket named by `basketName`, only the order's core fields
    required); `orders[]` is an optional extra. `basketId` (lower-case d) cannot be
    declared beside `basketID` in one schema (generated clients need case-distinct
    names); it passes as an additional property.
    Never retried automatically: a repeat stores a second order.

    Args:
        body (CreateBasketOrderRequest): Adds one order to a basket. Docs shape: a flat order plus
            `basketID` (capital D), with
            `exchange`, `orderValidity` and `disclosedQuantity` required too. Python SDK README
            shape: `{"basketName": ..., <order fields>}` without `basketID`, `orderValidity` or
            `disclosedQuantity`. Both are accepted: with `basketName` only the order's core fields
            are required, otherwise the docs' list applies. The Node/Java SDKs send
            `{"basketId": ..., "orders": [<order>]}`; `orders` is an optional extra, and `basketId`
            (lower-case d) cannot be declared beside `basketID` (generated clients need
            case-distinct property names) but is allowed as an additional property. `price` is
            needed for `L`/`SL`, `triggerPrice` for `SL`; `priceType`, `squareOffValue`,
            `stopLossValue`, `valueType`, `trailingStopLoss` are for bracket orders (`BO`). The
            docs' field table is cut off after `triggerPrice`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CreateBasketOrderRequest,
) -> BasketResponse:
    """Add an order to a basket

     Stores one order in a basket (nothing is sent to the exchange until the basket is
    executed). `orderType` is `L` or `SL`; `productType` one of `CNC`, `CO`, `BO`, `NRML`,
    `MIS`; `price` is needed for `L`/`SL`; the bracket-order fields (`priceType`,
    `squareOffValue`, `stopLossValue`, `valueType`, `trailingStopLoss`) apply to `BO`.
    The docs' field table is cut off after `triggerPrice`, so more fields may exist.
    Contradiction: the docs spell the basket key `basketID` (capital D) on this page and
    mark `disclosedQuantity` required; the Node/Java SDKs send
    `{"basketId": ..., "orders": [<order>]}` and the Python SDK README
    `{"basketName": ..., <order fields>}` without `orderValidity` or `disclosedQuantity`.
    Neither can be verified, so both are accepted: the docs body with its required fields,
    or the Python SDK body (basket named by `basketName`, only the order's core fields
    required); `orders[]` is an optional extra. `basketId` (lower-case d) cannot be
    declared beside `basketID` in one schema (generated clients need case-distinct
    names); it passes as an additional property.
    Never retried automatically: a repeat stores a second order.

    Args:
        body (CreateBasketOrderRequest): Adds one order to a basket. Docs shape: a flat order plus
            `basketID` (capital D), with
            `exchange`, `orderValidity` and `disclosedQuantity` required too. Python SDK README
            shape: `{"basketName": ..., <order fields>}` without `basketID`, `orderValidity` or
            `disclosedQuantity`. Both are accepted: with `basketName` only the order's core fields
            are required, otherwise the docs' list applies. The Node/Java SDKs send
            `{"basketId": ..., "orders": [<order>]}`; `orders` is an optional extra, and `basketId`
            (lower-case d) cannot be declared beside `basketID` (generated clients need
            case-distinct property names) but is allowed as an additional property. `price` is
            needed for `L`/`SL`, `triggerPrice` for `SL`; `priceType`, `squareOffValue`,
            `stopLossValue`, `valueType`, `trailingStopLoss` are for bracket orders (`BO`). The
            docs' field table is cut off after `triggerPrice`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
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
    body: CreateBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Add an order to a basket

     Stores one order in a basket (nothing is sent to the exchange until the basket is
    executed). `orderType` is `L` or `SL`; `productType` one of `CNC`, `CO`, `BO`, `NRML`,
    `MIS`; `price` is needed for `L`/`SL`; the bracket-order fields (`priceType`,
    `squareOffValue`, `stopLossValue`, `valueType`, `trailingStopLoss`) apply to `BO`.
    The docs' field table is cut off after `triggerPrice`, so more fields may exist.
    Contradiction: the docs spell the basket key `basketID` (capital D) on this page and
    mark `disclosedQuantity` required; the Node/Java SDKs send
    `{"basketId": ..., "orders": [<order>]}` and the Python SDK README
    `{"basketName": ..., <order fields>}` without `orderValidity` or `disclosedQuantity`.
    Neither can be verified, so both are accepted: the docs body with its required fields,
    or the Python SDK body (basket named by `basketName`, only the order's core fields
    required); `orders[]` is an optional extra. `basketId` (lower-case d) cannot be
    declared beside `basketID` in one schema (generated clients need case-distinct
    names); it passes as an additional property.
    Never retried automatically: a repeat stores a second order.

    Args:
        body (CreateBasketOrderRequest): Adds one order to a basket. Docs shape: a flat order plus
            `basketID` (capital D), with
            `exchange`, `orderValidity` and `disclosedQuantity` required too. Python SDK README
            shape: `{"basketName": ..., <order fields>}` without `basketID`, `orderValidity` or
            `disclosedQuantity`. Both are accepted: with `basketName` only the order's core fields
            are required, otherwise the docs' list applies. The Node/Java SDKs send
            `{"basketId": ..., "orders": [<order>]}`; `orders` is an optional extra, and `basketId`
            (lower-case d) cannot be declared beside `basketID` (generated clients need
            case-distinct property names) but is allowed as an additional property. `price` is
            needed for `L`/`SL`, `triggerPrice` for `SL`; `priceType`, `squareOffValue`,
            `stopLossValue`, `valueType`, `trailingStopLoss` are for bracket orders (`BO`). The
            docs' field table is cut off after `triggerPrice`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBasketOrderRequest,
) -> BasketResponse:
    """Add an order to a basket

     Stores one order in a basket (nothing is sent to the exchange until the basket is
    executed). `orderType` is `L` or `SL`; `productType` one of `CNC`, `CO`, `BO`, `NRML`,
    `MIS`; `price` is needed for `L`/`SL`; the bracket-order fields (`priceType`,
    `squareOffValue`, `stopLossValue`, `valueType`, `trailingStopLoss`) apply to `BO`.
    The docs' field table is cut off after `triggerPrice`, so more fields may exist.
    Contradiction: the docs spell the basket key `basketID` (capital D) on this page and
    mark `disclosedQuantity` required; the Node/Java SDKs send
    `{"basketId": ..., "orders": [<order>]}` and the Python SDK README
    `{"basketName": ..., <order fields>}` without `orderValidity` or `disclosedQuantity`.
    Neither can be verified, so both are accepted: the docs body with its required fields,
    or the Python SDK body (basket named by `basketName`, only the order's core fields
    required); `orders[]` is an optional extra. `basketId` (lower-case d) cannot be
    declared beside `basketID` in one schema (generated clients need case-distinct
    names); it passes as an additional property.
    Never retried automatically: a repeat stores a second order.

    Args:
        body (CreateBasketOrderRequest): Adds one order to a basket. Docs shape: a flat order plus
            `basketID` (capital D), with
            `exchange`, `orderValidity` and `disclosedQuantity` required too. Python SDK README
            shape: `{"basketName": ..., <order fields>}` without `basketID`, `orderValidity` or
            `disclosedQuantity`. Both are accepted: with `basketName` only the order's core fields
            are required, otherwise the docs' list applies. The Node/Java SDKs send
            `{"basketId": ..., "orders": [<order>]}`; `orders` is an optional extra, and `basketId`
            (lower-case d) cannot be declared beside `basketID` (generated clients need
            case-distinct property names) but is allowed as an additional property. `price` is
            needed for `L`/`SL`, `triggerPrice` for `SL`; `priceType`, `squareOffValue`,
            `stopLossValue`, `valueType`, `trailingStopLoss` are for bracket orders (`BO`). The
            docs' field table is cut off after `triggerPrice`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
