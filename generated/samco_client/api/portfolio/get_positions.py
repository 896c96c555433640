from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.position_type import PositionType
from ...models.positions_response import PositionsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    position_type: PositionType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_position_type: str = position_type
    params["positionType"] = json_position_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/position/getPositions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PositionsResponse:
    if response.status_code == 200:
        response_200 = PositionsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    position_type: PositionType,
) -> Response[Envelope | PositionsResponse]:
    """List day or net positions

     Today's positions (`positionType=DAY`) or carry-forward positions (`NET`). These are
    separate books: a position carried forward and traded today appears in both, so
    closing everything needs both reads (FR:A3.20). An empty book is `status: Success`
    with an empty list, not a failure (checked live, FR:A3.20). All values are strings;
    numbers may contain thousands separators ("2,010.00", FR:A3.21); `netQuantity` is
    unsigned, its direction is `transactionType` (FR:A3.19).
    The Java SDK additionally models `positionSummary` (counters and P&L) and spells the
    company field `companyname`; the samples use `companyName`, which is the key modelled
    here (a property differing only by case cannot be added).

    Args:
        position_type (PositionType): `DAY` today's positions, `NET` carry-forward positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionsResponse]
    """

    kwargs = _get_kwargs(
        position_type=position_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | PositionsResponse]) -> PositionsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(PositionsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    position_type: PositionType,
) -> PositionsResponse:
    """List day or net positions

     Today's positions (`positionType=DAY`) or carry-forward positions (`NET`). These are
    separate books: a position carried forward and traded today appears in both, so
    closing everything needs both reads (FR:A3.20). An empty book is `status: Success`
    with an empty list, not a failure (checked live, FR:A3.20). All values are strings;
    numbers may contain thousands separators ("2,010.00", FR:A3.21); `netQuantity` is
    unsigned, its direction is `transactionType` (FR:A3.19).
    The Java SDK additionally models `positionSummary` (counters and P&L) and spells the
    company field `companyname`; the samples use `companyName`, which is the key modelled
    here (a property differing only by case cannot be added).

    Args:
        position_type (PositionType): `DAY` today's positions, `NET` carry-forward positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionsResponse
    """

    return _success(
        sync_detailed(
            client=client,
            position_type=position_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    position_type: PositionType,
) -> Response[Envelope | PositionsResponse]:
    """List day or net positions

     Today's positions (`positionType=DAY`) or carry-forward positions (`NET`). These are
    separate books: a position carried forward and traded today appears in both, so
    closing everything needs both reads (FR:A3.20). An empty book is `status: Success`
    with an empty list, not a failure (checked live, FR:A3.20). All values are strings;
    numbers may contain thousands separators ("2,010.00", FR:A3.21); `netQuantity` is
    unsigned, its direction is `transactionType` (FR:A3.19).
    The Java SDK additionally models `positionSummary` (counters and P&L) and spells the
    company field `companyname`; the samples use `companyName`, which is the key modelled
    here (a property differing only by case cannot be added).

    Args:
        position_type (PositionType): `DAY` today's positions, `NET` carry-forward positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | PositionsResponse]
    """

    kwargs = _get_kwargs(
        position_type=position_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    position_type: PositionType,
) -> PositionsResponse:
    """List day or net positions

     Today's positions (`positionType=DAY`) or carry-forward positions (`NET`). These are
    separate books: a position carried forward and traded today appears in both, so
    closing everything needs both reads (FR:A3.20). An empty book is `status: Success`
    with an empty list, not a failure (checked live, FR:A3.20). All values are strings;
    numbers may contain thousands separators ("2,010.00", FR:A3.21); `netQuantity` is
    unsigned, its direction is `transactionType` (FR:A3.19).
    The Java SDK additionally models `positionSummary` (counters and P&L) and spells the
    company field `companyname`; the samples use `companyName`, which is the key modelled
    here (a property differing only by case cannot be added).

    Args:
        position_type (PositionType): `DAY` today's positions, `NET` carry-forward positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            position_type=position_type,
        )
    )
