from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.basket_square_off_request import BasketSquareOffRequest
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: BasketSquareOffRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/basket/squareOff",
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
    body: BasketSquareOffRequest,
) -> Response[BasketResponse | Envelope]:
    """Square off positions opened from a basket

     Closes the positions created by executing a basket (live trading).
    UNSURE: no docs page was found; the shape comes from the SDKs only. Node/Java send
    `basketId`, the Java model also allows `positions[]` (objects), the Python SDK README
    would send `basketName`. No body field is required because the sources disagree.
    UNSURE: static-IP enforcement (likely, as an order-related call; declared with its 403).
    Never retried automatically: a repeat may place further orders.

    Args:
        body (BasketSquareOffRequest): Squares off positions opened from a basket. No docs page:
            Node/Java send `basketId`,
            the Java model also allows `positions[]` (objects), the Python SDK would send
            `basketName`. No field is required because the sources disagree.

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
    body: BasketSquareOffRequest,
) -> BasketResponse:
    """Square off positions opened from a basket

     Closes the positions created by executing a basket (live trading).
    UNSURE: no docs page was found; the shape comes from the SDKs only. Node/Java send
    `basketId`, the Java model also allows `positions[]` (objects), the Python SDK README
    would send `basketName`. No body field is required because the sources disagree.
    UNSURE: static-IP enforcement (likely, as an order-related call; declared with its 403).
    Never retried automatically: a repeat may place further orders.

    Args:
        body (BasketSquareOffRequest): Squares off positions opened from a basket. No docs page:
            Node/Java send `basketId`,
            the Java model also allows `positions[]` (objects), the Python SDK would send
            `basketName`. No field is required because the sources disagree.

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
    body: BasketSquareOffRequest,
) -> Response[BasketResponse | Envelope]:
    """Square off positions opened from a basket

     Closes the positions created by executing a basket (live trading).
    UNSURE: no docs page was found; the shape comes from the SDKs only. Node/Java send
    `basketId`, the Java model also allows `positions[]` (objects), the Python SDK README
    would send `basketName`. No body field is required because the sources disagree.
    UNSURE: static-IP enforcement (likely, as an order-related call; declared with its 403).
    Never retried automatically: a repeat may place further orders.

    Args:
        body (BasketSquareOffRequest): Squares off positions opened from a basket. No docs page:
            Node/Java send `basketId`,
            the Java model also allows `positions[]` (objects), the Python SDK would send
            `basketName`. No field is required because the sources disagree.

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
    body: BasketSquareOffRequest,
) -> BasketResponse:
    """Square off positions opened from a basket

     Closes the positions created by executing a basket (live trading).
    UNSURE: no docs page was found; the shape comes from the SDKs only. Node/Java send
    `basketId`, the Java model also allows `positions[]` (objects), the Python SDK README
    would send `basketName`. No body field is required because the sources disagree.
    UNSURE: static-IP enforcement (likely, as an order-related call; declared with its 403).
    Never retried automatically: a repeat may place further orders.

    Args:
        body (BasketSquareOffRequest): Squares off positions opened from a basket. No docs page:
            Node/Java send `basketId`,
            the Java model also allows `positions[]` (objects), the Python SDK would send
            `basketName`. No field is required because the sources disagree.

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
