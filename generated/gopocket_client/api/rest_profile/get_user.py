from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.web_socket_key_response import WebSocketKeyResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client-rest/profile/getUser",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | WebSocketKeyResponse:
    if response.status_code == 200:
        response_200 = WebSocketKeyResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | WebSocketKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WebSocketKeyResponse]:
    """Get the WebSocket key

     Not in the docs: a live Gopocket web app calls it right after the SSO login, with the
    Bearer session, and reads `result[0].key` - the key it then sends, as is, as
    `susertoken` in the Noren WebSocket connect frame [FR:B3.3]. (How the streaming
    session uses it is the streaming spec's business; this is only the REST call.) The key
    is a credential. The field report gives only `status` and `result[0].key`; every
    other field is kept as is. No parameters. Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSocketKeyResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | WebSocketKeyResponse]) -> WebSocketKeyResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(WebSocketKeyResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> WebSocketKeyResponse:
    """Get the WebSocket key

     Not in the docs: a live Gopocket web app calls it right after the SSO login, with the
    Bearer session, and reads `result[0].key` - the key it then sends, as is, as
    `susertoken` in the Noren WebSocket connect frame [FR:B3.3]. (How the streaming
    session uses it is the streaming spec's business; this is only the REST call.) The key
    is a credential. The field report gives only `status` and `result[0].key`; every
    other field is kept as is. No parameters. Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSocketKeyResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | WebSocketKeyResponse]:
    """Get the WebSocket key

     Not in the docs: a live Gopocket web app calls it right after the SSO login, with the
    Bearer session, and reads `result[0].key` - the key it then sends, as is, as
    `susertoken` in the Noren WebSocket connect frame [FR:B3.3]. (How the streaming
    session uses it is the streaming spec's business; this is only the REST call.) The key
    is a credential. The field report gives only `status` and `result[0].key`; every
    other field is kept as is. No parameters. Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSocketKeyResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> WebSocketKeyResponse:
    """Get the WebSocket key

     Not in the docs: a live Gopocket web app calls it right after the SSO login, with the
    Bearer session, and reads `result[0].key` - the key it then sends, as is, as
    `susertoken` in the Noren WebSocket connect frame [FR:B3.3]. (How the streaming
    session uses it is the streaming spec's business; this is only the REST call.) The key
    is a credential. The field report gives only `status` and `result[0].key`; every
    other field is kept as is. No parameters. Rate-limit category inferred (non-trading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSocketKeyResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
