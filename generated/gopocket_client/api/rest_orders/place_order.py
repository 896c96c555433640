from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.place_order_request import PlaceOrderRequest
from ...models.place_order_response import PlaceOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: list[PlaceOrderRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/od-rest/orders/execute",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | list[PlaceOrderResponse]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PlaceOrderResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | list[PlaceOrderResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderRequest],
) -> Response[Envelope | list[PlaceOrderResponse]]:
    """Place one or more orders

     Places live orders. QUIRK: the request body is a JSON ARRAY of orders (one element in
    every sample; whether a basket of several is accepted is not stated), and the response
    is the envelope wrapped in an OUTER JSON ARRAY (`response[0].status`, confirmed by
    third-party code). The 2023-09-04 and 2023-10-03 docs showed an unwrapped response
    object; the wrapped form of 2023-11-20 onward is modelled.
    Numbers are strings; `""` means "not set". Required fields are inferred from the sample
    (the docs mark none). `source` is `WEB` in the sample; API clients send `API`.
    Older path `/orders/execute` (docs until 2023-12-15). Never retried automatically: a
    repeat places a second order. Rate-limit category inferred (order).

    Args:
        body (list[PlaceOrderRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | list[PlaceOrderResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | list[PlaceOrderResponse]]) -> list[PlaceOrderResponse]:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(list[PlaceOrderResponse], response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderRequest],
) -> list[PlaceOrderResponse]:
    """Place one or more orders

     Places live orders. QUIRK: the request body is a JSON ARRAY of orders (one element in
    every sample; whether a basket of several is accepted is not stated), and the response
    is the envelope wrapped in an OUTER JSON ARRAY (`response[0].status`, confirmed by
    third-party code). The 2023-09-04 and 2023-10-03 docs showed an unwrapped response
    object; the wrapped form of 2023-11-20 onward is modelled.
    Numbers are strings; `""` means "not set". Required fields are inferred from the sample
    (the docs mark none). `source` is `WEB` in the sample; API clients send `API`.
    Older path `/orders/execute` (docs until 2023-12-15). Never retried automatically: a
    repeat places a second order. Rate-limit category inferred (order).

    Args:
        body (list[PlaceOrderRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PlaceOrderResponse]
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
    body: list[PlaceOrderRequest],
) -> Response[Envelope | list[PlaceOrderResponse]]:
    """Place one or more orders

     Places live orders. QUIRK: the request body is a JSON ARRAY of orders (one element in
    every sample; whether a basket of several is accepted is not stated), and the response
    is the envelope wrapped in an OUTER JSON ARRAY (`response[0].status`, confirmed by
    third-party code). The 2023-09-04 and 2023-10-03 docs showed an unwrapped response
    object; the wrapped form of 2023-11-20 onward is modelled.
    Numbers are strings; `""` means "not set". Required fields are inferred from the sample
    (the docs mark none). `source` is `WEB` in the sample; API clients send `API`.
    Older path `/orders/execute` (docs until 2023-12-15). Never retried automatically: a
    repeat places a second order. Rate-limit category inferred (order).

    Args:
        body (list[PlaceOrderRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | list[PlaceOrderResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderRequest],
) -> list[PlaceOrderResponse]:
    """Place one or more orders

     Places live orders. QUIRK: the request body is a JSON ARRAY of orders (one element in
    every sample; whether a basket of several is accepted is not stated), and the response
    is the envelope wrapped in an OUTER JSON ARRAY (`response[0].status`, confirmed by
    third-party code). The 2023-09-04 and 2023-10-03 docs showed an unwrapped response
    object; the wrapped form of 2023-11-20 onward is modelled.
    Numbers are strings; `""` means "not set". Required fields are inferred from the sample
    (the docs mark none). `source` is `WEB` in the sample; API clients send `API`.
    Older path `/orders/execute` (docs until 2023-12-15). Never retried automatically: a
    repeat places a second order. Rate-limit category inferred (order).

    Args:
        body (list[PlaceOrderRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PlaceOrderResponse]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
