from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...models.execute_basket_order_request import ExecuteBasketOrderRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ExecuteBasketOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/basket/executeBasketOrder",
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

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

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
    body: ExecuteBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Execute all orders of a basket

     Sends the basket's orders to the exchange: live trading, there is no sandbox.
    `allatonce` sends them together, `chronologically` one by one in basket order.
    Contradiction: the docs mark `executionType` required, the Node/Java SDKs omit it;
    chosen: optional (server default UNSURE). The Python SDK README names the basket by
    `basketName`: either `basketId` or `basketName` names it.
    UNSURE: response fields (`orderNumbers[]`, `executedOrders[]` come from the Java
    model only) and static-IP enforcement (likely, as an order-related call; declared
    with its 403).
    Never retried automatically: a repeat places the orders again.

    Args:
        body (ExecuteBasketOrderRequest): Executes every order of a basket, named by `basketId`
            (docs) or `basketName` (the
            Python SDK README's basket flow). The docs mark `executionType` required, the Node/Java
            SDKs omit it, so it is optional here (server default UNSURE).

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
    body: ExecuteBasketOrderRequest,
) -> BasketResponse:
    """Execute all orders of a basket

     Sends the basket's orders to the exchange: live trading, there is no sandbox.
    `allatonce` sends them together, `chronologically` one by one in basket order.
    Contradiction: the docs mark `executionType` required, the Node/Java SDKs omit it;
    chosen: optional (server default UNSURE). The Python SDK README names the basket by
    `basketName`: either `basketId` or `basketName` names it.
    UNSURE: response fields (`orderNumbers[]`, `executedOrders[]` come from the Java
    model only) and static-IP enforcement (likely, as an order-related call; declared
    with its 403).
    Never retried automatically: a repeat places the orders again.

    Args:
        body (ExecuteBasketOrderRequest): Executes every order of a basket, named by `basketId`
            (docs) or `basketName` (the
            Python SDK README's basket flow). The docs mark `executionType` required, the Node/Java
            SDKs omit it, so it is optional here (server default UNSURE).

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
    body: ExecuteBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Execute all orders of a basket

     Sends the basket's orders to the exchange: live trading, there is no sandbox.
    `allatonce` sends them together, `chronologically` one by one in basket order.
    Contradiction: the docs mark `executionType` required, the Node/Java SDKs omit it;
    chosen: optional (server default UNSURE). The Python SDK README names the basket by
    `basketName`: either `basketId` or `basketName` names it.
    UNSURE: response fields (`orderNumbers[]`, `executedOrders[]` come from the Java
    model only) and static-IP enforcement (likely, as an order-related call; declared
    with its 403).
    Never retried automatically: a repeat places the orders again.

    Args:
        body (ExecuteBasketOrderRequest): Executes every order of a basket, named by `basketId`
            (docs) or `basketName` (the
            Python SDK README's basket flow). The docs mark `executionType` required, the Node/Java
            SDKs omit it, so it is optional here (server default UNSURE).

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
    body: ExecuteBasketOrderRequest,
) -> BasketResponse:
    """Execute all orders of a basket

     Sends the basket's orders to the exchange: live trading, there is no sandbox.
    `allatonce` sends them together, `chronologically` one by one in basket order.
    Contradiction: the docs mark `executionType` required, the Node/Java SDKs omit it;
    chosen: optional (server default UNSURE). The Python SDK README names the basket by
    `basketName`: either `basketId` or `basketName` names it.
    UNSURE: response fields (`orderNumbers[]`, `executedOrders[]` come from the Java
    model only) and static-IP enforcement (likely, as an order-related call; declared
    with its 403).
    Never retried automatically: a repeat places the orders again.

    Args:
        body (ExecuteBasketOrderRequest): Executes every order of a basket, named by `basketId`
            (docs) or `basketName` (the
            Python SDK README's basket flow). The docs mark `executionType` required, the Node/Java
            SDKs omit it, so it is optional here (server default UNSURE).

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
