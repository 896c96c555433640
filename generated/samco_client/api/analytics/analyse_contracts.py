from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contracts_analyser_request import ContractsAnalyserRequest
from ...models.contracts_analyser_response import ContractsAnalyserResponse
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: ContractsAnalyserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contractsAnalyser",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractsAnalyserResponse | Envelope:
    if response.status_code == 200:
        response_200 = ContractsAnalyserResponse.from_dict(response.json())

        return response_200

    response_default = Envelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContractsAnalyserResponse | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContractsAnalyserRequest,
) -> Response[ContractsAnalyserResponse | Envelope]:
    """Analyse an options/futures strategy

     Read-only calculator: breakevens, max profit/loss, strategy Greeks, risk-reward,
    estimated margin and payoff points for a set of NFO or BFO contracts at `targetDate`.
    Contradiction: the docs, Java and Node send `exchange`, `targetDate` and `contracts[]`
    of {`tradingSymbol`, `transactionType`, `price`, `lot`}; the Python README sends only
    `legs[]` of {`symbol`, `transactionType`, `quantity`}. Neither can be verified, so
    both bodies are accepted (the docs' three fields are required unless `legs` is sent).
    `transactionType` is case-insensitive (the docs sample mixes `Buy` and
    `SELL`). The docs sample's `targetDate` is cut off in the source, so the request
    example supplies one. UNSURE: response fields are undocumented (Java: untyped
    `analysis[]`); the response example is constructed.

    Args:
        body (ContractsAnalyserRequest): Docs / Java / Node shape: `exchange`, `targetDate`,
            `contracts[]`. The Python README
            sends only `{"legs": [...]}`. Neither can be verified, so both are accepted: with `legs`
            nothing else is required, otherwise the docs' three fields are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractsAnalyserResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ContractsAnalyserResponse | Envelope]) -> ContractsAnalyserResponse:
    """The parsed 2xx answer; any other status raises (through the broker_overlays transport,
    failures raise typed errors before this point)."""
    if 200 <= response.status_code < 300:
        return cast(ContractsAnalyserResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContractsAnalyserRequest,
) -> ContractsAnalyserResponse:
    """Analyse an options/futures strategy

     Read-only calculator: breakevens, max profit/loss, strategy Greeks, risk-reward,
    estimated margin and payoff points for a set of NFO or BFO contracts at `targetDate`.
    Contradiction: the docs, Java and Node send `exchange`, `targetDate` and `contracts[]`
    of {`tradingSymbol`, `transactionType`, `price`, `lot`}; the Python README sends only
    `legs[]` of {`symbol`, `transactionType`, `quantity`}. Neither can be verified, so
    both bodies are accepted (the docs' three fields are required unless `legs` is sent).
    `transactionType` is case-insensitive (the docs sample mixes `Buy` and
    `SELL`). The docs sample's `targetDate` is cut off in the source, so the request
    example supplies one. UNSURE: response fields are undocumented (Java: untyped
    `analysis[]`); the response example is constructed.

    Args:
        body (ContractsAnalyserRequest): Docs / Java / Node shape: `exchange`, `targetDate`,
            `contracts[]`. The Python README
            sends only `{"legs": [...]}`. Neither can be verified, so both are accepted: with `legs`
            nothing else is required, otherwise the docs' three fields are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractsAnalyserResponse
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
    body: ContractsAnalyserRequest,
) -> Response[ContractsAnalyserResponse | Envelope]:
    """Analyse an options/futures strategy

     Read-only calculator: breakevens, max profit/loss, strategy Greeks, risk-reward,
    estimated margin and payoff points for a set of NFO or BFO contracts at `targetDate`.
    Contradiction: the docs, Java and Node send `exchange`, `targetDate` and `contracts[]`
    of {`tradingSymbol`, `transactionType`, `price`, `lot`}; the Python README sends only
    `legs[]` of {`symbol`, `transactionType`, `quantity`}. Neither can be verified, so
    both bodies are accepted (the docs' three fields are required unless `legs` is sent).
    `transactionType` is case-insensitive (the docs sample mixes `Buy` and
    `SELL`). The docs sample's `targetDate` is cut off in the source, so the request
    example supplies one. UNSURE: response fields are undocumented (Java: untyped
    `analysis[]`); the response example is constructed.

    Args:
        body (ContractsAnalyserRequest): Docs / Java / Node shape: `exchange`, `targetDate`,
            `contracts[]`. The Python README
            sends only `{"legs": [...]}`. Neither can be verified, so both are accepted: with `legs`
            nothing else is required, otherwise the docs' three fields are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractsAnalyserResponse | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContractsAnalyserRequest,
) -> ContractsAnalyserResponse:
    """Analyse an options/futures strategy

     Read-only calculator: breakevens, max profit/loss, strategy Greeks, risk-reward,
    estimated margin and payoff points for a set of NFO or BFO contracts at `targetDate`.
    Contradiction: the docs, Java and Node send `exchange`, `targetDate` and `contracts[]`
    of {`tradingSymbol`, `transactionType`, `price`, `lot`}; the Python README sends only
    `legs[]` of {`symbol`, `transactionType`, `quantity`}. Neither can be verified, so
    both bodies are accepted (the docs' three fields are required unless `legs` is sent).
    `transactionType` is case-insensitive (the docs sample mixes `Buy` and
    `SELL`). The docs sample's `targetDate` is cut off in the source, so the request
    example supplies one. UNSURE: response fields are undocumented (Java: untyped
    `analysis[]`); the response example is constructed.

    Args:
        body (ContractsAnalyserRequest): Docs / Java / Node shape: `exchange`, `targetDate`,
            `contracts[]`. The Python README
            sends only `{"legs": [...]}`. Neither can be verified, so both are accepted: with `legs`
            nothing else is required, otherwise the docs' three fields are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractsAnalyserResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
