from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.market_depth_request import MarketDepthRequest
from ...models.market_depth_response import MarketDepthResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MarketDepthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketDepth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | MarketDepthResponse:
    if response.status_code == 200:
        response_200 = MarketDepthResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | MarketDepthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketDepthRequest,
) -> Response[Envelope | MarketDepthResponse]:
    """Get the market depth of one symbol

     Read-only. Best five bids and asks with totals and option Greeks; no OHLC or last
    price. `exchange` defaults to NSE (all seven codes allowed; `MFO` for MCX
    derivatives, FR:A3.25). No response sample exists; the shape comes from the Java SDK
    model and is the one a v3.2 integration reads: the capitalised key
    `MarketDepthDetails`, then `marketDepth.bestFiveBid[{bidPrice, bidSize}]`,
    `bestFiveAsk[{askPrice, askSize}]`, `tBuyQty`, `tSellQty` (FR:A3.28). Value types are
    unknown (numeric fields accept strings and numbers). The Python SDK has an
    undocumented `market_depth` method for it.

    Args:
        body (MarketDepthRequest): `exchange` defaults to NSE when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | MarketDepthResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | MarketDepthResponse]) -> MarketDepthResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(MarketDepthResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MarketDepthRequest,
) -> MarketDepthResponse:
    """Get the market depth of one symbol

     Read-only. Best five bids and asks with totals and option Greeks; no OHLC or last
    price. `exchange` defaults to NSE (all seven codes allowed; `MFO` for MCX
    derivatives, FR:A3.25). No response sample exists; the shape comes from the Java SDK
    model and is the one a v3.2 integration reads: the capitalised key
    `MarketDepthDetails`, then `marketDepth.bestFiveBid[{bidPrice, bidSize}]`,
    `bestFiveAsk[{askPrice, askSize}]`, `tBuyQty`, `tSellQty` (FR:A3.28). Value types are
    unknown (numeric fields accept strings and numbers). The Python SDK has an
    undocumented `market_depth` method for it.

    Args:
        body (MarketDepthRequest): `exchange` defaults to NSE when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketDepthResponse
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
    body: MarketDepthRequest,
) -> Response[Envelope | MarketDepthResponse]:
    """Get the market depth of one symbol

     Read-only. Best five bids and asks with totals and option Greeks; no OHLC or last
    price. `exchange` defaults to NSE (all seven codes allowed; `MFO` for MCX
    derivatives, FR:A3.25). No response sample exists; the shape comes from the Java SDK
    model and is the one a v3.2 integration reads: the capitalised key
    `MarketDepthDetails`, then `marketDepth.bestFiveBid[{bidPrice, bidSize}]`,
    `bestFiveAsk[{askPrice, askSize}]`, `tBuyQty`, `tSellQty` (FR:A3.28). Value types are
    unknown (numeric fields accept strings and numbers). The Python SDK has an
    undocumented `market_depth` method for it.

    Args:
        body (MarketDepthRequest): `exchange` defaults to NSE when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | MarketDepthResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MarketDepthRequest,
) -> MarketDepthResponse:
    """Get the market depth of one symbol

     Read-only. Best five bids and asks with totals and option Greeks; no OHLC or last
    price. `exchange` defaults to NSE (all seven codes allowed; `MFO` for MCX
    derivatives, FR:A3.25). No response sample exists; the shape comes from the Java SDK
    model and is the one a v3.2 integration reads: the capitalised key
    `MarketDepthDetails`, then `marketDepth.bestFiveBid[{bidPrice, bidSize}]`,
    `bestFiveAsk[{askPrice, askSize}]`, `tBuyQty`, `tSellQty` (FR:A3.28). Value types are
    unknown (numeric fields accept strings and numbers). The Python SDK has an
    undocumented `market_depth` method for it.

    Args:
        body (MarketDepthRequest): `exchange` defaults to NSE when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketDepthResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
