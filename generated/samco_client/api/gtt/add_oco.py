from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_oco_request import AddOcoRequest
from ...models.envelope import Envelope
from ...models.oco_response import OcoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddOcoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gttoco/addOco",
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
    body: AddOcoRequest,
) -> Response[Envelope | OcoResponse]:
    """Create an OCO (one-cancels-the-other) GTT pair

     Stores a target leg and a stop-loss leg; when one triggers the other is cancelled.
    Same exchanges, products and order types as addGtt. Equity delivery BUY is not
    allowed. Quantity and prices are strings in every sample; numbers are accepted too, as
    on modifyGtt. `marketProtection` is optional (for `MKT`).
    The limit prices are optional in this schema (needed for `L`; a market OCO has none).
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat creates a second OCO.

    Args:
        body (AddOcoRequest): A one-cancels-the-other pair: a target leg and a stop-loss leg on
            the same symbol and
            quantity. Numbers are strings in the samples (numbers accepted too). Equity delivery BUY
            is not allowed.
            `marketProtection` is optional and applies to `MKT`.

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
    body: AddOcoRequest,
) -> OcoResponse:
    """Create an OCO (one-cancels-the-other) GTT pair

     Stores a target leg and a stop-loss leg; when one triggers the other is cancelled.
    Same exchanges, products and order types as addGtt. Equity delivery BUY is not
    allowed. Quantity and prices are strings in every sample; numbers are accepted too, as
    on modifyGtt. `marketProtection` is optional (for `MKT`).
    The limit prices are optional in this schema (needed for `L`; a market OCO has none).
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat creates a second OCO.

    Args:
        body (AddOcoRequest): A one-cancels-the-other pair: a target leg and a stop-loss leg on
            the same symbol and
            quantity. Numbers are strings in the samples (numbers accepted too). Equity delivery BUY
            is not allowed.
            `marketProtection` is optional and applies to `MKT`.

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
    body: AddOcoRequest,
) -> Response[Envelope | OcoResponse]:
    """Create an OCO (one-cancels-the-other) GTT pair

     Stores a target leg and a stop-loss leg; when one triggers the other is cancelled.
    Same exchanges, products and order types as addGtt. Equity delivery BUY is not
    allowed. Quantity and prices are strings in every sample; numbers are accepted too, as
    on modifyGtt. `marketProtection` is optional (for `MKT`).
    The limit prices are optional in this schema (needed for `L`; a market OCO has none).
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat creates a second OCO.

    Args:
        body (AddOcoRequest): A one-cancels-the-other pair: a target leg and a stop-loss leg on
            the same symbol and
            quantity. Numbers are strings in the samples (numbers accepted too). Equity delivery BUY
            is not allowed.
            `marketProtection` is optional and applies to `MKT`.

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
    body: AddOcoRequest,
) -> OcoResponse:
    """Create an OCO (one-cancels-the-other) GTT pair

     Stores a target leg and a stop-loss leg; when one triggers the other is cancelled.
    Same exchanges, products and order types as addGtt. Equity delivery BUY is not
    allowed. Quantity and prices are strings in every sample; numbers are accepted too, as
    on modifyGtt. `marketProtection` is optional (for `MKT`).
    The limit prices are optional in this schema (needed for `L`; a market OCO has none).
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat creates a second OCO.

    Args:
        body (AddOcoRequest): A one-cancels-the-other pair: a target leg and a stop-loss leg on
            the same symbol and
            quantity. Numbers are strings in the samples (numbers accepted too). Equity delivery BUY
            is not allowed.
            `marketProtection` is optional and applies to `MKT`.

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
