from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.trade_book_response import TradeBookResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trade/tradeBook",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | TradeBookResponse:
    if response.status_code == 200:
        response_200 = TradeBookResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | TradeBookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | TradeBookResponse]:
    """List today's executed trades

     `orderTime` and `tradeTime` use `hh:mm:ss AM/PM`, `tradeDate` `ddMMMyyyy` (e.g.
    `17JUN2020`). Contradiction: PY/JAVA return the list as `tradeBookDetails`; the NODE
    sample shows `orderBookDetails`, which looks like a copy of the order-book sample, so
    only `tradeBookDetails` is modelled (an `orderBookDetails` key would be kept as an
    additional property). A v3.2 integration reads `tradeBookDetails` too, including an
    `orderValue` the samples lack (FR:A3.18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TradeBookResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | TradeBookResponse]) -> TradeBookResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(TradeBookResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TradeBookResponse:
    """List today's executed trades

     `orderTime` and `tradeTime` use `hh:mm:ss AM/PM`, `tradeDate` `ddMMMyyyy` (e.g.
    `17JUN2020`). Contradiction: PY/JAVA return the list as `tradeBookDetails`; the NODE
    sample shows `orderBookDetails`, which looks like a copy of the order-book sample, so
    only `tradeBookDetails` is modelled (an `orderBookDetails` key would be kept as an
    additional property). A v3.2 integration reads `tradeBookDetails` too, including an
    `orderValue` the samples lack (FR:A3.18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradeBookResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | TradeBookResponse]:
    """List today's executed trades

     `orderTime` and `tradeTime` use `hh:mm:ss AM/PM`, `tradeDate` `ddMMMyyyy` (e.g.
    `17JUN2020`). Contradiction: PY/JAVA return the list as `tradeBookDetails`; the NODE
    sample shows `orderBookDetails`, which looks like a copy of the order-book sample, so
    only `tradeBookDetails` is modelled (an `orderBookDetails` key would be kept as an
    additional property). A v3.2 integration reads `tradeBookDetails` too, including an
    `orderValue` the samples lack (FR:A3.18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | TradeBookResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TradeBookResponse:
    """List today's executed trades

     `orderTime` and `tradeTime` use `hh:mm:ss AM/PM`, `tradeDate` `ddMMMyyyy` (e.g.
    `17JUN2020`). Contradiction: PY/JAVA return the list as `tradeBookDetails`; the NODE
    sample shows `orderBookDetails`, which looks like a copy of the order-book sample, so
    only `tradeBookDetails` is modelled (an `orderBookDetails` key would be kept as an
    additional property). A v3.2 integration reads `tradeBookDetails` too, including an
    `orderValue` the samples lack (FR:A3.18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradeBookResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
