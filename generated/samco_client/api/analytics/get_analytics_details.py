from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_details_request import AnalyticsDetailsRequest
from ...models.analytics_details_response import AnalyticsDetailsResponse
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyticsDetailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tradeview/analyticsDetails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsDetailsResponse | Envelope:
    if response.status_code == 200:
        response_200 = AnalyticsDetailsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticsDetailsResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsDetailsRequest,
) -> Response[AnalyticsDetailsResponse | Envelope]:
    """Get detailed trade analytics

     Read-only. UNSURE throughout: no docs page was found; the SDK examples send `fromDate`
    and `toDate` (`yyyy-MM-dd`) and the Java model returns an untyped `details` array. The
    reference does not say which SDKs' examples show it. Both examples are constructed.

    Args:
        body (AnalyticsDetailsRequest): UNSURE: no docs page; the SDK examples send `fromDate` and
            `toDate`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsDetailsResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[AnalyticsDetailsResponse | Envelope]) -> AnalyticsDetailsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(AnalyticsDetailsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsDetailsRequest,
) -> AnalyticsDetailsResponse:
    """Get detailed trade analytics

     Read-only. UNSURE throughout: no docs page was found; the SDK examples send `fromDate`
    and `toDate` (`yyyy-MM-dd`) and the Java model returns an untyped `details` array. The
    reference does not say which SDKs' examples show it. Both examples are constructed.

    Args:
        body (AnalyticsDetailsRequest): UNSURE: no docs page; the SDK examples send `fromDate` and
            `toDate`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsDetailsResponse
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
    body: AnalyticsDetailsRequest,
) -> Response[AnalyticsDetailsResponse | Envelope]:
    """Get detailed trade analytics

     Read-only. UNSURE throughout: no docs page was found; the SDK examples send `fromDate`
    and `toDate` (`yyyy-MM-dd`) and the Java model returns an untyped `details` array. The
    reference does not say which SDKs' examples show it. Both examples are constructed.

    Args:
        body (AnalyticsDetailsRequest): UNSURE: no docs page; the SDK examples send `fromDate` and
            `toDate`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsDetailsResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsDetailsRequest,
) -> AnalyticsDetailsResponse:
    """Get detailed trade analytics

     Read-only. UNSURE throughout: no docs page was found; the SDK examples send `fromDate`
    and `toDate` (`yyyy-MM-dd`) and the Java model returns an untyped `details` array. The
    reference does not say which SDKs' examples show it. Both examples are constructed.

    Args:
        body (AnalyticsDetailsRequest): UNSURE: no docs page; the SDK examples send `fromDate` and
            `toDate`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsDetailsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
