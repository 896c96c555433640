from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ScripMaster.csv",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | str]:
    """Download the instrument master (ScripMaster.csv)

     Public list of the instruments of every exchange in one CSV file, no authentication.
    It is not served by the trading host: every client found downloads
    `https://developers.stocknote.com/doc/ScripMaster.csv` and none uses a
    tradeapi.samco.in URL (FR:A2.1); the docs home page links a "ScripMaster.csv"
    (DOCS:index). About 15 MB and 180,000 rows; one header line, no quoted or
    comma-containing fields (FR:A2.2). The columns are listed in `x-csv-columns` in the
    order of the live header (FR:A2.2); read them by name all the same. A column's `field`
    names the instrument field it fills (the toolkit's parsers map columns by it).
    - `symbolCode` is already `<scripCode>_<segment>` (`2885_NSE`, `51278_NFO`; MCX
      derivatives `_MFO`): the `listingId` / `symbol` of REST answers and the streaming
      key (FR:A2.3, FR:A1.13).
    - Orders take `name` as `symbolName` for equities and `tradingSymbol` for F&O; equity
      trading symbols carry the series (`-EQ`, `-BE`, ...) (FR:A2.5).
    - `exchange` values include NSE, BSE, NFO, BFO, CDS, MCX, MFO; MCX futures and options
      are filed under MFO (FR:A2.4).
    - Indices are not in the file (FR:A2.8): quote them by index name
      (`GET /quote/indexQuote`, whose `listingId` is the negative id they stream under).
    - Samco documents no publication time. This project applies the rule Gopocket
      documents for its contract master (refreshed daily after 08:00 IST, the previous
      day's file before that), which is also Samco's session cut-off: a copy fetched
      before the latest 08:00 IST is re-checked (conditional GET) before use.
    A static file on another host, not an API call: outside the rate-limit windows
    (`unmetered`). The operation-level server is the file's folder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | str]) -> str:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(str, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> str:
    """Download the instrument master (ScripMaster.csv)

     Public list of the instruments of every exchange in one CSV file, no authentication.
    It is not served by the trading host: every client found downloads
    `https://developers.stocknote.com/doc/ScripMaster.csv` and none uses a
    tradeapi.samco.in URL (FR:A2.1); the docs home page links a "ScripMaster.csv"
    (DOCS:index). About 15 MB and 180,000 rows; one header line, no quoted or
    comma-containing fields (FR:A2.2). The columns are listed in `x-csv-columns` in the
    order of the live header (FR:A2.2); read them by name all the same. A column's `field`
    names the instrument field it fills (the toolkit's parsers map columns by it).
    - `symbolCode` is already `<scripCode>_<segment>` (`2885_NSE`, `51278_NFO`; MCX
      derivatives `_MFO`): the `listingId` / `symbol` of REST answers and the streaming
      key (FR:A2.3, FR:A1.13).
    - Orders take `name` as `symbolName` for equities and `tradingSymbol` for F&O; equity
      trading symbols carry the series (`-EQ`, `-BE`, ...) (FR:A2.5).
    - `exchange` values include NSE, BSE, NFO, BFO, CDS, MCX, MFO; MCX futures and options
      are filed under MFO (FR:A2.4).
    - Indices are not in the file (FR:A2.8): quote them by index name
      (`GET /quote/indexQuote`, whose `listingId` is the negative id they stream under).
    - Samco documents no publication time. This project applies the rule Gopocket
      documents for its contract master (refreshed daily after 08:00 IST, the previous
      day's file before that), which is also Samco's session cut-off: a copy fetched
      before the latest 08:00 IST is re-checked (conditional GET) before use.
    A static file on another host, not an API call: outside the rate-limit windows
    (`unmetered`). The operation-level server is the file's folder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | str]:
    """Download the instrument master (ScripMaster.csv)

     Public list of the instruments of every exchange in one CSV file, no authentication.
    It is not served by the trading host: every client found downloads
    `https://developers.stocknote.com/doc/ScripMaster.csv` and none uses a
    tradeapi.samco.in URL (FR:A2.1); the docs home page links a "ScripMaster.csv"
    (DOCS:index). About 15 MB and 180,000 rows; one header line, no quoted or
    comma-containing fields (FR:A2.2). The columns are listed in `x-csv-columns` in the
    order of the live header (FR:A2.2); read them by name all the same. A column's `field`
    names the instrument field it fills (the toolkit's parsers map columns by it).
    - `symbolCode` is already `<scripCode>_<segment>` (`2885_NSE`, `51278_NFO`; MCX
      derivatives `_MFO`): the `listingId` / `symbol` of REST answers and the streaming
      key (FR:A2.3, FR:A1.13).
    - Orders take `name` as `symbolName` for equities and `tradingSymbol` for F&O; equity
      trading symbols carry the series (`-EQ`, `-BE`, ...) (FR:A2.5).
    - `exchange` values include NSE, BSE, NFO, BFO, CDS, MCX, MFO; MCX futures and options
      are filed under MFO (FR:A2.4).
    - Indices are not in the file (FR:A2.8): quote them by index name
      (`GET /quote/indexQuote`, whose `listingId` is the negative id they stream under).
    - Samco documents no publication time. This project applies the rule Gopocket
      documents for its contract master (refreshed daily after 08:00 IST, the previous
      day's file before that), which is also Samco's session cut-off: a copy fetched
      before the latest 08:00 IST is re-checked (conditional GET) before use.
    A static file on another host, not an API call: outside the rate-limit windows
    (`unmetered`). The operation-level server is the file's folder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> str:
    """Download the instrument master (ScripMaster.csv)

     Public list of the instruments of every exchange in one CSV file, no authentication.
    It is not served by the trading host: every client found downloads
    `https://developers.stocknote.com/doc/ScripMaster.csv` and none uses a
    tradeapi.samco.in URL (FR:A2.1); the docs home page links a "ScripMaster.csv"
    (DOCS:index). About 15 MB and 180,000 rows; one header line, no quoted or
    comma-containing fields (FR:A2.2). The columns are listed in `x-csv-columns` in the
    order of the live header (FR:A2.2); read them by name all the same. A column's `field`
    names the instrument field it fills (the toolkit's parsers map columns by it).
    - `symbolCode` is already `<scripCode>_<segment>` (`2885_NSE`, `51278_NFO`; MCX
      derivatives `_MFO`): the `listingId` / `symbol` of REST answers and the streaming
      key (FR:A2.3, FR:A1.13).
    - Orders take `name` as `symbolName` for equities and `tradingSymbol` for F&O; equity
      trading symbols carry the series (`-EQ`, `-BE`, ...) (FR:A2.5).
    - `exchange` values include NSE, BSE, NFO, BFO, CDS, MCX, MFO; MCX futures and options
      are filed under MFO (FR:A2.4).
    - Indices are not in the file (FR:A2.8): quote them by index name
      (`GET /quote/indexQuote`, whose `listingId` is the negative id they stream under).
    - Samco documents no publication time. This project applies the rule Gopocket
      documents for its contract master (refreshed daily after 08:00 IST, the previous
      day's file before that), which is also Samco's session cut-off: a copy fetched
      before the latest 08:00 IST is re-checked (conditional GET) before use.
    A static file on another host, not an API call: outside the rate-limit windows
    (`unmetered`). The operation-level server is the file's folder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
