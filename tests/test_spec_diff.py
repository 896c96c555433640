"""scripts/spec-diff: a matrix of synthetic edits of the bundled specs, each classified by one
named rule (breaking or compatible, on the right operation), the generated-API comparison, and
the command line on a throwaway git repository (revisions materialised with git archive)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, spec
from spec_diff import (
    API_GROUP,
    RULES,
    SPEC_GROUP,
    PublicApi,
    diff_api,
    diff_specs,
    public_api,
    report,
    summary,
)

Doc = dict[str, Any]
Edit = Callable[[Doc], None]

SAMCO_PLACE = "/order/placeOrder"
SAMCO_BOOK = "/order/orderBook"
SAMCO_QUOTE = "/quote/getQuote"
GP_PLACE = "/od-rest/orders/execute"
GP_BOOK = "/od-rest/info/orderbook"


def op(doc: Doc, path: str, method: str = "get") -> Doc:
    node: Doc = doc["paths"][path][method]
    return node


def schema(doc: Doc, name: str) -> Doc:
    node: Doc = doc["components"]["schemas"][name]
    return node


def props(doc: Doc, name: str) -> Doc:
    node: Doc = schema(doc, name)["properties"]
    return node


def param(doc: Doc, path: str, name: str) -> Doc:
    return next(p for p in op(doc, path)["parameters"] if p.get("name") == name)


def json_200(doc: Doc, path: str, method: str = "get") -> Doc:
    node: Doc = op(doc, path, method)["responses"]["200"]["content"]
    return node


def closed_enum(values: list[str]) -> Edit:
    """A closed enum on a Samco order-book field (the specs' response enums are all open)."""

    def edit(doc: Doc) -> None:
        props(doc, "OrderBookEntry")["orderStatus"] = {"type": "string", "enum": values}

    return edit


def recursive_node(name_type: str) -> Edit:
    """A self-referencing schema (``Node.children[]`` is a ``Node``) in a Gopocket response."""

    def edit(doc: Doc) -> None:
        doc["components"]["schemas"]["Node"] = {
            "type": "object",
            "properties": {
                "name": {"type": name_type},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "parent": {"allOf": [{"$ref": "#/components/schemas/Node"}]},
            },
        }
        props(doc, "OrderBookEntry")["tree"] = {"$ref": "#/components/schemas/Node"}

    return edit


def move(mapping: Doc, old: str, new: str) -> None:
    mapping[new] = mapping.pop(old)


@dataclass(frozen=True)
class Case:
    broker: str
    rule: str
    kind: str
    operation: str  # an operationId, or SPEC_GROUP
    edit: Edit
    before: Edit | None = None  # applied to both sides first (sets up what the edit changes)
    detail: str = ""  # a substring the finding's detail must contain
    total: int | None = None  # how many findings the whole diff has, where that is exact


CASES: dict[str, Case] = {
    # ------------------------------------------------------------------ operations
    "operation removed": Case(
        "samco", "operation-removed", "breaking", "placeOrder",
        lambda d: d["paths"][SAMCO_PLACE].pop("post"),
    ),
    "operation added": Case(
        "gopocket", "operation-added", "compatible", "getOrderBookCopy",
        lambda d: d["paths"].update(
            {"/od-rest/info/copy": {"get": {**op(d, GP_BOOK), "operationId": "getOrderBookCopy"}}}
        ),
    ),
    "operationId changed": Case(
        "samco", "operation-id-changed", "breaking", "listOrders",
        lambda d: op(d, SAMCO_BOOK).update(operationId="listOrders"), detail="getOrderBook",
        total=1,
    ),
    "path changed": Case(
        "gopocket", "path-changed", "breaking", "getOrderBook",
        lambda d: move(d["paths"], GP_BOOK, "/od-rest/info/orders"),
    ),
    "method changed": Case(
        "samco", "method-changed", "breaking", "getOrderBook",
        lambda d: move(d["paths"][SAMCO_BOOK], "get", "post"),
    ),
    "tag changed": Case(
        "gopocket", "operation-tag-changed", "breaking", "getOrderBook",
        lambda d: op(d, GP_BOOK).update(tags=["rest-portfolio"]),
    ),
    "deprecated": Case(
        "samco", "operation-deprecated", "compatible", "getOrderBook",
        lambda d: op(d, SAMCO_BOOK).update(deprecated=True),
    ),
    # ------------------------------------------------------------------ parameters
    "parameter removed": Case(
        "samco", "parameter-removed", "breaking", "getQuote",
        lambda d: op(d, SAMCO_QUOTE)["parameters"].pop(), detail="query.exchange",
    ),
    "required parameter added": Case(
        "gopocket", "required-parameter-added", "breaking", "getOrderBook",
        lambda d: op(d, GP_BOOK).setdefault("parameters", []).append(
            {"name": "segment", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
    ),
    "optional parameter added": Case(
        "samco", "optional-parameter-added", "compatible", "getOrderBook",
        lambda d: op(d, SAMCO_BOOK).setdefault("parameters", []).append(
            {"name": "status", "in": "query", "schema": {"type": "string"}}
        ),
    ),
    "parameter made required": Case(
        "samco", "parameter-made-required", "breaking", "getQuote",
        lambda d: param(d, SAMCO_QUOTE, "exchange").update(required=True),
    ),
    "parameter made optional": Case(
        "samco", "parameter-made-optional", "compatible", "getQuote",
        lambda d: param(d, SAMCO_QUOTE, "symbolName").update(required=False),
    ),
    "parameter retyped": Case(
        "gopocket", "parameter-retyped", "breaking", "getHoldingsV1",
        lambda d: param(d, "/open-api/order/v1/holdings/{product}", "product").update(
            schema={"type": "integer"}
        ),
    ),
    "parameter widened": Case(
        "samco", "parameter-type-widened", "compatible", "getQuote",
        lambda d: param(d, SAMCO_QUOTE, "symbolName")["schema"].update(type=["string", "number"]),
    ),
    # --------------------------------------------------------------- request bodies
    "request body removed": Case(
        "samco", "request-body-removed", "breaking", "placeOrder",
        lambda d: op(d, SAMCO_PLACE, "post").pop("requestBody"),
    ),
    "required request body added": Case(
        "samco", "required-request-body-added", "breaking", "getOrderBook",
        lambda d: op(d, SAMCO_BOOK).update(
            requestBody={"required": True, "content": {"application/json": {"schema": {}}}}
        ),
    ),
    "optional request body added": Case(
        "gopocket", "optional-request-body-added", "compatible", "getOrderBook",
        lambda d: op(d, GP_BOOK).update(
            requestBody={"content": {"application/json": {"schema": {"type": "object"}}}}
        ),
    ),
    "request body made required": Case(
        "samco", "request-body-made-required", "breaking", "deleteBasket",
        lambda d: op(d, "/basket/deleteBasket", "delete")["requestBody"].update(required=True),
        before=lambda d: op(d, "/basket/deleteBasket", "delete")["requestBody"].update(
            required=False
        ),
    ),
    "request body made optional": Case(
        "gopocket", "request-body-made-optional", "compatible", "placeOrder",
        lambda d: op(d, GP_PLACE, "post")["requestBody"].update(required=False),
    ),
    "request media type removed": Case(
        "samco", "request-media-type-removed", "breaking", "placeOrder",
        lambda d: op(d, SAMCO_PLACE, "post")["requestBody"]["content"].pop("text/plain"),
        before=lambda d: op(d, SAMCO_PLACE, "post")["requestBody"]["content"].update(
            {"text/plain": {"schema": {"type": "string"}}}
        ),
    ),
    "request media type added": Case(
        "samco", "request-media-type-added", "compatible", "placeOrder",
        lambda d: op(d, SAMCO_PLACE, "post")["requestBody"]["content"].update(
            {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}
        ),
    ),
    # ------------------------------------------------------------ request fields
    "request field removed": Case(
        "samco", "request-field-removed", "breaking", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest").pop("priceType"), detail="body.priceType",
    ),
    "request field removed (array body)": Case(
        "gopocket", "request-field-removed", "breaking", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest").pop("source"), detail="body[].source",
    ),
    "required request field added": Case(
        "gopocket", "required-request-field-added", "breaking", "placeOrder",
        lambda d: (
            props(d, "PlaceOrderRequest").update(algoId={"type": "string"}),
            schema(d, "PlaceOrderRequest")["required"].append("algoId"),
        ),
    ),
    "optional request field added": Case(
        "gopocket", "optional-request-field-added", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest").update(algoId={"type": "string"}),
    ),
    "request field made required": Case(
        "samco", "request-field-made-required", "breaking", "placeOrder",
        lambda d: schema(d, "PlaceOrderRequest")["required"].append("exchange"),
    ),
    "request field made optional": Case(
        "gopocket", "request-field-made-optional", "compatible", "placeOrder",
        lambda d: schema(d, "PlaceOrderRequest")["required"].remove("ret"),
    ),
    "request field retyped (numeric string -> integer)": Case(
        "gopocket", "request-field-retyped", "breaking", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest").update(qty={"type": "integer"}),
        detail="string -> integer",
    ),
    "request field narrowed ([string, number] -> string)": Case(
        "samco", "request-field-retyped", "breaking", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["remarksValue"].update(type="string"),
        before=lambda d: props(d, "PlaceOrderRequest")["remarksValue"].update(
            type=["string", "number"]
        ),
    ),
    "request type widened (string -> [string, number])": Case(
        "samco", "request-type-widened", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["priceType"].update(type=["string", "number"]),
    ),
    "request type widened (oneOf branch added)": Case(
        "gopocket", "request-type-widened", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest").update(
            qty={"oneOf": [{"$ref": "#/components/schemas/QuantityString"}, {"type": "integer"}]}
        ),
    ),
    "request type widened (integer -> number)": Case(
        "gopocket", "request-type-widened", "compatible", "getHistoricalData",
        lambda d: props(d, "HistoricalDataRequest")["expiryCode"].update(type="number"),
        detail="integer -> number",
    ),
    "oneOf: a field required by one branch only is optional": Case(
        "samco", "optional-request-field-added", "compatible", "placeBulkOrder",
        lambda d: (
            props(d, "BulkOrderSingleRequest").update(sliceSize={"type": "string"}),
            schema(d, "BulkOrderSingleRequest")["required"].append("sliceSize"),
        ),
        detail="body.sliceSize",
    ),
    "request type widened (nullable)": Case(
        "samco", "request-type-widened", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["remarksValue"].update(type=["string", "null"]),
    ),
    "request enum value removed": Case(
        "samco", "request-enum-value-removed", "breaking", "placeOrder",
        lambda d: schema(d, "Exchange")["enum"].remove("MFO"), detail="MFO",
    ),
    "request enum value added": Case(
        "gopocket", "request-enum-value-added", "compatible", "placeOrder",
        lambda d: schema(d, "Exchange")["enum"].append("BFO"),
    ),
    "request constraint tightened": Case(
        "samco", "request-constraint-tightened", "breaking", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["symbolName"].update(maxLength=10),
    ),
    "request constraint relaxed": Case(
        "samco", "request-constraint-relaxed", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["symbolName"].pop("minLength"),
    ),
    "request constraint relaxed (maxLength raised)": Case(
        "samco", "request-constraint-relaxed", "compatible", "placeOrder",
        lambda d: props(d, "PlaceOrderRequest")["symbolName"].update(maxLength=20),
        before=lambda d: props(d, "PlaceOrderRequest")["symbolName"].update(maxLength=10),
    ),
    # ------------------------------------------------------------------- responses
    "success response removed": Case(
        "gopocket", "success-response-removed", "breaking", "getOrderBook",
        lambda d: op(d, GP_BOOK)["responses"].pop("200"),
    ),
    "error response removed": Case(
        "samco", "response-status-removed", "compatible", "placeOrder",
        lambda d: op(d, SAMCO_PLACE, "post")["responses"].pop("403"),
    ),
    "response status added": Case(
        "gopocket", "response-status-added", "compatible", "getOrderBook",
        lambda d: op(d, GP_BOOK)["responses"].update({"429": {"description": "Too many"}}),
    ),
    "response media type removed": Case(
        "samco", "response-media-type-removed", "breaking", "getOrderBook",
        lambda d: json_200(d, SAMCO_BOOK).pop("application/json"),
        before=lambda d: json_200(d, SAMCO_BOOK).update({"text/csv": {"schema": {}}}),
    ),
    "response media type added": Case(
        "gopocket", "response-media-type-added", "compatible", "getOrderBook",
        lambda d: json_200(d, GP_BOOK).update({"text/csv": {"schema": {"type": "string"}}}),
    ),
    "response field removed": Case(
        "samco", "response-field-removed", "breaking", "placeOrder",
        lambda d: schema(d, "OrderResponse")["allOf"][1]["properties"].pop("orderNumber"),
        detail="200.orderNumber",
    ),
    "webhook body field removed (the client receives it)": Case(
        "gopocket", "response-field-removed", "breaking", "orderPostback",
        lambda d: props(d, "OrderPostback").pop("status"),
    ),
    "response field added": Case(
        "gopocket", "response-field-added", "compatible", "getOrderBook",
        lambda d: props(d, "OrderBookEntry").update(algoId={"type": "string"}),
        detail="200.result[].algoId",
    ),
    "response field made optional": Case(
        "samco", "response-field-made-optional", "breaking", "getOrderBook",
        lambda d: schema(d, "OrderBookEntry").pop("required"),
        before=lambda d: schema(d, "OrderBookEntry").update(required=["orderNumber"]),
    ),
    "response field made required": Case(
        "gopocket", "response-field-made-required", "compatible", "getOrderBook",
        lambda d: schema(d, "OrderBookEntry").update(required=["orderNo"]),
    ),
    "response field retyped": Case(
        "gopocket", "response-field-retyped", "breaking", "getOrderBook",
        lambda d: props(d, "OrderBookEntry").update(qty={"type": "object"}),
    ),
    "response field retyped through a recursive schema": Case(
        "gopocket", "response-field-retyped", "breaking", "getOrderBook",
        recursive_node("integer"), before=recursive_node("string"), detail="tree.name",
        total=2,  # getOrderBook and its /api/ variant getOrderBookApi share the schema
    ),
    "response type widened (string -> [string, number])": Case(
        "samco", "response-type-widened", "compatible", "placeOrder",
        lambda d: props(d, "OrderDetails")["pendingQuantity"].update(type=["string", "number"]),
    ),
    "response type widened (nullable)": Case(
        "gopocket", "response-type-widened", "compatible", "getOrderBook",
        lambda d: props(d, "OrderBookEntry")["orderNo"].update(type=["string", "null"]),
    ),
    "response type narrowed": Case(
        "gopocket", "response-type-narrowed", "compatible", "getOrderBook",
        lambda d: props(d, "OrderBookEntry")["qty"].update(type="string"),
    ),
    "response enum value added": Case(
        "samco", "response-enum-value-added", "compatible", "getOrderBook",
        closed_enum(["Open", "Complete", "Expired"]), before=closed_enum(["Open", "Complete"]),
    ),
    "response enum value removed (never received: compatible)": Case(
        "samco", "response-enum-value-removed", "compatible", "getOrderBook",
        closed_enum(["Open"]), before=closed_enum(["Open", "Complete"]),
    ),
    "response constraint changed": Case(
        "samco", "response-constraint-changed", "compatible", "placeOrder",
        lambda d: props(d, "OrderDetails")["orderTime"].update(pattern="^[0-9/: ]+$"),
    ),
    # ---------------------------------------------------------- servers and auth
    "server URL changed": Case(
        "samco", "server-url-changed", "breaking", SPEC_GROUP,
        lambda d: d["servers"][0].update(url="https://api.samco.in"),
    ),
    "operation server URL changed": Case(
        "gopocket", "server-url-changed", "breaking", "getHistoricalData",
        lambda d: op(d, "/charts/historical", "post")["servers"][0].update(
            url="https://charts.gopocket.in"
        ),
    ),
    "server URL added": Case(
        "gopocket", "server-url-added", "compatible", SPEC_GROUP,
        lambda d: d["servers"].append({"url": "https://web2.gopocket.in"}),
    ),
    "operation security changed": Case(
        "gopocket", "security-changed", "breaking", "getOrderBook",
        lambda d: op(d, GP_BOOK).update(security=[]),
    ),
    "default security changed": Case(
        "samco", "security-changed", "breaking", SPEC_GROUP,
        lambda d: d.update(security=[{"sessionToken": ["orders"]}]),
    ),
    "security alternative added": Case(
        "samco", "security-alternative-added", "compatible", "getOrderBook",
        lambda d: op(d, SAMCO_BOOK).update(security=[{"sessionToken": []}, {}]),
    ),
    "security scheme changed": Case(
        "samco", "security-scheme-changed", "breaking", SPEC_GROUP,
        lambda d: d["components"]["securitySchemes"]["sessionToken"].update(name="x-auth"),
    ),
    "security scheme added": Case(
        "gopocket", "security-scheme-added", "compatible", SPEC_GROUP,
        lambda d: d["components"]["securitySchemes"].update(
            apiKey={"type": "apiKey", "in": "header", "name": "x-api-key"}
        ),
    ),
    # ---------------------------------------------------------- overlays and docs
    "overlay marker changed": Case(
        "samco", "overlay-marker-changed", "compatible", "getOrderBook",
        lambda d: op(d, SAMCO_BOOK).update({"x-idempotent": False}),
    ),
    "overlay config changed": Case(
        "gopocket", "overlay-config-changed", "compatible", SPEC_GROUP,
        lambda d: d["x-rate-limits"].update(categories={}),
    ),
    "version changed": Case(
        "samco", "version-changed", "docs", SPEC_GROUP,
        lambda d: d["info"].update(version="3.3"),
    ),
    "operation description changed": Case(
        "gopocket", "docs-changed", "docs", "placeOrder",
        lambda d: op(d, GP_PLACE, "post").update(description="Edited."),
    ),
    "schema description and example changed": Case(
        "samco", "docs-changed", "docs", "placeOrder",
        lambda d: (
            schema(d, "PlaceOrderRequest").update(description="Edited."),
            props(d, "PlaceOrderRequest")["symbolName"].update(examples=["INFY"]),
        ),
    ),
}  # fmt: skip


def _copy(doc: Doc) -> Doc:
    copied: Doc = json.loads(json.dumps(doc))
    return copied


def _in_group(operation: str, group: str) -> bool:
    return group == operation or group.startswith(f"{operation} (")


@pytest.mark.parametrize("name", CASES)
def test_synthetic_edit_is_classified(name: str) -> None:
    case = CASES[name]
    old = spec(case.broker)
    if case.before is not None:
        old = _copy(old)
        case.before(old)
    new = _copy(old)
    case.edit(new)
    changes = diff_specs(case.broker, old, new)
    hits = [c for c in changes if c.rule == case.rule and _in_group(case.operation, c.operation)]
    assert hits, f"{case.rule} on {case.operation} not found in {changes}"
    assert {c.kind for c in hits} == {case.kind}
    assert {c.broker for c in changes} == {case.broker}
    assert any(case.detail in c.detail for c in hits), hits
    if case.total is not None:
        assert len(changes) == case.total, changes
    if case.kind != "breaking":  # a compatible edit must not be reported as breaking anywhere
        assert not [c for c in changes if c.kind == "breaking"], changes


def test_every_spec_rule_has_a_case() -> None:
    covered = {case.rule for case in CASES.values()} | {r for r in RULES if "generated" in r}
    assert covered == set(RULES)
    assert {case.broker for case in CASES.values()} == {"samco", "gopocket"}
    assert {case.kind for case in CASES.values()} == {"breaking", "compatible", "docs"}


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
def test_no_change_gives_an_empty_report(broker: str) -> None:
    assert diff_specs(broker, spec(broker), _copy(spec(broker))) == []
    text = report([], [broker], "HEAD", "working tree")
    assert "No changes." in text
    assert text.rstrip().endswith(f"{broker}: 0 breaking, 0 compatible")


def test_report_groups_by_broker_then_operation() -> None:
    changes = []
    for name in ("operation removed", "request field removed (array body)", "server URL added"):
        case = CASES[name]
        new = _copy(spec(case.broker))
        case.edit(new)
        changes += diff_specs(case.broker, spec(case.broker), new)
    text = report(changes, ["samco", "gopocket"], "HEAD", "working tree")
    samco, gopocket = text.index("## samco"), text.index("## gopocket")
    assert samco < text.index("### placeOrder (POST /order/placeOrder)") < gopocket
    assert gopocket < text.index(f"### {SPEC_GROUP}") < text.index("### placeOrder (POST /od-rest")
    assert "- **breaking** `request-field-removed`: `body[].source` removed" in text
    assert summary(changes, ["samco", "gopocket"]) == (
        "samco: 1 breaking, 0 compatible; gopocket: 1 breaking, 1 compatible"
    )
    assert text.rstrip().endswith(summary(changes, ["samco", "gopocket"]))


def test_generated_api_comparison() -> None:
    api = public_api(ROOT / "generated" / "gopocket_client")
    assert "gopocket_client.api.rest_orders.place_order" in api.modules
    assert "PlaceOrderRequest" in api.models
    smaller = PublicApi(
        api.package,
        api.modules - {"gopocket_client.api.rest_orders.place_order"},
        api.models - {"PlaceOrderRequest"},
    )
    assert diff_api("gopocket", api, api) == []
    removed = {(c.rule, c.kind, c.detail) for c in diff_api("gopocket", api, smaller)}
    assert removed == {
        ("generated-module-removed", "breaking", "`gopocket_client.api.rest_orders.place_order`"),
        ("generated-model-removed", "breaking", "`PlaceOrderRequest`"),
    }
    added = diff_api("gopocket", smaller, api)
    assert {(c.rule, c.kind) for c in added} == {
        ("generated-module-added", "compatible"),
        ("generated-model-added", "compatible"),
    }
    assert {c.operation for c in added} == {f"{API_GROUP} (gopocket_client)"}


# ----------------------------------------------------------------- the command line, on git


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway git repository holding the Gopocket spec and its generated client."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "specs" / "gopocket", repo / "specs" / "gopocket")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    gen = repo / "generated" / "gopocket_client"
    shutil.copytree(ROOT / "generated" / "gopocket_client", gen, ignore=ignore)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "initial specs")
    return repo


def _cli(repo: Path, *args: str, wrapper: bool = False) -> subprocess.CompletedProcess[str]:
    command = [str(ROOT / "scripts" / "spec-diff")] if wrapper else [
        sys.executable, str(ROOT / "scripts" / "spec_diff.py")
    ]  # fmt: skip
    return subprocess.run(
        [*command, "--repo", str(repo), *args], capture_output=True, text=True, cwd=repo
    )


def _edit_yaml(path: Path, edit: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_cli_without_changes(repo: Path) -> None:
    result = _cli(repo, "--fail-on-breaking", wrapper=True)
    assert result.returncode == 0, result.stderr
    assert "## gopocket\n\nNo changes." in result.stdout
    assert result.stdout.rstrip().endswith("gopocket: 0 breaking, 0 compatible")


def test_cli_fail_on_breaking_against_the_working_tree(repo: Path) -> None:
    rest = repo / "specs" / "gopocket" / "components" / "rest.yaml"
    _edit_yaml(
        rest,
        lambda d: d["schemas"]["PlaceOrderRequest"]["properties"].update(algoId={"type": "string"}),
    )
    compatible = _cli(repo, "--fail-on-breaking", "--no-codegen")
    assert compatible.returncode == 0, compatible.stdout + compatible.stderr
    assert "`optional-request-field-added`: `body[].algoId` added" in compatible.stdout
    assert compatible.stdout.rstrip().endswith("gopocket: 0 breaking, 1 compatible")

    _edit_yaml(rest, lambda d: d["schemas"]["PlaceOrderRequest"]["properties"].pop("source"))
    breaking = _cli(repo, "--fail-on-breaking", "--no-codegen")
    assert breaking.returncode == 1, breaking.stdout + breaking.stderr
    assert "**breaking** `request-field-removed`: `body[].source` removed" in breaking.stdout
    assert _cli(repo, "--no-codegen").returncode == 0  # reported, but only fails when asked
    assert _cli(repo, "--summary", "--no-codegen").stdout == (
        "spec-diff HEAD -> working tree: gopocket: 1 breaking, 1 compatible\n"
    )


def test_cli_between_two_revisions_compares_the_generated_api(repo: Path) -> None:
    orders = repo / "specs" / "gopocket" / "paths" / "rest-orders.yaml"
    for path in ("/od-rest/info/tradebook", "/od-rest/api/info/tradebook"):  # and its variant
        _edit_yaml(orders, lambda d, path=path: d["paths"].pop(path))
    rest = repo / "specs" / "gopocket" / "components" / "rest.yaml"
    _edit_yaml(rest, lambda d: d["schemas"].pop("TradeBookResponse"))
    _git(repo, "commit", "-q", "-am", "drop the trade book")  # generated/ left stale on purpose
    result = _cli(repo, "--fail-on-breaking", "HEAD~1", "HEAD")
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "# Spec changes: HEAD~1 -> HEAD" in out
    assert "### getTradeBook (GET /od-rest/info/tradebook)" in out
    assert "**breaking** `operation-removed`" in out
    assert "### Generated client (gopocket_client)" in out
    assert "`generated-module-removed`: `gopocket_client.api.rest_orders.get_trade_book`" in out
    assert "`generated-model-removed`: `TradeBookResponse`" in out


def test_cli_reports_a_bad_revision(repo: Path) -> None:
    result = _cli(repo, "no-such-rev")
    assert result.returncode == 2
    assert "spec-diff: git rev-parse" in result.stderr
