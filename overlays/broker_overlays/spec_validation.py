"""Check requests and responses against the bundled spec (JSON Schema 2020-12, jsonschema-rs).

Requests are checked before they are sent, so bad input raises a typed error instead of
reaching the broker; responses are checked before the generated models parse them, so a
malformed body raises a typed error carrying the raw body instead of a bare ``KeyError``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import httpx
import jsonschema_rs

from broker_overlays.spec_catalog import Operation, SpecCatalog, catalog, deref

_MAX_PROBLEMS = 5


class SpecValidator:
    """Validators for every operation of one broker's spec, compiled lazily and cached."""

    def __init__(self, spec: SpecCatalog) -> None:
        self._doc = spec.document
        self._components = self._doc.get("components", {})

    def _operation(self, op: Operation) -> dict[str, Any]:
        return dict(self._doc["paths"][op.path][op.method.lower()])

    @cache  # noqa: B019 - validators live as long as the process-wide catalog
    def _validator(self, schema_json: str) -> jsonschema_rs.Draft202012Validator:
        schema = json.loads(schema_json)
        return jsonschema_rs.Draft202012Validator({**schema, "components": self._components})

    def _problems(self, schema: dict[str, Any], instance: Any, where: str) -> list[str]:
        validator = self._validator(json.dumps(schema, sort_keys=True))
        problems = []
        for error in validator.iter_errors(instance):
            path = "/".join(str(p) for p in error.instance_path)
            problems.append(f"{where}/{path}: {error.message}")
            if len(problems) >= _MAX_PROBLEMS:
                break
        return problems

    def request_problems(self, op: Operation, request: httpx.Request) -> list[str]:
        """Why the spec would reject ``request`` (empty when it conforms)."""
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
                try:
                    body = json.loads(request.content)
                except ValueError:
                    problems.append("request body is not JSON")
                else:
                    problems += self._problems(media.get("schema", {}), body, "body")
        return problems

    def response_media(self, op: Operation, status_code: int) -> tuple[str, dict[str, Any]] | None:
        """(media type, schema) the spec declares for this status (exact, then ``default``)."""
        responses = self._operation(op).get("responses", {})
        raw = responses.get(str(status_code), responses.get("default"))
        if raw is None:
            return None
        content = deref(self._doc, raw).get("content") or {}
        for media_type, media in content.items():
            return media_type, media.get("schema", {})
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
