from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.positions_response import PositionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/po-rest/positions",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PositionsResponse:
    if response.status_code == 200:
        response_200 = PositionsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | PositionsResponse]:
    """List the day's positions

     Open positions of the day including F&O carry-forward. All values are strings or null
    (the table types `netQty` as float and `netBuyQty` as int; the sample wins). `product`
    is a one-letter code (`M`); `netBuyAvg` may be `NaN`, `mtm` `""`. The 2023-09/10 tables
    carried template enums (LONG/SHORT, NSE_EQ, CNC/INTRADAY/...) that do not match the
    data - ignored. `message` is lower-case `success` in the sample. No parameters.
    Older path `/positions` (docs until 2023-12-15); [SDK-prev] calls `/po-rest/positions/`
    (the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | PositionsResponse]) -> PositionsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PositionsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> PositionsResponse:
    """List the day's positions

     Open positions of the day including F&O carry-forward. All values are strings or null
    (the table types `netQty` as float and `netBuyQty` as int; the sample wins). `product`
    is a one-letter code (`M`); `netBuyAvg` may be `NaN`, `mtm` `""`. The 2023-09/10 tables
    carried template enums (LONG/SHORT, NSE_EQ, CNC/INTRADAY/...) that do not match the
    data - ignored. `message` is lower-case `success` in the sample. No parameters.
    Older path `/positions` (docs until 2023-12-15); [SDK-prev] calls `/po-rest/positions/`
    (the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionsResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | PositionsResponse]:
    """List the day's positions

     Open positions of the day including F&O carry-forward. All values are strings or null
    (the table types `netQty` as float and `netBuyQty` as int; the sample wins). `product`
    is a one-letter code (`M`); `netBuyAvg` may be `NaN`, `mtm` `""`. The 2023-09/10 tables
    carried template enums (LONG/SHORT, NSE_EQ, CNC/INTRADAY/...) that do not match the
    data - ignored. `message` is lower-case `success` in the sample. No parameters.
    Older path `/positions` (docs until 2023-12-15); [SDK-prev] calls `/po-rest/positions/`
    (the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> PositionsResponse:
    """List the day's positions

     Open positions of the day including F&O carry-forward. All values are strings or null
    (the table types `netQty` as float and `netBuyQty` as int; the sample wins). `product`
    is a one-letter code (`M`); `netBuyAvg` may be `NaN`, `mtm` `""`. The 2023-09/10 tables
    carried template enums (LONG/SHORT, NSE_EQ, CNC/INTRADAY/...) that do not match the
    data - ignored. `message` is lower-case `success` in the sample. No parameters.
    Older path `/positions` (docs until 2023-12-15); [SDK-prev] calls `/po-rest/positions/`
    (the docs path is used). Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
