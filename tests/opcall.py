"""Drive any generated operation from the spec: find its module, build its arguments from the
spec's request examples, and know which model its 200 response should parse into."""

from __future__ import annotations

import importlib
import pkgutil
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from openapi_python_client.strings import pascal_case, snake_case

from broker_overlays.spec_catalog import BROKER_PACKAGES

from speclint import deref, example_values, operations


@cache
def api_modules(broker: str) -> dict[str, types.ModuleType]:
    """Generated operation modules of a broker's client, by module name."""
    api = importlib.import_module(f"{BROKER_PACKAGES[broker]}.api")
    found: dict[str, types.ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def operation_module(broker: str, operation_id: str) -> types.ModuleType:
    return api_modules(broker)[snake_case(operation_id)]


def model_class(broker: str, schema_name: str) -> type:
    module = importlib.import_module(f"{BROKER_PACKAGES[broker]}.models.{snake_case(schema_name)}")
    return typing.cast(type, getattr(module, pascal_case(schema_name)))


def _candidates(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return [c for a in typing.get_args(annotation) for c in _candidates(a)]
    return [annotation]


def build_value(annotation: Any, example: Any) -> Any:
    """Turn a JSON example into the generated type ``annotation`` (model, list, union, str)."""
    errors = []
    for candidate in _candidates(annotation):
        try:
            if typing.get_origin(candidate) is list:
                (item,) = typing.get_args(candidate)
                if not isinstance(example, list):
                    raise TypeError("not a list")
                return [build_value(item, x) for x in example]
            if hasattr(candidate, "from_dict"):
                if not isinstance(example, dict):
                    raise TypeError("not an object")
                value = candidate.from_dict(example)
                if to_json(value) != example:
                    raise ValueError(f"{candidate.__name__} does not round-trip")
                return value
            if candidate in (str, int, float, bool) and isinstance(example, candidate):
                return example
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            errors.append(f"{candidate}: {exc}")
    raise TypeError(f"cannot build {annotation} from {example!r}: {errors}")


def to_json(value: Any) -> Any:
    """The JSON a generated value serialises to (what the client sends / round-trips)."""
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@dataclass
class Case:
    """One operation with one request example and one 200 response example."""

    broker: str
    operation_id: str
    method: str
    path: str
    server: str
    params: dict[str, tuple[str, str, Any]] = field(
        default_factory=dict
    )  # py name -> (in, name, value)
    body: Any = None
    has_body: bool = False
    response_media: str = "application/json"
    response: Any = None
    response_schema: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.broker}:{self.operation_id}"

    def kwargs(self) -> dict[str, Any]:
        module = operation_module(self.broker, self.operation_id)
        hints = typing.get_type_hints(module.sync_detailed)
        kwargs = {py: value for py, (_, _, value) in self.params.items()}
        if self.has_body:
            kwargs["body"] = build_value(hints["body"], self.body)
        return kwargs

    def url_path(self) -> str:
        path = self.path
        for _, (where, name, value) in self.params.items():
            if where == "path":
                path = path.replace("{" + name + "}", str(value))
        return path

    def query(self) -> dict[str, str]:
        return {name: str(v) for where, name, v in self.params.values() if where == "query"}

    def expected_model(self) -> tuple[bool, str | None]:
        """(wrapped in a list?, schema name) of the 200 response."""
        schema = self.response_schema
        wrapped = schema.get("type") == "array"
        if wrapped:
            schema = schema.get("items", {})
        ref = schema.get("$ref")
        return wrapped, ref.rsplit("/", 1)[1] if ref else None


def cases(broker: str, doc: dict[str, Any]) -> list[Case]:
    """One case per operation and 200 response example (request example: the first one)."""
    result = []
    default_server = doc["servers"][0]["url"]
    for method, path, op in operations(doc):
        server = (op.get("servers") or [{"url": default_server}])[0]["url"]
        params: dict[str, tuple[str, str, Any]] = {}
        for raw in op.get("parameters", []):
            param = deref(doc, raw)
            values = example_values(param, doc)
            if values and param["in"] in ("path", "query"):
                params[snake_case(param["name"])] = (
                    param["in"],
                    param["name"],
                    next(iter(values.values())),
                )
        body, has_body = None, False
        if "requestBody" in op:
            media = deref(doc, op["requestBody"])["content"]["application/json"]
            body, has_body = next(iter(example_values(media, doc).values())), True
        response = deref(doc, op["responses"]["200"])
        for media_type, media in response["content"].items():
            for value in example_values(media, doc).values():
                result.append(
                    Case(
                        broker,
                        op["operationId"],
                        method,
                        path,
                        server,
                        params,
                        body,
                        has_body,
                        media_type,
                        value,
                        media.get("schema", {}),
                    )
                )
    return result
