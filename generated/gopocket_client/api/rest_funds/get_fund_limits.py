from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.fund_limits_response import FundLimitsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funds-rest/funds/limits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | FundLimitsResponse:
    if response.status_code == 200:
        response_200 = FundLimitsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | FundLimitsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | FundLimitsResponse]:
    """Get fund limits

     Available margin, opening balance, margin used and the other limits as JSON numbers
    (the field table says int; the sample has decimals). `unclearedCash` and `payout` are in
    the sample but not in the table. No parameters. Older path `/funds/limits` (docs until
    2023-12-15); [SDK-prev] calls `/funds-rest/api/funds/limits` (which of the two the server
    accepts is unknown; the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | FundLimitsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | FundLimitsResponse]) -> FundLimitsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(FundLimitsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> FundLimitsResponse:
    """Get fund limits

     Available margin, opening balance, margin used and the other limits as JSON numbers
    (the field table says int; the sample has decimals). `unclearedCash` and `payout` are in
    the sample but not in the table. No parameters. Older path `/funds/limits` (docs until
    2023-12-15); [SDK-prev] calls `/funds-rest/api/funds/limits` (which of the two the server
    accepts is unknown; the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundLimitsResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | FundLimitsResponse]:
    """Get fund limits

     Available margin, opening balance, margin used and the other limits as JSON numbers
    (the field table says int; the sample has decimals). `unclearedCash` and `payout` are in
    the sample but not in the table. No parameters. Older path `/funds/limits` (docs until
    2023-12-15); [SDK-prev] calls `/funds-rest/api/funds/limits` (which of the two the server
    accepts is unknown; the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | FundLimitsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> FundLimitsResponse:
    """Get fund limits

     Available margin, opening balance, margin used and the other limits as JSON numbers
    (the field table says int; the sample has decimals). `unclearedCash` and `payout` are in
    the sample but not in the table. No parameters. Older path `/funds/limits` (docs until
    2023-12-15); [SDK-prev] calls `/funds-rest/api/funds/limits` (which of the two the server
    accepts is unknown; the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundLimitsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
