from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.position_conversion_request import PositionConversionRequest
from ...models.position_conversion_response import PositionConversionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PositionConversionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/po-rest/positions/conversion",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PositionConversionResponse:
    if response.status_code == 200:
        response_200 = PositionConversionResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PositionConversionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PositionConversionRequest,
) -> Response[Envelope | PositionConversionResponse]:
    """Convert a position's product

     Moves a position between products (e.g. `CNC` -> `MIS`). Single JSON object; `result`
    is `[]` on success. `posType` `DAY` is the only sampled value (`NET` inferred).
    Path history: `/positions/convert` (docs until 2023-12-16), then
    `po-rest/positions/conversion.` with a trailing dot (docs 2024-01-02 - a typo; the
    [SDK-prev] path without the dot is used). The 2023-09/10 docs showed another broker's
    body (`fromProductType`, `securityId`, ...) answered by "202 Accepted" - not modelled.
    Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionRequest): Convert a position's product (e.g. intraday <->
            delivery). Single JSON object;
            required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionConversionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[Envelope | PositionConversionResponse],
) -> PositionConversionResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PositionConversionResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PositionConversionRequest,
) -> PositionConversionResponse:
    """Convert a position's product

     Moves a position between products (e.g. `CNC` -> `MIS`). Single JSON object; `result`
    is `[]` on success. `posType` `DAY` is the only sampled value (`NET` inferred).
    Path history: `/positions/convert` (docs until 2023-12-16), then
    `po-rest/positions/conversion.` with a trailing dot (docs 2024-01-02 - a typo; the
    [SDK-prev] path without the dot is used). The 2023-09/10 docs showed another broker's
    body (`fromProductType`, `securityId`, ...) answered by "202 Accepted" - not modelled.
    Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionRequest): Convert a position's product (e.g. intraday <->
            delivery). Single JSON object;
            required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionConversionResponse
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
    body: PositionConversionRequest,
) -> Response[Envelope | PositionConversionResponse]:
    """Convert a position's product

     Moves a position between products (e.g. `CNC` -> `MIS`). Single JSON object; `result`
    is `[]` on success. `posType` `DAY` is the only sampled value (`NET` inferred).
    Path history: `/positions/convert` (docs until 2023-12-16), then
    `po-rest/positions/conversion.` with a trailing dot (docs 2024-01-02 - a typo; the
    [SDK-prev] path without the dot is used). The 2023-09/10 docs showed another broker's
    body (`fromProductType`, `securityId`, ...) answered by "202 Accepted" - not modelled.
    Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionRequest): Convert a position's product (e.g. intraday <->
            delivery). Single JSON object;
            required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionConversionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PositionConversionRequest,
) -> PositionConversionResponse:
    """Convert a position's product

     Moves a position between products (e.g. `CNC` -> `MIS`). Single JSON object; `result`
    is `[]` on success. `posType` `DAY` is the only sampled value (`NET` inferred).
    Path history: `/positions/convert` (docs until 2023-12-16), then
    `po-rest/positions/conversion.` with a trailing dot (docs 2024-01-02 - a typo; the
    [SDK-prev] path without the dot is used). The 2023-09/10 docs showed another broker's
    body (`fromProductType`, `securityId`, ...) answered by "202 Accepted" - not modelled.
    Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (PositionConversionRequest): Convert a position's product (e.g. intraday <->
            delivery). Single JSON object;
            required-ness inferred from the sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionConversionResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
