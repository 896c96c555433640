from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.who_am_i_response import WhoAmIResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ip/whoami",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | WhoAmIResponse:
    if response.status_code == 200:
        response_200 = WhoAmIResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | WhoAmIResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WhoAmIResponse]:
    """Show the caller's source IP and whether it is a registered static IP

     Diagnostic for the static-IP rule; calling it does not consume the weekly IP-change
    allowance. Contradiction: the NODE/JAVA README return `srcIp`, `primaryIp`,
    `secondaryIp`, `matches`, `matchedAs`; the JAVA model names the source IP `clientIp`
    and lacks `matches`/`matchedAs`; the PY README returns `data: {ip, registered}`. The
    schema is the union, all optional. `matchedAs` is an open `PRIMARY`/`SECONDARY` value,
    nullable (UNSURE what a non-match returns). A v3.2 integration reads `srcIp`,
    `primaryIp`, `secondaryIp`, `matches`, `matchedAs` and `statusMessage`: the NODE/JAVA
    README shape is the live one (FR:A3.4).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WhoAmIResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | WhoAmIResponse]) -> WhoAmIResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(WhoAmIResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> WhoAmIResponse:
    """Show the caller's source IP and whether it is a registered static IP

     Diagnostic for the static-IP rule; calling it does not consume the weekly IP-change
    allowance. Contradiction: the NODE/JAVA README return `srcIp`, `primaryIp`,
    `secondaryIp`, `matches`, `matchedAs`; the JAVA model names the source IP `clientIp`
    and lacks `matches`/`matchedAs`; the PY README returns `data: {ip, registered}`. The
    schema is the union, all optional. `matchedAs` is an open `PRIMARY`/`SECONDARY` value,
    nullable (UNSURE what a non-match returns). A v3.2 integration reads `srcIp`,
    `primaryIp`, `secondaryIp`, `matches`, `matchedAs` and `statusMessage`: the NODE/JAVA
    README shape is the live one (FR:A3.4).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhoAmIResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WhoAmIResponse]:
    """Show the caller's source IP and whether it is a registered static IP

     Diagnostic for the static-IP rule; calling it does not consume the weekly IP-change
    allowance. Contradiction: the NODE/JAVA README return `srcIp`, `primaryIp`,
    `secondaryIp`, `matches`, `matchedAs`; the JAVA model names the source IP `clientIp`
    and lacks `matches`/`matchedAs`; the PY README returns `data: {ip, registered}`. The
    schema is the union, all optional. `matchedAs` is an open `PRIMARY`/`SECONDARY` value,
    nullable (UNSURE what a non-match returns). A v3.2 integration reads `srcIp`,
    `primaryIp`, `secondaryIp`, `matches`, `matchedAs` and `statusMessage`: the NODE/JAVA
    README shape is the live one (FR:A3.4).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WhoAmIResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> WhoAmIResponse:
    """Show the caller's source IP and whether it is a registered static IP

     Diagnostic for the static-IP rule; calling it does not consume the weekly IP-change
    allowance. Contradiction: the NODE/JAVA README return `srcIp`, `primaryIp`,
    `secondaryIp`, `matches`, `matchedAs`; the JAVA model names the source IP `clientIp`
    and lacks `matches`/`matchedAs`; the PY README returns `data: {ip, registered}`. The
    schema is the union, all optional. `matchedAs` is an open `PRIMARY`/`SECONDARY` value,
    nullable (UNSURE what a non-match returns). A v3.2 integration reads `srcIp`,
    `primaryIp`, `secondaryIp`, `matches`, `matchedAs` and `statusMessage`: the NODE/JAVA
    README shape is the live one (FR:A3.4).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhoAmIResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
