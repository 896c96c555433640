from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_gtt_request import AddGttRequest
from ...models.envelope import Envelope
from ...models.gtt_response import GttResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddGttRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gttoco/addGtt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | GttResponse:
    if response.status_code == 200:
        response_200 = GttResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | GttResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddGttRequest,
) -> Response[Envelope | GttResponse]:
    """Create a single good-till-triggered (GTT) order

     Stores a GTT that places a live order when the trigger price is reached. Exchanges:
    NSE (default when `exchange` is omitted), BSE, NFO, BFO (SENSEX/BANKEX only), MCX, CDS,
    MFO. `productType` is `CNC` or `NRML` (F&O must be `NRML`); `orderType` is `L` or
    `MKT` (market is allowed for GTT, unlike regular orders).
    Contradiction: the docs mark every body field "required", but their own limit sample
    omits `marketProtection` and their market sample omits `limitPrice`. Chosen shape:
    `limitPrice` (for `L`) and `marketProtection` (for `MKT`, default 3 %) are optional.
    Quantity and prices are strings in every sample; numbers are accepted too, as on
    modifyGtt (whose docs type them as numbers).
    UNSURE: whether the static-IP whitelist applies (likely, as an order-related call);
    it is declared here with its 403.
    Never retried automatically: a repeat creates a second GTT.

    Args:
        body (AddGttRequest): A single good-till-triggered order. Numbers are strings in the
            samples (numbers are
            accepted too). The docs mark every field "required", but their own limit sample omits
            `marketProtection` and their market sample omits `limitPrice`; here `limitPrice` is
            needed for `L` and `marketProtection` applies to `MKT` (server default 3 %), both
            optional in the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | GttResponse]) -> GttResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(GttResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddGttRequest,
) -> GttResponse:
    """Create a single good-till-triggered (GTT) order

     Stores a GTT that places a live order when the trigger price is reached. Exchanges:
    NSE (default when `exchange` is omitted), BSE, NFO, BFO (SENSEX/BANKEX only), MCX, CDS,
    MFO. `productType` is `CNC` or `NRML` (F&O must be `NRML`); `orderType` is `L` or
    `MKT` (market is allowed for GTT, unlike regular orders).
    Contradiction: the docs mark every body field "required", but their own limit sample
    omits `marketProtection` and their market sample omits `limitPrice`. Chosen shape:
    `limitPrice` (for `L`) and `marketProtection` (for `MKT`, default 3 %) are optional.
    Quantity and prices are strings in every sample; numbers are accepted too, as on
    modifyGtt (whose docs type them as numbers).
    UNSURE: whether the static-IP whitelist applies (likely, as an order-related call);
    it is declared here with its 403.
    Never retried automatically: a repeat creates a second GTT.

    Args:
        body (AddGttRequest): A single good-till-triggered order. Numbers are strings in the
            samples (numbers are
            accepted too). The docs mark every field "required", but their own limit sample omits
            `marketProtection` and their market sample omits `limitPrice`; here `limitPrice` is
            needed for `L` and `marketProtection` applies to `MKT` (server default 3 %), both
            optional in the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttResponse
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
    body: AddGttRequest,
) -> Response[Envelope | GttResponse]:
    """Create a single good-till-triggered (GTT) order

     Stores a GTT that places a live order when the trigger price is reached. Exchanges:
    NSE (default when `exchange` is omitted), BSE, NFO, BFO (SENSEX/BANKEX only), MCX, CDS,
    MFO. `productType` is `CNC` or `NRML` (F&O must be `NRML`); `orderType` is `L` or
    `MKT` (market is allowed for GTT, unlike regular orders).
    Contradiction: the docs mark every body field "required", but their own limit sample
    omits `marketProtection` and their market sample omits `limitPrice`. Chosen shape:
    `limitPrice` (for `L`) and `marketProtection` (for `MKT`, default 3 %) are optional.
    Quantity and prices are strings in every sample; numbers are accepted too, as on
    modifyGtt (whose docs type them as numbers).
    UNSURE: whether the static-IP whitelist applies (likely, as an order-related call);
    it is declared here with its 403.
    Never retried automatically: a repeat creates a second GTT.

    Args:
        body (AddGttRequest): A single good-till-triggered order. Numbers are strings in the
            samples (numbers are
            accepted too). The docs mark every field "required", but their own limit sample omits
            `marketProtection` and their market sample omits `limitPrice`; here `limitPrice` is
            needed for `L` and `marketProtection` applies to `MKT` (server default 3 %), both
            optional in the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddGttRequest,
) -> GttResponse:
    """Create a single good-till-triggered (GTT) order

     Stores a GTT that places a live order when the trigger price is reached. Exchanges:
    NSE (default when `exchange` is omitted), BSE, NFO, BFO (SENSEX/BANKEX only), MCX, CDS,
    MFO. `productType` is `CNC` or `NRML` (F&O must be `NRML`); `orderType` is `L` or
    `MKT` (market is allowed for GTT, unlike regular orders).
    Contradiction: the docs mark every body field "required", but their own limit sample
    omits `marketProtection` and their market sample omits `limitPrice`. Chosen shape:
    `limitPrice` (for `L`) and `marketProtection` (for `MKT`, default 3 %) are optional.
    Quantity and prices are strings in every sample; numbers are accepted too, as on
    modifyGtt (whose docs type them as numbers).
    UNSURE: whether the static-IP whitelist applies (likely, as an order-related call);
    it is declared here with its 403.
    Never retried automatically: a repeat creates a second GTT.

    Args:
        body (AddGttRequest): A single good-till-triggered order. Numbers are strings in the
            samples (numbers are
            accepted too). The docs mark every field "required", but their own limit sample omits
            `marketProtection` and their market sample omits `limitPrice`; here `limitPrice` is
            needed for `L` and `marketProtection` applies to `MKT` (server default 3 %), both
            optional in the schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
