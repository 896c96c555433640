from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.modify_order_request import ModifyOrderRequest
from ...models.modify_order_response import ModifyOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    order_number: str,
    body: ModifyOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/modifyOrder/{order_number}".format(
            order_number=quote(str(order_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | ModifyOrderResponse:
    if response.status_code == 200:
        response_200 = ModifyOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | ModifyOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    order_number: str,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> Response[Envelope | ModifyOrderResponse]:
    """Modify an open or pending order

     Send only what changes; omitted fields keep their values. Only open/pending orders can
    be modified; bracket/cover legs are modified by their leg order numbers from
    `GET /order/getTriggerOrders`. Contradiction: DOCS mark `orderValidity` required, the
    PY README modifies with one field (`{"quantity": "50"}`) and the other SDK samples
    omit it too; neither can be verified, so both are accepted (every field optional, at
    least one sent). The response carries the order number in lower-case `ordernumber`,
    not the documented `orderNumber` (FR:A3.12). A v3.2 integration sends
    `marketProtection` here too (FR:A3.10; see `POST /order/placeOrder` for market
    orders). UNSURE: `parentOrderId` appears only in the PY/NODE READMEs. Static IP
    enforced (HTTP 403). The reference calls a repeat with the same values harmless, but
    it is never retried automatically.

    Args:
        order_number (str):
        body (ModifyOrderRequest): Send only what changes; omitted fields keep their values. All
            numbers are strings.
            Contradiction: DOCS mark `orderValidity` required, the PY/NODE README samples send only
            what changes (the PY README: `{"quantity": "50"}`). Neither can be verified, so both
            shapes are accepted: every field is optional, at least one must be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ModifyOrderResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | ModifyOrderResponse]) -> ModifyOrderResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(ModifyOrderResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    order_number: str,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> ModifyOrderResponse:
    """Modify an open or pending order

     Send only what changes; omitted fields keep their values. Only open/pending orders can
    be modified; bracket/cover legs are modified by their leg order numbers from
    `GET /order/getTriggerOrders`. Contradiction: DOCS mark `orderValidity` required, the
    PY README modifies with one field (`{"quantity": "50"}`) and the other SDK samples
    omit it too; neither can be verified, so both are accepted (every field optional, at
    least one sent). The response carries the order number in lower-case `ordernumber`,
    not the documented `orderNumber` (FR:A3.12). A v3.2 integration sends
    `marketProtection` here too (FR:A3.10; see `POST /order/placeOrder` for market
    orders). UNSURE: `parentOrderId` appears only in the PY/NODE READMEs. Static IP
    enforced (HTTP 403). The reference calls a repeat with the same values harmless, but
    it is never retried automatically.

    Args:
        order_number (str):
        body (ModifyOrderRequest): Send only what changes; omitted fields keep their values. All
            numbers are strings.
            Contradiction: DOCS mark `orderValidity` required, the PY/NODE README samples send only
            what changes (the PY README: `{"quantity": "50"}`). Neither can be verified, so both
            shapes are accepted: every field is optional, at least one must be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyOrderResponse
    """

    return _success(
        sync_detailed(
            order_number=order_number,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    order_number: str,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> Response[Envelope | ModifyOrderResponse]:
    """Modify an open or pending order

     Send only what changes; omitted fields keep their values. Only open/pending orders can
    be modified; bracket/cover legs are modified by their leg order numbers from
    `GET /order/getTriggerOrders`. Contradiction: DOCS mark `orderValidity` required, the
    PY README modifies with one field (`{"quantity": "50"}`) and the other SDK samples
    omit it too; neither can be verified, so both are accepted (every field optional, at
    least one sent). The response carries the order number in lower-case `ordernumber`,
    not the documented `orderNumber` (FR:A3.12). A v3.2 integration sends
    `marketProtection` here too (FR:A3.10; see `POST /order/placeOrder` for market
    orders). UNSURE: `parentOrderId` appears only in the PY/NODE READMEs. Static IP
    enforced (HTTP 403). The reference calls a repeat with the same values harmless, but
    it is never retried automatically.

    Args:
        order_number (str):
        body (ModifyOrderRequest): Send only what changes; omitted fields keep their values. All
            numbers are strings.
            Contradiction: DOCS mark `orderValidity` required, the PY/NODE README samples send only
            what changes (the PY README: `{"quantity": "50"}`). Neither can be verified, so both
            shapes are accepted: every field is optional, at least one must be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ModifyOrderResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    order_number: str,
    client: AuthenticatedClient | Client,
    body: ModifyOrderRequest,
) -> ModifyOrderResponse:
    """Modify an open or pending order

     Send only what changes; omitted fields keep their values. Only open/pending orders can
    be modified; bracket/cover legs are modified by their leg order numbers from
    `GET /order/getTriggerOrders`. Contradiction: DOCS mark `orderValidity` required, the
    PY README modifies with one field (`{"quantity": "50"}`) and the other SDK samples
    omit it too; neither can be verified, so both are accepted (every field optional, at
    least one sent). The response carries the order number in lower-case `ordernumber`,
    not the documented `orderNumber` (FR:A3.12). A v3.2 integration sends
    `marketProtection` here too (FR:A3.10; see `POST /order/placeOrder` for market
    orders). UNSURE: `parentOrderId` appears only in the PY/NODE READMEs. Static IP
    enforced (HTTP 403). The reference calls a repeat with the same values harmless, but
    it is never retried automatically.

    Args:
        order_number (str):
        body (ModifyOrderRequest): Send only what changes; omitted fields keep their values. All
            numbers are strings.
            Contradiction: DOCS mark `orderValidity` required, the PY/NODE README samples send only
            what changes (the PY README: `{"quantity": "50"}`). Neither can be verified, so both
            shapes are accepted: every field is optional, at least one must be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyOrderResponse
    """

    return _success(
        await asyncio_detailed(
            order_number=order_number,
            client=client,
            body=body,
        )
    )
