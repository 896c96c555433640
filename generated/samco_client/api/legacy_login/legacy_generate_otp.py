from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.legacy_envelope_response import LegacyEnvelopeResponse
from ...models.legacy_generate_otp_request import LegacyGenerateOtpRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LegacyGenerateOtpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/otp/generateOtp",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | LegacyEnvelopeResponse:
    if response.status_code == 200:
        response_200 = LegacyEnvelopeResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | LegacyEnvelopeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGenerateOtpRequest,
) -> Response[Envelope | LegacyEnvelopeResponse]:
    """Send an OTP to the user (deprecated)

     Deprecated in v3.2; API keys are now created in the Web Dashboard and sessions come from
    `POST /session/token` or OAuth. First step of the legacy flow. UNSURE: the response
    payload is not documented; modelled as the envelope. Never retried automatically (each
    call sends a new OTP).

    Args:
        body (LegacyGenerateOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyEnvelopeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Envelope | LegacyEnvelopeResponse]) -> LegacyEnvelopeResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(LegacyEnvelopeResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGenerateOtpRequest,
) -> LegacyEnvelopeResponse:
    """Send an OTP to the user (deprecated)

     Deprecated in v3.2; API keys are now created in the Web Dashboard and sessions come from
    `POST /session/token` or OAuth. First step of the legacy flow. UNSURE: the response
    payload is not documented; modelled as the envelope. Never retried automatically (each
    call sends a new OTP).

    Args:
        body (LegacyGenerateOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyEnvelopeResponse
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
    body: LegacyGenerateOtpRequest,
) -> Response[Envelope | LegacyEnvelopeResponse]:
    """Send an OTP to the user (deprecated)

     Deprecated in v3.2; API keys are now created in the Web Dashboard and sessions come from
    `POST /session/token` or OAuth. First step of the legacy flow. UNSURE: the response
    payload is not documented; modelled as the envelope. Never retried automatically (each
    call sends a new OTP).

    Args:
        body (LegacyGenerateOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | LegacyEnvelopeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGenerateOtpRequest,
) -> LegacyEnvelopeResponse:
    """Send an OTP to the user (deprecated)

     Deprecated in v3.2; API keys are now created in the Web Dashboard and sessions come from
    `POST /session/token` or OAuth. First step of the legacy flow. UNSURE: the response
    payload is not documented; modelled as the envelope. Never retried automatically (each
    call sends a new OTP).

    Args:
        body (LegacyGenerateOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyEnvelopeResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
