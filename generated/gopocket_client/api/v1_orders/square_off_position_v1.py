from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_ack_v1_response import OrderAckV1Response
from ...models.place_order_v1_request import PlaceOrderV1Request
from ...types import Response


def _get_kwargs(
    *,
    body: list[PlaceOrderV1Request],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/order/v1/orders/positions/sqroff",
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
) -> Envelope | OrderAckV1Response:
    if response.status_code == 200:
        response_200 = OrderAckV1Response.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderAckV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderV1Request],
) -> Response[Envelope | OrderAckV1Response]:
    """Square off positions (SDK layout)

     Closes positions by sending opposite orders. QUIRK: the request body is a JSON ARRAY
    whose items have the same schema as place order (the caller supplies the closing side
    and quantity; `instrumentId` and `quantity` may be JSON integers). UNSURE: the
    response body is undocumented; modelled as the envelope with open acknowledgement
    items. Not retried automatically. Rate-limit category inferred (order). The body
    carries `marketProtectionPercent` like place order, but this operation is not marked
    `x-market-protection` (a square-off is an exit; whether to refuse an unprotected one
    is left to the client's owner).

    Args:
        body (list[PlaceOrderV1Request]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderAckV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderAckV1Response]) -> OrderAckV1Response:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderAckV1Response, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderV1Request],
) -> OrderAckV1Response:
    """Square off positions (SDK layout)

     Closes positions by sending opposite orders. QUIRK: the request body is a JSON ARRAY
    whose items have the same schema as place order (the caller supplies the closing side
    and quantity; `instrumentId` and `quantity` may be JSON integers). UNSURE: the
    response body is undocumented; modelled as the envelope with open acknowledgement
    items. Not retried automatically. Rate-limit category inferred (order). The body
    carries `marketProtectionPercent` like place order, but this operation is not marked
    `x-market-protection` (a square-off is an exit; whether to refuse an unprotected one
    is left to the client's owner).

    Args:
        body (list[PlaceOrderV1Request]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAckV1Response
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
    body: list[PlaceOrderV1Request],
) -> Response[Envelope | OrderAckV1Response]:
    """Square off positions (SDK layout)

     Closes positions by sending opposite orders. QUIRK: the request body is a JSON ARRAY
    whose items have the same schema as place order (the caller supplies the closing side
    and quantity; `instrumentId` and `quantity` may be JSON integers). UNSURE: the
    response body is undocumented; modelled as the envelope with open acknowledgement
    items. Not retried automatically. Rate-limit category inferred (order). The body
    carries `marketProtectionPercent` like place order, but this operation is not marked
    `x-market-protection` (a square-off is an exit; whether to refuse an unprotected one
    is left to the client's owner).

    Args:
        body (list[PlaceOrderV1Request]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderAckV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlaceOrderV1Request],
) -> OrderAckV1Response:
    """Square off positions (SDK layout)

     Closes positions by sending opposite orders. QUIRK: the request body is a JSON ARRAY
    whose items have the same schema as place order (the caller supplies the closing side
    and quantity; `instrumentId` and `quantity` may be JSON integers). UNSURE: the
    response body is undocumented; modelled as the envelope with open acknowledgement
    items. Not retried automatically. Rate-limit category inferred (order). The body
    carries `marketProtectionPercent` like place order, but this operation is not marked
    `x-market-protection` (a square-off is an exit; whether to refuse an unprotected one
    is left to the client's owner).

    Args:
        body (list[PlaceOrderV1Request]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAckV1Response
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
