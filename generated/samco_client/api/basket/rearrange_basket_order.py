from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...models.rearrange_basket_order_request import RearrangeBasketOrderRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RearrangeBasketOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/basket/rearrangeBasketOrder",
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
    body: RearrangeBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Change the execution order of a basket's orders

     Repositions one order (`basketOrderId` a single id) or sets the full execution order
    (`basketOrderId` an array of ids). Docs only; not wrapped by the Python or Java SDK.
    Contradiction: the Node SDK README names `PUT /basket/modifyAndretry`
    "RearrangeBasketOrder (formerly Modify & Retry)"; both calls are kept.
    UNSURE: response contents (the docs say it returns the updated order list).
    The reference table calls this idempotent; this spec's rule is stricter: writes are
    never retried automatically, so `x-idempotent` is false.

    Args:
        body (RearrangeBasketOrderRequest): New execution order of a basket: `basketOrderId` is
            either one id to reposition or the
            full list of ids in the desired order.

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
    body: RearrangeBasketOrderRequest,
) -> BasketResponse:
    """Change the execution order of a basket's orders

     Repositions one order (`basketOrderId` a single id) or sets the full execution order
    (`basketOrderId` an array of ids). Docs only; not wrapped by the Python or Java SDK.
    Contradiction: the Node SDK README names `PUT /basket/modifyAndretry`
    "RearrangeBasketOrder (formerly Modify & Retry)"; both calls are kept.
    UNSURE: response contents (the docs say it returns the updated order list).
    The reference table calls this idempotent; this spec's rule is stricter: writes are
    never retried automatically, so `x-idempotent` is false.

    Args:
        body (RearrangeBasketOrderRequest): New execution order of a basket: `basketOrderId` is
            either one id to reposition or the
            full list of ids in the desired order.

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
    body: RearrangeBasketOrderRequest,
) -> Response[BasketResponse | Envelope]:
    """Change the execution order of a basket's orders

     Repositions one order (`basketOrderId` a single id) or sets the full execution order
    (`basketOrderId` an array of ids). Docs only; not wrapped by the Python or Java SDK.
    Contradiction: the Node SDK README names `PUT /basket/modifyAndretry`
    "RearrangeBasketOrder (formerly Modify & Retry)"; both calls are kept.
    UNSURE: response contents (the docs say it returns the updated order list).
    The reference table calls this idempotent; this spec's rule is stricter: writes are
    never retried automatically, so `x-idempotent` is false.

    Args:
        body (RearrangeBasketOrderRequest): New execution order of a basket: `basketOrderId` is
            either one id to reposition or the
            full list of ids in the desired order.

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
    body: RearrangeBasketOrderRequest,
) -> BasketResponse:
    """Change the execution order of a basket's orders

     Repositions one order (`basketOrderId` a single id) or sets the full execution order
    (`basketOrderId` an array of ids). Docs only; not wrapped by the Python or Java SDK.
    Contradiction: the Node SDK README names `PUT /basket/modifyAndretry`
    "RearrangeBasketOrder (formerly Modify & Retry)"; both calls are kept.
    UNSURE: response contents (the docs say it returns the updated order list).
    The reference table calls this idempotent; this spec's rule is stricter: writes are
    never retried automatically, so `x-idempotent` is false.

    Args:
        body (RearrangeBasketOrderRequest): New execution order of a basket: `basketOrderId` is
            either one id to reposition or the
            full list of ids in the desired order.

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
