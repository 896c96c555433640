"""Every spec is valid OpenAPI 3.1, follows the house rules and covers its endpoint table."""

from __future__ import annotations

import copy

import pytest
from openapi_spec_validator import validate

from conftest import ROOT, spec
from speclint import lint, operations


def test_spec_is_valid_openapi_31(broker: str) -> None:
    doc = spec(broker)
    assert doc["openapi"].startswith("3.1")
    validate(doc)


def test_spec_follows_house_rules(broker: str) -> None:
    problems = lint(spec(broker))
    assert problems == [], "\n".join(problems)


def expected_endpoints(broker: str) -> set[str]:
    lines = (ROOT / "tests" / "data" / f"{broker}_endpoints.txt").read_text().splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_spec_covers_exactly_the_endpoint_table(broker: str) -> None:
    actual = {f"{method} {path}" for method, path, _ in operations(spec(broker))}
    expected = expected_endpoints(broker)
    assert sorted(expected - actual) == [], "endpoints missing from the spec"
    assert sorted(actual - expected) == [], "endpoints not in the endpoint table"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda op: op.pop("x-rate-limit-category"), "x-rate-limit-category"),
        (lambda op: op.pop("summary"), "no summary"),
        (lambda op: op["responses"].pop("default"), "no default"),
        (lambda op: op.update({"tags": ["nope"]}), "exactly one tag"),
        (lambda op: op.update({"x-idempotent": "yes"}), "x-idempotent"),
        (lambda op: op.update({"operationId": "Bad_Name"}), "camelCase"),
        (lambda op: op.update({"x-order-operation": "buy"}), "x-order-operation"),
        (lambda op: op.update({"x-idempotent": True}), "never be x-idempotent"),
    ],
)
def test_lint_rejects_a_broken_operation(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(spec("samco"))
    mutate(doc["paths"]["/order/placeOrder"]["post"])
    assert any(message in problem for problem in lint(doc))


def test_lint_rejects_an_invalid_example() -> None:
    doc = copy.deepcopy(spec("samco"))
    media = doc["paths"]["/order/placeOrder"]["post"]["requestBody"]["content"]["application/json"]
    next(iter(media["examples"].values()))["value"]["quantity"] = "-5"
    assert any("invalid at /quantity" in problem for problem in lint(doc))


def test_order_operations_are_never_marked_retry_safe(broker: str) -> None:
    for method, path, op in operations(spec(broker)):
        if op["x-rate-limit-category"] == "order":
            assert op["x-idempotent"] is False, f"{method} {path}"


# Which calls change orders or positions is written down here by hand, independently of the
# spec, so that a spec edit that drops or adds the marker fails loudly.
ORDER_OPERATIONS = {
    "samco": {
        "placeOrder": "place", "placeBracketOrder": "place", "placeCoverOrder": "place",
        "placeBulkOrder": "place", "modifyOrder": "modify", "cancelOrder": "cancel",
        "exitBracketOrder": "exit", "exitCoverOrder": "exit", "convertPosition": "convert",
        "squareOffPositions": "square-off", "executeBasketOrder": "place",
        "squareOffBasket": "square-off", "modifyAndRetryBasketOrder": "modify",
        "addGtt": "place", "modifyGtt": "modify", "deleteGtt": "cancel", "addOco": "place",
        "modifyOco": "modify", "deleteOco": "cancel",
    },
    "gopocket": {
        "placeOrder": "place", "modifyOrder": "modify", "cancelOrder": "cancel",
        "convertPosition": "convert", "placeOrderV1": "place", "modifyOrderV1": "modify",
        "cancelOrderV1": "cancel", "exitBracketOrderV1": "exit",
        "squareOffPositionV1": "square-off", "convertPositionV1": "convert",
    },
}  # fmt: skip


def test_order_operations_are_marked(broker: str) -> None:
    marked = {
        op["operationId"]: op["x-order-operation"]
        for _, _, op in operations(spec(broker))
        if "x-order-operation" in op
    }
    assert marked == ORDER_OPERATIONS[broker]
