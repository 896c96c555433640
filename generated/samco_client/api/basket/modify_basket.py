from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...models.modify_basket_request import ModifyBasketRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyBasketRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/basket/modifyBasket",
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
    body: ModifyBasketRequest,
) -> Response[BasketResponse | Envelope]:
    """Rename a basket

     Changes the name of a basket (the only editable field). The docs name the basket by
    `basketId`; the Python SDK names baskets by `basketName` (no README body for this
    call), so `basketId` is optional.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketRequest): Renames a basket; `basketName` is the only editable field.
            Docs: `basketId` and the new
            `basketName`. The Python SDK names the basket by `basketName` alone (its README gives no
            body for this call), so `basketId` is optional; without it there is nothing to rename.

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
    body: ModifyBasketRequest,
) -> BasketResponse:
    """Rename a basket

     Changes the name of a basket (the only editable field). The docs name the basket by
    `basketId`; the Python SDK names baskets by `basketName` (no README body for this
    call), so `basketId` is optional.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketRequest): Renames a basket; `basketName` is the only editable field.
            Docs: `basketId` and the new
            `basketName`. The Python SDK names the basket by `basketName` alone (its README gives no
            body for this call), so `basketId` is optional; without it there is nothing to rename.

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
    body: ModifyBasketRequest,
) -> Response[BasketResponse | Envelope]:
    """Rename a basket

     Changes the name of a basket (the only editable field). The docs name the basket by
    `basketId`; the Python SDK names baskets by `basketName` (no README body for this
    call), so `basketId` is optional.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketRequest): Renames a basket; `basketName` is the only editable field.
            Docs: `basketId` and the new
            `basketName`. The Python SDK names the basket by `basketName` alone (its README gives no
            body for this call), so `basketId` is optional; without it there is nothing to rename.

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
    body: ModifyBasketRequest,
) -> BasketResponse:
    """Rename a basket

     Changes the name of a basket (the only editable field). The docs name the basket by
    `basketId`; the Python SDK names baskets by `basketName` (no README body for this
    call), so `basketId` is optional.
    The reference table calls this idempotent (same values give the same result); this
    spec's rule is stricter: writes are never retried automatically, so `x-idempotent`
    is false.

    Args:
        body (ModifyBasketRequest): Renames a basket; `basketName` is the only editable field.
            Docs: `basketId` and the new
            `basketName`. The Python SDK names the basket by `basketName` alone (its README gives no
            body for this call), so `basketId` is optional; without it there is nothing to rename.

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
