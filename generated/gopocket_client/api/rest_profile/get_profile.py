from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.profile_response import ProfileResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client-rest/profile/getclientdetails",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | ProfileResponse:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | ProfileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | ProfileResponse]:
    """Get the user's profile

     Client details: identity (masked), enabled exchanges, products, order and price types,
    bank and DP accounts. No parameters. Older path `/profile/getclientdetails` (docs until
    2023-12-15). The page text mentions a "/user/profile" API (template wording) - ignored.
    Type drift: `mandateIdList` is an array (table: String); `createdDate` is epoch seconds
    in a string. In live use at exactly this path (no `/api/` segment), with the Bearer
    session, success tested as `status == "Ok"` and a `result` array [FR:B4.1]. The live
    app types more fields than the docs list: `bankdetails[].ifsc`/`.micr`,
    `dpAccountNumber[].dpId`/`.boId`/`.repository`/`.edisClientCode`/`.dpAccountName`
    (nullable) and a top-level nullable `dpAcctNum` [FR:B4.3].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ProfileResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | ProfileResponse]) -> ProfileResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(ProfileResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ProfileResponse:
    """Get the user's profile

     Client details: identity (masked), enabled exchanges, products, order and price types,
    bank and DP accounts. No parameters. Older path `/profile/getclientdetails` (docs until
    2023-12-15). The page text mentions a "/user/profile" API (template wording) - ignored.
    Type drift: `mandateIdList` is an array (table: String); `createdDate` is epoch seconds
    in a string. In live use at exactly this path (no `/api/` segment), with the Bearer
    session, success tested as `status == "Ok"` and a `result` array [FR:B4.1]. The live
    app types more fields than the docs list: `bankdetails[].ifsc`/`.micr`,
    `dpAccountNumber[].dpId`/`.boId`/`.repository`/`.edisClientCode`/`.dpAccountName`
    (nullable) and a top-level nullable `dpAcctNum` [FR:B4.3].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | ProfileResponse]:
    """Get the user's profile

     Client details: identity (masked), enabled exchanges, products, order and price types,
    bank and DP accounts. No parameters. Older path `/profile/getclientdetails` (docs until
    2023-12-15). The page text mentions a "/user/profile" API (template wording) - ignored.
    Type drift: `mandateIdList` is an array (table: String); `createdDate` is epoch seconds
    in a string. In live use at exactly this path (no `/api/` segment), with the Bearer
    session, success tested as `status == "Ok"` and a `result` array [FR:B4.1]. The live
    app types more fields than the docs list: `bankdetails[].ifsc`/`.micr`,
    `dpAccountNumber[].dpId`/`.boId`/`.repository`/`.edisClientCode`/`.dpAccountName`
    (nullable) and a top-level nullable `dpAcctNum` [FR:B4.3].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ProfileResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ProfileResponse:
    """Get the user's profile

     Client details: identity (masked), enabled exchanges, products, order and price types,
    bank and DP accounts. No parameters. Older path `/profile/getclientdetails` (docs until
    2023-12-15). The page text mentions a "/user/profile" API (template wording) - ignored.
    Type drift: `mandateIdList` is an array (table: String); `createdDate` is epoch seconds
    in a string. In live use at exactly this path (no `/api/` segment), with the Bearer
    session, success tested as `status == "Ok"` and a `result` array [FR:B4.1]. The live
    app types more fields than the docs list: `bankdetails[].ifsc`/`.micr`,
    `dpAccountNumber[].dpId`/`.boId`/`.repository`/`.edisClientCode`/`.dpAccountName`
    (nullable) and a top-level nullable `dpAcctNum` [FR:B4.3].
    Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
