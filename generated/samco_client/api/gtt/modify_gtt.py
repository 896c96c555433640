from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.gtt_response import GttResponse
from ...models.modify_gtt_request import ModifyGttRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyGttRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/gttoco/modifyGtt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | GttResponse:
    if response.status_code == 200:
        response_200 = GttResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | GttResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyGttRequest,
) -> Response[Envelope | GttResponse]:
    """Modify a single GTT order

     Replaces a GTT. Send all the add-GTT fields plus `gttSummaryId`; `exchange` and
    `symbolName` must equal the original. Every modify issues a NEW `gttSummaryId` and the
    old one becomes invalid, so a repeated call fails or modifies a stale id.
    Contradiction: the docs type `quantity`, `triggerPrice` and `limitPrice` as numbers,
    the SDK samples send strings; the Java SDK types `gttSummaryId` as a long, the Python
    SDK sends a string. Chosen shape: both numbers and strings are accepted for these
    fields.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyGttRequest): The full GTT as it should be after the change, plus the
            `gttSummaryId` to replace.
            `exchange` and `symbolName` must equal the original order's values (they cannot change).
            The docs type `quantity`, `triggerPrice` and `limitPrice` as numbers while the SDK
            samples send strings: both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | GttResponse]) -> GttResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(GttResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyGttRequest,
) -> GttResponse:
    """Modify a single GTT order

     Replaces a GTT. Send all the add-GTT fields plus `gttSummaryId`; `exchange` and
    `symbolName` must equal the original. Every modify issues a NEW `gttSummaryId` and the
    old one becomes invalid, so a repeated call fails or modifies a stale id.
    Contradiction: the docs type `quantity`, `triggerPrice` and `limitPrice` as numbers,
    the SDK samples send strings; the Java SDK types `gttSummaryId` as a long, the Python
    SDK sends a string. Chosen shape: both numbers and strings are accepted for these
    fields.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyGttRequest): The full GTT as it should be after the change, plus the
            `gttSummaryId` to replace.
            `exchange` and `symbolName` must equal the original order's values (they cannot change).
            The docs type `quantity`, `triggerPrice` and `limitPrice` as numbers while the SDK
            samples send strings: both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttResponse
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
    body: ModifyGttRequest,
) -> Response[Envelope | GttResponse]:
    """Modify a single GTT order

     Replaces a GTT. Send all the add-GTT fields plus `gttSummaryId`; `exchange` and
    `symbolName` must equal the original. Every modify issues a NEW `gttSummaryId` and the
    old one becomes invalid, so a repeated call fails or modifies a stale id.
    Contradiction: the docs type `quantity`, `triggerPrice` and `limitPrice` as numbers,
    the SDK samples send strings; the Java SDK types `gttSummaryId` as a long, the Python
    SDK sends a string. Chosen shape: both numbers and strings are accepted for these
    fields.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyGttRequest): The full GTT as it should be after the change, plus the
            `gttSummaryId` to replace.
            `exchange` and `symbolName` must equal the original order's values (they cannot change).
            The docs type `quantity`, `triggerPrice` and `limitPrice` as numbers while the SDK
            samples send strings: both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | GttResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyGttRequest,
) -> GttResponse:
    """Modify a single GTT order

     Replaces a GTT. Send all the add-GTT fields plus `gttSummaryId`; `exchange` and
    `symbolName` must equal the original. Every modify issues a NEW `gttSummaryId` and the
    old one becomes invalid, so a repeated call fails or modifies a stale id.
    Contradiction: the docs type `quantity`, `triggerPrice` and `limitPrice` as numbers,
    the SDK samples send strings; the Java SDK types `gttSummaryId` as a long, the Python
    SDK sends a string. Chosen shape: both numbers and strings are accepted for these
    fields.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyGttRequest): The full GTT as it should be after the change, plus the
            `gttSummaryId` to replace.
            `exchange` and `symbolName` must equal the original order's values (they cannot change).
            The docs type `quantity`, `triggerPrice` and `limitPrice` as numbers while the SDK
            samples send strings: both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GttResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
