from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_exchange import ChainExchange
from ...models.envelope import Envelope
from ...models.option_chain_response import OptionChainResponse
from ...models.option_type import OptionType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
    strike_price: str | Unset = UNSET,
    option_type: OptionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchSymbolName"] = search_symbol_name

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange

    params["exchange"] = json_exchange

    params["expiryDate"] = expiry_date

    params["strikePrice"] = strike_price

    json_option_type: str | Unset = UNSET
    if not isinstance(option_type, Unset):
        json_option_type = option_type

    params["optionType"] = json_option_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/option/optionChain",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OptionChainResponse:
    if response.status_code == 200:
        response_200 = OptionChainResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OptionChainResponse]:
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
    strike_price: str | Unset = UNSET,
    option_type: OptionType | Unset = UNSET,
) -> Response[Envelope | OptionChainResponse]:
    """List the option contracts of an underlying

     Option contracts of `searchSymbolName`, optionally narrowed by expiry, strike and
    option type. Response values are strings in the samples; `oichangePer` may be
    `Infinity`. The Java SDK forwards only `strikePrice`, `exchange` and
    `searchSymbolName`; the docs also list `expiryDate` and `optionType`.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
        strike_price (str | Unset): A non-negative decimal number sent as a JSON string.
        option_type (OptionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OptionChainResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
        expiry_date=expiry_date,
        strike_price=strike_price,
        option_type=option_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OptionChainResponse]) -> OptionChainResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OptionChainResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
    strike_price: str | Unset = UNSET,
    option_type: OptionType | Unset = UNSET,
) -> OptionChainResponse:
    """List the option contracts of an underlying

     Option contracts of `searchSymbolName`, optionally narrowed by expiry, strike and
    option type. Response values are strings in the samples; `oichangePer` may be
    `Infinity`. The Java SDK forwards only `strikePrice`, `exchange` and
    `searchSymbolName`; the docs also list `expiryDate` and `optionType`.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
        strike_price (str | Unset): A non-negative decimal number sent as a JSON string.
        option_type (OptionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptionChainResponse
    """

    return _success(
        sync_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
            expiry_date=expiry_date,
            strike_price=strike_price,
            option_type=option_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
    strike_price: str | Unset = UNSET,
    option_type: OptionType | Unset = UNSET,
) -> Response[Envelope | OptionChainResponse]:
    """List the option contracts of an underlying

     Option contracts of `searchSymbolName`, optionally narrowed by expiry, strike and
    option type. Response values are strings in the samples; `oichangePer` may be
    `Infinity`. The Java SDK forwards only `strikePrice`, `exchange` and
    `searchSymbolName`; the docs also list `expiryDate` and `optionType`.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
        strike_price (str | Unset): A non-negative decimal number sent as a JSON string.
        option_type (OptionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OptionChainResponse]
    """

    kwargs = _get_kwargs(
        search_symbol_name=search_symbol_name,
        exchange=exchange,
        expiry_date=expiry_date,
        strike_price=strike_price,
        option_type=option_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_symbol_name: str,
    exchange: ChainExchange | Unset = UNSET,
    expiry_date: str | Unset = UNSET,
    strike_price: str | Unset = UNSET,
    option_type: OptionType | Unset = UNSET,
) -> OptionChainResponse:
    """List the option contracts of an underlying

     Option contracts of `searchSymbolName`, optionally narrowed by expiry, strike and
    option type. Response values are strings in the samples; `oichangePer` may be
    `Infinity`. The Java SDK forwards only `strikePrice`, `exchange` and
    `searchSymbolName`; the docs also list `expiryDate` and `optionType`.

    Args:
        search_symbol_name (str):
        exchange (ChainExchange | Unset): Exchanges that list option and future contracts.
        expiry_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
        strike_price (str | Unset): A non-negative decimal number sent as a JSON string.
        option_type (OptionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptionChainResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            search_symbol_name=search_symbol_name,
            exchange=exchange,
            expiry_date=expiry_date,
            strike_price=strike_price,
            option_type=option_type,
        )
    )
