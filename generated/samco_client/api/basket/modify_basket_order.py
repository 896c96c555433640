from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...models.modify_basket_order_request import ModifyBasketOrderRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyBasketOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/basket/modifyBasketOrder",
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
    body: ModifyBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Modify an order stored in a basket

     Replaces the stored order under the same `basketOrderId`; any create-order field may
    be sent. Contradiction: the docs identify the order by `basketOrderId`, the Node/Java
    SDKs by `orderId` plus an `orders[]` array, the Python SDK names the basket by
    `basketName` (no README body for this call). Chosen shape: the docs fields are
    required unless `basketName` names the basket; `orderId` and `orders[]` are optional
    extras, and without an order id the order is the basket's order of that symbol.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketOrderRequest): Replaces a stored basket order under the same id (docs:
            `basketOrderId` + `basketId`,
            any create-order field optional). The Node/Java SDKs send `orderId` + `orders[]`
            instead of `basketOrderId` (accepted as optional extras). The Python SDK names the
            basket by `basketName` and sends the order's fields without an id (its README gives no
            body for this call): with `basketName` no id is required, and a server (the mock) finds
            the order by `orderId` or by its `symbolName`.

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
    body: ModifyBasketOrderRequest,
) -> BasketResponse:
    """Modify an order stored in a basket

     Replaces the stored order under the same `basketOrderId`; any create-order field may
    be sent. Contradiction: the docs identify the order by `basketOrderId`, the Node/Java
    SDKs by `orderId` plus an `orders[]` array, the Python SDK names the basket by
    `basketName` (no README body for this call). Chosen shape: the docs fields are
    required unless `basketName` names the basket; `orderId` and `orders[]` are optional
    extras, and without an order id the order is the basket's order of that symbol.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketOrderRequest): Replaces a stored basket order under the same id (docs:
            `basketOrderId` + `basketId`,
            any create-order field optional). The Node/Java SDKs send `orderId` + `orders[]`
            instead of `basketOrderId` (accepted as optional extras). The Python SDK names the
            basket by `basketName` and sends the order's fields without an id (its README gives no
            body for this call): with `basketName` no id is required, and a server (the mock) finds
            the order by `orderId` or by its `symbolName`.

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
    body: ModifyBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Modify an order stored in a basket

     Replaces the stored order under the same `basketOrderId`; any create-order field may
    be sent. Contradiction: the docs identify the order by `basketOrderId`, the Node/Java
    SDKs by `orderId` plus an `orders[]` array, the Python SDK names the basket by
    `basketName` (no README body for this call). Chosen shape: the docs fields are
    required unless `basketName` names the basket; `orderId` and `orders[]` are optional
    extras, and without an order id the order is the basket's order of that symbol.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketOrderRequest): Replaces a stored basket order under the same id (docs:
            `basketOrderId` + `basketId`,
            any create-order field optional). The Node/Java SDKs send `orderId` + `orders[]`
            instead of `basketOrderId` (accepted as optional extras). The Python SDK names the
            basket by `basketName` and sends the order's fields without an id (its README gives no
            body for this call): with `basketName` no id is required, and a server (the mock) finds
            the order by `orderId` or by its `symbolName`.

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
    body: ModifyBasketOrderRequest,
) -> BasketResponse:
    """Modify an order stored in a basket

     Replaces the stored order under the same `basketOrderId`; any create-order field may
    be sent. Contradiction: the docs identify the order by `basketOrderId`, the Node/Java
    SDKs by `orderId` plus an `orders[]` array, the Python SDK names the basket by
    `basketName` (no README body for this call). Chosen shape: the docs fields are
    required unless `basketName` names the basket; `orderId` and `orders[]` are optional
    extras, and without an order id the order is the basket's order of that symbol.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketOrderRequest): Replaces a stored basket order under the same id (docs:
            `basketOrderId` + `basketId`,
            any create-order field optional). The Node/Java SDKs send `orderId` + `orders[]`
            instead of `basketOrderId` (accepted as optional extras). The Python SDK names the
            basket by `basketName` and sends the order's fields without an id (its README gives no
            body for this call): with `basketName` no id is required, and a server (the mock) finds
            the order by `orderId` or by its `symbolName`.

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
