"""Contract tests: schemathesis drives every operation of both specs against the mock brokers
in process, with all default checks and a real session token.

Configuration lives in ``schemathesis.toml`` (shared with ``scripts/contract-cli``): schema-valid
requests must answer 2xx (a wrong or missing token fails), schema-invalid ones 4xx, and
``ignored_auth`` probes every secured operation without and with a forged token. The token
comes from the mock's own login flow through schemathesis' auth mechanism, never as fixed
headers (those would put the token back onto the probes that drop it on purpose).

Pre-auth operations (logins, the public contract master) get no token. Credentials that are
schema-valid but unknown to the mock (the spec's placeholder examples, generated values) are
refused with 401 by ``generateSessionToken`` and ``exchangeOAuthToken``, and an unknown
exchange is a 404 of ``getContractMaster``: ``schemathesis.toml`` accepts those statuses for
these three operations only, and ``test_pre_auth_operations_accept_real_credentials`` checks
that real credentials answer 2xx.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, given
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful import run_state_machine_as_test
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from starlette.types import Receive, Scope, Send

from broker_overlays.envelope import envelope_rule
from broker_overlays.mock import MockConfig, checked_client, create_app, in_process
from broker_overlays.spec_catalog import catalog

from conftest import BROKERS
from contract_support import (
    AUTH_HEADER,
    GP_APP,
    SAMCO_KEY,
    SAMCO_SECRET,
    TALLY,
    Link,
    MockLogin,
    auth_headers,
    checksum,
    enable_summary,
    link_chains,
    load_config,
    login,
    register_auth,
    spec_links,
)
from opcall import cases

MAX_EXAMPLES = 10
"""Fuzzing examples per operation (the examples and coverage phases add their own cases)."""
STATEFUL_SCENARIOS, STATEFUL_STEPS = 40, 10
MOCK = MockConfig(rate_limit=False, strict=True)


@pytest.fixture(autouse=True, scope="module")
def _summary(request: pytest.FixtureRequest) -> None:
    enable_summary(request.config)


def contract_schema(broker: str, app: Any | None = None) -> schemathesis.BaseSchema:
    """``broker``'s spec as served by a fresh mock app, authenticated through the mock."""
    app = app if app is not None else create_app(broker, config=MOCK)
    config = load_config(**{"max-examples": MAX_EXAMPLES})
    schema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", app, config=config)
    sync, _ = in_process(app)
    register_auth(schema, broker, httpx.Client(transport=sync, base_url="http://mock.broker"))
    return schema


def _tally(schema: schemathesis.BaseSchema, broker: str) -> schemathesis.BaseSchema:
    def after_validate(
        context: schemathesis.HookContext,
        case: schemathesis.Case,
        response: schemathesis.Response,
        results: list[schemathesis.CheckResult],
    ) -> None:
        phase = case.meta.phase.name.value if case.meta is not None else "explicit"
        TALLY.counts[f"{broker} in-process:cases"] += 1
        TALLY.counts[f"{broker} in-process:{phase} cases"] += 1
        if case.meta is not None:
            TALLY.counts[f"{broker} in-process:{case.meta.generation.mode.value}"] += 1
        TALLY.counts[f"{broker} in-process:checks"] += len(results)

    schema.hooks.register_hook_with_name(after_validate, "after_validate")
    return schema


# --------------------------------------------------------------------------- every operation

samco = _tally(contract_schema("samco"), "samco")
gopocket = _tally(contract_schema("gopocket"), "gopocket")


@pytest.fixture(autouse=True)
def _clock(request: pytest.FixtureRequest) -> Iterator[None]:
    started = time.perf_counter()
    yield
    for broker in BROKERS:
        if request.node.name.startswith(f"test_{broker}_contract"):
            TALLY.seconds[f"{broker} in-process"] += time.perf_counter() - started


@samco.parametrize()
def test_samco_contract(case: schemathesis.Case) -> None:
    case.call_and_validate()


@gopocket.parametrize()
def test_gopocket_contract(case: schemathesis.Case) -> None:
    case.call_and_validate()


# --------------------------------------------------------------------------- pre-auth


def _operation(schema: schemathesis.BaseSchema, operation_id: str) -> schemathesis.APIOperation:
    return schema.find_operation_by_id(operation_id)


def test_pre_auth_operations_accept_real_credentials() -> None:
    """The happy path of the operations whose generated credentials the mock refuses."""
    schema = contract_schema("samco")
    token = _operation(schema, "generateSessionToken").Case(
        body={"apiKey": SAMCO_KEY, "apiSecret": SAMCO_SECRET}
    )
    response = token.call_and_validate()
    assert response.status_code == 200 and response.json()["sessionToken"]

    app = create_app("gopocket", config=MOCK)
    schema = contract_schema("gopocket", app)
    sync, _ = in_process(app)
    with httpx.Client(transport=sync, base_url="http://mock.broker") as client:
        for operation_id, field in (
            ("getUserDetails", "result"),
            ("getUserDetailsV1", "userSession"),
        ):
            callback = httpx.URL(client.get("/", params={"appcode": GP_APP}).headers["location"])
            case = _operation(schema, operation_id).Case(body={"checkSum": checksum(callback)})
            response = case.call_and_validate()
            assert response.status_code == 200 and response.json()[field], response.text
    master = _operation(schema, "getContractMaster").Case(path_parameters={"exchange": "nse"})
    response = master.call_and_validate()
    assert response.status_code == 200 and response.text.startswith("Exch,")


# --------------------------------------------------------------------------- the checks bite


class _Forged(MockLogin):
    def get(self, case: schemathesis.Case, ctx: schemathesis.AuthContext) -> str:
        return "forged-token"


class _AuthBlind:
    """ASGI middleware that replaces a missing or forged session by a valid one: an API that
    ignores authentication."""

    def __init__(self, app: Any, broker: str) -> None:
        self.app, self.broker = app, broker
        sync, _ = in_process(app)
        self.token = login(httpx.Client(transport=sync, base_url="http://mock.broker"), broker)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            name = AUTH_HEADER[self.broker].lower().encode()
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != name]
            value = auth_headers(self.broker, self.token)[AUTH_HEADER[self.broker]]
            scope = {**scope, "headers": [*headers, (name, value.encode())]}
        await self.app(scope, receive, send)


def _first_failure(schema: schemathesis.BaseSchema, operation_id: str) -> str:
    """The failure titles of one generated positive case of ``operation_id``."""
    operation = _operation(schema, operation_id)
    found: list[str] = []

    @hypothesis.settings(
        max_examples=1, database=None, deadline=None, phases=[hypothesis.Phase.generate]
    )
    @given(case=operation.as_strategy(auth_storage=schema.auth))
    def run(case: schemathesis.Case) -> None:
        try:
            case.call_and_validate()
        except FailureGroup as exc:
            found.extend(f"{f.title}: {f.message}" for f in exc.exceptions)

    run()
    return "\n".join(found)


@pytest.mark.parametrize("broker", BROKERS)
def test_a_forged_token_fails_positive_data_acceptance(broker: str) -> None:
    app = create_app(broker, config=MOCK)
    config = load_config(**{"max-examples": 1})
    schema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", app, config=config)
    sync, _ = in_process(app)
    register_auth(schema, broker, httpx.Client(transport=sync, base_url="http://m"), _Forged)
    failure = _first_failure(schema, "getOrderBook")
    assert "Schema-valid request rejected" in failure and "Expected: 2xx" in failure


@pytest.mark.parametrize("broker", BROKERS)
def test_an_api_ignoring_auth_fails_ignored_auth(broker: str) -> None:
    blind = _AuthBlind(create_app(broker, config=MOCK), broker)
    schema = contract_schema(broker, blind)
    assert "API accepts requests without authentication" in _first_failure(schema, "getOrderBook")


# --------------------------------------------------------------------------- links, stateful


LINKS = {b: spec_links(catalog(b).document) for b in BROKERS}
CHAINS = [(b, chain) for b in BROKERS for chain in link_chains(LINKS[b])]


def test_the_specs_link_the_order_and_basket_workflows() -> None:
    labels = {(b, link.source, link.target) for b in BROKERS for link in LINKS[b]}
    expected = {
        ("samco", "placeOrder", "getOrderStatus"), ("samco", "placeOrder", "modifyOrder"),
        ("samco", "placeOrder", "cancelOrder"), ("samco", "createBasket", "createBasketOrder"),
        ("samco", "createBasket", "listBasketOrder"), ("samco", "createBasket", "deleteBasket"),
        ("gopocket", "placeOrder", "getOrderHistory"), ("gopocket", "placeOrder", "modifyOrder"),
        ("gopocket", "placeOrder", "cancelOrder"), ("gopocket", "placeOrderV1", "cancelOrderV1"),
    }  # fmt: skip
    assert expected <= labels


SOURCE_BODIES: dict[tuple[str, str], Any] = {
    ("gopocket", "placeOrderV1"): [
        {"instrumentId": "3045", "exchange": "NSE", "transactionType": "BUY", "quantity": "1",
         "orderComplexity": "REGULAR", "product": "INTRADAY", "orderType": "LIMIT",
         "price": "500", "validity": "DAY"}
    ],
}  # fmt: skip
"""Request bodies that replace a spec example where that example would not leave a live
order to follow (the v1 sample is a market order, filled at once)."""

TARGET_CHANGES: dict[tuple[str, str], dict[str, Any]] = {
    ("gopocket", "modifyOrder"): {"price": "51"},
    ("gopocket", "modifyOrderV1"): {"price": "499"},
}
"""Fields changed in a target's example so that the order stays live: the modify samples'
price (601.5) crosses the market of the placed BUY order, which then fills at once."""


def _pointer(expression: str, body: Any) -> Any:
    prefix = "$response.body#"
    assert expression.startswith(prefix), expression
    value = body
    for part in expression[len(prefix) :].split("/")[1:]:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def _resolve(template: Any, body: Any) -> Any:
    if isinstance(template, str) and template.startswith("$response."):
        return _pointer(template, body)
    if isinstance(template, dict):
        return {k: _resolve(v, body) for k, v in template.items()}
    if isinstance(template, list):
        return [_resolve(v, body) for v in template]
    return template


def _merge(example: Any, linked: Any) -> Any:
    if isinstance(example, dict) and isinstance(linked, dict):
        return {**example, **{k: _merge(example.get(k), v) for k, v in linked.items()}}
    if isinstance(example, list) and isinstance(linked, list):
        return [_merge(e, v) for e, v in zip(example, linked, strict=False)] + example[
            len(linked) :
        ]
    return linked


@pytest.mark.parametrize(
    ("broker", "chain"),
    CHAINS,
    ids=[f"{b}:" + ">".join([c[0].source, *(x.target for x in c)]) for b, c in CHAINS],
)
def test_every_link_leads_to_a_successful_call(broker: str, chain: tuple[Link, ...]) -> None:
    """Deterministic walk of each link chain: the source's example request, then each target's
    example request with the linked values; every answer conforms and is a business success."""
    requests = {c.operation_id: c for c in cases(broker, catalog(broker).document)}
    rule = envelope_rule(broker)
    with checked_client(create_app(broker, config=MOCK)) as client:
        headers = auth_headers(broker, login(client, broker))

        def call(operation_id: str, path: dict[str, str], query: dict[str, str], body: Any) -> Any:
            example = requests[operation_id]
            url = example.path
            fixed = {n: v for where, n, v in example.params.values() if where == "path"}
            for name, value in {**fixed, **path}.items():
                url = url.replace("{" + name + "}", str(value))
            extra = {"json": body} if example.has_body else {}
            response = client.request(
                example.method, url, params={**example.query(), **query}, headers=headers, **extra
            )
            assert response.status_code == 200, response.text
            assert rule.failure(response.json()) is None, f"{operation_id}: {response.text}"
            return response.json()

        source = chain[0].source
        first = requests[source]
        answer = call(source, {}, {}, SOURCE_BODIES.get((broker, source), first.body))
        for link in chain:
            where: dict[str, dict[str, str]] = {"path": {}, "query": {}}
            for key, expression in link.parameters.items():
                location, name = key.split(".", 1)
                where[location][name] = _resolve(expression, answer)
            target = requests[link.target]
            body = _merge(target.body, _resolve(link.body, answer)) if link.body else target.body
            if (broker, link.target) in TARGET_CHANGES:
                body = {**body, **TARGET_CHANGES[(broker, link.target)]}
            answer = call(link.target, where["path"], where["query"], body)


@pytest.mark.parametrize("broker", BROKERS)
def test_stateful_run_follows_the_links(broker: str) -> None:
    """schemathesis' state machine over the linked operations (all checks on every step)."""
    linked = sorted({op for link in LINKS[broker] for op in (link.source, link.target)})
    schema = contract_schema(broker).include(operation_id=linked)
    steps: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):
        def step(self, input: StepInput) -> StepOutput:
            output = super().step(input)
            steps["steps"] += 1
            transition = input.transition
            if transition is not None and input.applied_parameters:
                steps["inferred links" if transition.is_inferred else "links"] += 1
            return output

    started = time.perf_counter()
    run_state_machine_as_test(
        Machine,
        settings=hypothesis.settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    TALLY.seconds[f"{broker} stateful"] += time.perf_counter() - started
    for key, value in steps.items():
        TALLY.counts[f"{broker} stateful:{key}"] += value
    assert steps["links"] > 0, f"no explicit link was followed: {json.dumps(steps)}"


# --------------------------------------------------------------------------- regressions
# Mock defects these contract tests found, pinned deterministically.


@pytest.mark.parametrize("broker", BROKERS)
def test_undeclared_method_is_405_with_allow(broker: str) -> None:
    """RFC 9110: a 405 names the allowed methods (schemathesis ``unsupported_method``)."""
    path = {"samco": "/order/orderBook", "gopocket": "/od-rest/info/orderbook"}[broker]
    with checked_client(create_app(broker, config=MOCK)) as client:
        response = client.request("TRACE", path)
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]


def test_percent_encoded_control_character_in_a_path_is_not_a_crash() -> None:
    """The request validation rebuilt the URL from the decoded path, which httpx refuses."""
    with checked_client(create_app("gopocket", config=MOCK)) as client:
        assert client.get("/contract/csv/%1F").status_code == 404


@pytest.mark.parametrize("broker", BROKERS)
def test_a_price_longer_than_28_digits_does_not_break_the_order_book(broker: str) -> None:
    """Decimal's default 28-digit context made ``money()`` raise on such a (schema-valid)
    price: every later order-book call answered 500."""
    huge = "4141093993019637079083069001380639"
    with checked_client(create_app(broker, config=MOCK)) as client:
        headers = auth_headers(broker, login(client, broker))
        if broker == "samco":
            order = {"symbolName": "SBIN", "transactionType": "BUY", "orderType": "SL",
                     "quantity": "1", "orderValidity": "DAY", "productType": "MIS",
                     "price": "10", "triggerPrice": huge}  # fmt: skip
            client.post("/order/placeOrder", json=order, headers=headers)
            book = client.get("/order/orderBook", headers=headers)
        else:
            order = {"instrumentId": "3045", "exchange": "NSE", "transactionType": "BUY",
                     "quantity": "1", "orderComplexity": "REGULAR", "product": "INTRADAY",
                     "orderType": "SL", "price": "10", "slTriggerPrice": huge, "validity": "DAY"}  # fmt: skip
            client.post("/open-api/order/v1/orders/placeorder", json=[order], headers=headers)
            book = client.get("/open-api/order/v1/orders/book", headers=headers)
    assert book.status_code == 200
    assert huge in book.text


def test_samco_baskets_are_stateful() -> None:
    """Basket calls answered fixed spec examples (always basket 63): now create, add, list,
    rename and delete act on real baskets."""
    with checked_client(create_app("samco", config=MOCK)) as client:
        headers = auth_headers("samco", login(client, "samco"))
        first = client.post("/basket/createBasket", json={"basketName": "one"}, headers=headers)
        second = client.post("/basket/createBasket", json={"basketName": "two"}, headers=headers)
        basket = first.json()["basketId"]
        assert basket != second.json()["basketId"]
        order = {"basketID": basket, "symbolName": "SBIN", "exchange": "NSE",
                 "transactionType": "BUY", "orderType": "L", "orderValidity": "DAY",
                 "productType": "MIS", "quantity": "1", "disclosedQuantity": "", "price": "590"}  # fmt: skip
        added = client.post("/basket/createOrder", json=order, headers=headers).json()
        listed = client.get("/basket/listBasketOrder", params={"basketId": basket}, headers=headers)
        assert [o["basketOrderId"] for o in listed.json()["basketOrders"]] == [added["orderId"]]
        deleted = client.request(
            "DELETE", "/basket/deleteBasket", json={"basketId": basket}, headers=headers
        )
        assert deleted.json()["status"] == "Success"
        gone = client.get("/basket/listBasketOrder", params={"basketId": basket}, headers=headers)
        assert gone.json()["status"] == "Failure"
        names = [
            b["basketName"]
            for b in client.get("/basket/listBasket", headers=headers).json()["baskets"]
        ]
        assert names == ["two"]
