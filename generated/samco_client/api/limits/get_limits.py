from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.limits_response import LimitsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/limit/getLimits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LimitsResponse:
    if response.status_code == 200:
        response_200 = LimitsResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LimitsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | LimitsResponse]:
    """Get funds limits (equity and commodity)

     Available and used margin of the equity and commodity segments. All values are strings.
    The two segments mirror one fund pool: do not add them up (the equity values alone
    matched Samco's web portal, FR:A3.23). `collateralMarginAgainstShares` is in the Java
    model and read by a v3.2 integration; the Node sample omits `status` and
    `statusMessage` (all envelope fields are optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LimitsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LimitsResponse]) -> LimitsResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LimitsResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> LimitsResponse:
    """Get funds limits (equity and commodity)

     Available and used margin of the equity and commodity segments. All values are strings.
    The two segments mirror one fund pool: do not add them up (the equity values alone
    matched Samco's web portal, FR:A3.23). `collateralMarginAgainstShares` is in the Java
    model and read by a v3.2 integration; the Node sample omits `status` and
    `statusMessage` (all envelope fields are optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LimitsResponse
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | LimitsResponse]:
    """Get funds limits (equity and commodity)

     Available and used margin of the equity and commodity segments. All values are strings.
    The two segments mirror one fund pool: do not add them up (the equity values alone
    matched Samco's web portal, FR:A3.23). `collateralMarginAgainstShares` is in the Java
    model and read by a v3.2 integration; the Node sample omits `status` and
    `statusMessage` (all envelope fields are optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LimitsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> LimitsResponse:
    """Get funds limits (equity and commodity)

     Available and used margin of the equity and commodity segments. All values are strings.
    The two segments mirror one fund pool: do not add them up (the equity values alone
    matched Samco's web portal, FR:A3.23). `collateralMarginAgainstShares` is in the Java
    model and read by a v3.2 integration; the Node sample omits `status` and
    `statusMessage` (all envelope fields are optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LimitsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )
