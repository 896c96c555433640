from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    exchange: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/csv/{exchange}".format(
            exchange=quote(str(exchange), safe=""),
        ),
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
    exchange: str,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | str]:
    """Download the instrument file of one exchange (CSV)

     Public daily instrument list (no authentication), CSV text whose header line starts
    with `Exch,`; anything else (an HTML page with HTTP 200) is not the file (FR:B5.1).
    Refreshed every day after 08:00 IST; before that the previous day's file is served.
    `Token` is the instrument id (`instrumentId` in the SDK layout, `token` in responses,
    WebSocket keys `EXCH|token`, FR:B1.5); `Trading Symbol` is the docs-layout
    `tradingSymbol`. Clients that download it send `Accept: text/csv` and a browser
    User-Agent, and retry (FR:B5.1).
    The columns are listed in `x-csv-columns` (names as the SDKs and third-party code read
    them; a column's `field` names the instrument field it fills, which the toolkit's
    parsers map columns by). The column order is not documented and differs between exchange files (an
    Alice Blue NFO and BFO file on the same platform put them in different orders,
    FR:B5.3): read columns by name. Columns marked `required: false` are missing from some
    files or rest on thin evidence; those marked [AB] are known only from the Alice Blue
    header (FR:B5.3, same Codifi platform, not proof for Gopocket). There is no ISIN
    column (FR:B5.2). The INDICES file uses lower-case `exch`, `token`, `symbol` columns.
    `Expiry Date` is `YYYY-MM-DD` (NFO, BFO, MCX, BCD) but `DD-MM-YYYY` on CDS.
    Shared by both generations (`x-api-generation: shared`). Outside the documented
    rate-limit table (`unmetered`).

    Args:
        exchange (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | str]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
    )

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
    exchange: str,
    client: AuthenticatedClient | Client,
) -> str:
    """Download the instrument file of one exchange (CSV)

     Public daily instrument list (no authentication), CSV text whose header line starts
    with `Exch,`; anything else (an HTML page with HTTP 200) is not the file (FR:B5.1).
    Refreshed every day after 08:00 IST; before that the previous day's file is served.
    `Token` is the instrument id (`instrumentId` in the SDK layout, `token` in responses,
    WebSocket keys `EXCH|token`, FR:B1.5); `Trading Symbol` is the docs-layout
    `tradingSymbol`. Clients that download it send `Accept: text/csv` and a browser
    User-Agent, and retry (FR:B5.1).
    The columns are listed in `x-csv-columns` (names as the SDKs and third-party code read
    them; a column's `field` names the instrument field it fills, which the toolkit's
    parsers map columns by). The column order is not documented and differs between exchange files (an
    Alice Blue NFO and BFO file on the same platform put them in different orders,
    FR:B5.3): read columns by name. Columns marked `required: false` are missing from some
    files or rest on thin evidence; those marked [AB] are known only from the Alice Blue
    header (FR:B5.3, same Codifi platform, not proof for Gopocket). There is no ISIN
    column (FR:B5.2). The INDICES file uses lower-case `exch`, `token`, `symbol` columns.
    `Expiry Date` is `YYYY-MM-DD` (NFO, BFO, MCX, BCD) but `DD-MM-YYYY` on CDS.
    Shared by both generations (`x-api-generation: shared`). Outside the documented
    rate-limit table (`unmetered`).

    Args:
        exchange (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return _success(
        sync_detailed(
            exchange=exchange,
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    exchange: str,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | str]:
    """Download the instrument file of one exchange (CSV)

     Public daily instrument list (no authentication), CSV text whose header line starts
    with `Exch,`; anything else (an HTML page with HTTP 200) is not the file (FR:B5.1).
    Refreshed every day after 08:00 IST; before that the previous day's file is served.
    `Token` is the instrument id (`instrumentId` in the SDK layout, `token` in responses,
    WebSocket keys `EXCH|token`, FR:B1.5); `Trading Symbol` is the docs-layout
    `tradingSymbol`. Clients that download it send `Accept: text/csv` and a browser
    User-Agent, and retry (FR:B5.1).
    The columns are listed in `x-csv-columns` (names as the SDKs and third-party code read
    them; a column's `field` names the instrument field it fills, which the toolkit's
    parsers map columns by). The column order is not documented and differs between exchange files (an
    Alice Blue NFO and BFO file on the same platform put them in different orders,
    FR:B5.3): read columns by name. Columns marked `required: false` are missing from some
    files or rest on thin evidence; those marked [AB] are known only from the Alice Blue
    header (FR:B5.3, same Codifi platform, not proof for Gopocket). There is no ISIN
    column (FR:B5.2). The INDICES file uses lower-case `exch`, `token`, `symbol` columns.
    `Expiry Date` is `YYYY-MM-DD` (NFO, BFO, MCX, BCD) but `DD-MM-YYYY` on CDS.
    Shared by both generations (`x-api-generation: shared`). Outside the documented
    rate-limit table (`unmetered`).

    Args:
        exchange (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | str]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    exchange: str,
    client: AuthenticatedClient | Client,
) -> str:
    """Download the instrument file of one exchange (CSV)

     Public daily instrument list (no authentication), CSV text whose header line starts
    with `Exch,`; anything else (an HTML page with HTTP 200) is not the file (FR:B5.1).
    Refreshed every day after 08:00 IST; before that the previous day's file is served.
    `Token` is the instrument id (`instrumentId` in the SDK layout, `token` in responses,
    WebSocket keys `EXCH|token`, FR:B1.5); `Trading Symbol` is the docs-layout
    `tradingSymbol`. Clients that download it send `Accept: text/csv` and a browser
    User-Agent, and retry (FR:B5.1).
    The columns are listed in `x-csv-columns` (names as the SDKs and third-party code read
    them; a column's `field` names the instrument field it fills, which the toolkit's
    parsers map columns by). The column order is not documented and differs between exchange files (an
    Alice Blue NFO and BFO file on the same platform put them in different orders,
    FR:B5.3): read columns by name. Columns marked `required: false` are missing from some
    files or rest on thin evidence; those marked [AB] are known only from the Alice Blue
    header (FR:B5.3, same Codifi platform, not proof for Gopocket). There is no ISIN
    column (FR:B5.2). The INDICES file uses lower-case `exch`, `token`, `symbol` columns.
    `Expiry Date` is `YYYY-MM-DD` (NFO, BFO, MCX, BCD) but `DD-MM-YYYY` on CDS.
    Shared by both generations (`x-api-generation: shared`). Outside the documented
    rate-limit table (`unmetered`).

    Args:
        exchange (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return _success(
        await asyncio_detailed(
            exchange=exchange,
            client=client,
        )
    )
