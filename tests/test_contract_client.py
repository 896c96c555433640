"""Client contract tests: the generated clients against data generated from the specs.

a. Responses: for every operation and every declared response, schema-valid bodies generated
   by schemathesis are served with respx to the plain generated client (no overlays) and must
   parse into the declared model and serialise back unchanged. schemathesis has no public API
   for random responses, so each response schema becomes the request body of a fake operation
   in a "mirror" spec, whose cases are mapped to their bodies.
b. Requests: schema-valid request cases are turned into generated-model calls (body through
   the operation's body model, query and path values as snake_case arguments) and sent by the
   generated client to the mock in process, which validates every request against the spec.
   A request the spec rejects (400 naming the field) or a mock crash fails the test; business
   failure envelopes (HTTP 200) and refused credentials are fine.
"""

from __future__ import annotations

import importlib
import typing
from functools import cache
from typing import Any

import httpx
import pytest
import respx
import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_python_client.strings import snake_case
from schemathesis.config import SchemathesisConfig

from broker_overlays.envelope import envelope_rule
from broker_overlays.mock import MockConfig, create_app, in_process
from broker_overlays.spec_catalog import BROKER_PACKAGES, catalog

from conftest import BROKERS
from contract_support import AUTH_HEADER, TALLY, enable_summary, login
from opcall import build_value, cases, model_class, operation_module, to_json
from speclint import deref, operations

RESPONSE_EXAMPLES = {"200": 12, "other": 3}
"""Generated bodies per declared response (success bodies are where the models differ)."""
REQUEST_EXAMPLES = 8
BASE_URL = "http://broker.test"
DEFAULT_STATUS = 400
"""The status served for a ``default`` response (any undeclared status parses the same way)."""
PLAIN = SchemathesisConfig.from_dict({"generation": {"database": "none"}})
"""No schemathesis.toml here: its mock-market dictionaries would narrow the generated data."""
SETTINGS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}


def _status(status: str) -> int:
    return DEFAULT_STATUS if status == "default" else int(status)


# --------------------------------------------------------------------------- a. responses


def declared_responses(broker: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(operationId, status, media type, schema) of every declared response of ``broker``."""
    doc = catalog(broker).document
    found = []
    for _, _, op in operations(doc):
        for status, raw in op["responses"].items():
            for media_type, media in (deref(doc, raw).get("content") or {}).items():
                found.append((op["operationId"], status, media_type, media.get("schema", {})))
    return found


@cache
def mirror(broker: str) -> schemathesis.BaseSchema:
    """A spec whose operation ``POST /{operationId}/{status}`` takes that response's body."""
    doc = catalog(broker).document
    paths = {
        f"/{op_id}/{status}": {
            "post": {
                "operationId": f"{op_id}_{status}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": schema}},
                },
                "responses": {"200": {"description": "mirror"}},
            }
        }
        for op_id, status, _, schema in declared_responses(broker)
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": f"{broker} responses", "version": "1"},
        "paths": paths,
        "components": {"schemas": doc["components"]["schemas"]},
    }
    return schemathesis.openapi.from_dict(document, config=PLAIN)


@cache
def example_kwargs(broker: str, operation_id: str) -> dict[str, Any]:
    """Arguments of a valid call (from the spec's request examples)."""
    case = next(
        c for c in cases(broker, catalog(broker).document) if c.operation_id == operation_id
    )
    return case.kwargs()


def expected_model(schema: dict[str, Any]) -> tuple[bool, str | None]:
    """(wrapped in a list?, component name) that a response schema should parse into."""
    wrapped = schema.get("type") == "array"
    ref = (schema.get("items", {}) if wrapped else schema).get("$ref")
    return wrapped, ref.rsplit("/", 1)[1] if ref else None


def _serve(status: int, media_type: str, body: Any) -> httpx.Response:
    if media_type == "application/json":
        return httpx.Response(status, json=body)
    return httpx.Response(
        status, content=str(body).encode(), headers={"content-type": f"{media_type}; charset=utf-8"}
    )


@cache
def _plain_client(broker: str) -> Any:
    """The generated ``Client``, nothing attached (one per broker: building an httpx client
    loads the CA bundle, 20 ms)."""
    return importlib.import_module(f"{BROKER_PACKAGES[broker]}.client").Client(base_url=BASE_URL)


RESPONSES = [(b, *response) for b in BROKERS for response in declared_responses(b)]


@pytest.mark.parametrize(
    ("broker", "operation_id", "status", "media_type", "schema"),
    RESPONSES,
    ids=[f"{b}:{o}:{s}" for b, o, s, _, _ in RESPONSES],
)
def test_schema_valid_responses_parse(
    broker: str,
    operation_id: str,
    status: str,
    media_type: str,
    schema: dict[str, Any],
    request: pytest.FixtureRequest,
) -> None:
    enable_summary(request.config)
    wrapped, name = expected_model(schema)
    cls = model_class(broker, name) if name else None
    module = operation_module(broker, operation_id)
    kwargs = example_kwargs(broker, operation_id)
    mirrored = mirror(broker).find_operation_by_id(f"{operation_id}_{status}")
    examples = RESPONSE_EXAMPLES.get(status, RESPONSE_EXAMPLES["other"])

    @settings(max_examples=examples, **SETTINGS)
    @given(body=mirrored.as_strategy().map(lambda case: case.body))
    def check(body: Any) -> None:
        with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
            router.route().mock(return_value=_serve(_status(status), media_type, body))
            parsed = module.sync_detailed(client=_plain_client(broker), **kwargs).parsed
        TALLY.counts[f"{broker} client responses:{media_type} bodies parsed"] += 1
        if cls is None:  # text/csv: the text itself
            assert parsed == (body if media_type == "application/json" else str(body))
            return
        items = parsed if wrapped else [parsed]
        assert isinstance(items, list) and all(isinstance(i, cls) for i in items), (cls, parsed)
        assert to_json(parsed) == body  # nothing lost or changed (unknown fields included)

    check()


# --------------------------------------------------------------------------- b. requests


def test_no_query_parameter_is_an_array() -> None:
    """openapi-python-client always explodes query arrays (``?a=1&a=2``) whatever the spec's
    ``style``/``explode`` say, and the mock validates only scalar query values: an array
    query parameter needs its own contract test before it is added."""
    for broker in BROKERS:
        doc = catalog(broker).document
        for _, _, op in operations(doc):
            for raw in op.get("parameters", []):
                param = deref(doc, raw)
                assert deref(doc, param.get("schema", {})).get("type") != "array", (
                    broker,
                    op["operationId"],
                    param["name"],
                )


@cache
def _request_schema(broker: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_dict(catalog(broker).document, config=PLAIN)


@cache
def _mock(broker: str) -> tuple[httpx.BaseTransport, httpx.Client]:
    app = create_app(broker, config=MockConfig(rate_limit=False, strict=True))
    sync, _ = in_process(app)
    return sync, httpx.Client(transport=sync, base_url=BASE_URL)


def _authenticated(broker: str) -> Any:
    """A plain generated client into the in-process mock with a fresh session."""
    transport, raw = _mock(broker)
    token = login(raw, broker)
    module = importlib.import_module(f"{BROKER_PACKAGES[broker]}.client")
    if broker == "samco":
        return module.AuthenticatedClient(
            BASE_URL,
            token=token,
            prefix="",
            auth_header_name=AUTH_HEADER[broker],
            httpx_args={"transport": transport},
        )
    return module.AuthenticatedClient(BASE_URL, token=token, httpx_args={"transport": transport})


def _call_kwargs(broker: str, operation_id: str, case: schemathesis.Case) -> dict[str, Any]:
    module = operation_module(broker, operation_id)
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs = {snake_case(n): v for n, v in {**case.path_parameters, **case.query}.items()}
    unknown = set(kwargs) - set(hints)
    assert not unknown, f"generated {operation_id} has no argument for {unknown}"
    if "body" in hints:
        kwargs["body"] = build_value(hints["body"], case.body)
    return kwargs


def spec_rejection(response: Any) -> str | None:
    """The mock's message when it refused a request as off-spec (400 ``Invalid request: ...``
    naming the field), else None."""
    if response.status_code != 400:
        return None
    body = response.parsed.to_dict() if hasattr(response.parsed, "to_dict") else {}
    message = str(body.get("statusMessage") or body.get("message") or "")
    return message if message.startswith("Invalid request") else None


def test_a_request_the_spec_rejects_is_caught() -> None:
    """The generated models do not check patterns: a negative quantity reaches the mock,
    which refuses it by name, and :func:`spec_rejection` reports it."""
    from samco_client.api.orders import place_order
    from samco_client.models import PlaceOrderRequest

    order = PlaceOrderRequest(symbol_name="SBIN", transaction_type="BUY", order_type="L",
                              quantity="-5", order_validity="DAY", product_type="MIS", price="600")  # fmt: skip
    response = place_order.sync_detailed(client=_authenticated("samco"), body=order)
    assert "body/quantity" in (spec_rejection(response) or "")


OPERATIONS = [(b, op.operation_id) for b in BROKERS for op in catalog(b).operations]


@pytest.mark.parametrize(
    ("broker", "operation_id"), OPERATIONS, ids=[f"{b}:{o}" for b, o in OPERATIONS]
)
def test_client_requests_conform_to_the_spec(
    broker: str, operation_id: str, request: pytest.FixtureRequest
) -> None:
    operation = _request_schema(broker).find_operation_by_id(operation_id)
    module = operation_module(broker, operation_id)
    rule = envelope_rule(broker)
    enable_summary(request.config)

    @settings(max_examples=REQUEST_EXAMPLES, **SETTINGS)
    @given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        kwargs = _call_kwargs(broker, operation_id, case)
        response = module.sync_detailed(client=_authenticated(broker), **kwargs)
        outcome = f"HTTP {response.status_code}"
        if rule.failure(to_json(response.parsed)):
            outcome = "failure envelope"
        TALLY.counts[f"{broker} client requests:{outcome}"] += 1
        rejection = spec_rejection(response)
        assert rejection is None, (
            f"the spec rejects the generated client's request: {rejection}\n{kwargs!r}"
        )
        assert response.status_code < 500, response.content

    check()
