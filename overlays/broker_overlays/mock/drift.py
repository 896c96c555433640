"""Drift mode of the mock brokers: answers that depart from the spec the way real brokers do.

With ``MockConfig(drift=True)`` (``broker-toolkit mock ... --drift``, or
``POST /__mock__/drift {"enabled": true}``) every successful JSON answer of a read operation
(``x-idempotent: true`` and no ``x-order-operation``) gets one perturbation:

* ``rename`` - a required field appears under another name (the spec check reports it
  ``missing`` plus the new name ``extra``);
* ``retype`` - a string of digits becomes a JSON number, or a number a string (``type``);
* ``drop`` - a required field is left out (``missing``);
* ``enum`` - an enumeration gets a value the spec does not list (``enum``; the specs' response
  enums are open, so the client finds it in its drift log, never as an error);
* ``nest`` - an object is wrapped under a new key, or an array under an object (``missing``
  and ``extra``, or ``type``).

Targets are chosen from the operation's response schema so that each perturbation is
detectable (a required field, a strictly typed field, an enum) and checked against the
spec before it is applied; the envelope's status, message and code fields are never touched,
so a success stays a success. The choice is deterministic per operation and seed: operation
*i* of the spec (reads only) prefers kind ``(i + seed) mod 5`` and falls back to the next kind
with a detectable target; the field is drawn with a random generator seeded by the seed,
operation and kind. An operation without any detectable target is answered unchanged.

What was applied is kept (:attr:`Drifter.applied`, ``GET /__mock__/drift``) with the findings
a drift check should report for it (``expected``: field and drift kind), and named in the
request log entry of each perturbed answer.
"""

from __future__ import annotations

import copy
import random
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeAlias

from broker_overlays.drift import declared_properties, extra_fields, open_enum_values
from broker_overlays.spec_catalog import Operation, catalog
from broker_overlays.spec_validation import validator

__all__ = ["KINDS", "Drifter", "Perturbation", "PerturbationKind", "is_read"]

PerturbationKind: TypeAlias = Literal["rename", "retype", "drop", "enum", "nest"]
KINDS: Final[tuple[PerturbationKind, ...]] = ("rename", "retype", "drop", "enum", "nest")
WRAP_KEY: Final = "data"
"""The key an object or array is wrapped under by ``nest``."""

_NUMERIC: Final = re.compile(r"-?\d{1,15}(\.\d{1,6})?")
Path: TypeAlias = tuple[str, ...]
"""A folded path: object keys, ``"[]"`` for every item of an array."""


def is_read(op: Operation) -> bool:
    """A safe read by the spec's markers: idempotent and not an order operation."""
    return op.idempotent and not op.is_order


@dataclass(frozen=True, slots=True)
class Perturbation:
    """One perturbation of one operation's answers."""

    operation: str
    kind: PerturbationKind
    field: str
    """Where (drift-record form: ``orderBookDetails/[]/orderNumber``)."""
    detail: str
    """What changed, e.g. ``orderNumber -> order_number`` or ``"600.00" -> 600.0``."""
    expected: tuple[tuple[str, str], ...]
    """(field, drift kind) findings a spec check reports for it."""

    def describe(self) -> str:
        return f"{self.kind} {self.field}: {self.detail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "kind": self.kind,
            "field": self.field,
            "detail": self.detail,
            "expected": [{"field": f, "kind": k} for f, k in self.expected],
        }


@dataclass(frozen=True, slots=True)
class _Site:
    """A candidate target: the path of a value and what the perturbation would do there."""

    kind: PerturbationKind
    path: Path
    expected: tuple[tuple[str, str], ...]
    new: Any = None
    """The new name (rename), or the value to put in place (retype, enum)."""
    detail: str = ""


@dataclass
class _Applied:
    perturbation: Perturbation
    count: int = 0


def _folded(path: Path) -> str:
    return "/".join(path) or "(body)"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class _Schemas:
    """Schema look-ups in one broker's bundled spec."""

    def __init__(self, broker: str) -> None:
        self.spec = catalog(broker)

    def deref(self, schema: Any) -> Mapping[str, Any]:
        node = self.spec.resolve(schema)
        return node if isinstance(node, Mapping) else {}

    def unwrap(self, schema: Any) -> Mapping[str, Any]:
        """The schema itself, or the one non-null branch of a nullable ``anyOf``/``oneOf``."""
        node = self.deref(schema)
        for key in ("anyOf", "oneOf"):
            branches = [self.deref(s) for s in node.get(key) or ()]
            if branches:
                real = [b for b in branches if b.get("type") != "null"]
                return real[0] if len(real) == 1 and len(branches) == 2 else {}
        return node

    def parts(self, schema: Any) -> list[Mapping[str, Any]]:
        node = self.unwrap(schema)
        found = [node]
        for sub in node.get("allOf") or ():
            found += self.parts(sub)
        return found

    def properties(self, schema: Any) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for part in self.parts(schema):
            props.update(part.get("properties") or {})
        return props

    def required(self, schema: Any) -> set[str]:
        return {str(name) for part in self.parts(schema) for name in part.get("required") or ()}

    def closed(self, schema: Any) -> bool:
        """Undeclared fields of such an object are reported as ``extra`` (the client's rule)."""
        return declared_properties(self.unwrap(schema), self.spec.resolve) is not None

    def items(self, schema: Any) -> Any:
        for part in self.parts(schema):
            if isinstance(part.get("items"), Mapping):
                return part["items"]
        return None

    def types(self, schema: Any) -> set[str]:
        """The JSON types a schema allows when it names them plainly (``type``, no branches)."""
        node = self.deref(schema)
        branches = [self.deref(s) for s in (node.get("anyOf") or node.get("oneOf") or ())]
        if branches:
            found: set[str] = set()
            for branch in branches:
                if "type" not in branch:
                    return set()
                found |= self.types(branch)
            return found
        kind = node.get("type")
        if isinstance(kind, str):
            return {kind}
        if isinstance(kind, list):
            return {str(k) for k in kind}
        return set()


class Drifter:
    """Perturbs the answers of one mock broker's read operations (deterministic per seed)."""

    def __init__(self, broker: str, *, seed: int = 0, enabled: bool = True) -> None:
        self.broker = broker
        self.seed = seed
        self.enabled = enabled
        self._schemas = _Schemas(broker)
        spec = self._schemas.spec
        reads = [op.operation_id for op in spec.operations if is_read(op)]
        self._position = {name: index for index, name in enumerate(reads)}
        rule = spec.envelope
        self._envelope = set(rule.status_fields) | set(rule.message_fields) | set(rule.code_fields)
        envelope = spec.components.get("schemas", {}).get("Envelope")
        self._bookkeeping = set(self._schemas.properties(envelope)) if envelope else set()
        """Top-level fields of the envelope (``serverTime``, ``msgId``): only ``nest`` moves
        them; the others perturb the payload."""
        self._validator = validator(broker)
        self._applied: dict[tuple[str, str, str], _Applied] = {}
        self._targets: dict[str, set[PerturbationKind]] = {}
        """Per operation perturbed so far: the kinds that had a detectable target."""
        self._lock = threading.Lock()

    # -- state ------------------------------------------------------------------------------

    @property
    def applied(self) -> list[Perturbation]:
        """Every perturbation applied so far (once each), in the order first applied."""
        with self._lock:
            return [entry.perturbation for entry in self._applied.values()]

    @property
    def undetectable(self) -> list[PerturbationKind]:
        """Kinds no answer seen so far had a detectable target for (e.g. ``enum`` when every
        response enumeration of the spec is open, ``drop`` when no response field is
        required): the spec cannot tell them from a conforming answer."""
        with self._lock:
            if not self._targets:
                return []
            possible = set().union(*self._targets.values())
        return [kind for kind in KINDS if kind not in possible]

    def to_json(self) -> dict[str, Any]:
        undetectable = self.undetectable
        with self._lock:
            applied = [
                {**entry.perturbation.to_json(), "count": entry.count}
                for entry in self._applied.values()
            ]
            seen = len(self._targets)
        return {
            "enabled": self.enabled,
            "seed": self.seed,
            "applied": applied,
            "operationsSeen": seen,
            "undetectable": undetectable,
        }

    def reset(self) -> None:
        with self._lock:
            self._applied.clear()
            self._targets.clear()

    # -- perturbing -------------------------------------------------------------------------

    def applies(self, op: Operation, status: int, body: Any) -> bool:
        """Whether ``body`` (the answer of ``op`` with HTTP ``status``) is perturbed."""
        if not self.enabled or not is_read(op) or not 200 <= status < 300:
            return False
        if not isinstance(body, dict | list):
            return False
        return self._schemas.spec.envelope.failure(body) is None

    def perturb(self, op: Operation, status: int, body: Any) -> tuple[Any, Perturbation | None]:
        """``body`` with this operation's perturbation applied (a copy), and which one; the
        body itself and None when drift does not apply or nothing is detectable."""
        if not self.applies(op, status, body):
            return body, None
        media = self._validator.response_media(op, status)
        if media is None or media[0] != "application/json":
            return body, None
        schema = media[1]
        sites: dict[PerturbationKind, list[_Site]] = {kind: [] for kind in KINDS}
        for site in self._sites(schema, body):
            sites[site.kind].append(site)
        with self._lock:
            self._targets[op.operation_id] = {kind for kind, found in sites.items() if found}
        for kind in self._order(op, sites):
            candidates = sorted(sites[kind], key=lambda s: _folded(s.path))
            random.Random(f"{self.seed}:{self.broker}:{op.operation_id}:{kind}").shuffle(candidates)
            for site in candidates:
                changed = _apply(site, body)
                if self._detected(schema, changed, site.expected):
                    return changed, self._record(op, site)
        return body, None

    def _order(
        self, op: Operation, sites: Mapping[PerturbationKind, list[_Site]]
    ) -> list[PerturbationKind]:
        """The kinds with a target here, starting at ``(i + seed) mod n`` (operation *i* of
        the spec's reads, *n* such kinds), so that kinds spread evenly over operations."""
        possible = [kind for kind in KINDS if sites[kind]]
        if not possible:
            return []
        start = (self._position.get(op.operation_id, 0) + self.seed) % len(possible)
        return possible[start:] + possible[:start]

    def _record(self, op: Operation, site: _Site) -> Perturbation:
        found = Perturbation(
            op.operation_id, site.kind, _folded(site.path), site.detail, site.expected
        )
        key = (found.operation, found.kind, found.field)
        with self._lock:
            entry = self._applied.setdefault(key, _Applied(found))
            entry.count += 1
            return entry.perturbation

    def _detected(
        self, schema: Mapping[str, Any], body: Any, expected: tuple[tuple[str, str], ...]
    ) -> bool:
        found = self._validator.response_mismatches(schema, body, limit=500)
        found += extra_fields(schema, body, self._schemas.spec.resolve)
        seen = {(m.field, m.kind) for m in found}
        return bool(expected) and all(item in seen for item in expected)

    # -- where each kind can go -------------------------------------------------------------

    def _sites(self, schema: Any, body: Any) -> Iterator[_Site]:
        for path, parent, name, value in self._walk(schema, body, ()):
            top = len(path) == 1 or (len(path) == 2 and path[0] == "[]")
            if top and name in self._envelope:
                continue
            for kind in KINDS:
                if top and name in self._bookkeeping and kind != "nest":
                    continue
                yield from self._candidates(kind, path, parent, name, value)

    def _walk(self, schema: Any, body: Any, path: Path) -> Iterator[tuple[Path, Any, str, Any]]:
        """(path, parent schema, field name, value) of every declared field present in the
        body (arrays: their first item stands for all)."""
        schemas = self._schemas
        if isinstance(body, dict):
            props = schemas.properties(schema)
            for name in sorted(body):
                if name not in props or body[name] is None:
                    continue
                sub = (*path, name)
                yield sub, schema, name, body[name]
                yield from self._walk(props[name], body[name], sub)
        elif isinstance(body, list) and body:
            items = schemas.items(schema)
            if items is not None:
                yield from self._walk(items, body[0], (*path, "[]"))

    def _candidates(
        self, kind: PerturbationKind, path: Path, parent: Any, name: str, value: Any
    ) -> Iterator[_Site]:
        schemas = self._schemas
        prop = schemas.properties(parent)[name]
        where = _folded(path)
        base = _folded(path[:-1]) + "/" if len(path) > 1 else ""
        if kind in ("rename", "drop"):
            required = name in schemas.required(parent)
            if isinstance(value, dict | list):
                return  # a field, not a whole part of the answer, is renamed or dropped
            if kind == "drop":
                if required:
                    yield _Site("drop", path, ((where, "missing"),), detail=f"{name} left out")
                return
            renamed = _snake(name) if _snake(name) != name else f"{name}_v2"
            if renamed in schemas.properties(parent) or not schemas.closed(parent):
                return
            extra = (base + renamed, "extra")
            expected = ((where, "missing"), extra) if required else (extra,)
            yield _Site("rename", path, expected, renamed, f"{name} -> {renamed}")
        elif kind == "retype":
            types = schemas.types(prop)
            if types <= {"string", "null"} and isinstance(value, str) and _NUMERIC.fullmatch(value):
                number = float(value) if "." in value else int(value)
                yield _Site("retype", path, ((where, "type"),), number, f"{value!r} -> {number!r}")
            elif (
                types
                and types <= {"number", "integer", "null"}
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                yield _Site(
                    "retype", path, ((where, "type"),), str(value), f"{value!r} -> {str(value)!r}"
                )
        elif kind == "enum":
            node = schemas.deref(prop)
            values = node.get("enum")
            if not isinstance(values, list):  # an open enum: the client's drift log finds it
                listed = open_enum_values(node, schemas.deref)
                values = sorted(listed, key=str) if listed else None
            if not isinstance(values, list) or value not in values:
                return
            if isinstance(value, str):
                new: Any = next(v for v in (f"{value}_NEW", f"{value}_NEW2") if v not in values)
            elif isinstance(value, int) and not isinstance(value, bool):
                new = max(v for v in values if isinstance(v, int)) + 1
            else:
                return
            yield _Site("enum", path, ((where, "enum"),), new, f"{value!r} -> {new!r}")
        elif kind == "nest":
            if isinstance(value, dict) and value:
                wrapped = [
                    (f"{where}/{r}", "missing")
                    for r in sorted(schemas.required(prop))
                    if r in value
                ]
                if schemas.closed(prop):
                    wrapped.append((f"{where}/{WRAP_KEY}", "extra"))
                if wrapped:
                    detail = f"{name} wrapped under {WRAP_KEY!r}"
                    yield _Site("nest", path, tuple(wrapped), detail=detail)
            elif isinstance(value, list) and "array" in schemas.types(prop):
                detail = f"array {name} wrapped in an object under {WRAP_KEY!r}"
                yield _Site("nest", path, ((where, "type"),), detail=detail)


def _apply(site: _Site, body: Any) -> Any:
    """A copy of ``body`` with ``site`` applied wherever its path leads (every array item)."""
    changed = copy.deepcopy(body)
    for container, name in _parents(changed, site.path):
        if name not in container:
            continue
        if site.kind == "drop":
            del container[name]
        elif site.kind == "rename":
            container[site.new] = container.pop(name)
        elif site.kind in ("retype", "enum"):
            container[name] = site.new
        elif site.kind == "nest":
            container[name] = {WRAP_KEY: container[name]}
    return changed


def _parents(node: Any, path: Path) -> Iterator[tuple[dict[str, Any], str]]:
    head, rest = path[0], path[1:]
    if head == "[]":
        if isinstance(node, list):
            for item in node:
                yield from _parents(item, rest)
        return
    if not isinstance(node, dict):
        return
    if not rest:
        yield node, head
    elif head in node:
        yield from _parents(node[head], rest)
