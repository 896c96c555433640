"""Every spec example goes through the generated client unchanged.

Request examples build the generated request model and serialise back to the same JSON; the
client sends exactly that (method, path, query, body). Response examples, served with respx,
parse into the named model (sync and async) with the envelope fields reachable as attributes
and nothing lost on the way back to JSON.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
import respx
from openapi_python_client.strings import snake_case

from broker_overlays.spec_catalog import BROKER_PACKAGES

from conftest import BROKERS, spec
from opcall import Case, cases, model_class, operation_module, to_json

CASES = [case for broker in BROKERS for case in cases(broker, spec(broker))]


def _client(case: Case) -> Any:
    client_module = importlib.import_module(f"{BROKER_PACKAGES[case.broker]}.client")
    return client_module.Client(base_url=case.server)


def _respond(case: Case) -> httpx.Response:
    if case.response_media == "application/json":
        return httpx.Response(200, json=case.response)
    return httpx.Response(200, text=case.response, headers={"content-type": case.response_media})


def _check_request(case: Case, request: httpx.Request) -> None:
    assert request.method == case.method
    prefix = httpx.URL(case.server).path.rstrip("/")  # a server with a folder (ScripMaster)
    assert request.url.path == prefix + case.url_path()
    assert dict(request.url.params) == case.query()
    if case.has_body:
        assert json.loads(request.content) == case.body


def _check_parsed(case: Case, parsed: Any) -> None:
    wrapped, name = case.expected_model()
    if name is None:
        assert parsed == case.response
        return
    cls = model_class(case.broker, name)
    items, raw_items = (parsed, case.response) if wrapped else ([parsed], [case.response])
    assert isinstance(items, list)
    assert all(isinstance(item, cls) for item in items), f"expected {cls.__name__}: {parsed!r}"
    assert to_json(parsed) == case.response
    envelope = spec(case.broker)["components"]["schemas"]["Envelope"]["properties"]
    for item, raw in zip(items, raw_items, strict=True):
        for field in envelope:
            if isinstance(raw, dict) and field in raw:
                assert to_json(getattr(item, snake_case(field))) == raw[field]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_request_example_serialises_unchanged(case: Case) -> None:
    kwargs = case.kwargs()
    if case.has_body:
        assert to_json(kwargs["body"]) == case.body


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_response_example_parses_sync(case: Case) -> None:
    module = operation_module(case.broker, case.operation_id)
    with respx.mock(assert_all_called=True) as router:
        route = router.route().mock(side_effect=lambda request: _respond(case))
        response = module.sync_detailed(client=_client(case), **case.kwargs())
    _check_request(case, route.calls.last.request)
    assert response.status_code == 200
    _check_parsed(case, response.parsed)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_response_example_parses_async(case: Case) -> None:
    module = operation_module(case.broker, case.operation_id)
    with respx.mock(assert_all_called=True) as router:
        route = router.route().mock(side_effect=lambda request: _respond(case))
        response = await module.asyncio_detailed(client=_client(case), **case.kwargs())
    _check_request(case, route.calls.last.request)
    _check_parsed(case, response.parsed)


def test_every_operation_has_a_round_trip_case(broker: str) -> None:
    from speclint import operations

    covered = {case.operation_id for case in CASES if case.broker == broker}
    assert covered == {op["operationId"] for _, _, op in operations(spec(broker))}
