from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.position_square_off_request import PositionSquareOffRequest
from ...models.position_square_off_response import PositionSquareOffResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PositionSquareOffRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/position/squareOff",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PositionSquareOffResponse:
    if response.status_code == 200:
        response_200 = PositionSquareOffResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PositionSquareOffResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PositionSquareOffRequest,
) -> Response[Envelope | PositionSquareOffResponse]:
    """Square off one or more positions

     Closes the listed positions at the exchange; each item gets its own outcome in
    `positionSquareOffResponseList`. The Python sample response has no top-level
    `status`/`statusMessage` (the Java model has `status`). Per-item outcome key: `status`
    in the Python sample, `Status` in the Java model; only `status` is modelled (properties
    differing only by case are not supported by the generators). The Java model also echoes
    `exchange`, `symbolName`, `productType`, `netQuantity`, `transactionType` per item.
    `productType` accepts every product code (positions may come from CO/BO orders);
    the docs sample uses `MIS`.
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (PositionSquareOffRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionSquareOffResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | PositionSquareOffResponse]) -> PositionSquareOffResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PositionSquareOffResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PositionSquareOffRequest,
) -> PositionSquareOffResponse:
    """Square off one or more positions

     Closes the listed positions at the exchange; each item gets its own outcome in
    `positionSquareOffResponseList`. The Python sample response has no top-level
    `status`/`statusMessage` (the Java model has `status`). Per-item outcome key: `status`
    in the Python sample, `Status` in the Java model; only `status` is modelled (properties
    differing only by case are not supported by the generators). The Java model also echoes
    `exchange`, `symbolName`, `productType`, `netQuantity`, `transactionType` per item.
    `productType` accepts every product code (positions may come from CO/BO orders);
    the docs sample uses `MIS`.
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (PositionSquareOffRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionSquareOffResponse
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
    body: PositionSquareOffRequest,
) -> Response[Envelope | PositionSquareOffResponse]:
    """Square off one or more positions

     Closes the listed positions at the exchange; each item gets its own outcome in
    `positionSquareOffResponseList`. The Python sample response has no top-level
    `status`/`statusMessage` (the Java model has `status`). Per-item outcome key: `status`
    in the Python sample, `Status` in the Java model; only `status` is modelled (properties
    differing only by case are not supported by the generators). The Java model also echoes
    `exchange`, `symbolName`, `productType`, `netQuantity`, `transactionType` per item.
    `productType` accepts every product code (positions may come from CO/BO orders);
    the docs sample uses `MIS`.
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (PositionSquareOffRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionSquareOffResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PositionSquareOffRequest,
) -> PositionSquareOffResponse:
    """Square off one or more positions

     Closes the listed positions at the exchange; each item gets its own outcome in
    `positionSquareOffResponseList`. The Python sample response has no top-level
    `status`/`statusMessage` (the Java model has `status`). Per-item outcome key: `status`
    in the Python sample, `Status` in the Java model; only `status` is modelled (properties
    differing only by case are not supported by the generators). The Java model also echoes
    `exchange`, `symbolName`, `productType`, `netQuantity`, `transactionType` per item.
    `productType` accepts every product code (positions may come from CO/BO orders);
    the docs sample uses `MIS`.
    UNSURE: static-IP enforcement is likely (order-related) but not stated; HTTP 403 is
    declared. Never retried automatically.

    Args:
        body (PositionSquareOffRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionSquareOffResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
