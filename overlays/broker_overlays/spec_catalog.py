"""Read per-operation facts (rate-limit category, retry safety, order actions, static IP,
servers) from the OpenAPI document bundled inside each generated client, so no second table
is kept by hand. Also maps a request to its operation, once per request (:class:`Router`)."""

from __future__ import annotations

import importlib
import importlib.resources
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, Literal

import httpx

from broker_overlays.envelope import EnvelopeRule

BROKER_PACKAGES = {"samco": "samco_client", "gopocket": "gopocket_client"}
_METHODS = ("get", "put", "post", "delete", "patch")

OPERATION_EXTENSION = "broker_operation"
"""Key under ``request.extensions`` / ``response.extensions`` holding the spec Operation."""

OrderAction = Literal["place", "modify", "cancel", "exit", "convert", "square-off"]


@dataclass(frozen=True, slots=True)
class RateWindow:
    """At most ``limit`` calls in any ``seconds``-long window."""

    limit: int
    seconds: int


@dataclass(frozen=True, slots=True, eq=False)
class Operation:
    """What the overlays need to know about one spec operation (one object per operation of a
    catalog: compared and hashed by identity, which keeps the per-operation caches cheap)."""

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
    order_action: OrderAction | None = None
    """``x-order-operation``: the call places, modifies, cancels, exits, converts or squares
    off; such a call is never retried and an unclear outcome is "state unknown"."""
    transient_statuses: frozenset[int] = frozenset()
    """``x-transient-statuses``: statuses this (idempotent) operation is known to answer
    transiently, retried on top of the retry policy's own (Samco's candle 500s)."""

    @property
    def is_order(self) -> bool:
        return self.order_action is not None

    @property
    def templated(self) -> bool:
        return "{" in self.path

    def matches(self, method: str, path: str) -> bool:
        return (
            method.upper() == self.method and _template_regex(self.path).fullmatch(path) is not None
        )

    def path_params(self, path: str) -> dict[str, str]:
        """The values of the ``{param}`` segments of ``path`` (empty when it does not match)."""
        found = _template_regex(self.path).fullmatch(path)
        if found is None:
            return {}
        names = re.findall(r"\{([^}]+)\}", self.path)
        return dict(zip(names, found.groups(), strict=True))


@dataclass(frozen=True, slots=True)
class QueryParameter:
    name: str
    required: bool
    schema: Mapping[str, Any]
    is_string: bool
    """Validated as a string (query values are strings; other types are left to the broker)."""


@dataclass(frozen=True, slots=True)
class RequestBody:
    required: bool
    json_schema: Mapping[str, Any] | None
    """Schema of the ``application/json`` body (None: the operation takes no JSON body)."""


@dataclass(frozen=True, slots=True)
class CsvColumn:
    """One column of a CSV response (operation ``x-csv-columns``)."""

    name: str
    type: str
    """``string``, ``integer`` or ``number``: what the text of the column holds."""
    description: str
    required: bool = True
    """False: files may lack the column (thin evidence, or absent from some exchanges' files)."""
    field: str | None = None
    """The instrument field the column fills (``tradingSymbol``, ``expiry`` ...), if any."""


@dataclass(frozen=True, slots=True)
class OrderIdentityRule:
    """Root ``x-order-identity``: which request fields name an order, which response fields
    carry the broker's order number."""

    request_fields: Mapping[str, tuple[str, ...]]
    order_number_fields: tuple[str, ...]


def deref(doc: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` chain (``#/components/...``) inside the bundled ``doc``."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = doc
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _is_string_schema(doc: Mapping[str, Any], schema: Any) -> bool:
    schema = deref(doc, schema)
    if schema.get("type") == "string":
        return True
    options = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf") or []
    return bool(options) and all(_is_string_schema(doc, s) for s in options)


@cache
def _template_regex(template: str) -> re.Pattern[str]:
    literal_parts = re.split(r"\{[^}]+\}", template)
    return re.compile("([^/]+)".join(re.escape(part) for part in literal_parts))


@dataclass(frozen=True, slots=True)
class EmptyResult:
    """Operation ``x-empty-result``: a failure whose message contains one of ``messages``
    (lower case) means an empty result, answered as ``body``."""

    messages: tuple[str, ...]
    body: Any

    def matches(self, message: str) -> bool:
        text = message.lower()
        return bool(text) and any(m in text for m in self.messages)


@dataclass(frozen=True, slots=True)
class MarketProtection:
    """Operation ``x-market-protection``: orders of ``market_order_types`` (in
    ``order_type_field``) are protected by a value in ``field``."""

    field: str
    order_type_field: str
    market_order_types: frozenset[str]
    items_field: str | None = None
    """An array field of the body whose items are orders too (Samco's bulk ``orders[]``)."""

    def orders(self, body: Any) -> list[Any]:
        """The order objects of a request body: the body (or its items, for an array body)
        and the items of ``items_field``."""
        found = list(body) if isinstance(body, list) else [body]
        if self.items_field is not None:
            for item in list(found):
                nested = item.get(self.items_field) if isinstance(item, dict) else None
                if isinstance(nested, list):
                    found += nested
        return found


def _snake(name: str) -> str:
    """openapi-python-client's module name of an ``operationId``."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name).lower()


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
                        order_action=op.get("x-order-operation"),
                        transient_statuses=frozenset(
                            int(x) for x in op.get("x-transient-statuses", ())
                        ),
                    )
                )
        self.operations: tuple[Operation, ...] = tuple(ops)
        self._by_id = {op.operation_id: op for op in ops}
        # Literal paths by dict; templated ones in order of fewest parameters, so that
        # "/a/b" wins over "/a/{x}".
        self._literal = {(op.method, op.path): op for op in ops if not op.templated}
        self._templated = sorted(
            (op for op in ops if op.templated), key=lambda op: op.path.count("{")
        )
        self._envelope: EnvelopeRule | None = None
        identity = document.get("x-order-identity", {})
        self.order_identity = OrderIdentityRule(
            request_fields={
                role: tuple(names) for role, names in identity.get("requestFields", {}).items()
            },
            order_number_fields=tuple(identity.get("orderNumberFields", ())),
        )

    # -- what the validator needs, per operation (the only place that walks the document) --

    @property
    def components(self) -> Mapping[str, Any]:
        components: Mapping[str, Any] = self.document.get("components", {})
        return components

    def _spec_op(self, op: Operation) -> Mapping[str, Any]:
        spec_op: Mapping[str, Any] = self.document["paths"][op.path][op.method.lower()]
        return spec_op

    @cache  # noqa: B019 - catalogs live for the whole process
    def query_parameters(self, op: Operation) -> tuple[QueryParameter, ...]:
        params = []
        for raw in self._spec_op(op).get("parameters", []):
            param = deref(self.document, raw)
            if param.get("in") == "query":
                schema = param.get("schema", _EMPTY)
                params.append(
                    QueryParameter(
                        name=param["name"],
                        required=bool(param.get("required")),
                        schema=schema,
                        is_string=_is_string_schema(self.document, schema),
                    )
                )
        return tuple(params)

    @cache  # noqa: B019
    def request_body(self, op: Operation) -> RequestBody:
        body = deref(self.document, self._spec_op(op).get("requestBody", _EMPTY))
        media = body.get("content", {}).get("application/json")
        schema = None if media is None else media.get("schema", _EMPTY)
        return RequestBody(required=bool(body.get("required")), json_schema=schema)

    @cache  # noqa: B019
    def response_media(
        self, op: Operation, status_code: int
    ) -> tuple[str, Mapping[str, Any]] | None:
        """(media type, schema) the spec declares for this status (exact, then ``default``)."""
        responses = self._spec_op(op).get("responses", {})
        raw = responses.get(str(status_code), responses.get("default"))
        if raw is None:
            return None
        content = deref(self.document, raw).get("content") or {}
        for media_type, media in content.items():
            return media_type, media.get("schema", _EMPTY)
        return None

    # -- root-level facts -------------------------------------------------------------------

    @property
    def envelope(self) -> EnvelopeRule:
        """Root ``x-envelope``: how a failure looks inside a 2xx body."""
        if self._envelope is None:
            self._envelope = EnvelopeRule.from_spec(self.document.get("x-envelope", {}))
        return self._envelope

    @property
    def security_header(self) -> tuple[str, str]:
        """(header name, value prefix) of the session token, from the security scheme.

        An ``apiKey`` header scheme (Samco's ``x-session-token``) sends the bare token; an HTTP
        ``bearer`` scheme (Gopocket) sends ``Authorization: Bearer <token>``.
        """
        for scheme in self.security_schemes.values():
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return str(scheme["name"]), ""
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                return "Authorization", "Bearer "
        raise ValueError(f"{self.broker}: no header security scheme in the spec")

    @property
    def security_schemes(self) -> Mapping[str, Mapping[str, Any]]:
        schemes: Mapping[str, Mapping[str, Any]] = self.components.get("securitySchemes", {})
        return schemes

    def security_of(self, op: Operation) -> list[Mapping[str, Any]]:
        """The operation's security requirements (the root's when it sets none)."""
        requirements: list[Mapping[str, Any]] = self._spec_op(op).get(
            "security", self.document.get("security", [])
        )
        return requirements

    def browser_flow(self, name: str) -> Mapping[str, Any]:
        """An entry of the root ``x-browser-flows`` (login pages, consent pages, streams)."""
        flow: Mapping[str, Any] = self.browser_flows[name]
        return flow

    @property
    def browser_flows(self) -> Mapping[str, Mapping[str, Any]]:
        flows: Mapping[str, Mapping[str, Any]] = self.document.get("x-browser-flows", {})
        return flows

    def spec_operation(self, op: Operation) -> Mapping[str, Any]:
        """The operation object itself (for the mock brokers: parameters, examples, links)."""
        return self._spec_op(op)

    def schema(self, name: str) -> Mapping[str, Any]:
        """A named component schema, references followed."""
        found: Mapping[str, Any] = deref(self.document, self.components["schemas"][name])
        return found

    def resolve(self, node: Any) -> Any:
        """``node`` with its local ``$ref`` chain followed."""
        return deref(self.document, node)

    def response_pointer(self, op: Operation, status_code: int) -> str:
        """JSON pointer of the response schema for this status (where drift is located)."""
        responses = self._spec_op(op).get("responses", {})
        status = str(status_code) if str(status_code) in responses else "default"
        path = op.path.replace("~", "~0").replace("/", "~1")
        return f"#/paths/{path}/{op.method.lower()}/responses/{status}"

    @cache  # noqa: B019
    def generated_module(self, op: Operation) -> ModuleType | None:
        """The generated client's module of ``op`` (``<package>.api.<tag>.<snake_case id>``)."""
        name = _snake(op.operation_id)
        api = importlib.import_module(f"{BROKER_PACKAGES[self.broker]}.api")
        for tag in getattr(api, "__path__", ()):
            for candidate in sorted(p.parent.name for p in Path(tag).glob(f"*/{name}.py")):
                return importlib.import_module(f"{api.__name__}.{candidate}.{name}")
        return None

    @cache  # noqa: B019
    def empty_result(self, op: Operation) -> EmptyResult | None:
        """``x-empty-result``: failure messages that mean "nothing there", and the success
        body that stands for it."""
        raw = self._spec_op(op).get("x-empty-result")
        if not raw:
            return None
        return EmptyResult(
            messages=tuple(str(m).lower() for m in raw.get("messages", ())),
            body=raw.get("body"),
        )

    @cache  # noqa: B019
    def market_protection(self, op: Operation) -> MarketProtection | None:
        """``x-market-protection``: which body field protects a market order, and which order
        types execute at market."""
        raw = self._spec_op(op).get("x-market-protection")
        if not raw:
            return None
        return MarketProtection(
            field=str(raw["field"]),
            order_type_field=str(raw.get("orderTypeField", "orderType")),
            market_order_types=frozenset(str(t) for t in raw.get("marketOrderTypes", ())),
            items_field=str(raw["itemsField"]) if raw.get("itemsField") else None,
        )

    @cache  # noqa: B019
    def csv_columns(self, operation_id: str) -> tuple[CsvColumn, ...]:
        """The ``x-csv-columns`` of the operation's ``200`` ``text/csv`` answer (empty when it
        declares none)."""
        response = self.resolve(self._spec_op(self.by_id(operation_id)).get("responses", {}))
        ok = self.resolve(response.get("200", _EMPTY))
        media = (ok.get("content") or {}).get("text/csv", _EMPTY)
        return tuple(
            CsvColumn(
                name=str(column["name"]),
                type=str(column.get("type", "string")),
                description=str(column.get("description", "")),
                required=bool(column.get("required", True)),
                field=str(column["field"]) if column.get("field") else None,
            )
            for column in media.get("x-csv-columns", ())
        )

    def operation_url(self, operation_id: str, server: str | None = None) -> str:
        """Where an operation's path lives: ``server`` (e.g. a mock), else the operation's own
        server (operation-level ``servers``), else the document's; the path template is
        returned unfilled."""
        op = self.by_id(operation_id)
        base = server or (op.servers[0] if op.servers else self.default_server)
        return base.rstrip("/") + op.path

    @property
    def default_server(self) -> str:
        return str(self.document["servers"][0]["url"])

    def by_id(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def find(self, method: str, path: str) -> Operation | None:
        """The operation a request (method, URL path) belongs to, if any."""
        method = method.upper()
        found = self._literal.get((method, path))
        if found is not None:
            return found
        for op in self._templated:
            if op.matches(method, path):
                return op
        return None

    def router(self, base_url: str | httpx.URL | None = None) -> Router:
        """A :class:`Router` for clients whose base URL is ``base_url`` (path prefix aware)."""
        return Router(self, httpx.URL(str(base_url)).path if base_url else "")

    def rate_windows(self) -> dict[str, tuple[RateWindow, ...]]:
        """Rate-limit windows per category, from the root ``x-rate-limits`` extension."""
        categories = self.document.get("x-rate-limits", {}).get("categories", {})
        return {
            name: tuple(RateWindow(int(w["limit"]), int(w["seconds"])) for w in windows)
            for name, windows in categories.items()
        }


class Router:
    """Maps a request to its spec operation once and keeps it in ``request.extensions``.

    A base URL with a path prefix (``http://host/gw``) is stripped before the lookup, so that
    a gateway in front of the broker does not switch the overlays off. The first overlay that
    sees a request (the auth flow) resolves it; the transport reads the stored result.
    """

    def __init__(self, spec: SpecCatalog, base_path: str = "") -> None:
        self.spec = spec
        self.base_path = base_path.rstrip("/")

    def spec_path(self, url_path: str) -> str | None:
        """``url_path`` relative to the base path (None: outside it)."""
        if not self.base_path:
            return url_path
        if url_path == self.base_path or url_path.startswith(self.base_path + "/"):
            return url_path[len(self.base_path) :] or "/"
        return None

    def find(self, method: str, url_path: str) -> Operation | None:
        path = self.spec_path(url_path)
        return None if path is None else self.spec.find(method, path)

    def resolve(self, request: httpx.Request) -> Operation | None:
        """The request's operation, looked up on first use and then read from its extensions."""
        if OPERATION_EXTENSION in request.extensions:
            found = request.extensions[OPERATION_EXTENSION]
            return found if isinstance(found, Operation) else None
        op = self.find(request.method, request.url.path)
        request.extensions = {**request.extensions, OPERATION_EXTENSION: op}
        return op


@cache
def catalog(broker: str) -> SpecCatalog:
    """The catalog of ``broker`` ("samco" or "gopocket"), read from its generated package."""
    package = BROKER_PACKAGES[broker]
    text = importlib.resources.files(package).joinpath("openapi.json").read_text("utf-8")
    return SpecCatalog(broker, json.loads(text))
