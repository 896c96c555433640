"""The lint catches broken overlay extensions (x-empty-result, x-market-protection,
x-variant-of, x-envelope.errorCodes) before the overlays would act on them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from conftest import spec
from speclint import lint


def _op(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


@pytest.fixture
def samco() -> dict[str, Any]:
    return copy.deepcopy(spec("samco"))


def test_the_specs_are_clean() -> None:
    assert lint(spec("samco")) == [] and lint(spec("gopocket")) == []


def test_empty_result_body_must_fit_the_success_schema(samco: dict[str, Any]) -> None:
    op = _op(samco, "getOrderBook")
    op["x-empty-result"] = {"messages": ["No orders"], "body": {"orderBookDetails": "none"}}
    problems = lint(samco)
    assert any("x-empty-result.body off the 200 schema" in p for p in problems)
    assert any("x-empty-result needs x-source" in p for p in problems)
    op["x-empty-result"] = {
        "messages": ["No orders"],
        "body": {"status": "Success", "orderBookDetails": []},
        "x-source": ["test"],
    }
    assert lint(samco) == []


def test_market_protection_names_real_fields_on_orders_only(samco: dict[str, Any]) -> None:
    _op(samco, "placeOrder")["x-market-protection"] = {
        "field": "marketProtektion",
        "marketOrderTypes": ["MKT"],
        "x-source": ["test"],
    }
    _op(samco, "getOrderBook")["x-market-protection"] = {
        "field": "x",
        "marketOrderTypes": [],
    }
    problems = lint(samco)
    assert "POST /order/placeOrder: x-market-protection.field is not a request body field" in (
        problems
    )
    assert any("on an operation that is no order" in p for p in problems)
    assert any("marketOrderTypes missing" in p for p in problems)


def test_variant_must_name_another_operation_of_the_same_method(samco: dict[str, Any]) -> None:
    _op(samco, "getOrderBook")["x-variant-of"] = "getNoSuchThing"
    _op(samco, "getTradeBook")["x-variant-of"] = "placeOrder"
    problems = lint(samco)
    assert any("names no other operation" in p for p in problems)
    assert any("uses another method" in p for p in problems)


def test_error_codes_need_a_known_kind_and_a_field(samco: dict[str, Any]) -> None:
    envelope = samco["x-envelope"]
    envelope.pop("codeFields", None)
    envelope["errorCodes"] = {"E1": {"error": "bad-luck", "x-source": ["t"]}}
    problems = lint(samco)
    assert "root: x-envelope.errorCodes without codeFields" in problems
    assert any("errorCodes.E1.error not in" in p for p in problems)


def test_epoch_must_be_an_offset_datetime_on_an_integer_with_a_source() -> None:
    doc = copy.deepcopy(spec("gopocket"))
    start = doc["components"]["schemas"]["ChartDataResponse"]["properties"]["start_Time"]
    assert start["x-epoch"] == "1980-01-01T00:00:00+00:00"
    start["x-epoch"] = "1980-01-01 00:00"  # no offset: IST or UTC?
    del start["x-source"]
    problems = lint(doc)
    assert any("x-epoch must be an ISO date-time with an offset" in p for p in problems)
    assert any("x-epoch needs x-source" in p for p in problems)
    doc["components"]["schemas"]["ChartDataResponse"]["properties"]["open"]["x-epoch"] = (
        "1980-01-01T00:00:00+00:00"
    )
    assert any("x-epoch on a schema that is no integer" in p for p in lint(doc))
