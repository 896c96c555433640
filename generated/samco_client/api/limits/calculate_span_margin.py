from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.span_margin_request import SpanMarginRequest
from ...models.span_margin_response import SpanMarginResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SpanMarginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spanMargin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | SpanMarginResponse:
    if response.status_code == 200:
        response_200 = SpanMarginResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | SpanMarginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpanMarginRequest,
) -> Response[Envelope | SpanMarginResponse]:
    """Calculate SPAN and exposure margin for contracts

     Read-only calculator: returns the SPAN, exposure and total margin needed for the listed
    contracts (spread benefit included). Contradiction: the docs require `productType` and
    `orderType` on every item, the SDK samples send only `exchange`, `tradingSymbol` and
    `qty`; the schema requires those three and keeps the others optional.
    `transactionType` defaults to `SELL`; `price` is needed for a single scrip. A v3.2
    integration sends every item field (`orderType: "L"`, `price: "0"` when unknown) and
    reads `spanDetails` (FR:A3.31).

    Args:
        body (SpanMarginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SpanMarginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | SpanMarginResponse]) -> SpanMarginResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(SpanMarginResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SpanMarginRequest,
) -> SpanMarginResponse:
    """Calculate SPAN and exposure margin for contracts

     Read-only calculator: returns the SPAN, exposure and total margin needed for the listed
    contracts (spread benefit included). Contradiction: the docs require `productType` and
    `orderType` on every item, the SDK samples send only `exchange`, `tradingSymbol` and
    `qty`; the schema requires those three and keeps the others optional.
    `transactionType` defaults to `SELL`; `price` is needed for a single scrip. A v3.2
    integration sends every item field (`orderType: "L"`, `price: "0"` when unknown) and
    reads `spanDetails` (FR:A3.31).

    Args:
        body (SpanMarginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpanMarginResponse
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
    body: SpanMarginRequest,
) -> Response[Envelope | SpanMarginResponse]:
    """Calculate SPAN and exposure margin for contracts

     Read-only calculator: returns the SPAN, exposure and total margin needed for the listed
    contracts (spread benefit included). Contradiction: the docs require `productType` and
    `orderType` on every item, the SDK samples send only `exchange`, `tradingSymbol` and
    `qty`; the schema requires those three and keeps the others optional.
    `transactionType` defaults to `SELL`; `price` is needed for a single scrip. A v3.2
    integration sends every item field (`orderType: "L"`, `price: "0"` when unknown) and
    reads `spanDetails` (FR:A3.31).

    Args:
        body (SpanMarginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SpanMarginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SpanMarginRequest,
) -> SpanMarginResponse:
    """Calculate SPAN and exposure margin for contracts

     Read-only calculator: returns the SPAN, exposure and total margin needed for the listed
    contracts (spread benefit included). Contradiction: the docs require `productType` and
    `orderType` on every item, the SDK samples send only `exchange`, `tradingSymbol` and
    `qty`; the schema requires those three and keeps the others optional.
    `transactionType` defaults to `SELL`; `price` is needed for a single scrip. A v3.2
    integration sends every item field (`orderType: "L"`, `price: "0"` when unknown) and
    reads `spanDetails` (FR:A3.31).

    Args:
        body (SpanMarginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpanMarginResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
