from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.open_v1_response import OpenV1Response
from ...models.position_conversion_v1_request import PositionConversionV1Request
from ...types import Response


def _get_kwargs(
    *,
    body: PositionConversionV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/order/v1/conversion",
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
    body: PositionConversionV1Request,
) -> Response[Envelope | OpenV1Response]:
    """Convert a position's product (SDK layout, unverified)

     UNSURE: the path is defined in the SDK config but no SDK method calls it, and no source
    shows its body or response. The body follows the SDK's conversion validator
    (docs-layout names `tradingSymbol`, `exchange`, `product`, `prevProduct`, `transType`,
    `posType`, but `quantity` instead of `qty`); the response is modelled as the envelope
    with open items. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionV1Request): UNSURE: the SDK config defines the endpoint but no SDK
            method calls it. The fields are
            those its conversion validator expects - docs-layout names, except `quantity` (not `qty`);
            `transType` accepts `B`/`S` and `BUY`/`SELL`. Product names are left open because it is
            unknown whether docs-layout (`MIS`) or SDK-layout (`INTRADAY`) names apply.

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
    body: PositionConversionV1Request,
) -> OpenV1Response:
    """Convert a position's product (SDK layout, unverified)

     UNSURE: the path is defined in the SDK config but no SDK method calls it, and no source
    shows its body or response. The body follows the SDK's conversion validator
    (docs-layout names `tradingSymbol`, `exchange`, `product`, `prevProduct`, `transType`,
    `posType`, but `quantity` instead of `qty`); the response is modelled as the envelope
    with open items. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionV1Request): UNSURE: the SDK config defines the endpoint but no SDK
            method calls it. The fields are
            those its conversion validator expects - docs-layout names, except `quantity` (not `qty`);
            `transType` accepts `B`/`S` and `BUY`/`SELL`. Product names are left open because it is
            unknown whether docs-layout (`MIS`) or SDK-layout (`INTRADAY`) names apply.

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
    body: PositionConversionV1Request,
) -> Response[Envelope | OpenV1Response]:
    """Convert a position's product (SDK layout, unverified)

     UNSURE: the path is defined in the SDK config but no SDK method calls it, and no source
    shows its body or response. The body follows the SDK's conversion validator
    (docs-layout names `tradingSymbol`, `exchange`, `product`, `prevProduct`, `transType`,
    `posType`, but `quantity` instead of `qty`); the response is modelled as the envelope
    with open items. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionV1Request): UNSURE: the SDK config defines the endpoint but no SDK
            method calls it. The fields are
            those its conversion validator expects - docs-layout names, except `quantity` (not `qty`);
            `transType` accepts `B`/`S` and `BUY`/`SELL`. Product names are left open because it is
            unknown whether docs-layout (`MIS`) or SDK-layout (`INTRADAY`) names apply.

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
    body: PositionConversionV1Request,
) -> OpenV1Response:
    """Convert a position's product (SDK layout, unverified)

     UNSURE: the path is defined in the SDK config but no SDK method calls it, and no source
    shows its body or response. The body follows the SDK's conversion validator
    (docs-layout names `tradingSymbol`, `exchange`, `product`, `prevProduct`, `transType`,
    `posType`, but `quantity` instead of `qty`); the response is modelled as the envelope
    with open items. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionV1Request): UNSURE: the SDK config defines the endpoint but no SDK
            method calls it. The fields are
            those its conversion validator expects - docs-layout names, except `quantity` (not `qty`);
            `transType` accepts `B`/`S` and `BUY`/`SELL`. Product names are left open because it is
            unknown whether docs-layout (`MIS`) or SDK-layout (`INTRADAY`) names apply.

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
