"""Read per-operation facts (rate-limit category, retry safety, static IP, servers) from the
OpenAPI document bundled inside each generated client, so no second table is kept by hand."""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

BROKER_PACKAGES = {"samco": "samco_client", "gopocket": "gopocket_client"}
_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True, slots=True)
class RateWindow:
    """At most ``limit`` calls in any ``seconds``-long window."""

    limit: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Operation:
    """What the overlays need to know about one spec operation."""

    broker: str
    operation_id: str
    method: str
    path: str
    tag: str
    rate_limit_category: str
    idempotent: bool
    static_ip: bool
    servers: tuple[str, ...]
    requires_auth: bool

    def matches(self, method: str, path: str) -> bool:
        return (
            method.upper() == self.method and _template_regex(self.path).fullmatch(path) is not None
        )


def deref(doc: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` chain (``#/components/...``) inside the bundled ``doc``."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = doc
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@cache
def _template_regex(template: str) -> re.Pattern[str]:
    literal_parts = re.split(r"\{[^}]+\}", template)
    return re.compile("[^/]+".join(re.escape(part) for part in literal_parts))


class SpecCatalog:
    """Operations and rate-limit windows of one broker's bundled spec."""

    def __init__(self, broker: str, document: dict[str, Any]) -> None:
        self.broker = broker
        self.document = document
        root_security = document.get("security", [])
        ops: list[Operation] = []
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                if method not in item:
                    continue
                op = item[method]
                ops.append(
                    Operation(
                        broker=broker,
                        operation_id=op["operationId"],
                        method=method.upper(),
                        path=path,
                        tag=op["tags"][0],
                        rate_limit_category=op["x-rate-limit-category"],
                        idempotent=bool(op["x-idempotent"]),
                        static_ip=bool(op.get("x-static-ip", False)),
                        servers=tuple(s["url"] for s in op.get("servers", [])),
                        requires_auth=bool(op.get("security", root_security)),
                    )
                )
        self.operations: tuple[Operation, ...] = tuple(ops)
        self._by_id = {op.operation_id: op for op in ops}
        # Literal paths first so that "/a/b" wins over "/a/{x}".
        self._ordered = sorted(ops, key=lambda op: op.path.count("{"))

    @property
    def default_server(self) -> str:
        return str(self.document["servers"][0]["url"])

    def by_id(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def find(self, method: str, path: str) -> Operation | None:
        """The operation a request (method, URL path) belongs to, if any."""
        for op in self._ordered:
            if op.matches(method, path):
                return op
        return None

    def rate_windows(self) -> dict[str, tuple[RateWindow, ...]]:
        """Rate-limit windows per category, from the root ``x-rate-limits`` extension."""
        categories = self.document.get("x-rate-limits", {}).get("categories", {})
        return {
            name: tuple(RateWindow(int(w["limit"]), int(w["seconds"])) for w in windows)
            for name, windows in categories.items()
        }


@cache
def catalog(broker: str) -> SpecCatalog:
    """The catalog of ``broker`` ("samco" or "gopocket"), read from its generated package."""
    package = BROKER_PACKAGES[broker]
    text = importlib.resources.files(package).joinpath("openapi.json").read_text("utf-8")
    return SpecCatalog(broker, json.loads(text))
