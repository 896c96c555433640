from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chart_data_response import ChartDataResponse
from ...models.envelope import Envelope
from ...models.historical_data_request import HistoricalDataRequest
from ...types import Response


def _get_kwargs(
    *,
    body: HistoricalDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/charts/historical",
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
    body: HistoricalDataRequest,
) -> Response[ChartDataResponse | Envelope]:
    """Daily candles between two dates (unverified)

     UNVERIFIED: the whole historical-data page is a near-verbatim template from another
    broker's API (host, `access-token` header, `NSE_EQ`-style segments, `securityId`); no
    Gopocket client calls it. The curl samples use the host `https://api.Gopocket.in` (one
    even `api.Gopocket .in` with a space); the misspelt host is normalised to
    `https://api.gopocket.in` in `servers`. The docs send the header `access-token: <JWT>`;
    this document declares the Bearer session like every other endpoint, because all real
    clients use Bearer. The response has NO envelope: parallel arrays, `start_Time` in
    seconds since 1980-01-01 00:00 UTC (not Unix time; see `ChartDataResponse`). The daily instrument
    list contains
    the typo `INDEXOPTCUR` (= `INDEX` + `OPTCUR`); the corrected list is used. [SDK-prev]
    instead calls `GET /rest/ChartAPIService/chart/history` with query parameters on
    web.gopocket.in - a different, equally unverified API not modelled here.
    Field reports, not modelled either: the platform's other deployment serves candles at
    `POST /open-api/od/ChartAPIService/api/chart/history` (`{token, exchange, from, to,
    resolution}`, epoch-millisecond strings, `resolution` `1` or `D`) [FR:B4.8] [AB] - a
    path outside Gopocket's `open-api/order/v1` layout, for which the SDK's chart key is
    an empty placeholder; and Sky's own Noren web API serves `TPSeries` / `EODChartData`
    on `skypro.skybroking.com/NorenWClientWeb/` with `jData`/`jKey` form bodies
    [FR:B4.9] - another host and another API than Gopocket's open API.
    Rate-limit category inferred (data).

    Args:
        body (HistoricalDataRequest): Daily candles of one instrument between two dates
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
    body: HistoricalDataRequest,
) -> ChartDataResponse:
    """Daily candles between two dates (unverified)

     UNVERIFIED: the whole historical-data page is a near-verbatim template from another
    broker's API (host, `access-token` header, `NSE_EQ`-style segments, `securityId`); no
    Gopocket client calls it. The curl samples use the host `https://api.Gopocket.in` (one
    even `api.Gopocket .in` with a space); the misspelt host is normalised to
    `https://api.gopocket.in` in `servers`. The docs send the header `access-token: <JWT>`;
    this document declares the Bearer session like every other endpoint, because all real
    clients use Bearer. The response has NO envelope: parallel arrays, `start_Time` in
    seconds since 1980-01-01 00:00 UTC (not Unix time; see `ChartDataResponse`). The daily instrument
    list contains
    the typo `INDEXOPTCUR` (= `INDEX` + `OPTCUR`); the corrected list is used. [SDK-prev]
    instead calls `GET /rest/ChartAPIService/chart/history` with query parameters on
    web.gopocket.in - a different, equally unverified API not modelled here.
    Field reports, not modelled either: the platform's other deployment serves candles at
    `POST /open-api/od/ChartAPIService/api/chart/history` (`{token, exchange, from, to,
    resolution}`, epoch-millisecond strings, `resolution` `1` or `D`) [FR:B4.8] [AB] - a
    path outside Gopocket's `open-api/order/v1` layout, for which the SDK's chart key is
    an empty placeholder; and Sky's own Noren web API serves `TPSeries` / `EODChartData`
    on `skypro.skybroking.com/NorenWClientWeb/` with `jData`/`jKey` form bodies
    [FR:B4.9] - another host and another API than Gopocket's open API.
    Rate-limit category inferred (data).

    Args:
        body (HistoricalDataRequest): Daily candles of one instrument between two dates
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
    body: HistoricalDataRequest,
) -> Response[ChartDataResponse | Envelope]:
    """Daily candles between two dates (unverified)

     UNVERIFIED: the whole historical-data page is a near-verbatim template from another
    broker's API (host, `access-token` header, `NSE_EQ`-style segments, `securityId`); no
    Gopocket client calls it. The curl samples use the host `https://api.Gopocket.in` (one
    even `api.Gopocket .in` with a space); the misspelt host is normalised to
    `https://api.gopocket.in` in `servers`. The docs send the header `access-token: <JWT>`;
    this document declares the Bearer session like every other endpoint, because all real
    clients use Bearer. The response has NO envelope: parallel arrays, `start_Time` in
    seconds since 1980-01-01 00:00 UTC (not Unix time; see `ChartDataResponse`). The daily instrument
    list contains
    the typo `INDEXOPTCUR` (= `INDEX` + `OPTCUR`); the corrected list is used. [SDK-prev]
    instead calls `GET /rest/ChartAPIService/chart/history` with query parameters on
    web.gopocket.in - a different, equally unverified API not modelled here.
    Field reports, not modelled either: the platform's other deployment serves candles at
    `POST /open-api/od/ChartAPIService/api/chart/history` (`{token, exchange, from, to,
    resolution}`, epoch-millisecond strings, `resolution` `1` or `D`) [FR:B4.8] [AB] - a
    path outside Gopocket's `open-api/order/v1` layout, for which the SDK's chart key is
    an empty placeholder; and Sky's own Noren web API serves `TPSeries` / `EODChartData`
    on `skypro.skybroking.com/NorenWClientWeb/` with `jData`/`jKey` form bodies
    [FR:B4.9] - another host and another API than Gopocket's open API.
    Rate-limit category inferred (data).

    Args:
        body (HistoricalDataRequest): Daily candles of one instrument between two dates
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
    body: HistoricalDataRequest,
) -> ChartDataResponse:
    """Daily candles between two dates (unverified)

     UNVERIFIED: the whole historical-data page is a near-verbatim template from another
    broker's API (host, `access-token` header, `NSE_EQ`-style segments, `securityId`); no
    Gopocket client calls it. The curl samples use the host `https://api.Gopocket.in` (one
    even `api.Gopocket .in` with a space); the misspelt host is normalised to
    `https://api.gopocket.in` in `servers`. The docs send the header `access-token: <JWT>`;
    this document declares the Bearer session like every other endpoint, because all real
    clients use Bearer. The response has NO envelope: parallel arrays, `start_Time` in
    seconds since 1980-01-01 00:00 UTC (not Unix time; see `ChartDataResponse`). The daily instrument
    list contains
    the typo `INDEXOPTCUR` (= `INDEX` + `OPTCUR`); the corrected list is used. [SDK-prev]
    instead calls `GET /rest/ChartAPIService/chart/history` with query parameters on
    web.gopocket.in - a different, equally unverified API not modelled here.
    Field reports, not modelled either: the platform's other deployment serves candles at
    `POST /open-api/od/ChartAPIService/api/chart/history` (`{token, exchange, from, to,
    resolution}`, epoch-millisecond strings, `resolution` `1` or `D`) [FR:B4.8] [AB] - a
    path outside Gopocket's `open-api/order/v1` layout, for which the SDK's chart key is
    an empty placeholder; and Sky's own Noren web API serves `TPSeries` / `EODChartData`
    on `skypro.skybroking.com/NorenWClientWeb/` with `jData`/`jKey` form bodies
    [FR:B4.9] - another host and another API than Gopocket's open API.
    Rate-limit category inferred (data).

    Args:
        body (HistoricalDataRequest): Daily candles of one instrument between two dates
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
