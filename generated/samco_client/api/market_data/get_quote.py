from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.exchange import Exchange
from ...models.quote_response import QuoteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbolName"] = symbol_name

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange

    params["exchange"] = json_exchange

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/quote/getQuote",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | QuoteResponse:
    if response.status_code == 200:
        response_200 = QuoteResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | QuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> Response[Envelope | QuoteResponse]:
    """Get the quote of one symbol

     Last price, OHLC, circuit limits, 52-week range and the best five bids/asks of an
    equity or derivative. All values are strings. Contradiction: the Python and Node samples
    and 2021-2023 integrations (LEAN, users' outputs in Samco SDK issues) read the quote
    fields flat at the top level; the Java SDK model and a v3.2 integration (OpenAlgo,
    which fails without it and calls this before every market order) read them under
    `quoteDetails` (FR:A3.24). Both shapes are accepted: the flat fields and an optional
    `quoteDetails` object of the same shape. Read `quoteDetails` first, then the flat
    fields. For MCX derivatives send `exchange=MFO` (FR:A3.25).

    Args:
        symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | QuoteResponse]
    """

    kwargs = _get_kwargs(
        symbol_name=symbol_name,
        exchange=exchange,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | QuoteResponse]) -> QuoteResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(QuoteResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> QuoteResponse:
    """Get the quote of one symbol

     Last price, OHLC, circuit limits, 52-week range and the best five bids/asks of an
    equity or derivative. All values are strings. Contradiction: the Python and Node samples
    and 2021-2023 integrations (LEAN, users' outputs in Samco SDK issues) read the quote
    fields flat at the top level; the Java SDK model and a v3.2 integration (OpenAlgo,
    which fails without it and calls this before every market order) read them under
    `quoteDetails` (FR:A3.24). Both shapes are accepted: the flat fields and an optional
    `quoteDetails` object of the same shape. Read `quoteDetails` first, then the flat
    fields. For MCX derivatives send `exchange=MFO` (FR:A3.25).

    Args:
        symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuoteResponse
    """

    return _success(
        sync_detailed(
            client=client,
            symbol_name=symbol_name,
            exchange=exchange,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> Response[Envelope | QuoteResponse]:
    """Get the quote of one symbol

     Last price, OHLC, circuit limits, 52-week range and the best five bids/asks of an
    equity or derivative. All values are strings. Contradiction: the Python and Node samples
    and 2021-2023 integrations (LEAN, users' outputs in Samco SDK issues) read the quote
    fields flat at the top level; the Java SDK model and a v3.2 integration (OpenAlgo,
    which fails without it and calls this before every market order) read them under
    `quoteDetails` (FR:A3.24). Both shapes are accepted: the flat fields and an optional
    `quoteDetails` object of the same shape. Read `quoteDetails` first, then the flat
    fields. For MCX derivatives send `exchange=MFO` (FR:A3.25).

    Args:
        symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | QuoteResponse]
    """

    kwargs = _get_kwargs(
        symbol_name=symbol_name,
        exchange=exchange,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> QuoteResponse:
    """Get the quote of one symbol

     Last price, OHLC, circuit limits, 52-week range and the best five bids/asks of an
    equity or derivative. All values are strings. Contradiction: the Python and Node samples
    and 2021-2023 integrations (LEAN, users' outputs in Samco SDK issues) read the quote
    fields flat at the top level; the Java SDK model and a v3.2 integration (OpenAlgo,
    which fails without it and calls this before every market order) read them under
    `quoteDetails` (FR:A3.24). Both shapes are accepted: the flat fields and an optional
    `quoteDetails` object of the same shape. Read `quoteDetails` first, then the flat
    fields. For MCX derivatives send `exchange=MFO` (FR:A3.25).

    Args:
        symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuoteResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            symbol_name=symbol_name,
            exchange=exchange,
        )
    )
