from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.web_secret_code_validation_request import WebSecretCodeValidationRequest
from ...models.web_secret_code_validation_response import (
    WebSecretCodeValidationResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: WebSecretCodeValidationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webSecretCodeValidation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | WebSecretCodeValidationResponse:
    if response.status_code == 200:
        response_200 = WebSecretCodeValidationResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | WebSecretCodeValidationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebSecretCodeValidationRequest,
) -> Response[Envelope | WebSecretCodeValidationResponse]:
    """Validate a web login code

     Validates the code from `GET /webSecretCode`. No session header. Contradiction: DOCS
    send the code as `otp`; the PY README sends `{"code": <the code>, "otp": "123456"}`,
    i.e. the code in `code` and another value in `otp`. Which key Samco reads is UNSURE:
    `otp` is required (both sources send it) and `code` optional; the mock accepts the
    code in either.
    UNSURE: the response fields; DOCS describe account details similar to the legacy login
    response, so those fields are modelled, all optional. Never retried automatically.

    Args:
        body (WebSecretCodeValidationRequest): DOCS list only `otp`; the PY README also sends
            `code` (optional here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSecretCodeValidationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[Envelope | WebSecretCodeValidationResponse],
) -> WebSecretCodeValidationResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(WebSecretCodeValidationResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebSecretCodeValidationRequest,
) -> WebSecretCodeValidationResponse:
    """Validate a web login code

     Validates the code from `GET /webSecretCode`. No session header. Contradiction: DOCS
    send the code as `otp`; the PY README sends `{"code": <the code>, "otp": "123456"}`,
    i.e. the code in `code` and another value in `otp`. Which key Samco reads is UNSURE:
    `otp` is required (both sources send it) and `code` optional; the mock accepts the
    code in either.
    UNSURE: the response fields; DOCS describe account details similar to the legacy login
    response, so those fields are modelled, all optional. Never retried automatically.

    Args:
        body (WebSecretCodeValidationRequest): DOCS list only `otp`; the PY README also sends
            `code` (optional here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSecretCodeValidationResponse
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
    body: WebSecretCodeValidationRequest,
) -> Response[Envelope | WebSecretCodeValidationResponse]:
    """Validate a web login code

     Validates the code from `GET /webSecretCode`. No session header. Contradiction: DOCS
    send the code as `otp`; the PY README sends `{"code": <the code>, "otp": "123456"}`,
    i.e. the code in `code` and another value in `otp`. Which key Samco reads is UNSURE:
    `otp` is required (both sources send it) and `code` optional; the mock accepts the
    code in either.
    UNSURE: the response fields; DOCS describe account details similar to the legacy login
    response, so those fields are modelled, all optional. Never retried automatically.

    Args:
        body (WebSecretCodeValidationRequest): DOCS list only `otp`; the PY README also sends
            `code` (optional here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | WebSecretCodeValidationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebSecretCodeValidationRequest,
) -> WebSecretCodeValidationResponse:
    """Validate a web login code

     Validates the code from `GET /webSecretCode`. No session header. Contradiction: DOCS
    send the code as `otp`; the PY README sends `{"code": <the code>, "otp": "123456"}`,
    i.e. the code in `code` and another value in `otp`. Which key Samco reads is UNSURE:
    `otp` is required (both sources send it) and `code` optional; the mock accepts the
    code in either.
    UNSURE: the response fields; DOCS describe account details similar to the legacy login
    response, so those fields are modelled, all optional. Never retried automatically.

    Args:
        body (WebSecretCodeValidationRequest): DOCS list only `otp`; the PY README also sends
            `code` (optional here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebSecretCodeValidationResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
