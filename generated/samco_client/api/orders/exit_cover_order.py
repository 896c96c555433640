from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_cancel_response import OrderCancelResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    order_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderNumber"] = order_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/order/exitCO",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderCancelResponse:
    if response.status_code == 200:
        response_200 = OrderCancelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderCancelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_number: str,
) -> Response[Envelope | OrderCancelResponse]:
    """Cancel or exit a cover order

     Same semantics as `DELETE /order/exitBO`; a cover order has only a stop-loss leg. A leg
    already executed returns a failure message. Static IP enforced (HTTP 403). The reference
    marks it idempotent (a repeat fails), but it is never retried automatically.

    Args:
        order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderCancelResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderCancelResponse]) -> OrderCancelResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderCancelResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order_number: str,
) -> OrderCancelResponse:
    """Cancel or exit a cover order

     Same semantics as `DELETE /order/exitBO`; a cover order has only a stop-loss leg. A leg
    already executed returns a failure message. Static IP enforced (HTTP 403). The reference
    marks it idempotent (a repeat fails), but it is never retried automatically.

    Args:
        order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderCancelResponse
    """

    return _success(
        sync_detailed(
            client=client,
            order_number=order_number,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_number: str,
) -> Response[Envelope | OrderCancelResponse]:
    """Cancel or exit a cover order

     Same semantics as `DELETE /order/exitBO`; a cover order has only a stop-loss leg. A leg
    already executed returns a failure message. Static IP enforced (HTTP 403). The reference
    marks it idempotent (a repeat fails), but it is never retried automatically.

    Args:
        order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderCancelResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_number: str,
) -> OrderCancelResponse:
    """Cancel or exit a cover order

     Same semantics as `DELETE /order/exitBO`; a cover order has only a stop-loss leg. A leg
    already executed returns a failure message. Static IP enforced (HTTP 403). The reference
    marks it idempotent (a repeat fails), but it is never retried automatically.

    Args:
        order_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderCancelResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            order_number=order_number,
        )
    )
