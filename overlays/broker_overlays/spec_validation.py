"""Check requests and responses against the bundled spec (JSON Schema 2020-12, jsonschema-rs).

Requests are checked before they are sent, so bad input raises a typed error instead of
reaching the broker; responses are checked before the generated models parse them, so a
malformed body raises a typed error carrying the raw body instead of a bare ``KeyError``.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

import httpx
import jsonschema_rs

from broker_overlays import safe_json
from broker_overlays.spec_catalog import Operation, SpecCatalog, catalog, deref

_MAX_PROBLEMS = 5
_UNPARSED: Any = object()
_NOT_JSON: Any = object()
_EMPTY: dict[str, Any] = {}


def _is_json_value(value: Any) -> bool:
    return value is None or isinstance(value, dict | list | str | int | float | bool)


class SpecValidator:
    """Validators for every operation of one broker's spec, compiled lazily and cached."""

    def __init__(self, spec: SpecCatalog) -> None:
        self._doc = spec.document
        self._components = self._doc.get("components", {})
        # Keyed by the identity of a schema node of the (never mutated) bundled document;
        # the node itself is kept alongside so that its id cannot be reused.
        self._compiled: dict[int, tuple[Any, jsonschema_rs.Draft202012Validator]] = {}
        self._lock = threading.Lock()

    def _operation(self, op: Operation) -> dict[str, Any]:
        return dict(self._doc["paths"][op.path][op.method.lower()])

    def _validator(self, schema: dict[str, Any]) -> jsonschema_rs.Draft202012Validator:
        found = self._compiled.get(id(schema))
        if found is not None and found[0] is schema:
            return found[1]
        compiled = jsonschema_rs.Draft202012Validator({**schema, "components": self._components})
        with self._lock:
            self._compiled[id(schema)] = (schema, compiled)
        return compiled

    def _problems(self, schema: dict[str, Any], instance: Any, where: str) -> list[str]:
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
        spec_op = self._operation(op)
        problems: list[str] = []
        query = request.url.params
        for raw in spec_op.get("parameters", []):
            param = deref(self._doc, raw)
            if param.get("in") != "query":
                continue
            name = param["name"]
            if name not in query:
                if param.get("required"):
                    problems.append(f"query parameter {name!r} is required")
                continue
            schema = deref(self._doc, param.get("schema", {}))
            if _is_string_schema(self._doc, schema):
                problems += self._problems(param["schema"], query[name], f"query/{name}")
        body_spec = deref(self._doc, spec_op.get("requestBody", {}))
        media = body_spec.get("content", {}).get("application/json")
        if media is not None:
            if not request.content:
                if body_spec.get("required"):
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
                    problems += self._problems(media.get("schema", _EMPTY), body, "body")
        return problems

    def response_media(self, op: Operation, status_code: int) -> tuple[str, dict[str, Any]] | None:
        """(media type, schema) the spec declares for this status (exact, then ``default``)."""
        responses = self._operation(op).get("responses", {})
        raw = responses.get(str(status_code), responses.get("default"))
        if raw is None:
            return None
        content = deref(self._doc, raw).get("content") or {}
        for media_type, media in content.items():
            return media_type, media.get("schema", _EMPTY)
        return None

    def response_problems(self, schema: dict[str, Any], body: Any) -> list[str]:
        return self._problems(schema, body, "body")


def _is_string_schema(doc: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = deref(doc, schema)
    if schema.get("type") == "string":
        return True
    options = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf") or []
    return bool(options) and all(_is_string_schema(doc, s) for s in options)


@cache
def validator(broker: str) -> SpecValidator:
    return SpecValidator(catalog(broker))
