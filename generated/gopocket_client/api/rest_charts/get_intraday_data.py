from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chart_data_response import ChartDataResponse
from ...models.envelope import Envelope
from ...models.intraday_data_request import IntradayDataRequest
from ...types import Response


def _get_kwargs(
    *,
    body: IntradayDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/charts/intraday",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChartDataResponse | Envelope:
    if response.status_code == 200:
        response_200 = ChartDataResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChartDataResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntradayDataRequest,
) -> Response[ChartDataResponse | Envelope]:
    """One-minute candles of the current day (unverified)

     UNVERIFIED template page, exactly as for `getHistoricalData`: documented host
    `api.Gopocket.in` (normalised to `https://api.gopocket.in`), `access-token: <JWT>`
    header in the docs (Bearer declared here, as all real clients use it), response without
    envelope as parallel arrays with `start_Time` in seconds since 1980-01-01 00:00 UTC.
    The instrument is named by `securityId` (presumably the contract master `Token`;
    inferred). Rate-limit category inferred (data).

    Args:
        body (IntradayDataRequest): One-minute candles of the current day for one instrument
            (UNVERIFIED template).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartDataResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ChartDataResponse | Envelope]) -> ChartDataResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(ChartDataResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IntradayDataRequest,
) -> ChartDataResponse:
    """One-minute candles of the current day (unverified)

     UNVERIFIED template page, exactly as for `getHistoricalData`: documented host
    `api.Gopocket.in` (normalised to `https://api.gopocket.in`), `access-token: <JWT>`
    header in the docs (Bearer declared here, as all real clients use it), response without
    envelope as parallel arrays with `start_Time` in seconds since 1980-01-01 00:00 UTC.
    The instrument is named by `securityId` (presumably the contract master `Token`;
    inferred). Rate-limit category inferred (data).

    Args:
        body (IntradayDataRequest): One-minute candles of the current day for one instrument
            (UNVERIFIED template).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartDataResponse
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
    body: IntradayDataRequest,
) -> Response[ChartDataResponse | Envelope]:
    """One-minute candles of the current day (unverified)

     UNVERIFIED template page, exactly as for `getHistoricalData`: documented host
    `api.Gopocket.in` (normalised to `https://api.gopocket.in`), `access-token: <JWT>`
    header in the docs (Bearer declared here, as all real clients use it), response without
    envelope as parallel arrays with `start_Time` in seconds since 1980-01-01 00:00 UTC.
    The instrument is named by `securityId` (presumably the contract master `Token`;
    inferred). Rate-limit category inferred (data).

    Args:
        body (IntradayDataRequest): One-minute candles of the current day for one instrument
            (UNVERIFIED template).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartDataResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntradayDataRequest,
) -> ChartDataResponse:
    """One-minute candles of the current day (unverified)

     UNVERIFIED template page, exactly as for `getHistoricalData`: documented host
    `api.Gopocket.in` (normalised to `https://api.gopocket.in`), `access-token: <JWT>`
    header in the docs (Bearer declared here, as all real clients use it), response without
    envelope as parallel arrays with `start_Time` in seconds since 1980-01-01 00:00 UTC.
    The instrument is named by `securityId` (presumably the contract master `Token`;
    inferred). Rate-limit category inferred (data).

    Args:
        body (IntradayDataRequest): One-minute candles of the current day for one instrument
            (UNVERIFIED template).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartDataResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
