from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.gain_loss_request import GainLossRequest
from ...models.gain_loss_response import GainLossResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GainLossRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tradeview/gainLoss",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | GainLossResponse:
    if response.status_code == 200:
        response_200 = GainLossResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | GainLossResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GainLossRequest,
) -> Response[Envelope | GainLossResponse]:
    """Get realised or unrealised gains and losses for a period

     Read-only. `fromDate` and `toDate` (`yyyy-MM-dd`) are required; `status` is `open`
    (default) or `close`. The Node example also sends `duration`, a field the docs do not
    list for this endpoint (not modelled; extra keys are not rejected). UNSURE: response
    fields are undocumented (Java: untyped `gains[]` and `losses[]`); the response example
    is constructed.

    Args:
        body (GainLossRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GainLossResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | GainLossResponse]) -> GainLossResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(GainLossResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GainLossRequest,
) -> GainLossResponse:
    """Get realised or unrealised gains and losses for a period

     Read-only. `fromDate` and `toDate` (`yyyy-MM-dd`) are required; `status` is `open`
    (default) or `close`. The Node example also sends `duration`, a field the docs do not
    list for this endpoint (not modelled; extra keys are not rejected). UNSURE: response
    fields are undocumented (Java: untyped `gains[]` and `losses[]`); the response example
    is constructed.

    Args:
        body (GainLossRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GainLossResponse
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
    body: GainLossRequest,
) -> Response[Envelope | GainLossResponse]:
    """Get realised or unrealised gains and losses for a period

     Read-only. `fromDate` and `toDate` (`yyyy-MM-dd`) are required; `status` is `open`
    (default) or `close`. The Node example also sends `duration`, a field the docs do not
    list for this endpoint (not modelled; extra keys are not rejected). UNSURE: response
    fields are undocumented (Java: untyped `gains[]` and `losses[]`); the response example
    is constructed.

    Args:
        body (GainLossRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GainLossResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GainLossRequest,
) -> GainLossResponse:
    """Get realised or unrealised gains and losses for a period

     Read-only. `fromDate` and `toDate` (`yyyy-MM-dd`) are required; `status` is `open`
    (default) or `close`. The Node example also sends `duration`, a field the docs do not
    list for this endpoint (not modelled; extra keys are not rejected). UNSURE: response
    fields are undocumented (Java: untyped `gains[]` and `losses[]`); the response example
    is constructed.

    Args:
        body (GainLossRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GainLossResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
