"""``broker-toolkit drift-report``: aggregation, grouping, one spec edit per drift kind (valid
YAML naming the right component and property), filters and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_overlays import drift_report
from broker_overlays.drift import DriftRecord
from broker_overlays.drift_report import Finding, aggregate, read_records, suggest
from broker_overlays.spec_catalog import SpecCatalog

ROOT = Path(__file__).resolve().parent.parent

# A small spec with every shape the suggestions handle: an allOf'd envelope, an array of $ref
# items with required fields, a closed enum behind a $ref, constraints, an inline schema.
THING = {
    "type": "object",
    "required": ["id", "name", "kind"],
    "properties": {
        "id": {"type": "string", "pattern": "^[0-9]+$"},
        "name": {"type": "string", "maxLength": 5},
        "kind": {"$ref": "#/components/schemas/Kind"},
        "price": {"type": "string"},
        "size": {"$ref": "#/components/schemas/Size"},
    },
}
SCHEMAS: dict[str, Any] = {
    "Envelope": {"type": "object", "properties": {"status": {"type": "string"}}},
    "ThingsResponse": {
        "allOf": [
            {"$ref": "#/components/schemas/Envelope"},
            {
                "type": "object",
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                },
            },
        ]
    },
    "Thing": THING,
    "Kind": {"type": "string", "enum": ["A", "B"]},
    "Size": {"type": "integer", "minimum": 1},
}


def _get(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    media = {"application/json": {"schema": schema}}
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["things"],
            "x-rate-limit-category": "data",
            "x-idempotent": True,
            "responses": {"200": {"description": "ok", "content": media}},
        }
    }


PATHS = {
    "/things": _get("getThings", {"$ref": "#/components/schemas/ThingsResponse"}),
    "/inline": _get("getInline", {"type": "object", "properties": {"count": {"type": "string"}}}),
}
DOC = {
    "openapi": "3.1.0",
    "info": {"title": "things", "version": "1"},
    "servers": [{"url": "https://things.invalid"}],
    "paths": PATHS,
    "components": {"schemas": SCHEMAS},
}


@pytest.fixture
def things(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The small spec stands in for Samco's; its sources are written under ``specs/``."""
    spec = SpecCatalog("samco", DOC)
    monkeypatch.setattr(drift_report, "catalog", lambda broker: spec)
    folder = tmp_path / "specs" / "samco"
    (folder / "components").mkdir(parents=True)
    (folder / "paths").mkdir()
    (folder / "openapi.yaml").write_text(yaml.safe_dump({"openapi": "3.1.0"}), "utf-8")
    (folder / "components" / "things.yaml").write_text(
        "# Things\n" + yaml.safe_dump({"schemas": SCHEMAS}, sort_keys=False), "utf-8"
    )
    (folder / "paths" / "things.yaml").write_text(
        yaml.safe_dump({"paths": PATHS}, sort_keys=False), "utf-8"
    )
    return tmp_path / "specs"


def record(
    field: str,
    kind: str,
    example: str = "",
    *,
    time: str = "2025-01-02T03:04:05.000Z",
    operation: str = "getThings",
    broker: str = "samco",
    message: str = "",
    schema: str = "#/components/schemas/Thing",
) -> DriftRecord:
    return DriftRecord(
        time=time,
        broker=broker,
        operation=operation,
        status=200,
        field=field,
        kind=kind,  # type: ignore[arg-type]  # the kinds are literals; tests pass strings
        message=message or f"{kind} at {field}",
        example=example,
        schema=schema,
    )


def finding(*records: DriftRecord) -> Finding:
    [found] = aggregate(records)
    return found


def edit(text: str) -> dict[str, Any]:
    """The YAML snippet, parsed (the comments name the finding)."""
    data = yaml.safe_load(text)
    assert isinstance(data, dict), text
    return data


def thing_props(data: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = data["schemas"]["Thing"]["properties"]
    return props


# -- aggregation and grouping ------------------------------------------------------------------


def test_records_aggregate_with_counts_and_first_and_last_seen(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(
        record("a", "type", '"x"', time="2025-01-02T10:00:00.000Z").to_json()
        + "\n"
        + record("a", "type", "", time="2025-01-01T09:00:00.000Z").to_json()
        + "\n\n"
        + "not json\n[1, 2]\n"
        + json.dumps({"time": "2025-01-01T00:00:00Z"})
        + "\n",
        "utf-8",
    )
    two.write_text(
        record("a", "type", '"y"', time="2025-01-03T08:00:00.000Z").to_json()
        + "\n"
        + record("a", "null", "null").to_json()
        + "\n"
        + json.dumps({**json.loads(record("a", "type").to_json()), "kind": "weird"})
        + "\n"
        + json.dumps({**json.loads(record("a", "type").to_json()), "time": "yesterday"})
        + "\n",
        "utf-8",
    )
    records, skipped = read_records([one, two])
    assert (len(records), skipped) == (4, 5)  # blank lines are not counted
    by_kind = {f.kind: f for f in aggregate(records)}
    typed = by_kind["type"]
    assert typed.count == 3
    assert typed.first_seen == "2025-01-01T09:00:00.000Z"
    assert typed.last_seen == "2025-01-03T08:00:00.000Z"
    assert typed.example == '"y"'  # the latest example
    assert by_kind["null"].count == 1


def test_markdown_groups_per_broker_then_operation(tmp_path: Path) -> None:
    records = [
        record("x", "extra", '"1"', operation="getQuote"),
        record("x", "extra", '"1"', operation="getQuote"),
        record("result", "type", "{}", broker="gopocket", operation="getOrderBook"),
        record("y|z", "type", "1", operation="getOrderBook"),
    ]
    text = drift_report.render_markdown(aggregate(records), skipped=2, files=["a.jsonl"])
    assert text.index("## gopocket") < text.index("## samco")
    samco = text[text.index("## samco") :]
    assert samco.index("### getOrderBook") < samco.index("### getQuote")
    assert (
        '| `x` | extra | 2 | `"1"` | 2025-01-02T03:04:05.000Z | 2025-01-02T03:04:05.000Z |' in text
    )
    assert "`y\\|z`" in text  # a pipe cannot break the table
    assert "4 records from a.jsonl: 3 findings; 2 lines skipped." in text


# -- one suggestion per kind -------------------------------------------------------------------


def test_missing_drops_the_field_from_required(things: Path) -> None:
    s = suggest(finding(record("things/[]/name", "missing")), things)
    assert (s.component, s.property) == ("Thing", "name")
    assert s.source == "specs/samco/components/things.yaml"
    assert edit(s.yaml)["schemas"]["Thing"]["required"] == ["id", "kind"]
    assert "# samco getThings: things/[]/name (missing), 1 occurrence" in s.yaml


def test_null_adds_null_to_the_type(things: Path) -> None:
    s = suggest(finding(record("things/[]/price", "null", "null")), things)
    assert (s.component, s.property) == ("Thing", "price")
    assert thing_props(edit(s.yaml))["price"]["type"] == ["string", "null"]


def test_type_widens_to_the_observed_json_type(things: Path) -> None:
    s = suggest(finding(record("things/[]/price", "type", "12.5")), things)
    assert thing_props(edit(s.yaml))["price"]["type"] == ["string", "number"]
    # a $ref'd field is widened where it is used, not in the shared schema
    s = suggest(finding(record("things/[]/size", "type", '"3"')), things)
    size = thing_props(edit(s.yaml))["size"]
    assert size == {
        "anyOf": [{"$ref": "#/components/schemas/Size"}, {"type": "string"}],
        "$ref": None,
    }


def test_enum_appends_the_value_and_says_response_enums_are_open(things: Path) -> None:
    s = suggest(finding(record("things/[]/kind", "enum", '"C"')), things)
    assert (s.component, s.property) == ("Thing", "kind")
    assert s.pointer == "#/components/schemas/Kind"  # the enum is edited where it is declared
    assert edit(s.yaml)["schemas"]["Kind"]["enum"] == ["A", "B", "C"]
    assert "response enums are open strings" in s.yaml and "open strings" in s.note


def test_extra_adds_the_property_with_its_observed_type(things: Path) -> None:
    s = suggest(finding(record("things/[]/colour", "extra", '"red"')), things)
    assert (s.component, s.property) == ("Thing", "colour")
    assert thing_props(edit(s.yaml))["colour"] == {"type": "string"}
    # a top-level field goes to the operation's own allOf part, not to the shared envelope
    s = suggest(finding(record("total", "extra", "3", schema="")), things)
    assert s.component == "ThingsResponse"
    parts = edit(s.yaml)["schemas"]["ThingsResponse"]["allOf"]
    assert parts[0] == {} and parts[1]["properties"]["total"] == {"type": "integer"}


def test_constraint_is_relaxed_and_shown(things: Path) -> None:
    pattern = record(
        "things/[]/id", "constraint", '"12a"', message='"12a" does not match "^[0-9]+$"'
    )
    s = suggest(finding(pattern), things)
    assert thing_props(edit(s.yaml))["id"] == {"pattern": None}  # null deletes the key
    assert "was: pattern: " in s.yaml and "^[0-9]+$" in s.yaml
    longer = record(
        "things/[]/name", "constraint", '"abcdef"', message='"abcdef" is longer than 5 characters'
    )
    s = suggest(finding(longer), things)
    assert thing_props(edit(s.yaml))["name"] == {"maxLength": 6}
    assert "was: maxLength: 5" in s.yaml


def test_an_inline_schema_is_named_by_its_operation_and_path_file(things: Path) -> None:
    s = suggest(finding(record("count", "type", "3", operation="getInline", schema="")), things)
    assert s.component is None and s.property == "count"
    assert s.source == "specs/samco/paths/things.yaml"
    schema = edit(s.yaml)["paths"]["/inline"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema["properties"]["count"]["type"] == ["string", "integer"]


def test_without_spec_sources_the_snippet_uses_the_bundled_keys(things: Path) -> None:
    s = suggest(finding(record("things/[]/price", "null", "null")), None)
    assert s.source is None and "source file not found" in s.yaml
    assert edit(s.yaml)["components"]["schemas"]["Thing"]["properties"]["price"]["type"]


def test_every_suggestion_of_a_report_on_the_real_specs_is_valid_yaml() -> None:
    """Against the bundled Samco and Gopocket specs and the repository's specs/."""
    records = [
        record("orderBookDetails/[]/orderPrice", "type", "1282.0", operation="getOrderBook"),
        record("orderBookDetails/[]/newField", "extra", '"x"', operation="getOrderBook"),
        record("orderBookDetails/[]/orderPrice", "null", "null", operation="getOrderBook"),
        record("result/[]/qty", "type", "1", broker="gopocket", operation="getOrderBook"),
    ]
    findings = aggregate(records)
    for f in findings:
        s = suggest(f, ROOT / "specs")
        assert s.yaml, (f, s)
        edit(s.yaml)
        assert s.source is not None and (ROOT / s.source).is_file()
    by_field = {(f.broker, f.field, f.kind): suggest(f, ROOT / "specs") for f in findings}
    samco = by_field[("samco", "orderBookDetails/[]/orderPrice", "type")]
    assert (samco.component, samco.property) == ("OrderBookEntry", "orderPrice")
    gopocket = by_field[("gopocket", "result/[]/qty", "type")]
    assert gopocket.component != "Envelope" and gopocket.property == "qty"


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def logs(tmp_path: Path) -> list[str]:
    first = [
        record("a", "type", "1", time="2025-01-01T00:00:00.000Z", operation="getQuote"),
        record("b", "extra", '"x"', time="2025-03-01T00:00:00.000Z", operation="getOrderBook"),
        record("result", "type", "{}", broker="gopocket", operation="getOrderBook"),
    ]
    path = tmp_path / "drift.jsonl"
    path.write_text("".join(r.to_json() + "\n" for r in first) + "{broken\n", "utf-8")
    return [str(path)]


def test_cli_prints_markdown_and_counts_skipped_lines(
    logs: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift_report.main(logs) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Drift report") and "## Spec edits" in out and "```yaml" in out
    assert "1 line skipped" in out and "1 lines skipped" in err


def test_cli_filters_by_broker_operation_and_time(
    logs: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift_report.main([*logs, "--broker", "gopocket", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {(f["broker"], f["operation"]) for f in data["findings"]} == {
        ("gopocket", "getOrderBook")
    }
    assert data["skipped"] == 1 and data["findings"][0]["suggestion"]["yaml"]
    assert drift_report.main([*logs, "--operation", "getQuote", "--format", "json"]) == 0
    assert [f["field"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["a"]
    assert drift_report.main([*logs, "--since", "2025-02-01", "--broker", "samco"]) == 0
    out = capsys.readouterr().out
    assert "### getOrderBook" in out and "### getQuote" not in out


def test_cli_exit_codes(
    logs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift_report.main([*logs, "--since", "2030-01-01"]) == 1  # nothing left
    assert "no drift records found" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("garbage\n", "utf-8")
    assert drift_report.main([str(empty)]) == 1
    assert drift_report.main([str(tmp_path / "missing.jsonl")]) == 2
    for bad in (["--since", "not-a-time", *logs], ["--format", "xml", *logs], []):
        with pytest.raises(SystemExit) as caught:
            drift_report.main(bad)
        assert caught.value.code == 2
    capsys.readouterr()


def test_cli_entry_point_runs_drift_report(logs: list[str]) -> None:
    from broker_overlays import cli

    assert cli.main(["drift-report", *logs, "--format", "json"]) == 0


PROBE = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("starlette", "uvicorn", "yaml"):
            raise ImportError(f"{name} blocked")
        return None
sys.meta_path.insert(0, Block())
import broker_overlays.drift_report, broker_overlays.contract_live
from broker_overlays import cli
assert cli.main(["drift-report", "--help"]) == 0
"""


def test_the_new_subcommands_need_no_web_server_or_yaml() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr  # --help exits with SystemExit(0)
    assert "blocked" not in result.stderr, result.stderr
