"""House rules of the stream documents (specs/streams/*.asyncapi.yaml), beside the AsyncAPI
JSON Schema: the shape of our own root ``x-`` extensions (the streaming client reads them
through a catalog), their references to messages, servers and REST operations, and sources
on every message, operation and schema.

Run it by hand with ``python tests/streamlint.py [STREAM ...]`` to see every problem at once.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from codegen import bundle, bundle_stream, streams  # noqa: E402

SOURCE = re.compile(r"^(FR:[A-D](\d+(\.\d+)?)?|[A-Z0-9][A-Za-z0-9-]*(:[\w/.-]+)?)$")
COMMON_EXTENSIONS = (
    "x-default-server",
    "x-auth",
    "x-frame-terminator",
    "x-subscribe-semantics",
    "x-heartbeat",
    "x-reconnect",
    "x-sessions-per-account",
    "x-limits",
    "x-depth-levels",
    "x-symbol-key",
    "x-order-stream",
    "x-dispatch",
)
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "none": lambda value: value,
    "sha256-sha256-hex": lambda value: hashlib.sha256(
        hashlib.sha256(value.encode()).hexdigest().encode()
    ).hexdigest(),
    # How the inner hash is encoded is not recorded (FR:B1.3): raw digest bytes assumed here.
    "sha256-sha256-base64": lambda value: base64.b64encode(
        hashlib.sha256(hashlib.sha256(value.encode()).digest()).digest()
    ).decode(),
}

_STR = {"type": "string", "minLength": 1}
_STRS = {"type": "array", "items": _STR}
_NAME_OR_NULL = {"type": ["string", "null"], "minLength": 1}
_COUNT_OR_NULL = {"type": ["integer", "null"], "minimum": 1}
_SECONDS = {"type": "number", "exclusiveMinimum": 0}
_SECONDS_OR_NULL = {"type": ["number", "null"], "exclusiveMinimum": 0}


def _ext(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An extension object: the given fields (all required unless ``required`` says
    otherwise), plus ``description`` and ``x-source``; nothing else."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            *(required if required is not None else properties),
            "description",
            "x-source",
        ],
        "properties": {
            **properties,
            "description": _STR,
            "x-source": {"type": "array", "minItems": 1, "items": _STR},
        },
    }


EXTENSION_SCHEMAS: dict[str, dict[str, Any]] = {
    "x-default-server": _ext({"server": _STR}),
    "x-auth": _ext(
        {
            "kind": {"enum": ["upgrade-header", "connect-frame"]},
            "header": _NAME_OR_NULL,
            "percentDecode": {"type": "boolean"},
            "credentialOperations": _STRS,
            "message": _NAME_OR_NULL,
            "ack": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["message", "field", "successValues"],
                    "properties": {
                        "message": _STR,
                        "field": _STR,
                        "successValues": {**_STRS, "minItems": 1},
                    },
                },
            },
        }
    ),
    "x-token-derivation": _ext(
        {
            "default": _STR,
            "variants": {
                "type": "array",
                "minItems": 1,
                "items": _ext(
                    {
                        "name": _STR,
                        "credential": _STR,
                        "credentialOperation": _NAME_OR_NULL,
                        "transform": {"enum": sorted(TRANSFORMS)},
                        "uid": _STR,
                        "actid": _STR,
                        "source": _STR,
                        "servers": _STRS,
                        "confidence": {"enum": ["H", "M", "L"]},
                        "verified": {"type": "boolean"},
                        "example": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["credential", "susertoken"],
                            "properties": {"credential": _STR, "susertoken": _STR},
                        },
                    },
                    required=[
                        "name",
                        "credential",
                        "credentialOperation",
                        "transform",
                        "uid",
                        "actid",
                        "source",
                        "servers",
                        "confidence",
                        "verified",
                    ],
                ),
            },
        }
    ),
    "x-frame-terminator": _ext(
        {"value": {"type": "string"}, "sameFrame": {"type": "boolean"}, "appliesTo": _STRS}
    ),
    "x-subscribe-semantics": _ext(
        {
            "mode": {"enum": ["replace-per-streaming-type", "additive"]},
            "groupBy": _NAME_OR_NULL,
            "resubscribeAfterUnsubscribe": {"type": "boolean"},
        }
    ),
    "x-heartbeat": _ext(
        {
            "kind": {"enum": ["protocol-ping", "app-frame"]},
            "intervalSeconds": _SECONDS,
            "pongTimeoutSeconds": _SECONDS_OR_NULL,
            "idleTimeoutSeconds": _SECONDS_OR_NULL,
            "message": _NAME_OR_NULL,
            "reply": _NAME_OR_NULL,
            "replyRequired": {"type": "boolean"},
        }
    ),
    "x-reconnect": _ext(
        {
            "backoff": {
                "oneOf": [
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["initialSeconds", "factor", "maxSeconds", "maxAttempts"],
                        "properties": {
                            "initialSeconds": _SECONDS,
                            "factor": {"type": "number", "minimum": 1},
                            "maxSeconds": _SECONDS,
                            "maxAttempts": _COUNT_OR_NULL,
                        },
                    },
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["scheduleSeconds"],
                        "properties": {
                            "scheduleSeconds": {"type": "array", "minItems": 1, "items": _SECONDS}
                        },
                    },
                ]
            },
            "resubscribe": {"enum": ["all"]},
            "refreshCredentials": {"type": "boolean"},
            "maxConnectionSeconds": _SECONDS_OR_NULL,
            "reconnectBeforeSeconds": _SECONDS_OR_NULL,
        }
    ),
    "x-sessions-per-account": _ext(
        {
            "max": _COUNT_OR_NULL,
            "onExtraSession": {"enum": ["close-oldest", "unknown"]},
            "closeCode": {"type": ["integer", "null"], "minimum": 1000, "maximum": 4999},
        }
    ),
    "x-limits": _ext({"symbolsPerConnection": _COUNT_OR_NULL, "symbolsPerFrame": _COUNT_OR_NULL}),
    "x-depth-levels": _ext({"levels": {"type": "integer", "minimum": 1}}),
    "x-symbol-key": _ext(
        {
            "format": _STR,
            "pattern": {**_STR, "format": "regex"},
            "joiner": _NAME_OR_NULL,
            "examples": {**_STRS, "minItems": 1},
        }
    ),
    "x-order-stream": _ext(
        {
            "available": {"type": "boolean"},
            "request": _NAME_OR_NULL,
            "ack": _NAME_OR_NULL,
            "message": _NAME_OR_NULL,
            "pollOperations": _STRS,
        }
    ),
    "x-dispatch": _ext(
        {
            "rules": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["path", "equals", "message"],
                    "properties": {
                        "path": {**_STRS, "minItems": 1},
                        "equals": {"type": "string"},
                        "message": _STR,
                    },
                },
            }
        }
    ),
    "x-streaming-types": _ext(
        {
            "types": {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["messages", "symbolField", "aliases", "carries"],
                    "properties": {
                        "messages": {**_STRS, "minItems": 1},
                        "symbolField": _STR,
                        "aliases": _STRS,
                        "carries": _STR,
                    },
                },
            }
        }
    ),
}


def _ref_name(ref: dict[str, Any]) -> str:
    return str(ref.get("$ref", "")).rsplit("/", 1)[-1]


def message_directions(doc: dict[str, Any]) -> tuple[set[str], set[str]]:
    """``(client, server)`` message names: sent by the client (send operations) and sent by
    the server (receive operations and replies)."""
    client: set[str] = set()
    server: set[str] = set()
    for op in doc.get("operations", {}).values():
        names = {_ref_name(m) for m in op.get("messages", [])}
        (client if op.get("action") == "send" else server).update(names)
        server.update(_ref_name(m) for m in (op.get("reply") or {}).get("messages", []))
    return client, server


def _lookup(frame: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(frame, dict) or key not in frame:
            return None
        frame = frame[key]
    return frame


def dispatch(doc: dict[str, Any], frame: Any) -> str | None:
    """The message a server frame is, by the document's ``x-dispatch`` rules."""
    for rule in doc["x-dispatch"]["rules"]:
        if _lookup(frame, rule["path"]) == rule["equals"]:
            return str(rule["message"])
    return None


def schema_properties(doc: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """Property names of a schema, through ``$ref`` and ``allOf``."""
    if "$ref" in schema:
        schema = doc["components"]["schemas"][_ref_name(schema)]
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= schema_properties(doc, part)
    return names


def _walk_sources(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for kind in ("servers", "channels", "operations"):
        for name, item in doc.get(kind, {}).items():
            yield f"{kind}.{name}", item
    for kind in ("messages", "schemas"):
        for name, item in doc.get("components", {}).get(kind, {}).items():
            yield f"components.{kind}.{name}", item


def _check_sources(where: str, sources: Any) -> list[str]:
    if not isinstance(sources, list) or not sources:
        return [f"{where}: x-source (list of sources) missing"]
    return [f"{where}: x-source item {s!r} malformed" for s in sources if not SOURCE.match(str(s))]


def lint(doc: dict[str, Any], rest: dict[str, Any] | None = None) -> list[str]:
    """Every house-rule violation of a stream document (empty list: clean). ``rest`` is the
    bundled REST spec of the same broker (operationIds named by the extensions must exist)."""
    problems: list[str] = []
    messages = doc.get("components", {}).get("messages", {})
    schemas = doc.get("components", {}).get("schemas", {})
    client, server = message_directions(doc)
    rest_ops = {
        op.get("operationId")
        for item in (rest or {}).get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict)
    }

    for name in COMMON_EXTENSIONS:
        if name not in doc:
            problems.append(f"root: {name} missing")
    for name, value in doc.items():
        if not name.startswith("x-"):
            continue
        schema = EXTENSION_SCHEMAS.get(name)
        if schema is None:
            problems.append(f"root: unknown extension {name}")
            continue
        for error in Draft202012Validator(schema).iter_errors(value):
            path = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"root: {name}/{path}: {error.message[:200]}")
    if problems:
        return problems  # the semantic checks below assume the shapes

    def message(where: str, name: str | None, among: set[str] | None = None) -> None:
        if name is None:
            return
        if name not in messages:
            problems.append(f"{where}: no message {name!r}")
        elif among is not None and name not in among:
            problems.append(f"{where}: {name!r} has the wrong direction")

    def operation(where: str, name: str | None) -> None:
        if name is not None and rest is not None and name not in rest_ops:
            problems.append(f"{where}: no REST operation {name!r}")

    if doc["x-default-server"]["server"] not in doc.get("servers", {}):
        problems.append("root: x-default-server names no server")

    auth = doc["x-auth"]
    for op in auth["credentialOperations"]:
        operation("x-auth.credentialOperations", op)
    if auth["kind"] == "upgrade-header":
        if not auth["header"] or auth["message"] is not None or auth["ack"]:
            problems.append("x-auth: upgrade-header needs a header and no message or ack")
    else:
        if auth["message"] is None or not auth["ack"]:
            problems.append("x-auth: connect-frame needs a message and an ack")
        message("x-auth.message", auth["message"], client)
    for ack in auth["ack"]:
        message("x-auth.ack", ack["message"], server)
        if ack["message"] in messages:
            payload = messages[ack["message"]]["payload"]
            if ack["field"] not in schema_properties(doc, payload):
                problems.append(f"x-auth.ack: {ack['field']!r} is no field of {ack['message']}")

    tokens = doc.get("x-token-derivation")
    if tokens is not None:
        names = [v["name"] for v in tokens["variants"]]
        if tokens["default"] not in names or len(set(names)) != len(names):
            problems.append("x-token-derivation: default names no variant, or names repeat")
        for variant in tokens["variants"]:
            where = f"x-token-derivation.{variant['name']}"
            operation(where, variant["credentialOperation"])
            for server_name in variant["servers"]:
                if server_name not in doc.get("servers", {}):
                    problems.append(f"{where}: no server {server_name!r}")
            example = variant.get("example")
            if example is not None:
                derived = TRANSFORMS[variant["transform"]](example["credential"])
                if derived != example["susertoken"]:
                    problems.append(f"{where}: example does not follow {variant['transform']}")
        default = next((v for v in tokens["variants"] if v["name"] == tokens["default"]), None)
        if default is not None and doc["x-default-server"]["server"] not in default["servers"]:
            problems.append("x-token-derivation: the default variant is not for the default server")

    for name in doc["x-frame-terminator"]["appliesTo"]:
        message("x-frame-terminator.appliesTo", name, client)

    semantics = doc["x-subscribe-semantics"]
    if (semantics["mode"] == "replace-per-streaming-type") != (semantics["groupBy"] is not None):
        problems.append("x-subscribe-semantics: groupBy goes with replace-per-streaming-type")

    heartbeat = doc["x-heartbeat"]
    if heartbeat["kind"] == "app-frame" and heartbeat["message"] is None:
        problems.append("x-heartbeat: an app-frame heartbeat needs its message")
    if heartbeat["kind"] == "protocol-ping" and (heartbeat["message"] or heartbeat["reply"]):
        problems.append("x-heartbeat: a protocol ping has no message or reply")
    message("x-heartbeat.message", heartbeat["message"], client)
    message("x-heartbeat.reply", heartbeat["reply"], server)

    order = doc["x-order-stream"]
    if order["available"]:
        if None in (order["request"], order["ack"], order["message"]):
            problems.append("x-order-stream: an order stream needs request, ack and message")
    elif not order["pollOperations"] or any(order[k] for k in ("request", "ack", "message")):
        problems.append("x-order-stream: without a stream, name the REST operations to poll")
    message("x-order-stream.request", order["request"], client)
    message("x-order-stream.ack", order["ack"], server)
    message("x-order-stream.message", order["message"], server)
    for op in order["pollOperations"]:
        operation("x-order-stream.pollOperations", op)

    key = doc["x-symbol-key"]
    for example in key["examples"]:
        if not re.fullmatch(key["pattern"], example):
            problems.append(f"x-symbol-key: example {example!r} does not match the pattern")

    for entry in doc.get("x-streaming-types", {}).get("types", {}).values():
        for name in entry["messages"]:
            message("x-streaming-types", name, server)

    for rule in doc["x-dispatch"]["rules"]:
        message("x-dispatch", rule["message"], server)
    for name in sorted(server - {r["message"] for r in doc["x-dispatch"]["rules"]}):
        problems.append(f"x-dispatch: no rule for server message {name!r}")
    for name in sorted(server & set(messages)):
        for example in messages[name].get("examples", []):
            found = dispatch(doc, example["payload"])
            if found != name:
                problems.append(f"x-dispatch: example {example['name']!r} of {name} -> {found}")

    for name, item in messages.items():
        if _ref_name(item.get("payload", {})) != name or name not in schemas:
            problems.append(f"message {name}: payload must be the schema of the same name")
        if not item.get("examples"):
            problems.append(f"message {name}: no example")
    for name in sorted(set(messages) - client - server):
        problems.append(f"message {name}: used by no operation")
    for where, item in _walk_sources(doc):
        problems += _check_sources(where, item.get("x-source"))
        if where.startswith("components.schemas.") and not item.get("description"):
            problems.append(f"{where}: no description")
    return problems


def main(argv: list[str]) -> int:
    status = 0
    for stream in argv or streams():
        problems = lint(bundle_stream(stream), bundle(stream))
        for problem in problems:
            print(f"{stream}: {problem}")
        print(f"{stream}: {len(problems)} problem(s)")
        status |= bool(problems)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
