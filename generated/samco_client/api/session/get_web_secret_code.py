from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.web_secret_code_response import WebSecretCodeResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webSecretCode",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | WebSecretCodeResponse:
    if response.status_code == 200:
        response_200 = WebSecretCodeResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | WebSecretCodeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WebSecretCodeResponse]:
    """Get a one-time code for signing in to Samco's web platform

     Returns a short-lived code (about 120 seconds in the docs sample) that signs the user in
    to the web platform without username and password. The payload sits under `data`; note
    the upper-case `OTP` key. Presumably a new code per call, so not treated as idempotent
    and never retried automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSecretCodeResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | WebSecretCodeResponse]) -> WebSecretCodeResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(WebSecretCodeResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> WebSecretCodeResponse:
    """Get a one-time code for signing in to Samco's web platform

     Returns a short-lived code (about 120 seconds in the docs sample) that signs the user in
    to the web platform without username and password. The payload sits under `data`; note
    the upper-case `OTP` key. Presumably a new code per call, so not treated as idempotent
    and never retried automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSecretCodeResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WebSecretCodeResponse]:
    """Get a one-time code for signing in to Samco's web platform

     Returns a short-lived code (about 120 seconds in the docs sample) that signs the user in
    to the web platform without username and password. The payload sits under `data`; note
    the upper-case `OTP` key. Presumably a new code per call, so not treated as idempotent
    and never retried automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSecretCodeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> WebSecretCodeResponse:
    """Get a one-time code for signing in to Samco's web platform

     Returns a short-lived code (about 120 seconds in the docs sample) that signs the user in
    to the web platform without username and password. The payload sits under `data`; note
    the upper-case `OTP` key. Presumably a new code per call, so not treated as idempotent
    and never retried automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSecretCodeResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
