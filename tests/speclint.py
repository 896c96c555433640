"""House rules every broker spec must follow, checked on the bundled document.

One lint for all specs (tests parametrise it over brokers). Run it by hand with
``python tests/speclint.py BROKER`` to see every problem at once.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from broker_overlays.spec_catalog import deref  # noqa: E402

from codegen import bundle  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")
OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
ORDER_ROLES = frozenset(
    {"symbol", "exchange", "side", "quantity", "price", "product", "tag", "orderNumber"}
)
ORDER_ACTIONS = frozenset({"place", "modify", "cancel", "exit", "convert", "square-off"})


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(METHOD, path, operation)`` for every operation under ``paths``."""
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def webhook_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, item in doc.get("webhooks", {}).items():
        for method in METHODS:
            if method in item:
                yield method.upper(), name, item[method]


def schema_validator(doc: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for ``schema`` whose local refs resolve in ``doc``."""
    return Draft202012Validator({**schema, "components": doc.get("components", {})})


def example_values(media: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """Named example values of a media type (or parameter) object."""
    values: dict[str, Any] = {}
    if "example" in media:
        values["example"] = media["example"]
    for name, example in (media.get("examples") or {}).items():
        example = deref(doc, example)
        if isinstance(example, dict) and "value" in example:
            values[name] = example["value"]
    return values


def _check_examples(doc: dict[str, Any], where: str, media: dict[str, Any]) -> list[str]:
    problems = []
    schema = media.get("schema")
    values = example_values(media, doc)
    if not values:
        problems.append(f"{where}: no example")
    if schema is None:
        return [*problems, f"{where}: no schema"]
    validator = schema_validator(doc, schema)
    for name, value in values.items():
        for error in validator.iter_errors(value):
            path = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{where}: example {name!r} invalid at /{path}: {error.message[:160]}")
    return problems


def _named_schema(schema: dict[str, Any]) -> bool:
    """A body schema is a ``$ref``, or an array / primitive whose items are ``$ref``s."""
    if "$ref" in schema:
        return True
    if schema.get("type") == "array":
        return _named_schema(schema.get("items", {}))
    return schema.get("type") in ("string", "integer", "number", "boolean")


def lint_operation(
    doc: dict[str, Any], method: str, path: str, op: dict[str, Any], categories: set[str]
) -> list[str]:
    where = f"{method} {path}"
    problems: list[str] = []
    tags = {t["name"] for t in doc.get("tags", [])}

    op_id = op.get("operationId", "")
    if not OPERATION_ID.match(op_id):
        problems.append(f"{where}: operationId {op_id!r} missing or not camelCase")
    if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
        problems.append(f"{where}: needs exactly one tag from the root tags")
    for key in ("summary", "description"):
        if not str(op.get(key, "")).strip():
            problems.append(f"{where}: no {key}")
    if not op.get("x-source") or not isinstance(op["x-source"], list):
        problems.append(f"{where}: x-source (list of sources) missing")
    category = op.get("x-rate-limit-category")
    if category not in categories:
        problems.append(f"{where}: x-rate-limit-category {category!r} not in {sorted(categories)}")
    idempotent = op.get("x-idempotent")
    if not isinstance(idempotent, bool):
        problems.append(f"{where}: x-idempotent must be true or false")
    elif idempotent and category == "order":
        problems.append(f"{where}: an order-category operation cannot be x-idempotent")
    action = op.get("x-order-operation")
    if action is not None:
        if action not in ORDER_ACTIONS:
            problems.append(f"{where}: x-order-operation {action!r} not in {sorted(ORDER_ACTIONS)}")
        if idempotent is not False:
            problems.append(f"{where}: an x-order-operation can never be x-idempotent")
        if method == "GET":
            problems.append(f"{where}: a GET cannot be an x-order-operation")

    security = op.get("security", doc.get("security"))
    if security is None:
        problems.append(f"{where}: no security (set security: [] for pre-auth endpoints)")
    else:
        schemes = doc.get("components", {}).get("securitySchemes", {})
        for requirement in security:
            for scheme in requirement:
                if scheme not in schemes:
                    problems.append(f"{where}: unknown security scheme {scheme!r}")

    declared = set()
    for raw in op.get("parameters", []):
        param = deref(doc, raw)
        name = param.get("name")
        pwhere = f"{where} parameter {name!r}"
        declared.add((param.get("in"), name))
        if param.get("in") not in ("query", "path", "header"):
            problems.append(f"{pwhere}: bad 'in'")
        if "schema" not in param:
            problems.append(f"{pwhere}: no schema")
        if not param.get("description"):
            problems.append(f"{pwhere}: no description")
        if param.get("in") == "path" and param.get("required") is not True:
            problems.append(f"{pwhere}: path parameters must be required")
        problems += _check_examples(doc, pwhere, param) if "schema" in param else []
    for name in re.findall(r"{([^}]+)}", path):
        if ("path", name) not in declared:
            problems.append(f"{where}: path parameter {name!r} not declared")

    if "requestBody" in op:
        body = deref(doc, op["requestBody"])
        content = body.get("content", {})
        if not content:
            problems.append(f"{where}: requestBody without content")
        for media_type, media in content.items():
            bwhere = f"{where} request {media_type}"
            if not _named_schema(media.get("schema", {})):
                problems.append(f"{bwhere}: schema must be a $ref to a named component")
            problems += _check_examples(doc, bwhere, media)

    responses = op.get("responses", {})
    if "200" not in responses:
        problems.append(f"{where}: no 200 response")
    if "default" not in responses:
        problems.append(f"{where}: no default (error) response")
    if op.get("x-static-ip") and "403" not in responses:
        problems.append(f"{where}: x-static-ip operation without a 403 response")
    for status, raw in responses.items():
        response = deref(doc, raw)
        if not response.get("description"):
            problems.append(f"{where} {status}: no description")
        for media_type, media in (response.get("content") or {}).items():
            rwhere = f"{where} {status} {media_type}"
            if not _named_schema(media.get("schema", {})):
                problems.append(f"{rwhere}: schema must be a $ref to a named component")
            problems += _check_examples(doc, rwhere, media)
        if status == "200" and not response.get("content"):
            problems.append(f"{where} 200: no content")
    return problems


def _inline_duplicates(doc: dict[str, Any]) -> list[str]:
    """Object or enum schemas written out twice instead of shared by ``$ref``."""
    seen: Counter[str] = Counter()
    where: dict[str, str] = {}

    def walk(node: Any, path: str, top: bool) -> None:
        if isinstance(node, dict):
            shape = None
            if not top and node.get("type") == "object" and len(node.get("properties", {})) >= 2:
                shape = json.dumps(node.get("properties"), sort_keys=True)
            elif not top and "enum" in node and len(node["enum"]) >= 2:
                shape = json.dumps(sorted(map(str, node["enum"])))
            if shape is not None:
                seen[shape] += 1
                where.setdefault(shape, path)
            for key, value in node.items():
                if key not in ("examples", "example", "x-csv-columns"):
                    walk(value, f"{path}/{key}", False)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}", False)

    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        walk(schema, f"#/components/schemas/{name}", True)
    for path, item in doc.get("paths", {}).items():
        walk(item, f"paths{path}", False)
    return [
        f"inline schema duplicated {count}x (first at {where[shape]}): share it via components"
        for shape, count in seen.items()
        if count > 1
    ]


ERROR_KINDS = frozenset(
    {
        "invalid-api-key",
        "invalid-api-secret",
        "ip-not-registered",
        "session-expired",
        "invalid-input",
        "not-permitted",
    }
)


def _body_properties(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Property names of the JSON request body (of its items for an array body; all branches)."""
    body = deref(doc, op.get("requestBody", {}))
    schema = deref(doc, body.get("content", {}).get("application/json", {}).get("schema", {}))
    names: set[str] = set()
    pending = [schema]
    while pending:
        node = deref(doc, pending.pop())
        names |= set(node.get("properties", {}))
        if isinstance(node.get("items"), dict):
            pending.append(node["items"])
        for key in ("allOf", "anyOf", "oneOf"):
            pending += node.get(key, [])
    return names


def _item_properties(doc: dict[str, Any], op: dict[str, Any], name: str) -> set[str]:
    """Property names of the items of the body's array field ``name`` (all branches)."""
    body = deref(doc, op.get("requestBody", {}))
    pending = [body.get("content", {}).get("application/json", {}).get("schema", {})]
    names: set[str] = set()
    while pending:
        node = deref(doc, pending.pop())
        field = node.get("properties", {}).get(name)
        if field is not None:
            items = deref(doc, field).get("items", {})
            names |= _body_properties(
                doc, {"requestBody": {"content": {"application/json": {"schema": items}}}}
            )
        for key in ("allOf", "anyOf", "oneOf"):
            pending += node.get(key, [])
    return names


def lint_extensions(doc: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> list[str]:
    """The overlays' per-operation extensions: x-empty-result, x-market-protection,
    x-transient-statuses, x-candle-range, x-variant-of, x-csv-columns."""
    where = f"{method} {path}"
    problems: list[str] = []
    empty = op.get("x-empty-result")
    if empty is not None:
        messages = empty.get("messages")
        if not messages or not all(isinstance(m, str) and m.strip() for m in messages):
            problems.append(f"{where}: x-empty-result.messages must be non-empty strings")
        if not empty.get("x-source"):
            problems.append(f"{where}: x-empty-result needs x-source")
        media = deref(doc, op["responses"].get("200", {})).get("content", {})
        schema = media.get("application/json", {}).get("schema")
        if schema is None or "body" not in empty:
            problems.append(f"{where}: x-empty-result needs a body and a JSON 200 response")
        else:
            for error in schema_validator(doc, schema).iter_errors(empty["body"]):
                problems.append(f"{where}: x-empty-result.body off the 200 schema: {error.message}")
    protection = op.get("x-market-protection")
    if protection is not None:
        if "x-order-operation" not in op:
            problems.append(f"{where}: x-market-protection on an operation that is no order")
        fields = _body_properties(doc, op)
        items_field = protection.get("itemsField")
        if items_field is not None:
            if items_field not in fields:
                problems.append(f"{where}: x-market-protection.itemsField is not a body field")
            fields |= _item_properties(doc, op, items_field)
        for key in ("field", "orderTypeField"):
            if protection.get(key, "orderType" if key == "orderTypeField" else None) not in fields:
                problems.append(f"{where}: x-market-protection.{key} is not a request body field")
        if not protection.get("marketOrderTypes"):
            problems.append(f"{where}: x-market-protection.marketOrderTypes missing")
        if not protection.get("x-source"):
            problems.append(f"{where}: x-market-protection needs x-source")
    transient = op.get("x-transient-statuses")
    if transient is not None:
        if op.get("x-idempotent") is not True:
            problems.append(f"{where}: x-transient-statuses on an operation that is not idempotent")
        if not transient or not all(isinstance(x, int) and 500 <= x < 600 for x in transient):
            problems.append(f"{where}: x-transient-statuses must list 5xx statuses")
    candle_range = op.get("x-candle-range")
    if candle_range is not None:
        for key in ("maxDays", "maxCandles"):
            value = candle_range.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                problems.append(f"{where}: x-candle-range.{key} must be a positive integer")
        if not isinstance(candle_range.get("ranged", True), bool):
            problems.append(f"{where}: x-candle-range.ranged must be true or false")
        if not candle_range.get("x-source"):
            problems.append(f"{where}: x-candle-range needs x-source")
    variant = op.get("x-variant-of")
    if variant is not None:
        siblings = {o.get("operationId"): m for m, _, o in operations(doc)}
        if variant not in siblings or variant == op.get("operationId"):
            problems.append(f"{where}: x-variant-of {variant!r} names no other operation")
        elif siblings[variant] != method:
            problems.append(f"{where}: x-variant-of {variant!r} uses another method")
    for status, raw in op.get("responses", {}).items():
        for media_type, media in (deref(doc, raw).get("content") or {}).items():
            if "x-csv-columns" in media:
                problems += lint_csv_columns(
                    doc, f"{where} {status} {media_type}", media_type, media
                )
    return problems


CSV_COLUMN_TYPES = frozenset({"string", "integer", "number"})
CSV_COLUMN_KEYS = frozenset({"name", "field", "type", "description", "required"})
INSTRUMENT_FIELDS = frozenset(
    {
        "exchange", "segment", "token", "symbolCode", "tradingSymbol", "name", "underlying",
        "instrumentType", "series", "lotSize", "tickSize", "expiry", "strike", "optionType",
    }
)  # fmt: skip
"""What a column's ``field`` may name (``broker_overlays.instruments`` fills these)."""


def lint_csv_columns(doc: dict[str, Any], where: str, media_type: str, media: Any) -> list[str]:
    """``x-csv-columns`` (read by ``SpecCatalog.csv_columns`` and the instrument parsers): on a
    ``text/csv`` body, a list of ``{name, field?, type, description, required?}`` with unique
    names (compared case-insensitively, as parsers match them) and unique ``field``s from
    :data:`INSTRUMENT_FIELDS`, at least one required column (``required`` defaults to true),
    and every example's header naming declared columns only and all the required ones."""
    columns = media["x-csv-columns"]
    if media_type != "text/csv":
        return [f"{where}: x-csv-columns on a media type other than text/csv"]
    if not isinstance(columns, list) or not columns:
        return [f"{where}: x-csv-columns must be a non-empty list"]
    problems: list[str] = []
    names: list[str] = []
    fields: set[str] = set()
    required: set[str] = set()
    for number, column in enumerate(columns):
        cwhere = f"{where} x-csv-columns[{number}]"
        if not isinstance(column, dict):
            problems.append(f"{cwhere}: must be a mapping")
            continue
        name = column.get("name")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{cwhere}: name must be a non-empty string without outer spaces")
            continue
        names.append(name.lower())
        unknown = sorted(set(column) - CSV_COLUMN_KEYS)
        if unknown:
            problems.append(f"{cwhere} {name!r}: unknown keys {unknown}")
        if column.get("type") not in CSV_COLUMN_TYPES:
            problems.append(f"{cwhere} {name!r}: type must be one of {sorted(CSV_COLUMN_TYPES)}")
        if not str(column.get("description", "")).strip():
            problems.append(f"{cwhere} {name!r}: no description")
        field = column.get("field")
        if field is not None:
            if field not in INSTRUMENT_FIELDS:
                problems.append(f"{cwhere} {name!r}: field {field!r} not in INSTRUMENT_FIELDS")
            elif field in fields:
                problems.append(f"{cwhere} {name!r}: field {field!r} used twice")
            fields.add(field)
        flag = column.get("required", True)
        if not isinstance(flag, bool):
            problems.append(f"{cwhere} {name!r}: required must be true or false")
        elif flag:
            required.add(name.lower())
    duplicates = sorted(n for n, count in Counter(names).items() if count > 1)
    if duplicates:
        problems.append(f"{where}: x-csv-columns names used twice: {duplicates}")
    if not required and not problems:
        problems.append(f"{where}: x-csv-columns needs at least one required column")
    for example, value in example_values(media, doc).items():
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: example {example!r} is not CSV text")
            continue
        header = [h.strip().lower() for h in value.splitlines()[0].split(",")]
        undeclared = [h for h in header if h not in names]
        missing = sorted(required - set(header))
        if undeclared:
            problems.append(f"{where}: example {example!r} has undeclared columns {undeclared}")
        if missing:
            problems.append(f"{where}: example {example!r} lacks required columns {missing}")
    return problems


def lint_error_codes(doc: dict[str, Any]) -> list[str]:
    envelope = doc.get("x-envelope", {})
    codes = envelope.get("errorCodes") or {}
    problems = []
    if codes and not envelope.get("codeFields"):
        problems.append("root: x-envelope.errorCodes without codeFields")
    for code, entry in codes.items():
        if not isinstance(entry, dict) or entry.get("error") not in ERROR_KINDS:
            problems.append(
                f"root: x-envelope.errorCodes.{code}.error not in {sorted(ERROR_KINDS)}"
            )
        elif not entry.get("x-source"):
            problems.append(f"root: x-envelope.errorCodes.{code} needs x-source")
    return problems


def lint(doc: dict[str, Any]) -> list[str]:
    """Every house-rule violation of a bundled spec (empty list: clean)."""
    problems: list[str] = []
    categories = set(doc.get("x-rate-limits", {}).get("categories", {}))
    if not categories:
        problems.append("root: x-rate-limits.categories missing")
    ops = list(operations(doc))
    identity = doc.get("x-order-identity", {})
    if any("x-order-operation" in op for _, _, op in ops):
        fields = identity.get("requestFields", {})
        missing = sorted(ORDER_ROLES - set(fields))
        if missing:
            problems.append(f"root: x-order-identity.requestFields lacks roles {missing}")
        if not identity.get("orderNumberFields"):
            problems.append("root: x-order-identity.orderNumberFields missing")
    counts = Counter(op.get("operationId") for _, _, op in ops)
    problems += [f"operationId {name!r} used {n} times" for name, n in counts.items() if n > 1]
    generations = {op.get("x-api-generation") for _, _, op in ops}
    if generations != {None} and None in generations:
        problems.append("x-api-generation is set on some operations but not all")
    for method, path, op in ops:
        problems += lint_operation(doc, method, path, op, categories)
        problems += lint_extensions(doc, method, path, op)
    problems += lint_error_codes(doc)
    for method, name, op in webhook_operations(doc):
        where = f"webhook {name} {method}"
        if not op.get("x-source") or not op.get("summary"):
            problems.append(f"{where}: needs summary and x-source")
        body = deref(doc, op.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            problems += _check_examples(doc, f"{where} {media_type}", media)
    problems += _inline_duplicates(doc)
    problems += lint_epochs(doc)
    return problems


def lint_epochs(doc: dict[str, Any]) -> list[str]:
    """``x-epoch`` (what a count of seconds counts from) is an ISO date-time with an offset,
    on an integer or array-of-integers schema, with its evidence in ``x-source``."""
    problems: list[str] = []
    pending: list[tuple[str, Any]] = [("#/components", doc.get("components", {}))]
    while pending:
        where, node = pending.pop()
        if isinstance(node, list):
            pending += [(f"{where}/{i}", n) for i, n in enumerate(node)]
            continue
        if not isinstance(node, dict):
            continue
        pending += [(f"{where}/{k}", v) for k, v in node.items() if k != "x-epoch"]
        if "x-epoch" not in node:
            continue
        value = node["x-epoch"]
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            problems.append(f"{where}: x-epoch must be an ISO date-time with an offset")
        integer = (
            node.get("type") == "integer" or (node.get("items") or {}).get("type") == "integer"
        )
        if not integer:
            problems.append(f"{where}: x-epoch on a schema that is no integer (array)")
        if not node.get("x-source"):
            problems.append(f"{where}: x-epoch needs x-source")
    return problems


def main(argv: list[str]) -> int:
    status = 0
    for broker in argv or ["samco"]:
        problems = lint(bundle(broker))
        for problem in problems:
            print(f"{broker}: {problem}")
        print(
            f"{broker}: {len(problems)} problem(s), {len(list(operations(bundle(broker))))} operations"
        )
        status |= bool(problems)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
