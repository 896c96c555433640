from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_response import BasketResponse
from ...models.envelope import Envelope
from ...models.modify_and_retry_basket_request import ModifyAndRetryBasketRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModifyAndRetryBasketRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/basket/modifyAndretry",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BasketResponse | Envelope:
    if response.status_code == 200:
        response_200 = BasketResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Envelope.from_dict(response.json())

        return response_403

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BasketResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAndRetryBasketRequest,
) -> Response[BasketResponse | Envelope]:
    """Modify failed basket orders and submit them again

     Re-submits failed orders of an executed basket with modified fields (live trading).
    The path is spelt with a lower-case "r" (`modifyAndretry`).
    UNSURE: no docs page was found; Node/Java send `basketId` + `orders[]`, the Python SDK
    README identifies baskets by `basketName`. No body field is required because the
    sources disagree.
    Contradiction: the Node SDK README calls this call "RearrangeBasketOrder (formerly
    Modify & Retry)", while the docs describe `POST /basket/rearrangeBasketOrder` as a
    separate call that reorders a basket. Both are kept; this one may be superseded.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat re-submits the orders again.

    Args:
        body (ModifyAndRetryBasketRequest): Failed basket orders, modified, to submit again. No
            docs page: Node/Java send
            `basketId` + `orders[]`; the Python SDK README identifies baskets by `basketName`.
            No field is required because the sources disagree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[BasketResponse | Envelope]) -> BasketResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(BasketResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAndRetryBasketRequest,
) -> BasketResponse:
    """Modify failed basket orders and submit them again

     Re-submits failed orders of an executed basket with modified fields (live trading).
    The path is spelt with a lower-case "r" (`modifyAndretry`).
    UNSURE: no docs page was found; Node/Java send `basketId` + `orders[]`, the Python SDK
    README identifies baskets by `basketName`. No body field is required because the
    sources disagree.
    Contradiction: the Node SDK README calls this call "RearrangeBasketOrder (formerly
    Modify & Retry)", while the docs describe `POST /basket/rearrangeBasketOrder` as a
    separate call that reorders a basket. Both are kept; this one may be superseded.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat re-submits the orders again.

    Args:
        body (ModifyAndRetryBasketRequest): Failed basket orders, modified, to submit again. No
            docs page: Node/Java send
            `basketId` + `orders[]`; the Python SDK README identifies baskets by `basketName`.
            No field is required because the sources disagree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
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
    body: ModifyAndRetryBasketRequest,
) -> Response[BasketResponse | Envelope]:
    """Modify failed basket orders and submit them again

     Re-submits failed orders of an executed basket with modified fields (live trading).
    The path is spelt with a lower-case "r" (`modifyAndretry`).
    UNSURE: no docs page was found; Node/Java send `basketId` + `orders[]`, the Python SDK
    README identifies baskets by `basketName`. No body field is required because the
    sources disagree.
    Contradiction: the Node SDK README calls this call "RearrangeBasketOrder (formerly
    Modify & Retry)", while the docs describe `POST /basket/rearrangeBasketOrder` as a
    separate call that reorders a basket. Both are kept; this one may be superseded.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat re-submits the orders again.

    Args:
        body (ModifyAndRetryBasketRequest): Failed basket orders, modified, to submit again. No
            docs page: Node/Java send
            `basketId` + `orders[]`; the Python SDK README identifies baskets by `basketName`.
            No field is required because the sources disagree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAndRetryBasketRequest,
) -> BasketResponse:
    """Modify failed basket orders and submit them again

     Re-submits failed orders of an executed basket with modified fields (live trading).
    The path is spelt with a lower-case "r" (`modifyAndretry`).
    UNSURE: no docs page was found; Node/Java send `basketId` + `orders[]`, the Python SDK
    README identifies baskets by `basketName`. No body field is required because the
    sources disagree.
    Contradiction: the Node SDK README calls this call "RearrangeBasketOrder (formerly
    Modify & Retry)", while the docs describe `POST /basket/rearrangeBasketOrder` as a
    separate call that reorders a basket. Both are kept; this one may be superseded.
    UNSURE: static-IP enforcement (likely; declared with its 403).
    Never retried automatically: a repeat re-submits the orders again.

    Args:
        body (ModifyAndRetryBasketRequest): Failed basket orders, modified, to submit again. No
            docs page: Node/Java send
            `basketId` + `orders[]`; the Python SDK README identifies baskets by `basketName`.
            No field is required because the sources disagree.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
