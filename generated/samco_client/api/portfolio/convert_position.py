from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convert_position_request import ConvertPositionRequest
from ...models.convert_position_response import ConvertPositionResponse
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: ConvertPositionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/position/convertPosition",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvertPositionResponse | Envelope:
    if response.status_code == 200:
        response_200 = ConvertPositionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConvertPositionResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConvertPositionRequest,
) -> Response[ConvertPositionResponse | Envelope]:
    """Convert a position to another product (CNC, MIS, NRML)

     Converts `quantityToConvert` (at most `netQuantity`) of a position from
    `fromProductType` to `toProductType`. The docs mark every body field as required but
    also give `exchange` a default of NSE; `exchange` is therefore optional here.
    The response carries `statusMsg` instead of `statusMessage` (all SDKs).
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (ConvertPositionRequest): Converts (part of) a position to another product. All
            numbers are strings.
            `quantityToConvert` must not exceed `netQuantity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvertPositionResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ConvertPositionResponse | Envelope]) -> ConvertPositionResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(ConvertPositionResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConvertPositionRequest,
) -> ConvertPositionResponse:
    """Convert a position to another product (CNC, MIS, NRML)

     Converts `quantityToConvert` (at most `netQuantity`) of a position from
    `fromProductType` to `toProductType`. The docs mark every body field as required but
    also give `exchange` a default of NSE; `exchange` is therefore optional here.
    The response carries `statusMsg` instead of `statusMessage` (all SDKs).
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (ConvertPositionRequest): Converts (part of) a position to another product. All
            numbers are strings.
            `quantityToConvert` must not exceed `netQuantity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvertPositionResponse
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
    body: ConvertPositionRequest,
) -> Response[ConvertPositionResponse | Envelope]:
    """Convert a position to another product (CNC, MIS, NRML)

     Converts `quantityToConvert` (at most `netQuantity`) of a position from
    `fromProductType` to `toProductType`. The docs mark every body field as required but
    also give `exchange` a default of NSE; `exchange` is therefore optional here.
    The response carries `statusMsg` instead of `statusMessage` (all SDKs).
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (ConvertPositionRequest): Converts (part of) a position to another product. All
            numbers are strings.
            `quantityToConvert` must not exceed `netQuantity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvertPositionResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConvertPositionRequest,
) -> ConvertPositionResponse:
    """Convert a position to another product (CNC, MIS, NRML)

     Converts `quantityToConvert` (at most `netQuantity`) of a position from
    `fromProductType` to `toProductType`. The docs mark every body field as required but
    also give `exchange` a default of NSE; `exchange` is therefore optional here.
    The response carries `statusMsg` instead of `statusMessage` (all SDKs).
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (ConvertPositionRequest): Converts (part of) a position to another product. All
            numbers are strings.
            `quantityToConvert` must not exceed `netQuantity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvertPositionResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
