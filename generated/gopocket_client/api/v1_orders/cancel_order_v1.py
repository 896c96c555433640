from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.broker_order_ref import BrokerOrderRef
from ...models.envelope import Envelope
from ...models.order_ack_v1_response import OrderAckV1Response
from ...types import Response


def _get_kwargs(
    *,
    body: BrokerOrderRef,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/order/v1/orders/cancel/",
    }

    _kwargs["json"] = body.to_dict()

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
    body: BrokerOrderRef,
) -> Response[Envelope | OrderAckV1Response]:
    """Cancel a pending order (SDK layout)

     Body `{"brokerOrderId": ...}` - a single object here, unlike the docs-layout cancel's
    array (the platform's other deployment takes the same single object [FR:B4.4] [AB]).
    The trailing slash is part of the path as the SDK sends it. UNSURE: the response
    body is undocumented; modelled as the envelope with open acknowledgement items. Not
    retried automatically. Rate-limit category inferred (order).

    Args:
        body (BrokerOrderRef): Body naming one order by its broker order id (cancel, order
            history).

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
    body: BrokerOrderRef,
) -> OrderAckV1Response:
    """Cancel a pending order (SDK layout)

     Body `{"brokerOrderId": ...}` - a single object here, unlike the docs-layout cancel's
    array (the platform's other deployment takes the same single object [FR:B4.4] [AB]).
    The trailing slash is part of the path as the SDK sends it. UNSURE: the response
    body is undocumented; modelled as the envelope with open acknowledgement items. Not
    retried automatically. Rate-limit category inferred (order).

    Args:
        body (BrokerOrderRef): Body naming one order by its broker order id (cancel, order
            history).

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
    body: BrokerOrderRef,
) -> Response[Envelope | OrderAckV1Response]:
    """Cancel a pending order (SDK layout)

     Body `{"brokerOrderId": ...}` - a single object here, unlike the docs-layout cancel's
    array (the platform's other deployment takes the same single object [FR:B4.4] [AB]).
    The trailing slash is part of the path as the SDK sends it. UNSURE: the response
    body is undocumented; modelled as the envelope with open acknowledgement items. Not
    retried automatically. Rate-limit category inferred (order).

    Args:
        body (BrokerOrderRef): Body naming one order by its broker order id (cancel, order
            history).

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
    body: BrokerOrderRef,
) -> OrderAckV1Response:
    """Cancel a pending order (SDK layout)

     Body `{"brokerOrderId": ...}` - a single object here, unlike the docs-layout cancel's
    array (the platform's other deployment takes the same single object [FR:B4.4] [AB]).
    The trailing slash is part of the path as the SDK sends it. UNSURE: the response
    body is undocumented; modelled as the envelope with open acknowledgement items. Not
    retried automatically. Rate-limit category inferred (order).

    Args:
        body (BrokerOrderRef): Body naming one order by its broker order id (cancel, order
            history).

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
