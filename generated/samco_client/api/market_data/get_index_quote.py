from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.index_quote_response import IndexQuoteResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    index_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["indexName"] = index_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/quote/indexQuote",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | IndexQuoteResponse:
    if response.status_code == 200:
        response_200 = IndexQuoteResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | IndexQuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    index_name: str,
) -> Response[Envelope | IndexQuoteResponse]:
    """Get the quote of an index

     Unlike other quotes, prices and quantities here are JSON numbers; `listingId` is a
    negative number as a string. Index names are not case-sensitive in practice and form
    an open list (e.g. `NIFTY 50`, `NIFTY BANK`, `NIFTY NEXT 50`, `SENSEX`, `BANKEX`,
    `INDIA VIX`), so no enum is imposed; they contain spaces, so URL-encode them
    (FR:A3.25). A v3.2 integration reads `indexDetails[0]` `listingId` (the streaming
    symbol of the index), `spotPrice` (its last price), `openValue`, `highValue`,
    `lowValue`, `closeValue` and `totalTradedVolume` (FR:A3.26).

    Args:
        index_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | IndexQuoteResponse]
    """

    kwargs = _get_kwargs(
        index_name=index_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | IndexQuoteResponse]) -> IndexQuoteResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(IndexQuoteResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    index_name: str,
) -> IndexQuoteResponse:
    """Get the quote of an index

     Unlike other quotes, prices and quantities here are JSON numbers; `listingId` is a
    negative number as a string. Index names are not case-sensitive in practice and form
    an open list (e.g. `NIFTY 50`, `NIFTY BANK`, `NIFTY NEXT 50`, `SENSEX`, `BANKEX`,
    `INDIA VIX`), so no enum is imposed; they contain spaces, so URL-encode them
    (FR:A3.25). A v3.2 integration reads `indexDetails[0]` `listingId` (the streaming
    symbol of the index), `spotPrice` (its last price), `openValue`, `highValue`,
    `lowValue`, `closeValue` and `totalTradedVolume` (FR:A3.26).

    Args:
        index_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexQuoteResponse
    """

    return _success(
        sync_detailed(
            client=client,
            index_name=index_name,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    index_name: str,
) -> Response[Envelope | IndexQuoteResponse]:
    """Get the quote of an index

     Unlike other quotes, prices and quantities here are JSON numbers; `listingId` is a
    negative number as a string. Index names are not case-sensitive in practice and form
    an open list (e.g. `NIFTY 50`, `NIFTY BANK`, `NIFTY NEXT 50`, `SENSEX`, `BANKEX`,
    `INDIA VIX`), so no enum is imposed; they contain spaces, so URL-encode them
    (FR:A3.25). A v3.2 integration reads `indexDetails[0]` `listingId` (the streaming
    symbol of the index), `spotPrice` (its last price), `openValue`, `highValue`,
    `lowValue`, `closeValue` and `totalTradedVolume` (FR:A3.26).

    Args:
        index_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | IndexQuoteResponse]
    """

    kwargs = _get_kwargs(
        index_name=index_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    index_name: str,
) -> IndexQuoteResponse:
    """Get the quote of an index

     Unlike other quotes, prices and quantities here are JSON numbers; `listingId` is a
    negative number as a string. Index names are not case-sensitive in practice and form
    an open list (e.g. `NIFTY 50`, `NIFTY BANK`, `NIFTY NEXT 50`, `SENSEX`, `BANKEX`,
    `INDIA VIX`), so no enum is imposed; they contain spaces, so URL-encode them
    (FR:A3.25). A v3.2 integration reads `indexDetails[0]` `listingId` (the streaming
    symbol of the index), `spotPrice` (its last price), `openValue`, `highValue`,
    `lowValue`, `closeValue` and `totalTradedVolume` (FR:A3.26).

    Args:
        index_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndexQuoteResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            index_name=index_name,
        )
    )
