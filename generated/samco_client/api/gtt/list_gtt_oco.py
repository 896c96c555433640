from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.gtt_list_response import GttListResponse
from ...models.gtt_list_type import GttListType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_type: GttListType | Unset = "active",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_type: str | Unset = UNSET
    if not isinstance(list_type, Unset):
        json_list_type = list_type

    params["listType"] = json_list_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gttoco/listGttOco",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | GttListResponse:
    if response.status_code == 200:
        response_200 = GttListResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | GttListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_type: GttListType | Unset = "active",
) -> Response[Envelope | GttListResponse]:
    """List GTT and OCO orders

     Lists active, triggered or expired GTT and OCO orders. Tell the kinds apart by
    `triggers`: `gtt` for a single GTT, `target` + `stopLoss` for an OCO (`gttType` is
    `SINGLE` for single GTTs; the OCO value is UNSURE). `triggers` may be `{}`.
    Contradiction: the docs mark `listType` required but also give it a default of
    `active`. Chosen shape: optional with default `active` (the generated client always
    sends it).
    Numbers are strings except `summary.id` (integer) and `summary.isExpired` (boolean).
    Trigger `status` values other than `""` (waiting) are undocumented: an open set.

    Args:
        list_type (GttListType | Unset): Which GTT/OCO orders to list: `active` (docs default),
            `triggered`, `expired`. Default: 'active'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttListResponse]
    """

    kwargs = _get_kwargs(
        list_type=list_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | GttListResponse]) -> GttListResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(GttListResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_type: GttListType | Unset = "active",
) -> GttListResponse:
    """List GTT and OCO orders

     Lists active, triggered or expired GTT and OCO orders. Tell the kinds apart by
    `triggers`: `gtt` for a single GTT, `target` + `stopLoss` for an OCO (`gttType` is
    `SINGLE` for single GTTs; the OCO value is UNSURE). `triggers` may be `{}`.
    Contradiction: the docs mark `listType` required but also give it a default of
    `active`. Chosen shape: optional with default `active` (the generated client always
    sends it).
    Numbers are strings except `summary.id` (integer) and `summary.isExpired` (boolean).
    Trigger `status` values other than `""` (waiting) are undocumented: an open set.

    Args:
        list_type (GttListType | Unset): Which GTT/OCO orders to list: `active` (docs default),
            `triggered`, `expired`. Default: 'active'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            list_type=list_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_type: GttListType | Unset = "active",
) -> Response[Envelope | GttListResponse]:
    """List GTT and OCO orders

     Lists active, triggered or expired GTT and OCO orders. Tell the kinds apart by
    `triggers`: `gtt` for a single GTT, `target` + `stopLoss` for an OCO (`gttType` is
    `SINGLE` for single GTTs; the OCO value is UNSURE). `triggers` may be `{}`.
    Contradiction: the docs mark `listType` required but also give it a default of
    `active`. Chosen shape: optional with default `active` (the generated client always
    sends it).
    Numbers are strings except `summary.id` (integer) and `summary.isExpired` (boolean).
    Trigger `status` values other than `""` (waiting) are undocumented: an open set.

    Args:
        list_type (GttListType | Unset): Which GTT/OCO orders to list: `active` (docs default),
            `triggered`, `expired`. Default: 'active'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttListResponse]
    """

    kwargs = _get_kwargs(
        list_type=list_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_type: GttListType | Unset = "active",
) -> GttListResponse:
    """List GTT and OCO orders

     Lists active, triggered or expired GTT and OCO orders. Tell the kinds apart by
    `triggers`: `gtt` for a single GTT, `target` + `stopLoss` for an OCO (`gttType` is
    `SINGLE` for single GTTs; the OCO value is UNSURE). `triggers` may be `{}`.
    Contradiction: the docs mark `listType` required but also give it a default of
    `active`. Chosen shape: optional with default `active` (the generated client always
    sends it).
    Numbers are strings except `summary.id` (integer) and `summary.isExpired` (boolean).
    Trigger `status` values other than `""` (waiting) are undocumented: an open set.

    Args:
        list_type (GttListType | Unset): Which GTT/OCO orders to list: `active` (docs default),
            `triggered`, `expired`. Default: 'active'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            list_type=list_type,
        )
    )
