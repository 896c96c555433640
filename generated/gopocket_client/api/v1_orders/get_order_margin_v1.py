from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.open_v1_response import OpenV1Response
from ...models.order_margin_v1_request import OrderMarginV1Request
from ...types import Response


def _get_kwargs(
    *,
    body: OrderMarginV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/order/v1/orders/checkMargin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OpenV1Response:
    if response.status_code == 200:
        response_200 = OpenV1Response.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OpenV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginV1Request,
) -> Response[Envelope | OpenV1Response]:
    """Margin required for an order (SDK layout)

     Read-only margin check of one order (single JSON object; the SDK-layout counterpart of
    `getOrderMargin`, with SDK-layout names and enums). Conditional fields as for place
    order. `instrumentId` and `quantity` may be JSON integers: the SDK passes them through
    unchanged, and an F&O instrument from `get_instrument_for_fno` carries an integer
    token (see `InstrumentId`, `QuantityValue`). UNSURE: the response body is
    undocumented; modelled as the envelope with open items (probably the fields of
    `getOrderMargin`, inferred). Rate-limit category inferred (non-trading).

    Args:
        body (OrderMarginV1Request): A single order whose margin requirement to compute.
            Conditional prices as for place order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OpenV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OpenV1Response]) -> OpenV1Response:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OpenV1Response, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginV1Request,
) -> OpenV1Response:
    """Margin required for an order (SDK layout)

     Read-only margin check of one order (single JSON object; the SDK-layout counterpart of
    `getOrderMargin`, with SDK-layout names and enums). Conditional fields as for place
    order. `instrumentId` and `quantity` may be JSON integers: the SDK passes them through
    unchanged, and an F&O instrument from `get_instrument_for_fno` carries an integer
    token (see `InstrumentId`, `QuantityValue`). UNSURE: the response body is
    undocumented; modelled as the envelope with open items (probably the fields of
    `getOrderMargin`, inferred). Rate-limit category inferred (non-trading).

    Args:
        body (OrderMarginV1Request): A single order whose margin requirement to compute.
            Conditional prices as for place order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenV1Response
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
    body: OrderMarginV1Request,
) -> Response[Envelope | OpenV1Response]:
    """Margin required for an order (SDK layout)

     Read-only margin check of one order (single JSON object; the SDK-layout counterpart of
    `getOrderMargin`, with SDK-layout names and enums). Conditional fields as for place
    order. `instrumentId` and `quantity` may be JSON integers: the SDK passes them through
    unchanged, and an F&O instrument from `get_instrument_for_fno` carries an integer
    token (see `InstrumentId`, `QuantityValue`). UNSURE: the response body is
    undocumented; modelled as the envelope with open items (probably the fields of
    `getOrderMargin`, inferred). Rate-limit category inferred (non-trading).

    Args:
        body (OrderMarginV1Request): A single order whose margin requirement to compute.
            Conditional prices as for place order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OpenV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderMarginV1Request,
) -> OpenV1Response:
    """Margin required for an order (SDK layout)

     Read-only margin check of one order (single JSON object; the SDK-layout counterpart of
    `getOrderMargin`, with SDK-layout names and enums). Conditional fields as for place
    order. `instrumentId` and `quantity` may be JSON integers: the SDK passes them through
    unchanged, and an F&O instrument from `get_instrument_for_fno` carries an integer
    token (see `InstrumentId`, `QuantityValue`). UNSURE: the response body is
    undocumented; modelled as the envelope with open items (probably the fields of
    `getOrderMargin`, inferred). Rate-limit category inferred (non-trading).

    Args:
        body (OrderMarginV1Request): A single order whose margin requirement to compute.
            Conditional prices as for place order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenV1Response
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
