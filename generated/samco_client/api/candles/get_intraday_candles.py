from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.candle_exchange_code import (
    CandleExchangeCode,
)
from ...models.envelope import Envelope
from ...models.intraday_candles_response import IntradayCandlesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol_name: str,
    exchange: CandleExchangeCode | Unset = UNSET,
    from_date: str,
    to_date: str | Unset = UNSET,
    interval: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbolName"] = symbol_name

    json_exchange: str | Unset = UNSET
    if not isinstance(exchange, Unset):
        json_exchange = exchange

    params["exchange"] = json_exchange

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["interval"] = interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/intraday/candleData",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | IntradayCandlesResponse:
    if response.status_code == 200:
        response_200 = IntradayCandlesResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | IntradayCandlesResponse]:
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
    exchange: CandleExchangeCode | Unset = UNSET,
    from_date: str,
    to_date: str | Unset = UNSET,
    interval: str | Unset = UNSET,
) -> Response[Envelope | IntradayCandlesResponse]:
    """Get intraday candles of a symbol

     Intraday candles (1 minute by default) of an equity or derivative between `fromDate`
    and `toDate` (`yyyy-MM-dd HH:mm:ss`, IST, URL-encoded). All values are strings.
    `interval` is minutes as a string (FR:A3.30; the accepted set is undocumented). The
    docs list the exchanges `BSE`, `NSE`, `NFO`, `MCX`, `CDS` (default NSE); `MFO` does
    not work here (FR:A3.25).
    Samco's candle endpoints intermittently answer HTTP 500 to requests that succeed when
    repeated seconds later (verified live 2026-08-10, FR:A3.7); the body may be the failure
    envelope with `msgId` and `serverTime` to quote to apisupport@samco.in. A read, so
    `x-idempotent: true`: safe to repeat; `x-transient-statuses: [500]` makes the overlays
    retry a 500 here too (with backoff), on top of their default 429, 502, 503 and 504.

    Args:
        symbol_name (str):
        exchange (CandleExchangeCode | Unset): Exchanges the candle endpoints take (docs; `MFO`
            does not work there, FR:A3.25).
        from_date (str): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may have
            one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        to_date (str | Unset): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may
            have one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | IntradayCandlesResponse]
    """

    kwargs = _get_kwargs(
        symbol_name=symbol_name,
        exchange=exchange,
        from_date=from_date,
        to_date=to_date,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | IntradayCandlesResponse]) -> IntradayCandlesResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(IntradayCandlesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: CandleExchangeCode | Unset = UNSET,
    from_date: str,
    to_date: str | Unset = UNSET,
    interval: str | Unset = UNSET,
) -> IntradayCandlesResponse:
    """Get intraday candles of a symbol

     Intraday candles (1 minute by default) of an equity or derivative between `fromDate`
    and `toDate` (`yyyy-MM-dd HH:mm:ss`, IST, URL-encoded). All values are strings.
    `interval` is minutes as a string (FR:A3.30; the accepted set is undocumented). The
    docs list the exchanges `BSE`, `NSE`, `NFO`, `MCX`, `CDS` (default NSE); `MFO` does
    not work here (FR:A3.25).
    Samco's candle endpoints intermittently answer HTTP 500 to requests that succeed when
    repeated seconds later (verified live 2026-08-10, FR:A3.7); the body may be the failure
    envelope with `msgId` and `serverTime` to quote to apisupport@samco.in. A read, so
    `x-idempotent: true`: safe to repeat; `x-transient-statuses: [500]` makes the overlays
    retry a 500 here too (with backoff), on top of their default 429, 502, 503 and 504.

    Args:
        symbol_name (str):
        exchange (CandleExchangeCode | Unset): Exchanges the candle endpoints take (docs; `MFO`
            does not work there, FR:A3.25).
        from_date (str): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may have
            one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        to_date (str | Unset): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may
            have one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntradayCandlesResponse
    """

    return _success(
        sync_detailed(
            client=client,
            symbol_name=symbol_name,
            exchange=exchange,
            from_date=from_date,
            to_date=to_date,
            interval=interval,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: CandleExchangeCode | Unset = UNSET,
    from_date: str,
    to_date: str | Unset = UNSET,
    interval: str | Unset = UNSET,
) -> Response[Envelope | IntradayCandlesResponse]:
    """Get intraday candles of a symbol

     Intraday candles (1 minute by default) of an equity or derivative between `fromDate`
    and `toDate` (`yyyy-MM-dd HH:mm:ss`, IST, URL-encoded). All values are strings.
    `interval` is minutes as a string (FR:A3.30; the accepted set is undocumented). The
    docs list the exchanges `BSE`, `NSE`, `NFO`, `MCX`, `CDS` (default NSE); `MFO` does
    not work here (FR:A3.25).
    Samco's candle endpoints intermittently answer HTTP 500 to requests that succeed when
    repeated seconds later (verified live 2026-08-10, FR:A3.7); the body may be the failure
    envelope with `msgId` and `serverTime` to quote to apisupport@samco.in. A read, so
    `x-idempotent: true`: safe to repeat; `x-transient-statuses: [500]` makes the overlays
    retry a 500 here too (with backoff), on top of their default 429, 502, 503 and 504.

    Args:
        symbol_name (str):
        exchange (CandleExchangeCode | Unset): Exchanges the candle endpoints take (docs; `MFO`
            does not work there, FR:A3.25).
        from_date (str): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may have
            one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        to_date (str | Unset): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may
            have one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | IntradayCandlesResponse]
    """

    kwargs = _get_kwargs(
        symbol_name=symbol_name,
        exchange=exchange,
        from_date=from_date,
        to_date=to_date,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol_name: str,
    exchange: CandleExchangeCode | Unset = UNSET,
    from_date: str,
    to_date: str | Unset = UNSET,
    interval: str | Unset = UNSET,
) -> IntradayCandlesResponse:
    """Get intraday candles of a symbol

     Intraday candles (1 minute by default) of an equity or derivative between `fromDate`
    and `toDate` (`yyyy-MM-dd HH:mm:ss`, IST, URL-encoded). All values are strings.
    `interval` is minutes as a string (FR:A3.30; the accepted set is undocumented). The
    docs list the exchanges `BSE`, `NSE`, `NFO`, `MCX`, `CDS` (default NSE); `MFO` does
    not work here (FR:A3.25).
    Samco's candle endpoints intermittently answer HTTP 500 to requests that succeed when
    repeated seconds later (verified live 2026-08-10, FR:A3.7); the body may be the failure
    envelope with `msgId` and `serverTime` to quote to apisupport@samco.in. A read, so
    `x-idempotent: true`: safe to repeat; `x-transient-statuses: [500]` makes the overlays
    retry a 500 here too (with backoff), on top of their default 429, 502, 503 and 504.

    Args:
        symbol_name (str):
        exchange (CandleExchangeCode | Unset): Exchanges the candle endpoints take (docs; `MFO`
            does not work there, FR:A3.25).
        from_date (str): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may have
            one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        to_date (str | Unset): A date and time in IST, format `yyyy-MM-dd HH:mm:ss`. The hour may
            have one digit: the
            Python SDK README sends `2020-06-16 9:28:00` (accepted; UNSURE whether Samco parses it,
            two-digit hours are the safe form).
        interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntradayCandlesResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            symbol_name=symbol_name,
            exchange=exchange,
            from_date=from_date,
            to_date=to_date,
            interval=interval,
        )
    )
