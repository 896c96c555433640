"""What changed for client users when specs/ change: a rule-based diff of two spec revisions.

``scripts/spec-diff [--fail-on-breaking] [--summary] [--no-codegen] [--repo DIR] [BASE_REV]
[HEAD_REV]`` (defaults: ``HEAD`` against the working tree; exit 1 with ``--fail-on-breaking``
and a breaking finding, 2 when a revision cannot be read). A git revision is materialised in a
temporary folder (``git archive`` of its ``specs/``, ``generated/`` and ``scripts/codegen/``)
and bundled with ``codegen.bundle``, the code ``scripts/generate`` uses. Both bundles are
compared per operation (matched by ``operationId``), and so are the generated clients' public
API (operation modules and model classes): read from ``generated/`` when its ``openapi.json``
is exactly the bundle (CI keeps it so), otherwise rendered with ``codegen.render`` (3-4 s a
broker). The Markdown report is grouped by broker, then operation; ``--rules`` lists the rules.

Classification (judged from the client's side): what the client *sends* (parameters, request
bodies, webhook answers) must keep accepting what it accepted, so a removed or narrowed request
value is breaking and a widened one compatible; what the client *receives* (responses, webhook
bodies) may narrow (a removed response enum value or type is compatible) and, since the
generated models parse unions and the specs' response enums are open, may widen too (a new
response enum value, ``string`` -> ``[string, number]``, an added ``oneOf`` branch or ``null``:
compatible). A response field removed, made optional or changed to an unrelated type is
breaking; so is a removed 2xx response, while a removed error response is compatible. Webhooks
swap the roles (the broker sends the body, the client answers). Description, example and
``links`` edits are "docs only" (listed, not counted in the summary). ``x-idempotent``,
``x-order-operation``, ``x-rate-limit-category``, ``x-static-ip`` and root ``x-*`` changes
alter what the overlays do, not the typed API: compatible, listed. Schemas are compared through
``$ref`` (recursion-guarded), ``allOf`` (merged), ``oneOf``/``anyOf`` and ``if``/``then``/
``else`` (union of types, values and properties; a property is required only when every object
branch requires it), ``type`` lists and ``nullable``; an ``integer`` is a ``number``.

Why not oasdiff: the well-known OpenAPI diff engine (github.com/oasdiff/oasdiff) is written in
Go and cannot be installed here; this is a small subset of its checks over the bundled JSON.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import codegen

Kind = Literal["breaking", "compatible", "docs"]
Role = Literal["parameter", "request", "response"]

REPO = codegen.ROOT
TREE_PARTS = ("specs", "generated", "scripts/codegen")
SPEC_GROUP = "Whole spec"
API_GROUP = "Generated client"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OP_MARKERS = ("x-idempotent", "x-order-operation", "x-rate-limit-category", "x-static-ip")
ALL_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
SCALARS = frozenset({"string", "number", "integer", "boolean"})
MIN_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
MAX_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
OTHER_CONSTRAINTS = ("pattern", "format", "multipleOf")
MAX_DEPTH = 64
_MISSING: Any = object()

B: Kind = "breaking"
C: Kind = "compatible"
D: Kind = "docs"
RULES: dict[str, tuple[Kind, str]] = {
    # operations
    "operation-removed": (B, "an operation (and its generated module) is gone"),
    "operation-added": (C, "a new operation"),
    "operation-id-changed": (B, "same method and path, new operationId: the module is renamed"),
    "path-changed": (B, "the operation moved to another path"),
    "method-changed": (B, "the operation uses another HTTP method"),
    "operation-tag-changed": (B, "first tag changed: the module moves to another api/<tag>/"),
    "operation-deprecated": (C, "the operation is now marked deprecated"),
    # parameters
    "parameter-removed": (B, "a parameter the client may send is gone"),
    "required-parameter-added": (B, "a new required parameter"),
    "optional-parameter-added": (C, "a new optional parameter"),
    "parameter-made-required": (B, "an optional parameter became required"),
    "parameter-made-optional": (C, "a required parameter became optional"),
    "parameter-retyped": (B, "a parameter's type changed or narrowed"),
    "parameter-type-widened": (C, "a parameter accepts more types"),
    # request bodies
    "request-body-removed": (B, "the operation takes no body any more"),
    "required-request-body-added": (B, "a new required request body"),
    "optional-request-body-added": (C, "a new optional request body"),
    "request-body-made-required": (B, "the request body became required"),
    "request-body-made-optional": (C, "the request body became optional"),
    "request-media-type-removed": (B, "a request content type is no longer accepted"),
    "request-media-type-added": (C, "a new request content type"),
    "request-field-removed": (B, "a field the client may send is gone"),
    "required-request-field-added": (B, "a new required request field"),
    "optional-request-field-added": (C, "a new optional request field"),
    "request-field-made-required": (B, "an optional request field became required"),
    "request-field-made-optional": (C, "a required request field became optional"),
    "request-field-retyped": (B, "a request field's (or body's) type changed or narrowed"),
    "request-type-widened": (C, "a request field accepts more types (union, oneOf, null)"),
    "request-enum-value-removed": (B, "a value the client may send is refused (or an enum added)"),
    "request-enum-value-added": (C, "a request enum accepts a new value"),
    "request-constraint-tightened": (B, "pattern/format/bounds added or tightened on a sent value"),
    "request-constraint-relaxed": (C, "pattern/format/bounds removed or loosened on a sent value"),
    # responses
    "success-response-removed": (B, "a 2xx response (its model) is gone"),
    "response-status-removed": (C, "a non-2xx response the client may receive is gone"),
    "response-status-added": (C, "a new response status"),
    "response-media-type-removed": (B, "a response content type is gone"),
    "response-media-type-added": (C, "a new response content type"),
    "response-field-removed": (B, "a field the client reads is gone"),
    "response-field-added": (C, "a new response field"),
    "response-field-made-optional": (B, "a required response field became optional"),
    "response-field-made-required": (C, "an optional response field became required"),
    "response-field-retyped": (B, "a response field's type changed to an unrelated type"),
    "response-type-widened": (C, "a response field may carry more types (parsed by the model)"),
    "response-type-narrowed": (C, "a response field carries fewer types"),
    "response-enum-value-added": (C, "a response enum has a new value (response enums are open)"),
    "response-enum-value-removed": (C, "a value the client may receive is gone"),
    "response-constraint-changed": (C, "pattern/format/bounds of a received value changed"),
    # servers and auth
    "server-url-changed": (B, "the default server URL changed or a server URL was removed"),
    "server-url-added": (C, "an additional server URL"),
    "security-changed": (B, "an operation's (or the default) security requirement changed"),
    "security-alternative-added": (C, "a new alternative security requirement"),
    "security-scheme-changed": (B, "a security scheme was removed or its type/location changed"),
    "security-scheme-added": (C, "a new security scheme"),
    # overlays
    "overlay-marker-changed": (C, "x-idempotent / x-order-operation / rate category changed"),
    "overlay-config-changed": (C, "a root x-* block (rate limits, envelope, ...) changed"),
    # generated client
    "generated-module-removed": (B, "an operation module of the generated client is gone"),
    "generated-module-added": (C, "a new operation module"),
    "generated-model-removed": (B, "a model class of the generated client is gone"),
    "generated-model-added": (C, "a new model class"),
    # docs
    "version-changed": (D, "info.version changed"),
    "docs-changed": (D, "only descriptions, examples, links or other non-API keywords"),
}


class SpecDiffError(Exception):
    """A revision cannot be read or bundled."""


@dataclass(frozen=True, order=True)
class Change:
    """One finding: ``operation`` is an operation label, ``SPEC_GROUP`` or ``API_GROUP``."""

    broker: str
    operation: str
    kind: Kind
    rule: str
    detail: str


@dataclass(frozen=True)
class PublicApi:
    """What users of a generated package import: operation modules and model classes."""

    package: str
    modules: frozenset[str]
    models: frozenset[str]


@dataclass(frozen=True)
class _Op:
    key: str
    method: str
    path: str
    node: dict[str, Any]
    item: dict[str, Any]
    webhook: bool

    @property
    def label(self) -> str:
        name = self.node.get("operationId", "(no operationId)")
        if self.webhook:
            return f"{name} (webhook {self.path}, {self.method.upper()})"
        return f"{name} ({self.method.upper()} {self.path})"


@dataclass
class _Flat:
    props: dict[str, list[Any]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: list[Any] = field(default_factory=list)


# ------------------------------------------------------------------------- JSON helpers


def _lookup(doc: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        return _MISSING
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _deref(doc: Any, node: Any) -> Any:
    """Follow ``$ref`` chains (a dangling or circular chain gives ``{}``)."""
    for _ in range(MAX_DEPTH):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        node = _lookup(doc, node["$ref"])
        if node is _MISSING:
            return {}
    return {}


def _combine(schemas: list[Any], how: str) -> Any:
    return schemas[0] if len(schemas) == 1 else {how: schemas}


def _show_types(types: frozenset[str]) -> str:
    if types == ALL_TYPES:
        return "any"
    shown = types - {"integer"} if "number" in types else types
    return " | ".join(sorted(shown)) or "nothing"


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _values_text(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def _requirements(security: Any) -> frozenset[frozenset[tuple[str, tuple[str, ...]]]]:
    return frozenset(
        frozenset((name, tuple(sorted(scopes or []))) for name, scopes in req.items())
        for req in security or []
        if isinstance(req, dict)
    )


def _server_urls(servers: Any) -> list[str]:
    return [str(s.get("url", "")) for s in servers or [] if isinstance(s, dict)]


def _without_text(node: Any) -> Any:
    if isinstance(node, dict):
        skip = {"description", "summary", "example", "examples", "title"}
        return {k: _without_text(v) for k, v in node.items() if k not in skip}
    if isinstance(node, list):
        return [_without_text(v) for v in node]
    return node


def _changed_refs(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    """Component pointers whose content differs, directly or through what they reference."""
    pointers: set[str] = set()
    for doc in (old, new):
        for kind, items in (doc.get("components") or {}).items():
            for name in items or {}:
                escaped = str(name).replace("~", "~0").replace("/", "~1")
                pointers.add(f"#/components/{kind}/{escaped}")
    changed = {p for p in pointers if _lookup(old, p) != _lookup(new, p)}
    deps = {
        p: set(codegen._refs(_lookup(old, p))) | set(codegen._refs(_lookup(new, p)))
        for p in pointers
    }
    grew = True
    while grew:
        grew = False
        for pointer in pointers - changed:
            if not deps[pointer] <= pointers or deps[pointer] & changed:
                changed.add(pointer)
                grew = True
    return changed


def _operations(doc: dict[str, Any]) -> dict[str, _Op]:
    ops: dict[str, _Op] = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for path, raw_item in (doc.get(section) or {}).items():
            item = _deref(doc, raw_item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                where = (
                    f"webhook {path} {method.upper()}" if webhook else f"{method.upper()} {path}"
                )
                key = str(node.get("operationId") or where)
                ops[key] = _Op(key, method, str(path), node, item, webhook)
    return ops


# ------------------------------------------------------------------------------ the diff


class _Differ:
    """Compares two bundled documents of one broker; findings collect in ``changes``."""

    def __init__(self, broker: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.broker, self.old, self.new = broker, old, new
        self.changed = _changed_refs(old, new)
        self.changes: list[Change] = []
        self.group = SPEC_GROUP

    def add(self, rule: str, detail: str) -> None:
        self.changes.append(Change(self.broker, self.group, RULES[rule][0], rule, detail))

    def pristine(self, old: Any, new: Any) -> bool:
        """Equal, and every component they reference is unchanged too."""
        return bool(old == new) and not any(
            ref in self.changed or not ref.startswith("#/components/") for ref in codegen._refs(old)
        )

    # ---------------------------------------------------------------- document level
    def run(self) -> list[Change]:
        self.spec_level()
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        added = {k: new_ops[k] for k in new_ops.keys() - old_ops.keys()}
        by_place = {(o.webhook, o.method, o.path): o for o in added.values()}
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(old_ops[key], new_ops[key])
        for key in sorted(old_ops.keys() - new_ops.keys()):
            old_op = old_ops[key]
            renamed = by_place.get((old_op.webhook, old_op.method, old_op.path))
            if renamed is not None and renamed.key in added:
                del added[renamed.key]
                self.operation(old_op, renamed)
            else:
                self.group = old_op.label
                self.add("operation-removed", f"{old_op.label} removed")
        for op in added.values():
            self.group = op.label
            self.add("operation-added", f"{op.label} added")
        return self.changes

    def spec_level(self) -> None:
        self.group = SPEC_GROUP
        if not (self.old and self.new):  # a broker added or removed: its operations say it all
            return
        before = len(self.changes)
        old_v = (self.old.get("info") or {}).get("version")
        new_v = (self.new.get("info") or {}).get("version")
        if old_v != new_v:
            self.add("version-changed", f"info.version {old_v} -> {new_v}")
        self.servers(self.old.get("servers"), self.new.get("servers"), "servers")
        self.security(self.old.get("security"), self.new.get("security"), "default security")
        old_schemes = (self.old.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old_schemes.keys() - new_schemes.keys()):
            self.add("security-scheme-changed", f"security scheme {name} removed")
        for name in sorted(new_schemes.keys() - old_schemes.keys()):
            self.add("security-scheme-added", f"security scheme {name} added")
        for name in sorted(old_schemes.keys() & new_schemes.keys()):
            old_s = _without_text(_deref(self.old, old_schemes[name]))
            new_s = _without_text(_deref(self.new, new_schemes[name]))
            if old_s != new_s:
                self.add("security-scheme-changed", f"security scheme {name}: {old_s} -> {new_s}")
        for key in sorted(k for k in self.old.keys() | self.new.keys() if k.startswith("x-")):
            if self.old.get(key) != self.new.get(key):
                state = "changed" if key in self.old and key in self.new else "added/removed"
                self.add("overlay-config-changed", f"{key} {state}")
        if len(self.changes) == before and self._root_text(self.old) != self._root_text(self.new):
            self.add("docs-changed", "info, tags or other top-level text")

    @staticmethod
    def _root_text(doc: dict[str, Any]) -> Any:
        rest = {k: v for k, v in doc.items() if k not in ("paths", "webhooks", "components")}
        rest["securitySchemes"] = (doc.get("components") or {}).get("securitySchemes")
        return rest

    def servers(self, old: Any, new: Any, what: str) -> None:
        old_urls, new_urls = _server_urls(old), _server_urls(new)
        if old_urls == new_urls:
            return
        if old_urls[:1] != new_urls[:1] or set(old_urls) - set(new_urls):
            self.add("server-url-changed", f"{what}: {old_urls} -> {new_urls}")
        else:
            self.add("server-url-added", f"{what}: {old_urls} -> {new_urls}")

    def security(self, old: Any, new: Any, what: str) -> None:
        old_r, new_r = _requirements(old), _requirements(new)
        if old_r == new_r:
            return
        shown = f"{what}: {old or []} -> {new or []}"
        self.add("security-alternative-added" if old_r < new_r else "security-changed", shown)

    # --------------------------------------------------------------- operation level
    def operation(self, old: _Op, new: _Op) -> None:
        self.group = new.label
        before = len(self.changes)
        if old.key != new.key:
            self.add("operation-id-changed", f"was {old.key}, now {new.key}")
        if old.method != new.method:
            self.add("method-changed", f"{old.method.upper()} -> {new.method.upper()}")
        if old.path != new.path:
            self.add("path-changed", f"{old.path} -> {new.path}")
        old_tag, new_tag = (old.node.get("tags") or [None])[0], (new.node.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.add("operation-tag-changed", f"{old_tag} -> {new_tag}")
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self.add("operation-deprecated", "deprecated: true")
        for marker in OP_MARKERS:
            if old.node.get(marker) != new.node.get(marker):
                shown = f"{marker}: {old.node.get(marker)} -> {new.node.get(marker)}"
                self.add("overlay-marker-changed", shown)
        if any("servers" in n for n in (old.node, old.item, new.node, new.item)):
            self.servers(
                self._op_servers(self.old, old), self._op_servers(self.new, new), "servers"
            )
        if "security" in old.node or "security" in new.node:
            self.security(
                old.node.get("security", self.old.get("security")),
                new.node.get("security", self.new.get("security")),
                "security",
            )
        self.parameters(old, new)
        body_role: Role = "response" if new.webhook else "request"
        answer_role: Role = "request" if new.webhook else "response"
        self.request_body(old.node.get("requestBody"), new.node.get("requestBody"), body_role)
        self.responses(
            old.node.get("responses") or {}, new.node.get("responses") or {}, answer_role
        )
        if len(self.changes) == before and not (
            self.pristine(old.node, new.node)
            and self.pristine(old.item.get("parameters"), new.item.get("parameters"))
        ):
            self.add("docs-changed", "descriptions, examples, links or other non-API keywords")

    @staticmethod
    def _op_servers(doc: dict[str, Any], op: _Op) -> Any:
        return op.node.get("servers") or op.item.get("servers") or doc.get("servers")

    def _params(self, doc: dict[str, Any], op: _Op) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for raw in [*(op.item.get("parameters") or []), *(op.node.get("parameters") or [])]:
            param = _deref(doc, raw)
            if isinstance(param, dict) and "name" in param:
                found[f"{param.get('in')}.{param['name']}"] = param
        return found

    @staticmethod
    def _param_schema(param: dict[str, Any]) -> Any:
        if "schema" in param:
            return param["schema"]
        for media in (param.get("content") or {}).values():
            return (media or {}).get("schema", {})
        return {}

    def parameters(self, old_op: _Op, new_op: _Op) -> None:
        old, new = self._params(self.old, old_op), self._params(self.new, new_op)
        for name in sorted(old.keys() - new.keys()):
            self.add("parameter-removed", f"`{name}` removed")
        for name in sorted(new.keys() - old.keys()):
            required = bool(new[name].get("required"))
            rule = "required-parameter-added" if required else "optional-parameter-added"
            self.add(rule, f"`{name}` added")
        for name in sorted(old.keys() & new.keys()):
            was, now = bool(old[name].get("required")), bool(new[name].get("required"))
            if now and not was:
                self.add("parameter-made-required", f"`{name}` is now required")
            elif was and not now:
                self.add("parameter-made-optional", f"`{name}` is now optional")
            old_s, new_s = self._param_schema(old[name]), self._param_schema(new[name])
            self.walk(old_s, new_s, "parameter", name, frozenset(), 0)

    def request_body(self, old_raw: Any, new_raw: Any, role: Role) -> None:
        old, new = _deref(self.old, old_raw), _deref(self.new, new_raw)
        if not old and not new:
            return
        if not new:
            self.add("request-body-removed", "request body removed")
            return
        required = bool(new.get("required"))
        if not old:
            rule = "required-request-body-added" if required else "optional-request-body-added"
            self.add(rule, "request body added")
            return
        if required and not old.get("required"):
            self.add("request-body-made-required", "request body is now required")
        elif old.get("required") and not required:
            self.add("request-body-made-optional", "request body is now optional")
        self.content(old.get("content") or {}, new.get("content") or {}, role, "body", "request")

    def responses(self, old: dict[str, Any], new: dict[str, Any], role: Role) -> None:
        for code in sorted(old.keys() - new.keys()):
            rule = (
                "success-response-removed"
                if str(code).startswith("2")
                else "response-status-removed"
            )
            self.add(rule, f"response {code} removed")
        for code in sorted(new.keys() - old.keys()):
            self.add("response-status-added", f"response {code} added")
        for code in sorted(old.keys() & new.keys()):
            old_r, new_r = _deref(self.old, old[code]), _deref(self.new, new[code])
            old_c = old_r.get("content") or {} if isinstance(old_r, dict) else {}
            new_c = new_r.get("content") or {} if isinstance(new_r, dict) else {}
            self.content(old_c, new_c, role, str(code), "response")

    def content(
        self, old: dict[str, Any], new: dict[str, Any], role: Role, where: str, side: str
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add(f"{side}-media-type-removed", f"{where}: {media} removed")
        for media in sorted(new.keys() - old.keys()):
            self.add(f"{side}-media-type-added", f"{where}: {media} added")
        common = sorted(old.keys() & new.keys())
        for media in common:
            label = where if len(common) == 1 else f"{where}[{media}]"
            old_s, new_s = (
                (old[media] or {}).get("schema", {}),
                (new[media] or {}).get("schema", {}),
            )
            self.walk(old_s, new_s, role, label, frozenset(), 0)

    # ------------------------------------------------------------------ schema level
    def types(self, doc: dict[str, Any], node: Any, depth: int = 0) -> frozenset[str]:
        """The JSON types a schema admits (``integer`` is included wherever ``number`` is)."""
        node = _deref(doc, node)
        if node is False:
            return frozenset()
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return ALL_TYPES
        result = ALL_TYPES
        if "type" in node:
            raw = node["type"]
            declared = {raw} if isinstance(raw, str) else set(raw)
            if node.get("nullable") is True:
                declared.add("null")
            result = frozenset(declared | ({"integer"} if "number" in declared else set()))
        for key in ("enum", "const"):
            if key in node:
                values = node["enum"] if key == "enum" else [node["const"]]
                kinds = {_json_type(v) for v in values}
                result &= frozenset(kinds | ({"number"} if "integer" in kinds else set()))
        for branch in node.get("allOf") or []:
            result &= self.types(doc, branch, depth + 1)
        for key in ("anyOf", "oneOf"):
            if node.get(key):
                union: frozenset[str] = frozenset()
                for branch in node[key]:
                    union |= self.types(doc, branch, depth + 1)
                result &= union
        return result

    def values(self, doc: dict[str, Any], node: Any, depth: int = 0) -> frozenset[str] | None:
        """The allowed scalar values (JSON-encoded), ``None`` when any value of the type goes."""
        node = _deref(doc, node)
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return None
        found: frozenset[str] | None = None

        def narrow(extra: frozenset[str] | None) -> None:
            nonlocal found
            if extra is not None:
                found = extra if found is None else found & extra

        if "enum" in node:
            narrow(frozenset(json.dumps(v, sort_keys=True) for v in node["enum"]))
        if "const" in node:
            narrow(frozenset({json.dumps(node["const"], sort_keys=True)}))
        for branch in node.get("allOf") or []:
            narrow(self.values(doc, branch, depth + 1))
        for key in ("anyOf", "oneOf"):
            scalar = [b for b in node.get(key) or [] if self.types(doc, b, depth + 1) & SCALARS]
            if scalar:
                sets = [self.values(doc, b, depth + 1) for b in scalar]
                if all(s is not None for s in sets):
                    narrow(frozenset().union(*(s for s in sets if s is not None)))
        return found

    def flatten(self, doc: dict[str, Any], node: Any, depth: int = 0) -> _Flat:
        """Properties, required names and items of ``node`` through allOf, anyOf/oneOf and
        if/then/else (``then`` and ``else`` count as alternatives)."""
        node = _deref(doc, node)
        flat = _Flat()
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return flat
        for name, schema in (node.get("properties") or {}).items():
            flat.props[name] = [schema]
        flat.required = {str(r) for r in node.get("required") or []}
        if "items" in node:
            flat.items.append(node["items"])
        for branch in node.get("allOf") or []:
            part = self.flatten(doc, branch, depth + 1)
            for name, schemas in part.props.items():
                flat.props.setdefault(name, []).extend(schemas)
            flat.required |= part.required
            flat.items.extend(part.items)
        conditional = [node.get("then", {}), node.get("else", {})] if "if" in node else []
        for alternatives in (node.get("anyOf"), node.get("oneOf"), conditional):
            branches = [
                self.flatten(doc, b, depth + 1)
                for b in alternatives or []
                if self.types(doc, b, depth + 1) & {"object", "array"}
            ]
            if not branches:
                continue
            names = sorted({n for b in branches for n in b.props})
            for name in names:
                alternatives = [
                    _combine(b.props[name], "allOf") for b in branches if name in b.props
                ]
                flat.props.setdefault(name, []).append(_combine(alternatives, "anyOf"))
            flat.required |= set.intersection(*(b.required for b in branches))
            item_alternatives = [_combine(b.items, "allOf") for b in branches if b.items]
            if item_alternatives:
                flat.items.append(_combine(item_alternatives, "anyOf"))
        return flat

    @classmethod
    def _key(cls, node: Any) -> str | None:
        """What the recursion guard remembers: a ``$ref`` (also one wrapped alone in a
        composition), or the text of a composition node."""
        if not isinstance(node, dict):
            return None
        if isinstance(node.get("$ref"), str):
            return str(node["$ref"])
        for how in ("allOf", "anyOf", "oneOf"):
            only = node.get(how)
            if isinstance(only, list) and len(only) == 1 and set(node) <= {how, "description"}:
                return cls._key(only[0])
        if any(k in node for k in ("allOf", "anyOf", "oneOf")):
            return json.dumps(node, sort_keys=True)
        return None

    def walk(
        self, old: Any, new: Any, role: Role, where: str, seen: frozenset[Any], depth: int
    ) -> None:
        """Compare two schemas at ``where`` (``role``: who sends the value)."""
        key = (self._key(old), self._key(new))
        if depth > MAX_DEPTH or key in seen or self.pristine(old, new):
            return
        if key != (None, None):
            seen = seen | {key}
        old_t, new_t = self.types(self.old, old), self.types(self.new, new)
        if old_t != new_t:
            self.type_change(role, where, old_t, new_t)
        self.value_change(role, where, self.values(self.old, old), self.values(self.new, new))
        self.constraint_change(role, where, _deref(self.old, old), _deref(self.new, new))
        both = old_t & new_t
        if not both & {"object", "array"}:
            return
        old_f, new_f = self.flatten(self.old, old), self.flatten(self.new, new)
        if "array" in both and old_f.items and new_f.items:
            old_i, new_i = _combine(old_f.items, "allOf"), _combine(new_f.items, "allOf")
            self.walk(old_i, new_i, role, f"{where}[]", seen, depth + 1)
        if "object" in both:
            self.properties(role, where, old_f, new_f, seen, depth)

    def properties(
        self, role: Role, where: str, old: _Flat, new: _Flat, seen: frozenset[Any], depth: int
    ) -> None:
        side = "response" if role == "response" else "request"
        field_role: Role = "response" if role == "response" else "request"
        for name in sorted(old.props.keys() - new.props.keys()):
            self.add(f"{side}-field-removed", f"`{where}.{name}` removed")
        for name in sorted(new.props.keys() - old.props.keys()):
            if side == "response":
                self.add("response-field-added", f"`{where}.{name}` added")
            elif name in new.required:
                self.add("required-request-field-added", f"`{where}.{name}` added (required)")
            else:
                self.add("optional-request-field-added", f"`{where}.{name}` added (optional)")
        for name in sorted(old.props.keys() & new.props.keys()):
            was, now = name in old.required, name in new.required
            if was != now:
                state = "required" if now else "optional"
                self.add(f"{side}-field-made-{state}", f"`{where}.{name}` is now {state}")
            old_s, new_s = _combine(old.props[name], "allOf"), _combine(new.props[name], "allOf")
            self.walk(old_s, new_s, field_role, f"{where}.{name}", seen, depth + 1)

    def type_change(self, role: Role, where: str, old: frozenset[str], new: frozenset[str]) -> None:
        shown = f"`{where}`: {_show_types(old)} -> {_show_types(new)}"
        retyped = {
            "parameter": "parameter-retyped",
            "request": "request-field-retyped",
            "response": "response-field-retyped",
        }[role]
        if _covers(new, old):
            widened = {"parameter": "parameter-type-widened", "request": "request-type-widened"}
            self.add(widened.get(role, "response-type-widened"), shown)
        elif _covers(old, new) and role == "response":
            self.add("response-type-narrowed", shown)
        else:
            self.add(retyped, shown)

    def value_change(
        self, role: Role, where: str, old: frozenset[str] | None, new: frozenset[str] | None
    ) -> None:
        if old == new:
            return
        side = "response" if role == "response" else "request"
        if new is None:
            self.add(
                f"{side}-enum-value-added",
                f"`{where}`: any value now (was {_values_text(old or ())})",
            )
            return
        if old is None:
            self.add(f"{side}-enum-value-removed", f"`{where}`: restricted to {_values_text(new)}")
            return
        if old - new:
            self.add(f"{side}-enum-value-removed", f"`{where}`: {_values_text(old - new)} removed")
        if new - old:
            self.add(f"{side}-enum-value-added", f"`{where}`: {_values_text(new - old)} added")

    def constraint_change(self, role: Role, where: str, old: Any, new: Any) -> None:
        if not (isinstance(old, dict) and isinstance(new, dict)):
            return
        for key in (*MIN_BOUNDS, *MAX_BOUNDS, *OTHER_CONSTRAINTS):
            was, now = old.get(key, _MISSING), new.get(key, _MISSING)
            if was == now:
                continue
            before, after = ("-" if v is _MISSING else v for v in (was, now))
            shown = f"`{where}`: {key} {before} -> {after}"
            if role == "response":
                self.add("response-constraint-changed", shown)
                continue
            numeric = all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in (was, now)
            )
            if now is _MISSING:
                tightened = False
            elif was is _MISSING or not numeric:
                tightened = True
            else:
                tightened = now > was if key in MIN_BOUNDS else now < was
            self.add(
                "request-constraint-tightened" if tightened else "request-constraint-relaxed", shown
            )


def diff_specs(broker: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    """Every finding between two bundled documents of ``broker`` (``None``: no spec)."""
    return sorted(_Differ(broker, old or {}, new or {}).run())


def diff_api(broker: str, old: PublicApi, new: PublicApi) -> list[Change]:
    """Removed modules/classes of a generated package are breaking, added ones compatible."""
    pkg = new.package or old.package

    def change(rule: str, name: str) -> Change:
        return Change(broker, f"{API_GROUP} ({pkg})", RULES[rule][0], rule, f"`{name}`")

    found = [change("generated-module-removed", m) for m in old.modules - new.modules]
    found += [change("generated-module-added", m) for m in new.modules - old.modules]
    found += [change("generated-model-removed", m) for m in old.models - new.models]
    found += [change("generated-model-added", m) for m in new.models - old.models]
    return sorted(found)


# ------------------------------------------------------------------ trees and revisions


def _git(repo: Path, *args: str) -> bytes:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True)
    if proc.returncode != 0:
        message = proc.stderr.decode(errors="replace").strip()
        raise SpecDiffError(f"git {' '.join(args)}: {message or 'failed'}")
    return proc.stdout


def materialise(rev: str, dest: Path, repo: Path = REPO) -> Path:
    """Write ``specs/``, ``generated/`` and ``scripts/codegen/`` of ``rev`` into ``dest``."""
    commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    present = _git(repo, "ls-tree", "--name-only", commit, "--", *TREE_PARTS).decode().split()
    dest.mkdir(parents=True, exist_ok=True)
    if present:
        data = _git(repo, "archive", "--format=tar", commit, "--", *present)
        with tarfile.open(fileobj=io.BytesIO(data)) as archive:
            archive.extractall(dest, filter="data")
    return dest


@contextmanager
def use_tree(tree: Path, broker: str) -> Iterator[None]:
    """Point codegen's ``ROOT``/``SPECS`` at ``tree``, and ``CONFIGS`` too if the tree has a
    generator config for ``broker`` (otherwise this checkout's config is used)."""
    saved = codegen.ROOT, codegen.SPECS, codegen.CONFIGS
    codegen.ROOT, codegen.SPECS = tree, tree / "specs"
    if (tree / "scripts" / "codegen" / f"{broker}.yaml").is_file():
        codegen.CONFIGS = tree / "scripts" / "codegen"
    try:
        yield
    finally:
        codegen.ROOT, codegen.SPECS, codegen.CONFIGS = saved


def tree_brokers(*trees: Path) -> list[str]:
    return sorted({p.parent.name for t in trees for p in (t / "specs").glob("*/openapi.yaml")})


def bundle_tree(tree: Path, broker: str) -> dict[str, Any] | None:
    """``codegen.bundle`` of ``tree/specs/<broker>``; ``None`` if the tree has no such spec."""
    if not (tree / "specs" / broker / "openapi.yaml").is_file():
        return None
    with use_tree(tree, broker):
        try:
            return codegen.bundle(broker)
        except codegen.SpecError as exc:
            raise SpecDiffError(f"{tree}: {exc}") from exc


def public_api(package_dir: Path) -> PublicApi:
    """Operation modules (dotted) and the model classes in ``models/__init__.py`` ``__all__``."""
    pkg = package_dir.name
    modules = frozenset(
        ".".join((pkg, *p.relative_to(package_dir).with_suffix("").parts))
        for p in (package_dir / "api").rglob("*.py")
        if p.name != "__init__.py"
    )
    models: set[str] = set()
    init = package_dir / "models" / "__init__.py"
    if init.is_file():
        for stmt in ast.parse(init.read_text(encoding="utf-8")).body:
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
            ):
                value = ast.literal_eval(stmt.value)
                models.update(str(v) for v in value)
    return PublicApi(pkg, modules, frozenset(models))


def generated_api(tree: Path, broker: str, doc: dict[str, Any]) -> PublicApi:
    """The public API the generator makes of ``doc``: the committed package if it was made from
    exactly this bundle, otherwise a fresh ``codegen.render`` in a temporary folder."""
    with use_tree(tree, broker):
        try:
            committed = tree / "generated" / codegen.package_name(broker)
            shipped = committed / "openapi.json"
            if shipped.is_file() and json.loads(shipped.read_text(encoding="utf-8")) == doc:
                return public_api(committed)
            with tempfile.TemporaryDirectory(prefix="spec-diff-render-") as tmp:
                return public_api(codegen.render(broker, Path(tmp)))
        except (OSError, ValueError, SystemExit) as exc:  # codegen._run exits on failure
            raise SpecDiffError(f"generating the {broker} client of {tree}: {exc}") from exc


# ---------------------------------------------------------------------------- reporting

_KIND_LABEL = {"breaking": "**breaking**", "compatible": "compatible", "docs": "docs only"}


def _group_order(group: str) -> tuple[int, str]:
    return (0 if group == SPEC_GROUP else 2 if group.startswith(API_GROUP) else 1), group


def summary(changes: Sequence[Change], brokers: Sequence[str]) -> str:
    parts = []
    for broker in brokers:
        mine = [c for c in changes if c.broker == broker]
        breaking = sum(c.kind == "breaking" for c in mine)
        compatible = sum(c.kind == "compatible" for c in mine)
        parts.append(f"{broker}: {breaking} breaking, {compatible} compatible")
    return "; ".join(parts)


def report(changes: Sequence[Change], brokers: Sequence[str], base: str, head: str) -> str:
    """Markdown: one section per broker, one subsection per operation, summary line last."""
    lines = [f"# Spec changes: {base} -> {head}", ""]
    for broker in brokers:
        mine = [c for c in changes if c.broker == broker]
        lines += [f"## {broker}", ""]
        if not mine:
            lines += ["No changes.", ""]
            continue
        for group in sorted({c.operation for c in mine}, key=_group_order):
            lines += [f"### {group}", ""]
            for c in sorted(c for c in mine if c.operation == group):
                lines.append(f"- {_KIND_LABEL[c.kind]} `{c.rule}`: {c.detail}")
            lines.append("")
    lines.append(summary(changes, brokers))
    return "\n".join(lines) + "\n"


def rules_table() -> str:
    rows = ["| rule | kind | meaning |", "|---|---|---|"]
    rows += [f"| `{name}` | {kind} | {text} |" for name, (kind, text) in RULES.items()]
    return "\n".join(rows) + "\n"


def compare(
    base_tree: Path, head_tree: Path, *, codegen_api: bool = True
) -> tuple[list[str], list[Change]]:
    """Brokers and findings between two trees (folders holding ``specs/``)."""
    brokers = tree_brokers(base_tree, head_tree)
    changes: list[Change] = []
    for broker in brokers:
        old, new = bundle_tree(base_tree, broker), bundle_tree(head_tree, broker)
        if old == new:
            continue
        changes += diff_specs(broker, old, new)
        if codegen_api and old is not None and new is not None:  # else: all operations listed
            old_api = generated_api(base_tree, broker, old)
            changes += diff_api(broker, old_api, generated_api(head_tree, broker, new))
    return brokers, changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", default="HEAD", help="git revision (default HEAD)")
    parser.add_argument("head", nargs="?", help="git revision (default: the working tree)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if breaking")
    parser.add_argument("--summary", action="store_true", help="print the summary line only")
    parser.add_argument("--no-codegen", action="store_true", help="skip the generated-API part")
    parser.add_argument("--rules", action="store_true", help="list the rules and exit")
    parser.add_argument("--repo", type=Path, default=REPO, help="git work tree (default: this one)")
    args = parser.parse_args(argv)
    if args.rules:
        sys.stdout.write(rules_table())
        return 0
    repo = args.repo.resolve()
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
            base_tree = materialise(args.base, Path(tmp) / "base", repo)
            head_tree = (
                repo if args.head is None else materialise(args.head, Path(tmp) / "head", repo)
            )
            brokers, changes = compare(base_tree, head_tree, codegen_api=not args.no_codegen)
    except SpecDiffError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    head_label = "working tree" if args.head is None else args.head
    if args.summary:
        print(f"spec-diff {args.base} -> {head_label}: {summary(changes, brokers)}")
    else:
        sys.stdout.write(report(changes, brokers, args.base, head_label))
        print(f"({time.perf_counter() - started:.1f}s)", file=sys.stderr)
    breaking = any(c.kind == "breaking" for c in changes)
    return 1 if args.fail_on_breaking and breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
