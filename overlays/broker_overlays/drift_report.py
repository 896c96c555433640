"""``broker-toolkit drift-report FILE...``: what the brokers' answers did that the spec did not
say, and the spec edits that would absorb it.

Reads JSONL drift logs (one :meth:`~broker_overlays.drift.DriftRecord.to_json` line each,
written by the overlays in ``warn`` or ``strict`` mode with a drift log configured, and by
``broker-toolkit contract-live``); broken lines are skipped and counted. Prints a Markdown
report (or JSON), per broker then per operation: field, kind, count, a redacted example,
first and last seen. Then one spec edit per finding, as a YAML snippet for the file under
``specs/<broker>/`` that declares the schema (found by searching ``specs/<broker>/**/*.yaml``):
the file's keys from its root down to the change, read as a JSON Merge Patch (RFC 7386) -
merge it in, ``null`` deletes a key, a list replaces the list - except that a schema inside an
``allOf``/``anyOf``/``oneOf`` list is reached through the list, its other items written as
``{}`` placeholders ("unchanged").

Exit codes: 0 a report was printed; 1 no drift records (after the filters); 2 usage error
(bad option, unreadable file).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, get_args

from broker_overlays.drift import DriftKind, DriftRecord
from broker_overlays.spec_catalog import BROKER_PACKAGES, SpecCatalog, catalog

__all__ = [
    "Finding",
    "Suggestion",
    "aggregate",
    "main",
    "read_records",
    "render_json",
    "render_markdown",
    "suggest",
]

KINDS: Final = frozenset(get_args(DriftKind))
_PLAIN_KEY: Final = re.compile(r"[A-Za-z_$][A-Za-z0-9_.$-]*")
_YAML_WORDS: Final = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
_JSON_TYPES: Final = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    list: "array",
    dict: "object",
    type(None): "null",
}
# Constraint keywords, how a validator message names them, and how each is relaxed.
_CONSTRAINTS: Final = (
    ("pattern", "does not match"),
    ("format", "is not a "),
    ("minLength", "is shorter than"),
    ("maxLength", "is longer than"),
    ("exclusiveMinimum", "less than or equal to the minimum"),
    ("exclusiveMaximum", "greater than or equal to the maximum"),
    ("minimum", "less than the minimum"),
    ("maximum", "greater than the maximum"),
    ("minItems", "has less than"),
    ("maxItems", "has more than"),
    ("uniqueItems", "non-unique"),
    ("multipleOf", "multiple of"),
    ("minProperties", "less than"),
    ("maxProperties", "more than"),
    ("additionalProperties", "dditional properties"),
    ("const", "was expected"),
    ("not", "not allowed"),
)


# -- reading and aggregating -------------------------------------------------------------------


def read_records(paths: Iterable[str | Path]) -> tuple[list[DriftRecord], int]:
    """Every drift record in ``paths`` and how many non-blank lines were not one (OSError when
    a file cannot be read)."""
    found: list[DriftRecord] = []
    skipped = 0
    for path in paths:
        with Path(path).open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if not line.strip():
                    continue
                record = _record(line)
                if record is None:
                    skipped += 1
                else:
                    found.append(record)
    return found, skipped


def _record(line: str) -> DriftRecord | None:
    try:
        record = DriftRecord.from_json(line)
    except (ValueError, KeyError, TypeError):
        return None
    texts = (record.time, record.broker, record.operation, record.field, record.example)
    if not all(isinstance(t, str) for t in texts) or record.kind not in KINDS:
        return None
    if not isinstance(record.status, int) or _when(record.time) is None:
        return None
    return record


def _when(text: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


@dataclass
class Finding:
    """All records of one (broker, operation, field, kind)."""

    broker: str
    operation: str
    field: str
    kind: DriftKind
    count: int = 0
    first_seen: str = ""
    last_seen: str = ""
    example: str = ""
    """The latest non-empty example (already redacted by the overlays)."""
    schema: str = ""
    status: int = 200
    message: str = ""
    _first: datetime | None = dataclasses.field(default=None, repr=False)
    _last: datetime | None = dataclasses.field(default=None, repr=False)

    def add(self, record: DriftRecord) -> None:
        when = _when(record.time)
        assert when is not None  # checked when read
        self.count += 1
        if self._first is None or when < self._first:
            self._first, self.first_seen = when, record.time
        if self._last is None or when >= self._last:
            self._last, self.last_seen = when, record.time
            self.schema = record.schema or self.schema
            self.status, self.message = record.status, record.message
            self.example = record.example or self.example
        elif not self.example:
            self.example = record.example


def aggregate(
    records: Iterable[DriftRecord],
    *,
    brokers: Sequence[str] = (),
    operations: Sequence[str] = (),
    since: datetime | None = None,
) -> list[Finding]:
    """Findings per (broker, operation, field, kind), sorted, after the filters."""
    found: dict[tuple[str, str, str, str], Finding] = {}
    for record in records:
        if brokers and record.broker not in brokers:
            continue
        if operations and record.operation not in operations:
            continue
        when = _when(record.time)
        if when is None or (since is not None and when < since):
            continue
        key = (record.broker, record.operation, record.field, record.kind)
        finding = found.get(key)
        if finding is None:
            finding = found[key] = Finding(*key)
        finding.add(record)
    return [found[key] for key in sorted(found)]


# -- where a finding lives in the spec ---------------------------------------------------------


@dataclass(frozen=True)
class _Node:
    """A schema node, the pointer of the named schema (or response) it is written in, and the
    keys from there down to it."""

    schema: Mapping[str, Any]
    pointer: str
    inline: tuple[str | int, ...] = ()


def _pointer_parts(pointer: str) -> list[str]:
    if not pointer.startswith("#/"):
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[2:].split("/")]


def _at(spec: SpecCatalog, pointer: str) -> Any:
    node: Any = spec.document
    for part in _pointer_parts(pointer):
        node = spec.resolve(node)
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _enter(spec: SpecCatalog, node: _Node) -> _Node:
    current, hops = node, 0
    while "$ref" in current.schema and hops < 32:
        ref = str(current.schema["$ref"])
        target = spec.resolve(current.schema)
        current = _Node(target if isinstance(target, Mapping) else {}, ref)
        hops += 1
    return current


def _parts(spec: SpecCatalog, node: _Node) -> list[_Node]:
    node = _enter(spec, node)
    found = [node]
    for key in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(node.schema.get(key) or ()):
            if isinstance(sub, Mapping):
                found += _parts(spec, _Node(sub, node.pointer, (*node.inline, key, index)))
    return found


def _children(spec: SpecCatalog, node: _Node, step: str) -> list[_Node]:
    """Every declaration of ``step`` (a property, or ``"[]"``: the items) in ``node``'s parts
    (``allOf`` parts may each declare it: an envelope's loose ``result`` and the operation's
    typed one)."""
    found = []
    for part in _parts(spec, node):
        if step == "[]":
            items = part.schema.get("items")
            if isinstance(items, Mapping):
                found.append(_Node(items, part.pointer, (*part.inline, "items")))
        else:
            props = part.schema.get("properties") or {}
            if isinstance(props.get(step), Mapping):
                found.append(_Node(props[step], part.pointer, (*part.inline, "properties", step)))
    return found


def _walk(
    spec: SpecCatalog, node: _Node, steps: Sequence[str], fits: Any = lambda _node: True
) -> _Node | None:
    """The node ``steps`` lead to from ``node`` (trying each declaration until the whole path
    can be followed and ``fits`` accepts the end), or None."""
    if not steps:
        return node if fits(node) else None
    for child in _children(spec, node, steps[0]):
        found = _walk(spec, child, steps[1:], fits)
        if found is not None:
            return found
    return None


def _response_schema(spec: SpecCatalog, finding: Finding) -> _Node | None:
    """The response schema the finding's operation declares for its status."""
    try:
        op = spec.by_id(finding.operation)
    except KeyError:
        return None
    pointer = spec.response_pointer(op, finding.status)
    response = _at(spec, pointer)
    if not isinstance(response, Mapping):
        return None
    if "$ref" in response:
        pointer = str(response["$ref"])
        response = spec.resolve(response)
    for media_type, media in (response.get("content") or {}).items():
        schema = media.get("schema")
        if isinstance(schema, Mapping):
            return _Node(schema, pointer, ("content", media_type, "schema"))
    return None


def _declared_at(spec: SpecCatalog, pointer: str) -> _Node | None:
    """The schema at ``pointer`` (a response's first media schema when it names a response)."""
    found = _at(spec, pointer)
    if isinstance(found, Mapping) and "$ref" in found:
        pointer, found = str(found["$ref"]), spec.resolve(found)
    if not isinstance(found, Mapping):
        return None
    if "content" not in found:
        return _Node(found, pointer)
    for media_type, media in (found.get("content") or {}).items():
        if isinstance(media.get("schema"), Mapping):
            return _Node(media["schema"], pointer, ("content", media_type, "schema"))
    return None


def _parent(spec: SpecCatalog, finding: Finding) -> tuple[_Node | None, str | None]:
    """The schema that declares (or should declare) the finding's field, and the field's last
    step (None: the body itself; ``"[]"``: the items of an array)."""
    steps = [] if finding.field in ("", "(body)") else finding.field.split("/")
    last = steps[-1] if steps else None
    start = _response_schema(spec, finding)
    node = None
    if start is not None:
        node = _walk(spec, start, steps[:-1], lambda n: _fits(spec, n, finding.kind, last))
        node = node or _walk(spec, start, steps[:-1])
    if node is None and finding.schema:  # the operation or path changed since: the record's word
        node = _declared_at(spec, finding.schema)
    if node is None:
        return None, last
    if last is None:
        return node, None
    return _enter(spec, node), last


# -- suggestions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """The spec edit that would absorb a finding."""

    pointer: str
    """Where the edit goes in the bundled spec (a component, or a path's response)."""
    component: str | None
    """The component schema that declares the field (None: an inline schema of an operation,
    named by ``pointer``)."""
    property: str | None
    source: str | None
    """The file under ``specs/`` that declares it (None: not found)."""
    yaml: str
    """A YAML merge-patch snippet against ``source`` (empty when there is nothing to edit)."""
    note: str = ""


def observed_type(example: str) -> str | None:
    """The JSON type of a drift record's example (a JSON text, possibly cut short)."""
    if not example:
        return None
    try:
        value = json.loads(example)
    except ValueError:
        first = example.lstrip()[:1]
        return {'"': "string", "[": "array", "{": "object"}.get(first)
    return _JSON_TYPES.get(type(value))


def _example_value(example: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(example)
    except ValueError:
        return False, None


@dataclass(frozen=True)
class _Commented:
    value: Any
    comment: str


def _key(name: str | int) -> str:
    text = str(name)
    if _PLAIN_KEY.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class _Item:
    """Item ``index`` of a list (the items before it: unchanged placeholders)."""

    index: int
    value: Mapping[str | int, Any]


def yaml_lines(value: Mapping[str | int, Any], indent: int = 0) -> list[str]:
    """A block mapping whose leaves are JSON flow values (JSON is YAML); a ``_Commented`` leaf
    gets a trailing comment, an ``_Item`` becomes a block sequence."""
    lines = []
    pad = " " * indent
    for name, item in value.items():
        if isinstance(item, _Item):
            lines.append(f"{pad}{_key(name)}:")
            lines += [f"{pad}  - {{}}  # unchanged: item {i}" for i in range(item.index)]
            inner = yaml_lines(item.value, indent + 4)
            if inner:
                inner[0] = f"{pad}  - {inner[0].lstrip()}"
            lines += inner
        elif isinstance(item, Mapping) and item:
            lines.append(f"{pad}{_key(name)}:")
            lines += yaml_lines(item, indent + 2)
        elif isinstance(item, _Commented):
            lines.append(f"{pad}{_key(name)}: {_flow(item.value)}  # {_comment(item.comment)}")
        else:
            lines.append(f"{pad}{_key(name)}: {_flow(item)}")
    return lines


def _nest(keys: Sequence[str | int], leaf: Mapping[str | int, Any]) -> dict[str | int, Any]:
    result: Any = dict(leaf)
    for key in reversed(keys):
        result = _Item(key, result) if isinstance(key, int) else {key: result}
    if not isinstance(result, dict):  # a path never starts inside a list
        raise ValueError(f"keys {list(keys)} start with a list index")
    return result


@lru_cache(maxsize=256)
def _text(path: Path) -> str:
    return path.read_text("utf-8", errors="replace")


class _Sources:
    """Where a schema of the bundled spec is written under ``specs/<broker>/``."""

    def __init__(self, root: Path | None, broker: str) -> None:
        self.folder = root / broker if root is not None else None

    def _files(self) -> list[Path]:
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(self.folder.rglob("*.yaml"))

    def locate(self, pointer: str, operation: str) -> tuple[Path | None, list[str | int]]:
        """(file, keys from the file's root down to the pointer's node); without a file, the
        bundled document's keys."""
        parts: list[str | int] = list(_pointer_parts(pointer))
        if len(parts) >= 3 and parts[0] == "components":
            kind, name = str(parts[1]), str(parts[2])
            for path in self._files():
                text = _text(path)
                if path.parent.name == "components":
                    if re.search(rf"(?m)^{re.escape(kind)}:", text) and re.search(
                        rf"(?m)^  {re.escape(name)}:\s*(#.*)?$", text
                    ):
                        return path, parts[1:]
                elif re.search(rf"(?m)^    {re.escape(name)}:\s*(#.*)?$", text) and re.search(
                    rf"(?m)^  {re.escape(kind)}:", text
                ):
                    return path, parts
        elif len(parts) >= 2 and parts[0] == "paths":
            route = re.escape(str(parts[1]))
            for path in self._files():
                text = _text(path)
                if re.search(rf"(?m)^\s+operationId:\s*{re.escape(operation)}\s*$", text) and (
                    re.search(rf"(?m)^  (\"{route}\"|'{route}'|{route}):\s*$", text)
                ):
                    return path, parts
        return None, parts

    def display(self, path: Path | None) -> str | None:
        if path is None or self.folder is None:
            return None
        base = self.folder.parent.parent
        try:
            return str(path.relative_to(base))
        except ValueError:
            return str(path)


def _types_of(schema: Mapping[str, Any]) -> list[Any]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return list(kind)
    return [kind] if kind is not None else []


def _branches(schema: Mapping[str, Any]) -> list[Any]:
    """The schema as a list of ``anyOf`` branches (a ``$ref`` becomes one branch)."""
    if isinstance(schema.get("anyOf"), list):
        return list(schema["anyOf"])
    if "$ref" in schema:
        return [{"$ref": schema["$ref"]}]
    return [dict(schema)]


def _widen(schema: Mapping[str, Any], observed: str, why: str) -> dict[str | int, Any]:
    """The merge patch that lets ``schema`` also take ``observed`` values."""
    declared = _types_of(schema)
    if declared and "$ref" not in schema and "anyOf" not in schema and "oneOf" not in schema:
        widened = declared if observed in declared else [*declared, observed]
        patch: dict[str | int, Any] = {
            "type": _Commented(widened, f"was: {_flow(declared)}; {why}")
        }
        if (
            observed == "null"
            and isinstance(schema.get("enum"), list)
            and None not in schema["enum"]
        ):
            patch["enum"] = [*schema["enum"], None]
        return patch
    branches = _branches(schema)
    patch = {"anyOf": _Commented([*branches, {"type": observed}], why)}
    if "$ref" in schema:
        patch["$ref"] = _Commented(None, "delete: the reference moves into anyOf")
    if "oneOf" in schema:
        patch["oneOf"] = _Commented(None, "delete: its branches move into anyOf")
        patch["anyOf"] = _Commented([*schema["oneOf"], {"type": observed}], why)
    return patch


def _constraint_key(schema: Mapping[str, Any], message: str) -> list[str]:
    present = [name for name, _ in _CONSTRAINTS if name in schema]
    if schema.get("additionalProperties") is not False and "additionalProperties" in present:
        present.remove("additionalProperties")
    named = [name for name, words in _CONSTRAINTS if name in present and words in message]
    return named[:1] or present


def _relaxed(key: str, schema: Mapping[str, Any], example: str) -> _Commented:
    was = f"was: {key}: {_flow(schema[key])}"
    parsed, value = _example_value(example)
    if parsed:
        if key in ("minLength", "maxLength") and isinstance(value, str):
            return _Commented(len(value), f"{was}; observed length {len(value)}")
        if key in ("minItems", "maxItems") and isinstance(value, list):
            return _Commented(len(value), f"{was}; observed {len(value)} items")
        if key in ("minProperties", "maxProperties") and isinstance(value, dict):
            return _Commented(len(value), f"{was}; observed {len(value)} properties")
        if key in ("minimum", "maximum") and isinstance(value, int | float):
            return _Commented(value, f"{was}; observed {_flow(value)}")
    return _Commented(None, f"delete ({was}); observed {example or 'a value it rejects'}")


def suggest(finding: Finding, specs: Path | None = None) -> Suggestion:
    """The spec edit that absorbs ``finding``, as a YAML snippet for its source file."""
    if finding.broker not in BROKER_PACKAGES:
        return Suggestion(finding.schema, None, None, None, "", note="unknown broker")
    spec = catalog(finding.broker)
    sources = _Sources(specs, finding.broker)
    node, last = _parent(spec, finding)
    prop_name = None if last in (None, "[]") else last
    if node is None:
        return Suggestion(
            finding.schema, None, prop_name, None, "",
            note=f"{finding.operation} has no {finding.status} response schema in the current "
            f"spec; the record names {finding.schema or 'no schema'}",
        )  # fmt: skip
    leaf, where, note = _edit(spec, finding, node, last)
    if last is not None and finding.schema and finding.schema != node.pointer:
        note += f" (the record names {finding.schema}; the spec walk finds {node.pointer})"
    if leaf is None:
        return Suggestion(node.pointer, _component(node.pointer), prop_name, None, "", note=note)
    source, root = sources.locate(where.pointer, finding.operation)
    owner = _component(node.pointer if last is not None else where.pointer)
    header = [
        f"# {finding.broker} {finding.operation}: {finding.field} ({finding.kind}), "
        f"{finding.count} occurrence{'s' if finding.count != 1 else ''}, "
        f"first seen {finding.first_seen}, last seen {finding.last_seen}",
        f"# {_comment(note)}" if note else "",
        f"# merge into {sources.display(source)}"
        if source is not None
        else f"# source file not found under specs/{finding.broker}/: keys of the bundled spec",
    ]
    body = yaml_lines(_nest([*root, *where.inline], leaf))
    text = "\n".join([line for line in header if line] + body) + "\n"
    return Suggestion(where.pointer, owner, prop_name, sources.display(source), text, note)


def _component(pointer: str) -> str | None:
    parts = _pointer_parts(pointer)
    return parts[2] if len(parts) == 3 and parts[:2] == ["components", "schemas"] else None


def _edit(
    spec: SpecCatalog, finding: Finding, parent: _Node, last: str | None
) -> tuple[dict[str | int, Any] | None, _Node, str]:
    """(merge patch at ``where``, where, note) for one finding."""
    kind, example = finding.kind, finding.example
    observed = observed_type(example) or "string"
    if kind in ("missing", "extra"):
        assert last is not None
        if kind == "missing":
            for part in _parts(spec, parent):
                required = part.schema.get("required")
                if isinstance(required, list) and last in required:
                    kept = [name for name in required if name != last]
                    leaf: dict[str | int, Any] = {
                        "required": _Commented(kept, f"was: {_flow(required)}; drop {last!r}")
                    }
                    return leaf, part, f"{last!r} is not always sent: make it optional"
            return None, parent, f"{last!r} is not required in the current spec (already absorbed)"
        parts = [p for p in _parts(spec, parent) if "properties" in p.schema]
        own = [p for p in parts if p.pointer == parent.pointer]  # not an allOf'd base schema
        target = (own or parts or [parent])[0]
        new = {"type": observed} if observed != "null" else {}
        why = f"observed {example}" if example else "observed"
        leaf = {"properties": {last: _Commented(new, f"new field; {why}")}}
        return leaf, target, f"the broker sends {last!r}, which the spec does not declare"
    # null, type, enum, constraint: an edit of the field's own schema
    where = _field_schema(spec, parent, last, kind)
    if where is None:
        return None, parent, f"{finding.field} is not declared in the current spec"
    if kind == "null":
        return _widen(where.schema, "null", "the broker sends null"), where, "allow null"
    if kind == "type":
        why = f"observed {observed}: {example}"
        return _widen(where.schema, observed, why), where, f"widen the type to take {observed}"
    if kind == "enum":
        holder = _holding(spec, where, "enum")
        values = holder.schema.get("enum")
        parsed, value = _example_value(example)
        if not isinstance(values, list) or not parsed:
            return None, where, f"no enum found for {finding.field}, or no example value"
        open_hint = (
            "response enums are open strings in these specs (anyOf: [the enum, {type: string}], "
            "the *Open schemas); append the value, or make this field open"
        )
        if holder.pointer != where.pointer or holder.inline != where.inline:
            open_hint += f" (the enum is shared: {holder.pointer})"
            opened = f"{_pointer_parts(holder.pointer)[-1]}Open"
            if opened in spec.components.get("schemas", {}):
                open_hint += f"; or point the field at #/components/schemas/{opened}"
        leaf = {"enum": _Commented([*values, value], f"append {_flow(value)}")}
        return leaf, holder, open_hint
    holder, keys = where, []
    for part in _parts(spec, where):
        keys = _constraint_key(part.schema, finding.message)
        if keys:
            holder = part
            if any(words in finding.message for name, words in _CONSTRAINTS if name in keys):
                break
    if not keys:
        return None, where, f"no constraint found on {finding.field} ({finding.message})"
    leaf = {key: _relaxed(key, holder.schema, example) for key in keys}
    note = f"relax {', '.join(keys)}"
    if holder.pointer != where.pointer:
        note += f" (on the shared schema {holder.pointer}, used elsewhere too)"
    return leaf, holder, note


def _fits(spec: SpecCatalog, parent: _Node, kind: str, last: str | None) -> bool:
    """Whether ``parent`` is where a finding of ``kind`` about ``last`` belongs."""
    if last is None:
        return True
    if kind == "missing":
        return any(last in (p.schema.get("required") or ()) for p in _parts(spec, parent))
    if kind == "extra":
        return any("properties" in p.schema for p in _parts(spec, parent))
    return _field_schema(spec, parent, last, kind) is not None


_KEYS_OF: Final = {
    "type": ("type", "anyOf", "oneOf", "$ref", "enum", "const"),
    "null": ("type", "anyOf", "oneOf", "$ref", "enum", "const"),
    "enum": ("enum", "const", "$ref"),
    "constraint": (*(name for name, _ in _CONSTRAINTS), "$ref"),
}


def _field_schema(
    spec: SpecCatalog, parent: _Node, last: str | None, kind: str = "type"
) -> _Node | None:
    """The declaration of ``last`` in ``parent`` that constrains values the way a finding of
    ``kind`` says (else the first declaration)."""
    if last is None:
        return parent
    found = _children(spec, parent, last)
    keys = _KEYS_OF.get(kind, ())
    return next((n for n in found if any(k in n.schema for k in keys)), None) or (
        found[0] if found else None
    )


def _holding(spec: SpecCatalog, node: _Node, key: str) -> _Node:
    """The node, or the first schema its references or branches lead to, that has ``key``."""
    for part in _parts(spec, node):
        if key in part.schema:
            return part
    return node


# -- rendering ---------------------------------------------------------------------------------


def _cell(text: str) -> str:
    text = _comment(text).replace("|", "\\|")
    if not text:
        return ""
    return f"`{text}`" if "`" not in text else text


def render_markdown(
    findings: Sequence[Finding],
    *,
    skipped: int = 0,
    files: Sequence[str] = (),
    specs: Path | None = None,
) -> str:
    """The Markdown report: tables per broker and operation, then the spec edits."""
    total = sum(f.count for f in findings)
    out = ["# Drift report", ""]
    where = f" from {', '.join(files)}" if files else ""
    out.append(
        f"{total} record{'s' if total != 1 else ''}{where}: {len(findings)} finding"
        f"{'s' if len(findings) != 1 else ''}; {skipped} line{'s' if skipped != 1 else ''} skipped."
    )
    for broker, by_op in _grouped(findings):
        out += ["", f"## {broker}"]
        for operation, items in by_op:
            out += ["", f"### {operation}", ""]
            out.append("| field | kind | count | redacted example | first seen | last seen |")
            out.append("|---|---|---:|---|---|---|")
            for f in items:
                out.append(
                    f"| {_cell(f.field)} | {f.kind} | {f.count} | {_cell(f.example)} "
                    f"| {f.first_seen} | {f.last_seen} |"
                )
    if findings:
        out += [
            "",
            "## Spec edits",
            "",
            "Each snippet is a JSON Merge Patch (RFC 7386) in YAML for the file it names, from "
            "its root down: merge it in; `null` deletes a key, a list replaces the list, except "
            "the `allOf`/`anyOf`/`oneOf` lists walked through, whose other items are shown as "
            "`{}` (unchanged).",
        ]
    for broker, by_op in _grouped(findings):
        for operation, items in by_op:
            for f in items:
                s = suggest(f, specs)
                name = s.component or f"inline schema ({s.pointer})"
                title = f"### {broker} {operation}: `{f.field}` ({f.kind})"
                what = f"Component `{name}`" + (f", property `{s.property}`" if s.property else "")
                edited = _component(s.pointer)
                if s.yaml and s.component and edited and edited != s.component:
                    what += f" (the edit goes to `{edited}`)"
                src = f" in `{s.source}`" if s.source else ""
                out += ["", title, "", what + src + (f": {s.note}." if s.note else ".")]
                if s.yaml:
                    out += ["", "```yaml", s.yaml.rstrip("\n"), "```"]
    return "\n".join(out) + "\n"


def _grouped(
    findings: Sequence[Finding],
) -> Iterator[tuple[str, list[tuple[str, list[Finding]]]]]:
    brokers: dict[str, dict[str, list[Finding]]] = {}
    for f in findings:
        brokers.setdefault(f.broker, {}).setdefault(f.operation, []).append(f)
    for broker in sorted(brokers):
        yield broker, sorted(brokers[broker].items())


def render_json(
    findings: Sequence[Finding],
    *,
    skipped: int = 0,
    files: Sequence[str] = (),
    specs: Path | None = None,
) -> str:
    items = []
    for f in findings:
        s = suggest(f, specs)
        items.append(
            {
                "broker": f.broker,
                "operation": f.operation,
                "field": f.field,
                "kind": f.kind,
                "count": f.count,
                "example": f.example,
                "firstSeen": f.first_seen,
                "lastSeen": f.last_seen,
                "schema": f.schema,
                "message": f.message,
                "suggestion": {
                    "pointer": s.pointer,
                    "component": s.component,
                    "property": s.property,
                    "source": s.source,
                    "yaml": s.yaml,
                    "note": s.note,
                },
            }
        )
    records = sum(f.count for f in findings)
    data = {"files": list(files), "records": records, "skipped": skipped, "findings": items}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# -- command line ------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit drift-report",
        description="Summarise JSONL drift logs (DriftRecord lines) per broker and operation, "
        "and propose the spec edits (YAML merge patches for specs/<broker>/) that would absorb "
        "each finding.",
        epilog="exit codes: 0 report printed, 1 no drift records found (after the filters), "
        "2 usage error",
    )
    top.add_argument("files", nargs="+", metavar="FILE", help="JSONL drift log(s)")
    top.add_argument("--broker", action="append", choices=sorted(BROKER_PACKAGES),
                     help="only this broker (repeatable)")  # fmt: skip
    top.add_argument("--operation", action="append", metavar="OP",
                     help="only this operationId (repeatable)")  # fmt: skip
    top.add_argument("--since", metavar="ISO", help="only records at or after this time "
                     "(ISO 8601; without a zone: UTC)")  # fmt: skip
    top.add_argument("--format", choices=("markdown", "json"), default="markdown",
                     help="output format (default: %(default)s)")  # fmt: skip
    top.add_argument("--specs", metavar="DIR", default=None,
                     help="the spec sources to name files in (default: ./specs if present)")  # fmt: skip
    return top


def specs_folder(given: str | None) -> Path | None:
    if given is not None:
        return Path(given)
    default = Path("specs")
    return default if default.is_dir() else None


def main(argv: Sequence[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    since = None
    if args.since is not None:
        since = _when(args.since)
        if since is None:
            top.error(f"--since: not an ISO 8601 time: {args.since!r}")
    try:
        records, skipped = read_records(args.files)
    except OSError as exc:
        print(f"drift-report: {exc}", file=sys.stderr)
        return 2
    findings = aggregate(
        records, brokers=args.broker or (), operations=args.operation or (), since=since
    )
    render = render_json if args.format == "json" else render_markdown
    if skipped:
        print(f"drift-report: {skipped} lines skipped (not drift records)", file=sys.stderr)
    if not findings:
        print("drift-report: no drift records found", file=sys.stderr)
        if args.format == "json":
            sys.stdout.write(render([], skipped=skipped, files=args.files))
        return 1
    sys.stdout.write(
        render(findings, skipped=skipped, files=args.files, specs=specs_folder(args.specs))
    )
    return 0
