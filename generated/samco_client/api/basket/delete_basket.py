from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.delete_basket_request import DeleteBasketRequest
from ...models.envelope import Envelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeleteBasketRequest,
    basket_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["basketId"] = basket_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/basket/deleteBasket",
        "params": params,
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
    body: DeleteBasketRequest,
    basket_id: str | Unset = UNSET,
) -> Response[BasketResponse | Envelope]:
    """Delete a basket and its orders

     Deletes the basket and all its orders permanently.
    Contradiction: the docs send `basketId` as a JSON body on DELETE; the Java SDK sends it
    as the query parameter `?basketId=`; the Python SDK sends either. Chosen shape: the docs
    body is the model, and the optional `basketId` query parameter is declared as well.
    The Python SDK README identifies baskets by `basketName`: either `basketId` or
    `basketName` names the basket.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.

    Args:
        basket_id (str | Unset):
        body (DeleteBasketRequest): Identifies the basket to delete: `basketId` (docs) or
            `basketName` (the Python SDK
            README's basket flow); one of them is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        basket_id=basket_id,
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
    body: DeleteBasketRequest,
    basket_id: str | Unset = UNSET,
) -> BasketResponse:
    """Delete a basket and its orders

     Deletes the basket and all its orders permanently.
    Contradiction: the docs send `basketId` as a JSON body on DELETE; the Java SDK sends it
    as the query parameter `?basketId=`; the Python SDK sends either. Chosen shape: the docs
    body is the model, and the optional `basketId` query parameter is declared as well.
    The Python SDK README identifies baskets by `basketName`: either `basketId` or
    `basketName` names the basket.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.

    Args:
        basket_id (str | Unset):
        body (DeleteBasketRequest): Identifies the basket to delete: `basketId` (docs) or
            `basketName` (the Python SDK
            README's basket flow); one of them is required.

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
            basket_id=basket_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteBasketRequest,
    basket_id: str | Unset = UNSET,
) -> Response[BasketResponse | Envelope]:
    """Delete a basket and its orders

     Deletes the basket and all its orders permanently.
    Contradiction: the docs send `basketId` as a JSON body on DELETE; the Java SDK sends it
    as the query parameter `?basketId=`; the Python SDK sends either. Chosen shape: the docs
    body is the model, and the optional `basketId` query parameter is declared as well.
    The Python SDK README identifies baskets by `basketName`: either `basketId` or
    `basketName` names the basket.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.

    Args:
        basket_id (str | Unset):
        body (DeleteBasketRequest): Identifies the basket to delete: `basketId` (docs) or
            `basketName` (the Python SDK
            README's basket flow); one of them is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        basket_id=basket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteBasketRequest,
    basket_id: str | Unset = UNSET,
) -> BasketResponse:
    """Delete a basket and its orders

     Deletes the basket and all its orders permanently.
    Contradiction: the docs send `basketId` as a JSON body on DELETE; the Java SDK sends it
    as the query parameter `?basketId=`; the Python SDK sends either. Chosen shape: the docs
    body is the model, and the optional `basketId` query parameter is declared as well.
    The Python SDK README identifies baskets by `basketName`: either `basketId` or
    `basketName` names the basket.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.

    Args:
        basket_id (str | Unset):
        body (DeleteBasketRequest): Identifies the basket to delete: `basketId` (docs) or
            `basketName` (the Python SDK
            README's basket flow); one of them is required.

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
            basket_id=basket_id,
        )
    )
