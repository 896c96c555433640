"""Drift fuzz: every 2xx example of both specs, mutated the way real brokers drift, parsed
through the generated clients with the overlays in ``warn`` mode.

Mutations, at every member of every object (the first item of each array): the field missing,
``null``, a number for a string (or a string for a number), a value no enum lists, and an extra
field. No untyped exception may escape: the answer parses, or a typed
:class:`~broker_overlays.errors.BrokerError` says why (an order call's off-spec answer is
"state unknown"). Outside order calls, only a missing *required* field or a failure status
may stop the parse; every other drift returns the parsed answer and is recorded.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_overlays.drift import DriftLog, DriftRecord
from broker_overlays.errors import BrokerError, MalformedResponseError, OrderStateUnknownError
from broker_overlays.spec_catalog import BROKER_PACKAGES, catalog
from broker_overlays.transport import BrokerTransport

from conftest import BROKERS, spec
from opcall import Case, cases, operation_module

JSON_CASES = [
    case
    for broker in BROKERS
    for case in cases(broker, spec(broker))
    if case.response_media == "application/json"
]
UNKNOWN = "ZZ_NEW_VALUE"


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of object members (and of the first item of each array)."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield (*path, key)
            yield from _paths(sub, (*path, key))
    elif isinstance(value, list) and value:
        yield from _paths(value[0], (*path, 0))


def _parent(body: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        body = body[step]
    return body


def _retyped(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            return 12345
    return "not-a-container"


def mutations(example: Any) -> Iterator[tuple[str, tuple[Any, ...], Any]]:
    """(kind, path, mutated body) for every member of ``example``."""
    for path in _paths(example):
        for kind in ("missing", "null", "retype", "enum", "extra"):
            body = copy.deepcopy(example)
            parent = _parent(body, path)
            key = path[-1]
            if kind == "missing":
                del parent[key]
            elif kind == "null":
                parent[key] = None
            elif kind == "retype":
                parent[key] = _retyped(parent[key])
            elif kind == "enum":
                if not isinstance(parent[key], str):
                    continue
                parent[key] = UNKNOWN
            else:
                parent["zzUndeclaredField"] = {"nested": [1, "two"]}
            yield kind, path, body


def _required(case: Case, path: tuple[Any, ...]) -> bool:
    """Whether the spec requires the member at ``path`` (walking the 200 schema)."""
    resolve = catalog(case.broker).resolve
    schema: Any = resolve(case.response_schema)
    for step in path:
        parts = [
            schema,
            *[resolve(s) for k in ("allOf", "anyOf", "oneOf") for s in schema.get(k, [])],
        ]
        if isinstance(step, int):
            schema = next((resolve(p["items"]) for p in parts if "items" in p), {})
            continue
        if step == path[-1] and any(step in p.get("required", []) for p in parts):
            return True
        schema = next(
            (resolve(p["properties"][step]) for p in parts if step in p.get("properties", {})), {}
        )
    return False


class Harness:
    """The generated operation of ``case`` through the overlays (warn mode) against a
    transport that answers whatever body is set; built once per case."""

    def __init__(self, case: Case, log: DriftLog) -> None:
        self.body: Any = None
        transport = BrokerTransport(
            case.broker,
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json=self.body)),
            response_validation="warn",
            drift_log=log,
            validate_requests=False,
            market_protection="2",  # the spec's own market-order examples carry none
        )
        client_module = importlib.import_module(f"{BROKER_PACKAGES[case.broker]}.client")
        self.client = client_module.Client(base_url=case.server)
        self.client.set_httpx_client(httpx.Client(base_url=case.server, transport=transport))
        self.module = operation_module(case.broker, case.operation_id)
        self.kwargs = case.kwargs()

    def call(self, body: Any) -> Any:
        self.body = body
        return self.module.sync_detailed(client=self.client, **self.kwargs).parsed


@pytest.mark.parametrize("case", JSON_CASES, ids=lambda c: c.id)
def test_drifted_answers_parse_or_raise_typed(case: Case, tmp_path: Path) -> None:
    log_file = tmp_path / "drift.jsonl"
    log = DriftLog(log_file)
    is_order = catalog(case.broker).by_id(case.operation_id).is_order
    escaped, refused, ran = [], [], 0
    harness = Harness(case, log)
    for kind, path, body in mutations(case.response):
        ran += 1
        try:
            parsed = harness.call(body)
        except OrderStateUnknownError:
            assert is_order, f"{kind} at {path}: state unknown outside an order call"
            continue
        except BrokerError as exc:
            allowed = (
                is_order
                or (kind == "missing" and _required(case, path))
                or (kind in ("enum", "null", "retype") and path[-1] in ("status", "stat"))
            )
            if not allowed or (kind == "missing" and not isinstance(exc, MalformedResponseError)):
                refused.append(f"{kind} at {path}: {type(exc).__name__}: {exc}")
            continue
        except Exception as exc:  # the point of the test: nothing untyped escapes
            escaped.append(f"{kind} at {path}: {type(exc).__name__}: {exc}")
            continue
        assert parsed is not None, f"{kind} at {path}: no parsed answer"
    assert not escaped, "untyped exceptions escaped:\n" + "\n".join(escaped[:20])
    assert not refused, "drift that warn mode should tolerate was refused:\n" + "\n".join(
        refused[:20]
    )
    if ran and not is_order:
        recorded = [DriftRecord.from_json(line) for line in log_file.read_text().splitlines()]
        kinds = {r.kind for r in recorded}
        assert "extra" in kinds, "undeclared fields are recorded when a drift log is set"
        assert all(r.operation == case.operation_id for r in recorded)


def test_the_fuzz_covers_every_operation_with_a_json_answer(broker: str) -> None:
    covered = {c.operation_id for c in JSON_CASES if c.broker == broker}
    assert len(covered) >= 0.9 * len(catalog(broker).operations)
    total = sum(1 for c in JSON_CASES if c.broker == broker for _ in mutations(c.response))
    assert total > 1000, total


def test_record_round_trips_and_masks_secrets(tmp_path: Path) -> None:
    case = next(c for c in JSON_CASES if c.operation_id == "generateSessionToken")
    body = dict(case.response, sessionToken={"unexpected": "shape-of-a-secret-abc123"})
    Harness(case, DriftLog(tmp_path / "d.jsonl")).call(body)
    lines = (tmp_path / "d.jsonl").read_text().splitlines()
    assert lines, "the drift was recorded"
    assert "shape-of-a-secret" not in "".join(lines)
    record = DriftRecord.from_json(lines[0])
    assert record.field == "sessionToken" and record.example == "<redacted>"
    assert json.loads(record.to_json())["operation"] == "generateSessionToken"
