from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_summary_request import AnalyticsSummaryRequest
from ...models.analytics_summary_response import AnalyticsSummaryResponse
from ...models.envelope import Envelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AnalyticsSummaryRequest,
    duration: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["duration"] = duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tradeview/analyticsSummary",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsSummaryResponse | Envelope:
    if response.status_code == 200:
        response_200 = AnalyticsSummaryResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticsSummaryResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsSummaryRequest,
    duration: str | Unset = UNSET,
) -> Response[AnalyticsSummaryResponse | Envelope]:
    """Get the trade analytics summary

     Read-only. Trade scores, best/worst strategies, sector performance and improvement
    suggestions for a period. Contradictions: the docs, Node and Java send `duration` in
    the JSON body, the Python SDK as a query parameter with an empty body; the body field
    is the documented form and an optional `duration` query parameter is accepted as well.
    Allowed values: `ALL` (default), `1Y`, `6M`, `1M` per the docs, while SDK examples use
    `1D` and `3M`; `duration` is therefore an open string. `fromDate`, `toDate`, `filter`
    are Java-model-only body fields. UNSURE: the response fields are undocumented (Java:
    untyped `summary`); the response example is constructed.

    Args:
        duration (str | Unset): Period analysed. The docs allow `ALL` (default), `1Y`, `6M`, `1M`;
            the SDK examples also
            use `1D` and `3M` (unverified). Kept an open string for that reason.
        body (AnalyticsSummaryRequest): All fields optional. `duration` is the documented field;
            `fromDate`, `toDate` and
            `filter` appear in the Java SDK model only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSummaryResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        duration=duration,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[AnalyticsSummaryResponse | Envelope]) -> AnalyticsSummaryResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(AnalyticsSummaryResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsSummaryRequest,
    duration: str | Unset = UNSET,
) -> AnalyticsSummaryResponse:
    """Get the trade analytics summary

     Read-only. Trade scores, best/worst strategies, sector performance and improvement
    suggestions for a period. Contradictions: the docs, Node and Java send `duration` in
    the JSON body, the Python SDK as a query parameter with an empty body; the body field
    is the documented form and an optional `duration` query parameter is accepted as well.
    Allowed values: `ALL` (default), `1Y`, `6M`, `1M` per the docs, while SDK examples use
    `1D` and `3M`; `duration` is therefore an open string. `fromDate`, `toDate`, `filter`
    are Java-model-only body fields. UNSURE: the response fields are undocumented (Java:
    untyped `summary`); the response example is constructed.

    Args:
        duration (str | Unset): Period analysed. The docs allow `ALL` (default), `1Y`, `6M`, `1M`;
            the SDK examples also
            use `1D` and `3M` (unverified). Kept an open string for that reason.
        body (AnalyticsSummaryRequest): All fields optional. `duration` is the documented field;
            `fromDate`, `toDate` and
            `filter` appear in the Java SDK model only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSummaryResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            duration=duration,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsSummaryRequest,
    duration: str | Unset = UNSET,
) -> Response[AnalyticsSummaryResponse | Envelope]:
    """Get the trade analytics summary

     Read-only. Trade scores, best/worst strategies, sector performance and improvement
    suggestions for a period. Contradictions: the docs, Node and Java send `duration` in
    the JSON body, the Python SDK as a query parameter with an empty body; the body field
    is the documented form and an optional `duration` query parameter is accepted as well.
    Allowed values: `ALL` (default), `1Y`, `6M`, `1M` per the docs, while SDK examples use
    `1D` and `3M`; `duration` is therefore an open string. `fromDate`, `toDate`, `filter`
    are Java-model-only body fields. UNSURE: the response fields are undocumented (Java:
    untyped `summary`); the response example is constructed.

    Args:
        duration (str | Unset): Period analysed. The docs allow `ALL` (default), `1Y`, `6M`, `1M`;
            the SDK examples also
            use `1D` and `3M` (unverified). Kept an open string for that reason.
        body (AnalyticsSummaryRequest): All fields optional. `duration` is the documented field;
            `fromDate`, `toDate` and
            `filter` appear in the Java SDK model only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSummaryResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
        duration=duration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsSummaryRequest,
    duration: str | Unset = UNSET,
) -> AnalyticsSummaryResponse:
    """Get the trade analytics summary

     Read-only. Trade scores, best/worst strategies, sector performance and improvement
    suggestions for a period. Contradictions: the docs, Node and Java send `duration` in
    the JSON body, the Python SDK as a query parameter with an empty body; the body field
    is the documented form and an optional `duration` query parameter is accepted as well.
    Allowed values: `ALL` (default), `1Y`, `6M`, `1M` per the docs, while SDK examples use
    `1D` and `3M`; `duration` is therefore an open string. `fromDate`, `toDate`, `filter`
    are Java-model-only body fields. UNSURE: the response fields are undocumented (Java:
    untyped `summary`); the response example is constructed.

    Args:
        duration (str | Unset): Period analysed. The docs allow `ALL` (default), `1Y`, `6M`, `1M`;
            the SDK examples also
            use `1D` and `3M` (unverified). Kept an open string for that reason.
        body (AnalyticsSummaryRequest): All fields optional. `duration` is the documented field;
            `fromDate`, `toDate` and
            `filter` appear in the Java SDK model only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSummaryResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            duration=duration,
        )
    )
