from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.session_token_request import SessionTokenRequest
from ...models.session_token_response import SessionTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SessionTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | SessionTokenResponse:
    if response.status_code == 200:
        response_200 = SessionTokenResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | SessionTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionTokenRequest,
) -> Response[Envelope | SessionTokenResponse]:
    """Generate a session token from the app's API key and secret

     The recommended v3.2 login. No session header. The token is valid until 08:00 IST the
    next day however it was obtained. DOCS describe `apiKey` and `apiSecret` as
    AES-encrypted; a v3.2 integration sends the values the dashboard issues verbatim ("the
    AES-encrypted values Samco issues at app creation ... no client-side encryption is
    applied", FR:A3.1) and reads success as `status: Success` with a `sessionToken`, as
    the SDKs do: opaque strings here. The app must have a static IP registered.
    Contradiction: the NODE/JAVA README sample is a rich account object, the PY README
    sample only `{status, sessionToken, validity}`; every response field is optional so
    both validate. The success carries `srcIp`, `primaryIp` and `secondaryIp` (unset IPs
    are `""`, FR:A3.3): the overlays warn at login when the calling IP is not a registered
    one, before order calls fail with 403. Failures carry an `errorCode` (`EOAUTH001` key,
    `EOAUTH008` secret, `EOAUTH009` IP; FR:A3.2). Never retried automatically: each call
    issues a new token.

    Args:
        body (SessionTokenRequest): App credentials. DOCS describe both values as AES-encrypted:
            they are the values the
            Web Dashboard issues at app creation, sent verbatim, with no client-side encryption (a
            v3.2 integration, FR:A3.1; none of the SDKs encrypt anything either). Opaque strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SessionTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | SessionTokenResponse]) -> SessionTokenResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(SessionTokenResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SessionTokenRequest,
) -> SessionTokenResponse:
    """Generate a session token from the app's API key and secret

     The recommended v3.2 login. No session header. The token is valid until 08:00 IST the
    next day however it was obtained. DOCS describe `apiKey` and `apiSecret` as
    AES-encrypted; a v3.2 integration sends the values the dashboard issues verbatim ("the
    AES-encrypted values Samco issues at app creation ... no client-side encryption is
    applied", FR:A3.1) and reads success as `status: Success` with a `sessionToken`, as
    the SDKs do: opaque strings here. The app must have a static IP registered.
    Contradiction: the NODE/JAVA README sample is a rich account object, the PY README
    sample only `{status, sessionToken, validity}`; every response field is optional so
    both validate. The success carries `srcIp`, `primaryIp` and `secondaryIp` (unset IPs
    are `""`, FR:A3.3): the overlays warn at login when the calling IP is not a registered
    one, before order calls fail with 403. Failures carry an `errorCode` (`EOAUTH001` key,
    `EOAUTH008` secret, `EOAUTH009` IP; FR:A3.2). Never retried automatically: each call
    issues a new token.

    Args:
        body (SessionTokenRequest): App credentials. DOCS describe both values as AES-encrypted:
            they are the values the
            Web Dashboard issues at app creation, sent verbatim, with no client-side encryption (a
            v3.2 integration, FR:A3.1; none of the SDKs encrypt anything either). Opaque strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionTokenResponse
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
    body: SessionTokenRequest,
) -> Response[Envelope | SessionTokenResponse]:
    """Generate a session token from the app's API key and secret

     The recommended v3.2 login. No session header. The token is valid until 08:00 IST the
    next day however it was obtained. DOCS describe `apiKey` and `apiSecret` as
    AES-encrypted; a v3.2 integration sends the values the dashboard issues verbatim ("the
    AES-encrypted values Samco issues at app creation ... no client-side encryption is
    applied", FR:A3.1) and reads success as `status: Success` with a `sessionToken`, as
    the SDKs do: opaque strings here. The app must have a static IP registered.
    Contradiction: the NODE/JAVA README sample is a rich account object, the PY README
    sample only `{status, sessionToken, validity}`; every response field is optional so
    both validate. The success carries `srcIp`, `primaryIp` and `secondaryIp` (unset IPs
    are `""`, FR:A3.3): the overlays warn at login when the calling IP is not a registered
    one, before order calls fail with 403. Failures carry an `errorCode` (`EOAUTH001` key,
    `EOAUTH008` secret, `EOAUTH009` IP; FR:A3.2). Never retried automatically: each call
    issues a new token.

    Args:
        body (SessionTokenRequest): App credentials. DOCS describe both values as AES-encrypted:
            they are the values the
            Web Dashboard issues at app creation, sent verbatim, with no client-side encryption (a
            v3.2 integration, FR:A3.1; none of the SDKs encrypt anything either). Opaque strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | SessionTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SessionTokenRequest,
) -> SessionTokenResponse:
    """Generate a session token from the app's API key and secret

     The recommended v3.2 login. No session header. The token is valid until 08:00 IST the
    next day however it was obtained. DOCS describe `apiKey` and `apiSecret` as
    AES-encrypted; a v3.2 integration sends the values the dashboard issues verbatim ("the
    AES-encrypted values Samco issues at app creation ... no client-side encryption is
    applied", FR:A3.1) and reads success as `status: Success` with a `sessionToken`, as
    the SDKs do: opaque strings here. The app must have a static IP registered.
    Contradiction: the NODE/JAVA README sample is a rich account object, the PY README
    sample only `{status, sessionToken, validity}`; every response field is optional so
    both validate. The success carries `srcIp`, `primaryIp` and `secondaryIp` (unset IPs
    are `""`, FR:A3.3): the overlays warn at login when the calling IP is not a registered
    one, before order calls fail with 403. Failures carry an `errorCode` (`EOAUTH001` key,
    `EOAUTH008` secret, `EOAUTH009` IP; FR:A3.2). Never retried automatically: each call
    issues a new token.

    Args:
        body (SessionTokenRequest): App credentials. DOCS describe both values as AES-encrypted:
            they are the values the
            Web Dashboard issues at app creation, sent verbatim, with no client-side encryption (a
            v3.2 integration, FR:A3.1; none of the SDKs encrypt anything either). Opaque strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionTokenResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
