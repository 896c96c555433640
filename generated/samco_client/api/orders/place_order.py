from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.order_response import OrderResponse
from ...models.place_order_request import PlaceOrderRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PlaceOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/placeOrder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderResponse:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceOrderRequest,
) -> Response[Envelope | OrderResponse]:
    """Place a regular order (CNC, MIS or NRML)

     Places a live order (there is no sandbox). `price` is required for `L` and `SL`,
    `triggerPrice` for `SL`; `disclosedQuantity`, if set, must be at least 10% of
    `quantity`. `exchange` defaults to NSE when omitted. Static IP enforced (HTTP 403).
    Never retried automatically: a repeat places a second order. A v3.2 integration sends
    `symbolName`, `exchange`, `transactionType`, `orderType`, `quantity`,
    `disclosedQuantity` (`"0"`), `orderValidity` (`"DAY"`), `productType`,
    `afterMarketOrderFlag` (`"NO"`) and, as needed, `price`, `triggerPrice` and
    `marketProtection`, and reads success as `status: Success` with an `orderNumber`
    (FR:A3.11).
    Market orders: the v3.2 docs list `L` and `SL` only and a v3.2 integration reports
    that Samco no longer accepts `MKT` or `SL-M` (it sends protected limit orders with
    `marketProtection` instead); LEAN (2021) placed `MKT` with `marketProtection: "2"`;
    since SEBI's April 2026 rule brokers refuse market orders without price protection;
    Samco's SDK docs dropped `marketProtection` from this call in June 2026 (PR #38), so
    whether the server still reads it is UNSURE (FR:A3.10). Chosen: `MKT`/`SL-M` and
    `marketProtection` are accepted (the most tolerant shape), and `x-market-protection`
    makes the overlays refuse a market order without protection before sending it.
    Prefer `L`/`SL`.
    UNSURE: `priceType` and `remarksValue` appear only in the Java SDK's request model.

    Args:
        body (PlaceOrderRequest): A regular order. All numbers are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderResponse]) -> OrderResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceOrderRequest,
) -> OrderResponse:
    """Place a regular order (CNC, MIS or NRML)

     Places a live order (there is no sandbox). `price` is required for `L` and `SL`,
    `triggerPrice` for `SL`; `disclosedQuantity`, if set, must be at least 10% of
    `quantity`. `exchange` defaults to NSE when omitted. Static IP enforced (HTTP 403).
    Never retried automatically: a repeat places a second order. A v3.2 integration sends
    `symbolName`, `exchange`, `transactionType`, `orderType`, `quantity`,
    `disclosedQuantity` (`"0"`), `orderValidity` (`"DAY"`), `productType`,
    `afterMarketOrderFlag` (`"NO"`) and, as needed, `price`, `triggerPrice` and
    `marketProtection`, and reads success as `status: Success` with an `orderNumber`
    (FR:A3.11).
    Market orders: the v3.2 docs list `L` and `SL` only and a v3.2 integration reports
    that Samco no longer accepts `MKT` or `SL-M` (it sends protected limit orders with
    `marketProtection` instead); LEAN (2021) placed `MKT` with `marketProtection: "2"`;
    since SEBI's April 2026 rule brokers refuse market orders without price protection;
    Samco's SDK docs dropped `marketProtection` from this call in June 2026 (PR #38), so
    whether the server still reads it is UNSURE (FR:A3.10). Chosen: `MKT`/`SL-M` and
    `marketProtection` are accepted (the most tolerant shape), and `x-market-protection`
    makes the overlays refuse a market order without protection before sending it.
    Prefer `L`/`SL`.
    UNSURE: `priceType` and `remarksValue` appear only in the Java SDK's request model.

    Args:
        body (PlaceOrderRequest): A regular order. All numbers are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
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
    body: PlaceOrderRequest,
) -> Response[Envelope | OrderResponse]:
    """Place a regular order (CNC, MIS or NRML)

     Places a live order (there is no sandbox). `price` is required for `L` and `SL`,
    `triggerPrice` for `SL`; `disclosedQuantity`, if set, must be at least 10% of
    `quantity`. `exchange` defaults to NSE when omitted. Static IP enforced (HTTP 403).
    Never retried automatically: a repeat places a second order. A v3.2 integration sends
    `symbolName`, `exchange`, `transactionType`, `orderType`, `quantity`,
    `disclosedQuantity` (`"0"`), `orderValidity` (`"DAY"`), `productType`,
    `afterMarketOrderFlag` (`"NO"`) and, as needed, `price`, `triggerPrice` and
    `marketProtection`, and reads success as `status: Success` with an `orderNumber`
    (FR:A3.11).
    Market orders: the v3.2 docs list `L` and `SL` only and a v3.2 integration reports
    that Samco no longer accepts `MKT` or `SL-M` (it sends protected limit orders with
    `marketProtection` instead); LEAN (2021) placed `MKT` with `marketProtection: "2"`;
    since SEBI's April 2026 rule brokers refuse market orders without price protection;
    Samco's SDK docs dropped `marketProtection` from this call in June 2026 (PR #38), so
    whether the server still reads it is UNSURE (FR:A3.10). Chosen: `MKT`/`SL-M` and
    `marketProtection` are accepted (the most tolerant shape), and `x-market-protection`
    makes the overlays refuse a market order without protection before sending it.
    Prefer `L`/`SL`.
    UNSURE: `priceType` and `remarksValue` appear only in the Java SDK's request model.

    Args:
        body (PlaceOrderRequest): A regular order. All numbers are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlaceOrderRequest,
) -> OrderResponse:
    """Place a regular order (CNC, MIS or NRML)

     Places a live order (there is no sandbox). `price` is required for `L` and `SL`,
    `triggerPrice` for `SL`; `disclosedQuantity`, if set, must be at least 10% of
    `quantity`. `exchange` defaults to NSE when omitted. Static IP enforced (HTTP 403).
    Never retried automatically: a repeat places a second order. A v3.2 integration sends
    `symbolName`, `exchange`, `transactionType`, `orderType`, `quantity`,
    `disclosedQuantity` (`"0"`), `orderValidity` (`"DAY"`), `productType`,
    `afterMarketOrderFlag` (`"NO"`) and, as needed, `price`, `triggerPrice` and
    `marketProtection`, and reads success as `status: Success` with an `orderNumber`
    (FR:A3.11).
    Market orders: the v3.2 docs list `L` and `SL` only and a v3.2 integration reports
    that Samco no longer accepts `MKT` or `SL-M` (it sends protected limit orders with
    `marketProtection` instead); LEAN (2021) placed `MKT` with `marketProtection: "2"`;
    since SEBI's April 2026 rule brokers refuse market orders without price protection;
    Samco's SDK docs dropped `marketProtection` from this call in June 2026 (PR #38), so
    whether the server still reads it is UNSURE (FR:A3.10). Chosen: `MKT`/`SL-M` and
    `marketProtection` are accepted (the most tolerant shape), and `x-market-protection`
    makes the overlays refuse a market order without protection before sending it.
    Prefer `L`/`SL`.
    UNSURE: `priceType` and `remarksValue` appear only in the Java SDK's request model.

    Args:
        body (PlaceOrderRequest): A regular order. All numbers are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
