from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.modify_order_request import ModifyOrderRequest
from ...models.place_order_response import PlaceOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/od-rest/orders/modify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PlaceOrderResponse:
    if response.status_code == 200:
        response_200 = PlaceOrderResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PlaceOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> Response[Envelope | PlaceOrderResponse]:
    """Modify a pending order

     Changes price, quantity, order type or validity of a pending order. The body is a
    single JSON object and the response is NOT wrapped in an outer array (unlike place and
    cancel). `orderType` is in the field table but not in the sample: optional here. The
    docs sample returns a different `orderNo` from the one modified - use the returned one.
    Before 2023-11-20 place order answered in this same unwrapped form.
    Older path `/orders/modify` (docs until 2023-12-15); [SDK-prev] calls
    `/od-rest/api/orders/modify` (which the server accepts is unknown; the docs path is
    used). Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderRequest): Modification of a pending order (single JSON object). Price,
            quantity, order type and
            validity can change. `""` means "not set". Required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PlaceOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | PlaceOrderResponse]) -> PlaceOrderResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PlaceOrderResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> PlaceOrderResponse:
    """Modify a pending order

     Changes price, quantity, order type or validity of a pending order. The body is a
    single JSON object and the response is NOT wrapped in an outer array (unlike place and
    cancel). `orderType` is in the field table but not in the sample: optional here. The
    docs sample returns a different `orderNo` from the one modified - use the returned one.
    Before 2023-11-20 place order answered in this same unwrapped form.
    Older path `/orders/modify` (docs until 2023-12-15); [SDK-prev] calls
    `/od-rest/api/orders/modify` (which the server accepts is unknown; the docs path is
    used). Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderRequest): Modification of a pending order (single JSON object). Price,
            quantity, order type and
            validity can change. `""` means "not set". Required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResponse
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
    body: ModifyOrderRequest,
) -> Response[Envelope | PlaceOrderResponse]:
    """Modify a pending order

     Changes price, quantity, order type or validity of a pending order. The body is a
    single JSON object and the response is NOT wrapped in an outer array (unlike place and
    cancel). `orderType` is in the field table but not in the sample: optional here. The
    docs sample returns a different `orderNo` from the one modified - use the returned one.
    Before 2023-11-20 place order answered in this same unwrapped form.
    Older path `/orders/modify` (docs until 2023-12-15); [SDK-prev] calls
    `/od-rest/api/orders/modify` (which the server accepts is unknown; the docs path is
    used). Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderRequest): Modification of a pending order (single JSON object). Price,
            quantity, order type and
            validity can change. `""` means "not set". Required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PlaceOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> PlaceOrderResponse:
    """Modify a pending order

     Changes price, quantity, order type or validity of a pending order. The body is a
    single JSON object and the response is NOT wrapped in an outer array (unlike place and
    cancel). `orderType` is in the field table but not in the sample: optional here. The
    docs sample returns a different `orderNo` from the one modified - use the returned one.
    Before 2023-11-20 place order answered in this same unwrapped form.
    Older path `/orders/modify` (docs until 2023-12-15); [SDK-prev] calls
    `/od-rest/api/orders/modify` (which the server accepts is unknown; the docs path is
    used). Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderRequest): Modification of a pending order (single JSON object). Price,
            quantity, order type and
            validity can change. `""` means "not set". Required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceOrderResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
