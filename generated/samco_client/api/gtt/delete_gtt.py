from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_gtt_request import DeleteGttRequest
from ...models.envelope import Envelope
from ...models.gtt_response import GttResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteGttRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/gttoco/deleteGtt",
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
    body: DeleteGttRequest,
) -> Response[Envelope | GttResponse]:
    """Delete a single GTT order

     Deletes a GTT that has not triggered yet (a triggered GTT cannot be deleted). The id is
    sent as a JSON body on DELETE. The docs type `gttSummaryId` as a number (the sample
    sends one) while responses carry it as a string; both are accepted.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.
    UNSURE: static-IP enforcement (likely; declared with its 403).

    Args:
        body (DeleteGttRequest): Identifies the GTT or OCO to delete. The docs type `gttSummaryId`
            as a number; a string
            is accepted too (see `GttSummaryIdInput`).

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
    body: DeleteGttRequest,
) -> GttResponse:
    """Delete a single GTT order

     Deletes a GTT that has not triggered yet (a triggered GTT cannot be deleted). The id is
    sent as a JSON body on DELETE. The docs type `gttSummaryId` as a number (the sample
    sends one) while responses carry it as a string; both are accepted.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.
    UNSURE: static-IP enforcement (likely; declared with its 403).

    Args:
        body (DeleteGttRequest): Identifies the GTT or OCO to delete. The docs type `gttSummaryId`
            as a number; a string
            is accepted too (see `GttSummaryIdInput`).

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
    body: DeleteGttRequest,
) -> Response[Envelope | GttResponse]:
    """Delete a single GTT order

     Deletes a GTT that has not triggered yet (a triggered GTT cannot be deleted). The id is
    sent as a JSON body on DELETE. The docs type `gttSummaryId` as a number (the sample
    sends one) while responses carry it as a string; both are accepted.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.
    UNSURE: static-IP enforcement (likely; declared with its 403).

    Args:
        body (DeleteGttRequest): Identifies the GTT or OCO to delete. The docs type `gttSummaryId`
            as a number; a string
            is accepted too (see `GttSummaryIdInput`).

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
    body: DeleteGttRequest,
) -> GttResponse:
    """Delete a single GTT order

     Deletes a GTT that has not triggered yet (a triggered GTT cannot be deleted). The id is
    sent as a JSON body on DELETE. The docs type `gttSummaryId` as a number (the sample
    sends one) while responses carry it as a string; both are accepted.
    The reference table calls this idempotent (a repeat fails without further effect);
    this spec's rule is stricter: writes are never retried automatically, so
    `x-idempotent` is false.
    UNSURE: static-IP enforcement (likely; declared with its 403).

    Args:
        body (DeleteGttRequest): Identifies the GTT or OCO to delete. The docs type `gttSummaryId`
            as a number; a string
            is accepted too (see `GttSummaryIdInput`).

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
