from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.holdings_v1_response import HoldingsV1Response
from ...types import Response


def _get_kwargs(
    *,
    product: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/order/v1/holdings/{product}".format(
            product=quote(str(product), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | HoldingsV1Response:
    if response.status_code == 200:
        response_200 = HoldingsV1Response.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | HoldingsV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    product: str,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | HoldingsV1Response]:
    """List holdings of one product (SDK layout)

     Holdings of the product named in the path (`CNC`, `MTF` in the SDK README; the
    platform's other deployment answers `.../holdings/CNC` live [FR:B4.4] [AB]). The SDK
    treats the product as optional: without it, it calls `/open-api/order/v1/holdings`
    (operation `getHoldingsAllV1`). UNSURE: the response body is undocumented (the SDK
    passes it through); modelled as the envelope with open items naming the fields read
    on the platform's other deployment [FR:B4.7] [AB]. No holdings may come back as a
    `Not_Ok` failure saying "No holding available" (`x-empty-result`) [FR:B4.6] [AB].
    Rate-limit category inferred (non-trading).

    Args:
        product (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | HoldingsV1Response]
    """

    kwargs = _get_kwargs(
        product=product,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | HoldingsV1Response]) -> HoldingsV1Response:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(HoldingsV1Response, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    product: str,
    client: AuthenticatedClient | Client,
) -> HoldingsV1Response:
    """List holdings of one product (SDK layout)

     Holdings of the product named in the path (`CNC`, `MTF` in the SDK README; the
    platform's other deployment answers `.../holdings/CNC` live [FR:B4.4] [AB]). The SDK
    treats the product as optional: without it, it calls `/open-api/order/v1/holdings`
    (operation `getHoldingsAllV1`). UNSURE: the response body is undocumented (the SDK
    passes it through); modelled as the envelope with open items naming the fields read
    on the platform's other deployment [FR:B4.7] [AB]. No holdings may come back as a
    `Not_Ok` failure saying "No holding available" (`x-empty-result`) [FR:B4.6] [AB].
    Rate-limit category inferred (non-trading).

    Args:
        product (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HoldingsV1Response
    """

    return _success(
        sync_detailed(
            product=product,
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    product: str,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | HoldingsV1Response]:
    """List holdings of one product (SDK layout)

     Holdings of the product named in the path (`CNC`, `MTF` in the SDK README; the
    platform's other deployment answers `.../holdings/CNC` live [FR:B4.4] [AB]). The SDK
    treats the product as optional: without it, it calls `/open-api/order/v1/holdings`
    (operation `getHoldingsAllV1`). UNSURE: the response body is undocumented (the SDK
    passes it through); modelled as the envelope with open items naming the fields read
    on the platform's other deployment [FR:B4.7] [AB]. No holdings may come back as a
    `Not_Ok` failure saying "No holding available" (`x-empty-result`) [FR:B4.6] [AB].
    Rate-limit category inferred (non-trading).

    Args:
        product (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | HoldingsV1Response]
    """

    kwargs = _get_kwargs(
        product=product,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    product: str,
    client: AuthenticatedClient | Client,
) -> HoldingsV1Response:
    """List holdings of one product (SDK layout)

     Holdings of the product named in the path (`CNC`, `MTF` in the SDK README; the
    platform's other deployment answers `.../holdings/CNC` live [FR:B4.4] [AB]). The SDK
    treats the product as optional: without it, it calls `/open-api/order/v1/holdings`
    (operation `getHoldingsAllV1`). UNSURE: the response body is undocumented (the SDK
    passes it through); modelled as the envelope with open items naming the fields read
    on the platform's other deployment [FR:B4.7] [AB]. No holdings may come back as a
    `Not_Ok` failure saying "No holding available" (`x-empty-result`) [FR:B4.6] [AB].
    Rate-limit category inferred (non-trading).

    Args:
        product (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HoldingsV1Response
    """

    return _success(
        await asyncio_detailed(
            product=product,
            client=client,
        )
    )
