from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.get_user_details_request import GetUserDetailsRequest
from ...models.get_user_details_response import GetUserDetailsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetUserDetailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/gopocketAPIService/sso/getUserDetails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | GetUserDetailsResponse:
    if response.status_code == 200:
        response_200 = GetUserDetailsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | GetUserDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserDetailsRequest,
) -> Response[Envelope | GetUserDetailsResponse]:
    """Exchange the SSO checksum for a user session (2023-09 docs URL)

     Path variant of `getUserDetails` (`x-variant-of`): the same request, the same two
    response shapes, the same flow. Documented only in the first docs snapshot
    (2023-09-04), in the shape of Alice Blue's old `rest/AliceBlueAPIService/sso/...`
    URL; superseded by every later source and called by no client found. Kept reachable
    (`login_path="/rest/gopocketAPIService/sso/getUserDetails"`) for deployments still on
    it. No authentication. Not retried (single-use `authCode`, inferred). Rate-limit
    category inferred (non-trading).

    Args:
        body (GetUserDetailsRequest): The only credential of the session exchange. `checkSum` is
            the lower-case hex SHA-256 of
            `userId + authCode + apiSecret` (plain concatenation, no separators; the SDKs upper-case
            `userId` first). `authCode` and `userId` arrive on the app's redirect URL after the
            browser login (see `x-browser-flows.login` in the root).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GetUserDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | GetUserDetailsResponse]) -> GetUserDetailsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(GetUserDetailsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserDetailsRequest,
) -> GetUserDetailsResponse:
    """Exchange the SSO checksum for a user session (2023-09 docs URL)

     Path variant of `getUserDetails` (`x-variant-of`): the same request, the same two
    response shapes, the same flow. Documented only in the first docs snapshot
    (2023-09-04), in the shape of Alice Blue's old `rest/AliceBlueAPIService/sso/...`
    URL; superseded by every later source and called by no client found. Kept reachable
    (`login_path="/rest/gopocketAPIService/sso/getUserDetails"`) for deployments still on
    it. No authentication. Not retried (single-use `authCode`, inferred). Rate-limit
    category inferred (non-trading).

    Args:
        body (GetUserDetailsRequest): The only credential of the session exchange. `checkSum` is
            the lower-case hex SHA-256 of
            `userId + authCode + apiSecret` (plain concatenation, no separators; the SDKs upper-case
            `userId` first). `authCode` and `userId` arrive on the app's redirect URL after the
            browser login (see `x-browser-flows.login` in the root).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserDetailsResponse
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
    body: GetUserDetailsRequest,
) -> Response[Envelope | GetUserDetailsResponse]:
    """Exchange the SSO checksum for a user session (2023-09 docs URL)

     Path variant of `getUserDetails` (`x-variant-of`): the same request, the same two
    response shapes, the same flow. Documented only in the first docs snapshot
    (2023-09-04), in the shape of Alice Blue's old `rest/AliceBlueAPIService/sso/...`
    URL; superseded by every later source and called by no client found. Kept reachable
    (`login_path="/rest/gopocketAPIService/sso/getUserDetails"`) for deployments still on
    it. No authentication. Not retried (single-use `authCode`, inferred). Rate-limit
    category inferred (non-trading).

    Args:
        body (GetUserDetailsRequest): The only credential of the session exchange. `checkSum` is
            the lower-case hex SHA-256 of
            `userId + authCode + apiSecret` (plain concatenation, no separators; the SDKs upper-case
            `userId` first). `authCode` and `userId` arrive on the app's redirect URL after the
            browser login (see `x-browser-flows.login` in the root).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GetUserDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserDetailsRequest,
) -> GetUserDetailsResponse:
    """Exchange the SSO checksum for a user session (2023-09 docs URL)

     Path variant of `getUserDetails` (`x-variant-of`): the same request, the same two
    response shapes, the same flow. Documented only in the first docs snapshot
    (2023-09-04), in the shape of Alice Blue's old `rest/AliceBlueAPIService/sso/...`
    URL; superseded by every later source and called by no client found. Kept reachable
    (`login_path="/rest/gopocketAPIService/sso/getUserDetails"`) for deployments still on
    it. No authentication. Not retried (single-use `authCode`, inferred). Rate-limit
    category inferred (non-trading).

    Args:
        body (GetUserDetailsRequest): The only credential of the session exchange. `checkSum` is
            the lower-case hex SHA-256 of
            `userId + authCode + apiSecret` (plain concatenation, no separators; the SDKs upper-case
            `userId` first). `authCode` and `userId` arrive on the app's redirect URL after the
            browser login (see `x-browser-flows.login` in the root).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserDetailsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
