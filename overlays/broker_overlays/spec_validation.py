"""Check requests and responses against the bundled spec (JSON Schema 2020-12, jsonschema-rs).

Requests are checked before they are sent, so bad input raises a typed error instead of
reaching the broker; responses are checked before the generated models parse them, so a
malformed body raises a typed error carrying the raw body instead of a bare ``KeyError``.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import cache
from typing import Any

import httpx
import jsonschema_rs

from broker_overlays import safe_json
from broker_overlays.drift import Mismatch
from broker_overlays.spec_catalog import Operation, SpecCatalog, catalog

_MAX_PROBLEMS = 5
_TYPE_KINDS = frozenset({"Type", "AnyOf", "OneOfNotValid", "OneOfMultipleValid"})
_UNPARSED: Any = object()
_NOT_JSON: Any = object()


def _is_json_value(value: Any) -> bool:
    return value is None or isinstance(value, dict | list | str | int | float | bool)


class SpecValidator:
    """Validators for every operation of one broker's spec, compiled lazily and cached."""

    def __init__(self, spec: SpecCatalog) -> None:
        self._spec = spec
        self._components = dict(spec.components)
        # Keyed by the identity of a schema node of the (never mutated) bundled document;
        # the node itself is kept alongside so that its id cannot be reused.
        self._compiled: dict[int, tuple[Any, jsonschema_rs.Draft202012Validator]] = {}
        self._lock = threading.Lock()

    def _validator(self, schema: Mapping[str, Any]) -> jsonschema_rs.Draft202012Validator:
        found = self._compiled.get(id(schema))
        if found is not None and found[0] is schema:
            return found[1]
        compiled = jsonschema_rs.Draft202012Validator({**schema, "components": self._components})
        with self._lock:
            self._compiled[id(schema)] = (schema, compiled)
        return compiled

    def _problems(self, schema: Mapping[str, Any], instance: Any, where: str) -> list[str]:
        validator = self._validator(schema)
        problems = []
        for error in validator.iter_errors(instance):
            path = "/".join(str(p) for p in error.instance_path)
            problems.append(f"{where}/{path}: {error.message}")
            if len(problems) >= _MAX_PROBLEMS:
                break
        return problems

    def request_problems(
        self, op: Operation, request: httpx.Request, *, body: Any = _UNPARSED
    ) -> list[str]:
        """Why the spec would reject ``request`` (empty when it conforms).

        ``body``: the request body already parsed by the caller (any non-JSON marker object
        when it could not be parsed), so that it is parsed once per request.
        """
        problems: list[str] = []
        params = self._spec.query_parameters(op)
        if params:  # parsing the query string is not free: only where the spec has some
            query = request.url.params
            for param in params:
                if param.name not in query:
                    if param.required:
                        problems.append(f"query parameter {param.name!r} is required")
                elif param.is_string:
                    value = query[param.name]
                    problems += self._problems(param.schema, value, f"query/{param.name}")
        spec_body = self._spec.request_body(op)
        if spec_body.json_schema is not None:
            if not request.content:
                if spec_body.required:
                    problems.append("request body is required")
            else:
                if body is _UNPARSED:
                    try:
                        body = safe_json.loads(request.content)
                    except safe_json.JSONBodyError:
                        body = _NOT_JSON
                if body is _NOT_JSON or not _is_json_value(body):
                    problems.append("request body is not JSON")
                else:
                    problems += self._problems(spec_body.json_schema, body, "body")
        return problems

    def response_media(
        self, op: Operation, status_code: int
    ) -> tuple[str, Mapping[str, Any]] | None:
        """(media type, schema) the spec declares for this status (exact, then ``default``)."""
        return self._spec.response_media(op, status_code)

    def response_problems(self, schema: Mapping[str, Any], body: Any) -> list[str]:
        return self._problems(schema, body, "body")

    def response_mismatches(
        self, schema: Mapping[str, Any], body: Any, limit: int = 50
    ) -> list[Mismatch]:
        """How ``body`` departs from ``schema``, classified for the drift log (empty: it
        conforms; at most ``limit``)."""
        validator = self._validator(schema)
        if validator.is_valid(body):
            return []
        found: list[Mismatch] = []
        for error in validator.iter_errors(body):
            path = tuple(error.instance_path)
            kind = type(error.kind).__name__
            if kind == "Required":
                missing = str(getattr(error.kind, "property", "")).strip('"')
                found.append(Mismatch((*path, missing), "missing", error.message))
            elif error.instance is None:
                found.append(Mismatch(path, "null", error.message, None))
            elif kind in ("Enum", "Constant"):
                found.append(Mismatch(path, "enum", error.message, error.instance))
            elif kind in _TYPE_KINDS:
                found.append(Mismatch(path, "type", error.message, error.instance))
            else:
                found.append(Mismatch(path, "constraint", error.message, error.instance))
            if len(found) >= limit:
                break
        return found


@cache
def validator(broker: str) -> SpecValidator:
    return SpecValidator(catalog(broker))
