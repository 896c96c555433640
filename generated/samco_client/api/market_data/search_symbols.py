from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.exchange import Exchange
from ...models.symbol_search_response import SymbolSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search_symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchSymbolName"] = search_symbol_name

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange

    params["exchange"] = json_exchange

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/eqDervSearch/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | SymbolSearchResponse:
    if response.status_code == 200:
        response_200 = SymbolSearchResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | SymbolSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> Response[Envelope | SymbolSearchResponse]:
    """Search equity, derivative and commodity symbols

     Finds trading symbols matching `searchSymbolName`. Contradiction on the result key
    (UNSURE, probably segment-dependent): `equityDertivativeValues` (sic, Python sample),
    `commodityValues` (Node commodity sample), `searchResults` (Java model); all three are
    optional arrays of one item schema holding the union of their fields. The samples
    have no `serverTime`. Exchange subset: the docs list `BSE`, `NSE`, `NFO`, `MCX`, `CDS`
    but their own example uses `BFO` and the Node example `MFO`, so all seven codes are
    accepted.

    Args:
        search_symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SymbolSearchResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | SymbolSearchResponse]) -> SymbolSearchResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(SymbolSearchResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> SymbolSearchResponse:
    """Search equity, derivative and commodity symbols

     Finds trading symbols matching `searchSymbolName`. Contradiction on the result key
    (UNSURE, probably segment-dependent): `equityDertivativeValues` (sic, Python sample),
    `commodityValues` (Node commodity sample), `searchResults` (Java model); all three are
    optional arrays of one item schema holding the union of their fields. The samples
    have no `serverTime`. Exchange subset: the docs list `BSE`, `NSE`, `NFO`, `MCX`, `CDS`
    but their own example uses `BFO` and the Node example `MFO`, so all seven codes are
    accepted.

    Args:
        search_symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SymbolSearchResponse
    """

    return _success(
        sync_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> Response[Envelope | SymbolSearchResponse]:
    """Search equity, derivative and commodity symbols

     Finds trading symbols matching `searchSymbolName`. Contradiction on the result key
    (UNSURE, probably segment-dependent): `equityDertivativeValues` (sic, Python sample),
    `commodityValues` (Node commodity sample), `searchResults` (Java model); all three are
    optional arrays of one item schema holding the union of their fields. The samples
    have no `serverTime`. Exchange subset: the docs list `BSE`, `NSE`, `NFO`, `MCX`, `CDS`
    but their own example uses `BFO` and the Node example `MFO`, so all seven codes are
    accepted.

    Args:
        search_symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SymbolSearchResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: Exchange | Unset = UNSET,
) -> SymbolSearchResponse:
    """Search equity, derivative and commodity symbols

     Finds trading symbols matching `searchSymbolName`. Contradiction on the result key
    (UNSURE, probably segment-dependent): `equityDertivativeValues` (sic, Python sample),
    `commodityValues` (Node commodity sample), `searchResults` (Java model); all three are
    optional arrays of one item schema holding the union of their fields. The samples
    have no `serverTime`. Exchange subset: the docs list `BSE`, `NSE`, `NFO`, `MCX`, `CDS`
    but their own example uses `BFO` and the Node example `MFO`, so all seven codes are
    accepted.

    Args:
        search_symbol_name (str):
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional;
            the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SymbolSearchResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
        )
    )
