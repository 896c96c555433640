from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.basket_span_calculator_request import BasketSpanCalculatorRequest
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: BasketSpanCalculatorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/basket/spanCalculator",
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
    body: BasketSpanCalculatorRequest,
) -> Response[BasketResponse | Envelope]:
    """Calculate the margin needed for a basket

     Calculates SPAN and total margin for the orders of a basket; a read-only calculation
    (POST only because it takes a body), so it is safe to retry.
    UNSURE: response fields `spanMargin` and `totalMargin` come from the Java model only
    (typed there as numbers; strings parse too). The Java model also allows `orders[]` in
    the request. The Python SDK names the basket by `basketName` (no README body for this
    call): either `basketId` or `basketName` names it.

    Args:
        body (BasketSpanCalculatorRequest): Basket whose margin to calculate, named by `basketId`
            (docs) or `basketName` (the
            Python SDK's basket flow). The Java model also allows `orders[]`.

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
    body: BasketSpanCalculatorRequest,
) -> BasketResponse:
    """Calculate the margin needed for a basket

     Calculates SPAN and total margin for the orders of a basket; a read-only calculation
    (POST only because it takes a body), so it is safe to retry.
    UNSURE: response fields `spanMargin` and `totalMargin` come from the Java model only
    (typed there as numbers; strings parse too). The Java model also allows `orders[]` in
    the request. The Python SDK names the basket by `basketName` (no README body for this
    call): either `basketId` or `basketName` names it.

    Args:
        body (BasketSpanCalculatorRequest): Basket whose margin to calculate, named by `basketId`
            (docs) or `basketName` (the
            Python SDK's basket flow). The Java model also allows `orders[]`.

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
    body: BasketSpanCalculatorRequest,
) -> Response[BasketResponse | Envelope]:
    """Calculate the margin needed for a basket

     Calculates SPAN and total margin for the orders of a basket; a read-only calculation
    (POST only because it takes a body), so it is safe to retry.
    UNSURE: response fields `spanMargin` and `totalMargin` come from the Java model only
    (typed there as numbers; strings parse too). The Java model also allows `orders[]` in
    the request. The Python SDK names the basket by `basketName` (no README body for this
    call): either `basketId` or `basketName` names it.

    Args:
        body (BasketSpanCalculatorRequest): Basket whose margin to calculate, named by `basketId`
            (docs) or `basketName` (the
            Python SDK's basket flow). The Java model also allows `orders[]`.

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
    body: BasketSpanCalculatorRequest,
) -> BasketResponse:
    """Calculate the margin needed for a basket

     Calculates SPAN and total margin for the orders of a basket; a read-only calculation
    (POST only because it takes a body), so it is safe to retry.
    UNSURE: response fields `spanMargin` and `totalMargin` come from the Java model only
    (typed there as numbers; strings parse too). The Java model also allows `orders[]` in
    the request. The Python SDK names the basket by `basketName` (no README body for this
    call): either `basketId` or `basketName` names it.

    Args:
        body (BasketSpanCalculatorRequest): Basket whose margin to calculate, named by `basketId`
            (docs) or `basketName` (the
            Python SDK's basket flow). The Java model also allows `orders[]`.

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
