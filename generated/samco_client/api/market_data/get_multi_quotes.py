from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.multi_quote_request import MultiQuoteRequest
from ...models.multi_quote_response import MultiQuoteResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MultiQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/quote/multiQuote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | MultiQuoteResponse:
    if response.status_code == 200:
        response_200 = MultiQuoteResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | MultiQuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MultiQuoteRequest,
) -> Response[Envelope | MultiQuoteResponse]:
    """Get quotes of several symbols across exchanges

     Read-only. The body groups symbols by exchange code (`NSE`, `BSE`: symbol names;
    `NFO`, `BFO`, `CDS`, `MCX`, `MFO`: trading symbols; `INDEX`: index names); every key is
    optional. Unknown symbols are listed in `invalidSymbol`. Response values are strings;
    `isin` and `misMultiplier` are in the Java model only. The answer does not echo what
    was asked: option trading symbols come back in another form (`NIFTY11AUG2624600CE`
    asked, `NIFTY2681124600CE` answered) and symbols asked under `MFO` come back with
    `exchange: MCX`; only `symbol` (`<code>_<segment>`) round-trips, so join the answers
    on it (FR:A3.27). A v3.2 integration batches at most 25 symbols per request, 5 requests
    a second (FR:A3.6, low confidence for the 25).

    Args:
        body (MultiQuoteRequest): Symbols to quote, grouped by exchange code; every key is
            optional. `NSE`/`BSE` take
            symbol names, `NFO`/`BFO`/`CDS`/`MCX`/`MFO` trading symbols, `INDEX` index names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | MultiQuoteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | MultiQuoteResponse]) -> MultiQuoteResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(MultiQuoteResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MultiQuoteRequest,
) -> MultiQuoteResponse:
    """Get quotes of several symbols across exchanges

     Read-only. The body groups symbols by exchange code (`NSE`, `BSE`: symbol names;
    `NFO`, `BFO`, `CDS`, `MCX`, `MFO`: trading symbols; `INDEX`: index names); every key is
    optional. Unknown symbols are listed in `invalidSymbol`. Response values are strings;
    `isin` and `misMultiplier` are in the Java model only. The answer does not echo what
    was asked: option trading symbols come back in another form (`NIFTY11AUG2624600CE`
    asked, `NIFTY2681124600CE` answered) and symbols asked under `MFO` come back with
    `exchange: MCX`; only `symbol` (`<code>_<segment>`) round-trips, so join the answers
    on it (FR:A3.27). A v3.2 integration batches at most 25 symbols per request, 5 requests
    a second (FR:A3.6, low confidence for the 25).

    Args:
        body (MultiQuoteRequest): Symbols to quote, grouped by exchange code; every key is
            optional. `NSE`/`BSE` take
            symbol names, `NFO`/`BFO`/`CDS`/`MCX`/`MFO` trading symbols, `INDEX` index names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiQuoteResponse
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
    body: MultiQuoteRequest,
) -> Response[Envelope | MultiQuoteResponse]:
    """Get quotes of several symbols across exchanges

     Read-only. The body groups symbols by exchange code (`NSE`, `BSE`: symbol names;
    `NFO`, `BFO`, `CDS`, `MCX`, `MFO`: trading symbols; `INDEX`: index names); every key is
    optional. Unknown symbols are listed in `invalidSymbol`. Response values are strings;
    `isin` and `misMultiplier` are in the Java model only. The answer does not echo what
    was asked: option trading symbols come back in another form (`NIFTY11AUG2624600CE`
    asked, `NIFTY2681124600CE` answered) and symbols asked under `MFO` come back with
    `exchange: MCX`; only `symbol` (`<code>_<segment>`) round-trips, so join the answers
    on it (FR:A3.27). A v3.2 integration batches at most 25 symbols per request, 5 requests
    a second (FR:A3.6, low confidence for the 25).

    Args:
        body (MultiQuoteRequest): Symbols to quote, grouped by exchange code; every key is
            optional. `NSE`/`BSE` take
            symbol names, `NFO`/`BFO`/`CDS`/`MCX`/`MFO` trading symbols, `INDEX` index names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | MultiQuoteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MultiQuoteRequest,
) -> MultiQuoteResponse:
    """Get quotes of several symbols across exchanges

     Read-only. The body groups symbols by exchange code (`NSE`, `BSE`: symbol names;
    `NFO`, `BFO`, `CDS`, `MCX`, `MFO`: trading symbols; `INDEX`: index names); every key is
    optional. Unknown symbols are listed in `invalidSymbol`. Response values are strings;
    `isin` and `misMultiplier` are in the Java model only. The answer does not echo what
    was asked: option trading symbols come back in another form (`NIFTY11AUG2624600CE`
    asked, `NIFTY2681124600CE` answered) and symbols asked under `MFO` come back with
    `exchange: MCX`; only `symbol` (`<code>_<segment>`) round-trips, so join the answers
    on it (FR:A3.27). A v3.2 integration batches at most 25 symbols per request, 5 requests
    a second (FR:A3.6, low confidence for the 25).

    Args:
        body (MultiQuoteRequest): Symbols to quote, grouped by exchange code; every key is
            optional. `NSE`/`BSE` take
            symbol names, `NFO`/`BFO`/`CDS`/`MCX`/`MFO` trading symbols, `INDEX` index names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiQuoteResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
