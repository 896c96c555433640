from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.modify_order_v1_request import ModifyOrderV1Request
from ...models.order_ack_v1_response import OrderAckV1Response
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyOrderV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/order/v1/orders/modify/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | OrderAckV1Response:
    if response.status_code == 200:
        response_200 = OrderAckV1Response.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | OrderAckV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderV1Request,
) -> Response[Envelope | OrderAckV1Response]:
    """Modify a pending order (SDK layout)

     Single JSON object; the trailing slash is part of the path as the SDK sends it. The
    keys are kept exactly as the SDK sends them, including `trailingSLAmount` (capital "SL",
    unlike place order's `trailingSlAmount`) and the misspelt `marketProtectionPrecent`.
    The SDK sends `""` for unset fields - `orderType` and `validity` included, which then
    mean "unchanged" (a price-only modify sends both as `""`; seen in the official-SDK
    replay) - and fills `deviceId` only when market protection is set (an SDK bug).
    UNSURE: the response body is undocumented; modelled as the envelope with open
    acknowledgement items. The platform's other deployment also takes modify as a single
    object [FR:B4.4] [AB]. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderV1Request): Modification of a pending order (single JSON object). The
            keys are exactly as the SDK
            sends them: `trailingSLAmount` with capital "SL" (place order uses `trailingSlAmount`) and
            the misspelt `marketProtectionPrecent`. The SDK sends `""` for every unset field,
            `orderType` and `validity` included (`""` = unchanged; a price-only modify sends both
            empty); here every field but `brokerOrderId` may also be omitted. The SDK fills
            `deviceId` only when market protection is set (an SDK bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderAckV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | OrderAckV1Response]) -> OrderAckV1Response:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(OrderAckV1Response, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderV1Request,
) -> OrderAckV1Response:
    """Modify a pending order (SDK layout)

     Single JSON object; the trailing slash is part of the path as the SDK sends it. The
    keys are kept exactly as the SDK sends them, including `trailingSLAmount` (capital "SL",
    unlike place order's `trailingSlAmount`) and the misspelt `marketProtectionPrecent`.
    The SDK sends `""` for unset fields - `orderType` and `validity` included, which then
    mean "unchanged" (a price-only modify sends both as `""`; seen in the official-SDK
    replay) - and fills `deviceId` only when market protection is set (an SDK bug).
    UNSURE: the response body is undocumented; modelled as the envelope with open
    acknowledgement items. The platform's other deployment also takes modify as a single
    object [FR:B4.4] [AB]. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderV1Request): Modification of a pending order (single JSON object). The
            keys are exactly as the SDK
            sends them: `trailingSLAmount` with capital "SL" (place order uses `trailingSlAmount`) and
            the misspelt `marketProtectionPrecent`. The SDK sends `""` for every unset field,
            `orderType` and `validity` included (`""` = unchanged; a price-only modify sends both
            empty); here every field but `brokerOrderId` may also be omitted. The SDK fills
            `deviceId` only when market protection is set (an SDK bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAckV1Response
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
    body: ModifyOrderV1Request,
) -> Response[Envelope | OrderAckV1Response]:
    """Modify a pending order (SDK layout)

     Single JSON object; the trailing slash is part of the path as the SDK sends it. The
    keys are kept exactly as the SDK sends them, including `trailingSLAmount` (capital "SL",
    unlike place order's `trailingSlAmount`) and the misspelt `marketProtectionPrecent`.
    The SDK sends `""` for unset fields - `orderType` and `validity` included, which then
    mean "unchanged" (a price-only modify sends both as `""`; seen in the official-SDK
    replay) - and fills `deviceId` only when market protection is set (an SDK bug).
    UNSURE: the response body is undocumented; modelled as the envelope with open
    acknowledgement items. The platform's other deployment also takes modify as a single
    object [FR:B4.4] [AB]. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderV1Request): Modification of a pending order (single JSON object). The
            keys are exactly as the SDK
            sends them: `trailingSLAmount` with capital "SL" (place order uses `trailingSlAmount`) and
            the misspelt `marketProtectionPrecent`. The SDK sends `""` for every unset field,
            `orderType` and `validity` included (`""` = unchanged; a price-only modify sends both
            empty); here every field but `brokerOrderId` may also be omitted. The SDK fills
            `deviceId` only when market protection is set (an SDK bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | OrderAckV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyOrderV1Request,
) -> OrderAckV1Response:
    """Modify a pending order (SDK layout)

     Single JSON object; the trailing slash is part of the path as the SDK sends it. The
    keys are kept exactly as the SDK sends them, including `trailingSLAmount` (capital "SL",
    unlike place order's `trailingSlAmount`) and the misspelt `marketProtectionPrecent`.
    The SDK sends `""` for unset fields - `orderType` and `validity` included, which then
    mean "unchanged" (a price-only modify sends both as `""`; seen in the official-SDK
    replay) - and fills `deviceId` only when market protection is set (an SDK bug).
    UNSURE: the response body is undocumented; modelled as the envelope with open
    acknowledgement items. The platform's other deployment also takes modify as a single
    object [FR:B4.4] [AB]. Not retried automatically. Rate-limit category inferred (order).

    Args:
        body (ModifyOrderV1Request): Modification of a pending order (single JSON object). The
            keys are exactly as the SDK
            sends them: `trailingSLAmount` with capital "SL" (place order uses `trailingSlAmount`) and
            the misspelt `marketProtectionPrecent`. The SDK sends `""` for every unset field,
            `orderType` and `validity` included (`""` = unchanged; a price-only modify sends both
            empty); here every field but `brokerOrderId` may also be omitted. The SDK fills
            `deviceId` only when market protection is set (an SDK bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderAckV1Response
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
