from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.modify_oco_request import ModifyOcoRequest
from ...models.oco_response import OcoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyOcoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/gttoco/modifyOco",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OcoResponse:
    if response.status_code == 200:
        response_200 = OcoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OcoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOcoRequest,
) -> Response[Envelope | OcoResponse]:
    """Modify an OCO GTT pair

     Replaces an OCO pair. Send all the add-OCO fields plus `gttSummaryId` (a string in the
    Python and Java SDKs; a number is accepted too). A NEW `gttSummaryId` is returned and
    the old one becomes invalid. Response shape as addOco with `statusMessage`
    "GTT MODIFIED". No docs page for this call was found; shape taken from the SDKs.
    Quantity and prices may be strings or numbers, as on modifyGtt.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyOcoRequest): The full OCO pair as it should be after the change, plus the
            `gttSummaryId` to replace
            (a string in the Python and Java SDKs; a number is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OcoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OcoResponse]) -> OcoResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OcoResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOcoRequest,
) -> OcoResponse:
    """Modify an OCO GTT pair

     Replaces an OCO pair. Send all the add-OCO fields plus `gttSummaryId` (a string in the
    Python and Java SDKs; a number is accepted too). A NEW `gttSummaryId` is returned and
    the old one becomes invalid. Response shape as addOco with `statusMessage`
    "GTT MODIFIED". No docs page for this call was found; shape taken from the SDKs.
    Quantity and prices may be strings or numbers, as on modifyGtt.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyOcoRequest): The full OCO pair as it should be after the change, plus the
            `gttSummaryId` to replace
            (a string in the Python and Java SDKs; a number is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OcoResponse
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
    body: ModifyOcoRequest,
) -> Response[Envelope | OcoResponse]:
    """Modify an OCO GTT pair

     Replaces an OCO pair. Send all the add-OCO fields plus `gttSummaryId` (a string in the
    Python and Java SDKs; a number is accepted too). A NEW `gttSummaryId` is returned and
    the old one becomes invalid. Response shape as addOco with `statusMessage`
    "GTT MODIFIED". No docs page for this call was found; shape taken from the SDKs.
    Quantity and prices may be strings or numbers, as on modifyGtt.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyOcoRequest): The full OCO pair as it should be after the change, plus the
            `gttSummaryId` to replace
            (a string in the Python and Java SDKs; a number is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OcoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOcoRequest,
) -> OcoResponse:
    """Modify an OCO GTT pair

     Replaces an OCO pair. Send all the add-OCO fields plus `gttSummaryId` (a string in the
    Python and Java SDKs; a number is accepted too). A NEW `gttSummaryId` is returned and
    the old one becomes invalid. Response shape as addOco with `statusMessage`
    "GTT MODIFIED". No docs page for this call was found; shape taken from the SDKs.
    Quantity and prices may be strings or numbers, as on modifyGtt.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically.

    Args:
        body (ModifyOcoRequest): The full OCO pair as it should be after the change, plus the
            `gttSummaryId` to replace
            (a string in the Python and Java SDKs; a number is accepted too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OcoResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
