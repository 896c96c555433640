from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.legacy_login_request import LegacyLoginRequest
from ...models.legacy_login_response import LegacyLoginResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LegacyLoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LegacyLoginResponse:
    if response.status_code == 200:
        response_200 = LegacyLoginResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LegacyLoginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyLoginRequest,
) -> Response[Envelope | LegacyLoginResponse]:
    """Log in with user id, password, year of birth and access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or the OAuth 2.1 flow (`POST /oauth/token`)
    instead. Last step of the legacy flow. Response fields per the reference: `sessionToken`,
    `accountID`, `accountName`, `exchangeList`, `orderTypeList`, `productList` (all
    optional). `yob` is optional: OpenAlgo's April 2026 flow logs in with `userId`,
    `password` and `accessToken` only, its December 2025 flow and LEAN (2021, on the
    legacy host `https://api.stocknote.com`) sent `yob` too (FR:A3.5). Never retried
    automatically.

    Args:
        body (LegacyLoginRequest): The legacy login. `yob` is listed by the reference and was sent
            by older clients (LEAN
            2021, OpenAlgo Dec 2025), but OpenAlgo's April 2026 flow sends only `userId`,
            `password` and `accessToken` (FR:A3.5): optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyLoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LegacyLoginResponse]) -> LegacyLoginResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LegacyLoginResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyLoginRequest,
) -> LegacyLoginResponse:
    """Log in with user id, password, year of birth and access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or the OAuth 2.1 flow (`POST /oauth/token`)
    instead. Last step of the legacy flow. Response fields per the reference: `sessionToken`,
    `accountID`, `accountName`, `exchangeList`, `orderTypeList`, `productList` (all
    optional). `yob` is optional: OpenAlgo's April 2026 flow logs in with `userId`,
    `password` and `accessToken` only, its December 2025 flow and LEAN (2021, on the
    legacy host `https://api.stocknote.com`) sent `yob` too (FR:A3.5). Never retried
    automatically.

    Args:
        body (LegacyLoginRequest): The legacy login. `yob` is listed by the reference and was sent
            by older clients (LEAN
            2021, OpenAlgo Dec 2025), but OpenAlgo's April 2026 flow sends only `userId`,
            `password` and `accessToken` (FR:A3.5): optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyLoginResponse
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
    body: LegacyLoginRequest,
) -> Response[Envelope | LegacyLoginResponse]:
    """Log in with user id, password, year of birth and access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or the OAuth 2.1 flow (`POST /oauth/token`)
    instead. Last step of the legacy flow. Response fields per the reference: `sessionToken`,
    `accountID`, `accountName`, `exchangeList`, `orderTypeList`, `productList` (all
    optional). `yob` is optional: OpenAlgo's April 2026 flow logs in with `userId`,
    `password` and `accessToken` only, its December 2025 flow and LEAN (2021, on the
    legacy host `https://api.stocknote.com`) sent `yob` too (FR:A3.5). Never retried
    automatically.

    Args:
        body (LegacyLoginRequest): The legacy login. `yob` is listed by the reference and was sent
            by older clients (LEAN
            2021, OpenAlgo Dec 2025), but OpenAlgo's April 2026 flow sends only `userId`,
            `password` and `accessToken` (FR:A3.5): optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyLoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyLoginRequest,
) -> LegacyLoginResponse:
    """Log in with user id, password, year of birth and access token (deprecated)

     Deprecated in v3.2; use `POST /session/token` or the OAuth 2.1 flow (`POST /oauth/token`)
    instead. Last step of the legacy flow. Response fields per the reference: `sessionToken`,
    `accountID`, `accountName`, `exchangeList`, `orderTypeList`, `productList` (all
    optional). `yob` is optional: OpenAlgo's April 2026 flow logs in with `userId`,
    `password` and `accessToken` only, its December 2025 flow and LEAN (2021, on the
    legacy host `https://api.stocknote.com`) sent `yob` too (FR:A3.5). Never retried
    automatically.

    Args:
        body (LegacyLoginRequest): The legacy login. `yob` is listed by the reference and was sent
            by older clients (LEAN
            2021, OpenAlgo Dec 2025), but OpenAlgo's April 2026 flow sends only `userId`,
            `password` and `accessToken` (FR:A3.5): optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyLoginResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
