"""The overlays read per-operation facts from the spec shipped inside each generated client."""

from __future__ import annotations

from broker_overlays.spec_catalog import RateWindow, catalog

from conftest import spec
from speclint import operations


def test_catalog_matches_the_bundled_spec(broker: str) -> None:
    doc = spec(broker)
    cat = catalog(broker)
    assert cat.document == doc, "generated/<pkg>/openapi.json is stale: run scripts/generate"
    for method, path, op in operations(doc):
        found = cat.by_id(op["operationId"])
        assert (found.method, found.path) == (method, path)
        assert found.rate_limit_category == op["x-rate-limit-category"]
        assert found.idempotent is op["x-idempotent"]


def test_find_resolves_concrete_paths() -> None:
    cat = catalog("samco")
    op = cat.find("PUT", "/order/modifyOrder/200616000000350")
    assert op is not None and op.operation_id == "modifyOrder"
    assert cat.find("get", "/order/orderBook").operation_id == "getOrderBook"  # type: ignore[union-attr]
    assert cat.find("GET", "/order/modifyOrder/1") is None
    assert cat.find("GET", "/no/such/path") is None


def test_samco_rate_windows_come_from_the_spec() -> None:
    windows = catalog("samco").rate_windows()
    assert set(windows) == {"order", "data", "non-trading", "unmetered"}
    assert windows["unmetered"] == ()  # the public instrument master, on its own host
    assert windows["order"][0] == RateWindow(limit=10, seconds=1)
    pre_auth = catalog("samco").find("POST", "/session/token")
    assert pre_auth is not None and pre_auth.requires_auth is False
