"""Response drift: where a broker's answer departs from the spec, and what to do about it.

Three modes (``ClientOptions.response_validation``; env ``BROKER_RESPONSE_VALIDATION``):

* ``strict`` - a mismatch raises :class:`~broker_overlays.errors.MalformedResponseError`
  (tests, the mock brokers, ``broker-toolkit contract-live``);
* ``warn`` - the default against real brokers: the answer is returned, and each mismatch
  becomes one structured, redacted :class:`DriftRecord` - logged once per operation, field and
  kind, and appended to the JSONL drift log when one is configured (``ClientOptions.drift_log``
  or env ``BROKER_DRIFT_LOG``). If the drifted body would break the generated parser, the
  offending values are dropped (they read as unset) and the answer parses; when even that
  cannot work (a required field missing), a typed error carries the raw body;
* ``off`` - no response validation (the generated parser sees whatever came).

Order operations are always checked strictly: an off-spec answer to an order is "state
unknown" (see :mod:`broker_overlays.orders`), whatever the mode.

Fields the spec does not declare ("extra") and values an open enum does not list ("enum") are
not mismatches under OpenAPI; they are recorded (never raised) when a drift log is configured,
so that ``broker-toolkit drift-report`` can propose them as spec additions. Only the first items
of an array are looked at for them.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias

from broker_overlays.redaction import SECRET_NAMES, redact

__all__ = [
    "DRIFT_LOG_ENV",
    "MODE_ENV",
    "DriftLog",
    "DriftMode",
    "DriftRecord",
    "Mismatch",
    "declared_properties",
    "default_mode",
    "extra_fields",
    "open_enum_values",
    "without",
]

log = logging.getLogger("broker_overlays.drift")

DriftMode: TypeAlias = Literal["strict", "warn", "off"]
DriftKind: TypeAlias = Literal["missing", "null", "type", "enum", "extra", "constraint"]
MODES: Final = ("strict", "warn", "off")
MODE_ENV: Final = "BROKER_RESPONSE_VALIDATION"
DRIFT_LOG_ENV: Final = "BROKER_DRIFT_LOG"
EXTRA_SAMPLE: Final = 3
"""How many items of each array are searched for undeclared fields."""
_EXAMPLE_LIMIT: Final = 80


def default_mode() -> DriftMode:
    """``BROKER_RESPONSE_VALIDATION`` if set; else ``strict`` under pytest, ``warn`` otherwise."""
    chosen = os.environ.get(MODE_ENV, "").strip().lower()
    if chosen in MODES:
        return chosen  # type: ignore[return-value]  # checked against MODES just above
    return "strict" if "PYTEST_CURRENT_TEST" in os.environ else "warn"


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One way a response body departs from its schema (from the validator or the walk)."""

    path: tuple[str | int, ...]
    """Where in the body (array indices included)."""
    kind: DriftKind
    message: str
    value: Any = None

    @property
    def field(self) -> str:
        """The path with array indices folded to ``[]``, so occurrences aggregate."""
        return "/".join("[]" if isinstance(p, int) else p for p in self.path) or "(body)"


@dataclass(frozen=True, slots=True)
class DriftRecord:
    """One drift finding, as logged and written to the JSONL drift log (no secrets in it)."""

    time: str
    broker: str
    operation: str
    status: int
    field: str
    kind: DriftKind
    message: str
    example: str
    schema: str
    """JSON pointer (in the bundled spec) of the schema that declares ``field``'s parent."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> DriftRecord:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("a drift record is a JSON object")
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


def _is_secret_path(mismatch: Mismatch) -> bool:
    return bool({str(p).lower() for p in mismatch.path if isinstance(p, str)} & SECRET_NAMES)


def _message(mismatch: Mismatch) -> str:
    """The validator's text, unless it would quote a value under a secret-named field."""
    if _is_secret_path(mismatch) and mismatch.kind not in ("missing", "null"):
        return f"<redacted> ({mismatch.kind} mismatch)"
    return redact(mismatch.message)


def example_of(mismatch: Mismatch) -> str:
    """A short, redacted rendering of the offending value (secret-named fields masked)."""
    if _is_secret_path(mismatch):
        return "<redacted>"
    if mismatch.kind == "missing":
        return ""
    text = json.dumps(mismatch.value, ensure_ascii=False, default=str)
    text = redact(text)
    return text if len(text) <= _EXAMPLE_LIMIT else text[: _EXAMPLE_LIMIT - 3] + "..."


class DriftLog:
    """Where drift records go: the ``broker_overlays.drift`` logger (once per operation, field
    and kind in this process) and, if configured, a JSONL file (every occurrence)."""

    def __init__(self, path: str | Path | None = None) -> None:
        configured = path if path is not None else os.environ.get(DRIFT_LOG_ENV) or None
        self.path = Path(configured) if configured is not None else None
        self._seen: set[tuple[str, str, str, str]] = set()
        self._lock = threading.Lock()

    @property
    def collects_extras(self) -> bool:
        """Undeclared fields are searched for only when there is a file to keep them in."""
        return self.path is not None

    def write(self, records: list[DriftRecord]) -> None:
        fresh = []
        with self._lock:
            for record in records:
                key = (record.broker, record.operation, record.field, record.kind)
                if key not in self._seen:
                    self._seen.add(key)
                    fresh.append(record)
            if self.path is not None and records:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as out:
                    out.writelines(record.to_json() + "\n" for record in records)
        for record in fresh:
            log.warning(
                "%s %s: response drift at %s (%s): %s",
                record.broker,
                record.operation,
                record.field,
                record.kind,
                record.message,
            )


def records(
    broker: str,
    operation: str,
    status: int,
    mismatches: list[Mismatch],
    schema_of: Mapping[str, str],
    now: datetime | None = None,
) -> list[DriftRecord]:
    """Drift records for ``mismatches``; ``schema_of`` maps a field to its schema pointer."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return [
        DriftRecord(
            time=stamp,
            broker=broker,
            operation=operation,
            status=status,
            field=m.field,
            kind=m.kind,
            message=_message(m),
            example=example_of(m),
            schema=schema_of.get(m.field, ""),
        )
        for m in mismatches
    ]


# -- undeclared fields -------------------------------------------------------------------------


def extra_fields(
    schema: Mapping[str, Any], body: Any, resolve: Any, path: tuple[str | int, ...] = ()
) -> Iterator[Mismatch]:
    """Fields of ``body`` that ``schema`` does not declare (``resolve`` follows ``$ref``s).

    Objects whose schema declares no properties, or allows any (``additionalProperties`` set
    to a schema or true), are not searched; composed schemas (``allOf``/``anyOf``/``oneOf``)
    declare the union of their parts.
    """
    schema = _deref(schema, resolve)
    if isinstance(body, str):
        listed = open_enum_values(schema, resolve)
        if listed is not None and body not in listed:
            yield Mismatch(path, "enum", f"{body!r} is not a value the spec lists", body)
    elif isinstance(body, dict):
        declared = declared_properties(schema, resolve)
        if declared is None:
            return
        for name, value in body.items():
            sub = declared.get(name)
            if sub is None:
                yield Mismatch((*path, name), "extra", f"undeclared field {name!r}", value)
            else:
                yield from extra_fields(sub, value, resolve, (*path, name))
    elif isinstance(body, list):
        items = _items(schema, resolve)
        if items is not None:
            for index, value in enumerate(body[:EXTRA_SAMPLE]):
                yield from extra_fields(items, value, resolve, (*path, index))


def open_enum_values(schema: Mapping[str, Any], resolve: Any) -> set[Any] | None:
    """The listed values of an open enum (``anyOf: [{enum: [...]}, {type: string}]``): any
    string validates, so a new value is only found here."""
    for key in ("anyOf", "oneOf"):
        branches = [_deref(b, resolve) for b in schema.get(key) or ()]
        listed = [b["enum"] for b in branches if "enum" in b]
        if listed and any(b.get("type") == "string" and "enum" not in b for b in branches):
            return {v for values in listed for v in values}
    return None


def _deref(schema: Any, resolve: Any) -> Mapping[str, Any]:
    node, _ = _enter(schema, "", resolve)
    return node if isinstance(node, Mapping) else {}


def _parts(schema: Mapping[str, Any], resolve: Any) -> list[Mapping[str, Any]]:
    return [part for part, _ in _ref_parts_with_pointer(schema, "", resolve)]


def declared_properties(schema: Mapping[str, Any], resolve: Any) -> dict[str, Any] | None:
    """Declared properties of an object schema (all its composed parts), or None where any
    field is welcome (an undeclared field there is not reported)."""
    declared: dict[str, Any] = {}
    for part in _parts(schema, resolve):
        extra = part.get("additionalProperties")
        if extra is True or isinstance(extra, Mapping) or part.get("patternProperties"):
            return None
        declared.update(part.get("properties") or {})
    return declared or None


def _items(schema: Mapping[str, Any], resolve: Any) -> Mapping[str, Any] | None:
    for part in _parts(schema, resolve):
        if isinstance(part.get("items"), Mapping):
            return _deref(part["items"], resolve)
    return None


# -- repair ------------------------------------------------------------------------------------


def without(body: Any, paths: list[tuple[str | int, ...]]) -> Any:
    """A copy of ``body`` without the values at ``paths`` (object members are removed, so the
    generated parser reads them as unset; array items are left alone). Only the containers on
    the way are copied."""
    result = body
    for path in sorted(paths, key=len, reverse=True):
        if path:
            result = _drop(result, path)
    return result


def _drop(node: Any, path: tuple[str | int, ...]) -> Any:
    head, rest = path[0], path[1:]
    if isinstance(node, dict) and isinstance(head, str) and head in node:
        copy = dict(node)
        if rest:
            copy[head] = _drop(node[head], rest)
        else:
            del copy[head]
        return copy
    if isinstance(node, list) and isinstance(head, int) and 0 <= head < len(node) and rest:
        copy_list = list(node)
        copy_list[head] = _drop(node[head], rest)
        return copy_list
    return node


# -- where a field is declared -----------------------------------------------------------------


def declaring_schema(
    schema: Mapping[str, Any], path: tuple[str | int, ...], resolve: Any, base: str
) -> str:
    """JSON pointer of the named schema that declares the parent of ``path`` (``base``, the
    pointer of ``schema`` itself, while no ``$ref`` has been followed). Of the parts of a
    composed schema, the one along which the whole path can be followed wins."""
    return _follow(schema, base, path[:-1], resolve) or base


def _follow(node: Any, pointer: str, steps: tuple[str | int, ...], resolve: Any) -> str | None:
    node, pointer = _enter(node, pointer, resolve)
    if not steps:
        return pointer
    step = steps[0]
    for part, part_pointer in _ref_parts_with_pointer(node, pointer, resolve):
        if isinstance(step, int):
            child = part.get("items")
        else:
            child = (part.get("properties") or {}).get(step)
        if isinstance(child, Mapping):
            found = _follow(child, part_pointer, steps[1:], resolve)
            if found is not None:
                return found
    return None


def _enter(node: Any, pointer: str, resolve: Any) -> tuple[Any, str]:
    hops = 0
    while isinstance(node, Mapping) and "$ref" in node and hops < 32:
        pointer, node, hops = str(node["$ref"]), resolve(node), hops + 1
    return node, pointer


def _ref_parts_with_pointer(
    node: Any, pointer: str, resolve: Any
) -> list[tuple[Mapping[str, Any], str]]:
    node, pointer = _enter(node, pointer, resolve)
    if not isinstance(node, Mapping):
        return []
    parts = [(node, pointer)]
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or ():
            parts += _ref_parts_with_pointer(sub, pointer, resolve)
    return parts
