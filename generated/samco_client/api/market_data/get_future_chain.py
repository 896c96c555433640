from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_exchange import ChainExchange
from ...models.envelope import Envelope
from ...models.future_chain_response import FutureChainResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchSymbolName"] = search_symbol_name

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange

    params["exchange"] = json_exchange

    params["expiryDate"] = expiry_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/future/futureChain",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | FutureChainResponse:
    if response.status_code == 200:
        response_200 = FutureChainResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | FutureChainResponse]:
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
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
) -> Response[Envelope | FutureChainResponse]:
    """List the future contracts of an underlying

     Future contracts of `searchSymbolName`, optionally for one expiry. Unlike most Samco
    payloads, `spotPrice` is a JSON number and open interest / volume are integers;
    `bestBids[].number` is an integer here. The Python SDK also forwards `strikePrice` and
    `optionType`, which are meaningless for futures and not modelled.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | FutureChainResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
        expiry_date=expiry_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | FutureChainResponse]) -> FutureChainResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(FutureChainResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
) -> FutureChainResponse:
    """List the future contracts of an underlying

     Future contracts of `searchSymbolName`, optionally for one expiry. Unlike most Samco
    payloads, `spotPrice` is a JSON number and open interest / volume are integers;
    `bestBids[].number` is an integer here. The Python SDK also forwards `strikePrice` and
    `optionType`, which are meaningless for futures and not modelled.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FutureChainResponse
    """

    return _success(
        sync_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
            expiry_date=expiry_date,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
) -> Response[Envelope | FutureChainResponse]:
    """List the future contracts of an underlying

     Future contracts of `searchSymbolName`, optionally for one expiry. Unlike most Samco
    payloads, `spotPrice` is a JSON number and open interest / volume are integers;
    `bestBids[].number` is an integer here. The Python SDK also forwards `strikePrice` and
    `optionType`, which are meaningless for futures and not modelled.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | FutureChainResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
        expiry_date=expiry_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
) -> FutureChainResponse:
    """List the future contracts of an underlying

     Future contracts of `searchSymbolName`, optionally for one expiry. Unlike most Samco
    payloads, `spotPrice` is a JSON number and open interest / volume are integers;
    `bestBids[].number` is an integer here. The Python SDK also forwards `strikePrice` and
    `optionType`, which are meaningless for futures and not modelled.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FutureChainResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
            expiry_date=expiry_date,
        )
    )
