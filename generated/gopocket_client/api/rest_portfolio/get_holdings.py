from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.holdings_response import HoldingsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ho-rest/holdings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | HoldingsResponse:
    if response.status_code == 200:
        response_200 = HoldingsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | HoldingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | HoldingsResponse]:
    """List holdings grouped by product

     `result` holds one group per product (`{poa, product, holdings[]}`); each holding lists
    its listings (NSE, BSE, ...) in `symbol`. Numbers are strings, `poa` and `authFlag` are
    booleans (the table says String for `authFlag`; the sample wins). The table header
    capitalises `Symbol` (same client attribute as `symbol`; not declared separately).
    The 2023-09-04 sample used a different, superseded schema (`stat`, `poaStatus`,
    `holdingVal`) - not modelled. No parameters.
    Older path `/holdings` (docs until 2023-12-15). [SDK-prev] and a live Gopocket web app
    (2025-26) call `/ho-rest/api/holdings/` (operation `getHoldingsApi`) [FR:B4.1]; the
    evidence favours that `/api/` form, this docs form is not disproved. The live app
    types the response exactly as this schema (`[{poa, product, holdings:[{..., authFlag:
    boolean, symbol:[{exchange, token, tradingSymbol, pdc, ltp}]}]}]`) [FR:B4.2].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | HoldingsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | HoldingsResponse]) -> HoldingsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(HoldingsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HoldingsResponse:
    """List holdings grouped by product

     `result` holds one group per product (`{poa, product, holdings[]}`); each holding lists
    its listings (NSE, BSE, ...) in `symbol`. Numbers are strings, `poa` and `authFlag` are
    booleans (the table says String for `authFlag`; the sample wins). The table header
    capitalises `Symbol` (same client attribute as `symbol`; not declared separately).
    The 2023-09-04 sample used a different, superseded schema (`stat`, `poaStatus`,
    `holdingVal`) - not modelled. No parameters.
    Older path `/holdings` (docs until 2023-12-15). [SDK-prev] and a live Gopocket web app
    (2025-26) call `/ho-rest/api/holdings/` (operation `getHoldingsApi`) [FR:B4.1]; the
    evidence favours that `/api/` form, this docs form is not disproved. The live app
    types the response exactly as this schema (`[{poa, product, holdings:[{..., authFlag:
    boolean, symbol:[{exchange, token, tradingSymbol, pdc, ltp}]}]}]`) [FR:B4.2].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HoldingsResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | HoldingsResponse]:
    """List holdings grouped by product

     `result` holds one group per product (`{poa, product, holdings[]}`); each holding lists
    its listings (NSE, BSE, ...) in `symbol`. Numbers are strings, `poa` and `authFlag` are
    booleans (the table says String for `authFlag`; the sample wins). The table header
    capitalises `Symbol` (same client attribute as `symbol`; not declared separately).
    The 2023-09-04 sample used a different, superseded schema (`stat`, `poaStatus`,
    `holdingVal`) - not modelled. No parameters.
    Older path `/holdings` (docs until 2023-12-15). [SDK-prev] and a live Gopocket web app
    (2025-26) call `/ho-rest/api/holdings/` (operation `getHoldingsApi`) [FR:B4.1]; the
    evidence favours that `/api/` form, this docs form is not disproved. The live app
    types the response exactly as this schema (`[{poa, product, holdings:[{..., authFlag:
    boolean, symbol:[{exchange, token, tradingSymbol, pdc, ltp}]}]}]`) [FR:B4.2].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | HoldingsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HoldingsResponse:
    """List holdings grouped by product

     `result` holds one group per product (`{poa, product, holdings[]}`); each holding lists
    its listings (NSE, BSE, ...) in `symbol`. Numbers are strings, `poa` and `authFlag` are
    booleans (the table says String for `authFlag`; the sample wins). The table header
    capitalises `Symbol` (same client attribute as `symbol`; not declared separately).
    The 2023-09-04 sample used a different, superseded schema (`stat`, `poaStatus`,
    `holdingVal`) - not modelled. No parameters.
    Older path `/holdings` (docs until 2023-12-15). [SDK-prev] and a live Gopocket web app
    (2025-26) call `/ho-rest/api/holdings/` (operation `getHoldingsApi`) [FR:B4.1]; the
    evidence favours that `/api/` form, this docs form is not disproved. The live app
    types the response exactly as this schema (`[{poa, product, holdings:[{..., authFlag:
    boolean, symbol:[{exchange, token, tradingSymbol, pdc, ltp}]}]}]`) [FR:B4.2].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HoldingsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
