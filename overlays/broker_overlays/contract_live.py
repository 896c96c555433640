"""``broker-toolkit contract-live samco|gopocket``: a live, read-only conformance run.

Calls every operation the spec marks as a safe read - ``x-idempotent: true`` and no
``x-order-operation`` (GET, or a POST such as multi-quote or margin the spec marks idempotent);
logins, logouts and every other call that is not idempotent are never made - with arguments
from the spec's request examples, through the overlays' session (throttled, retried as the
spec allows) in ``strict`` response validation, writing every drift record to a JSONL log.

Arguments that name the user's own objects come from the user's own data, read earlier in the
run: a field that an OpenAPI ``link`` fills from an earlier answer (``orderNumber`` of
``getOrderStatus``), a field the spec's ``x-order-identity`` lists as naming an order or
basket, and an example value written as a placeholder (``<USER_ID>``) are looked up by name in
the answers already read (the order book, the basket list, the profile); the operation is
skipped when none has it. Such operations run after the others.

One line per operation: ``ok``, ``drift`` (the answer does not match the spec: records
written), ``error`` (the typed error), or ``skipped`` (why). Fields the spec does not declare
are not mismatches under OpenAPI: an answer with only such "extra" fields is ``ok`` (the line
and the report name them) unless ``--fail-on-extra``. Then the drift report of the run
(:mod:`broker_overlays.drift_report`). Exit codes: 0 all calls conform, 1 any drift or error,
2 usage error (bad option, missing credentials).

Credentials come from the environment, as the facades read them: Samco ``SAMCO_API_KEY`` and
``SAMCO_API_SECRET`` (``samco.from_env``); Gopocket ``GOPOCKET_SESSION``, or
``GOPOCKET_CALLBACK_URL`` with ``GOPOCKET_API_SECRET`` (``gopocket.from_env``).
"""

from __future__ import annotations

import argparse
import copy
import importlib
import logging
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

import httpx

from broker_overlays import drift_report, safe_json
from broker_overlays.drift import DriftRecord
from broker_overlays.errors import AuthError, BrokerError, ClientValidationError
from broker_overlays.redaction import redact
from broker_overlays.spec_catalog import BROKER_PACKAGES, Operation, SpecCatalog, catalog

__all__ = [
    "Call",
    "Outcome",
    "Result",
    "build_call",
    "main",
    "run",
    "safe_read",
]

Outcome = Literal["ok", "drift", "error", "skipped"]
_PLACEHOLDER: Final = re.compile(r"<[A-Z][A-Z0-9_]*>")
_FACADES: Final = {"samco": "broker_overlays.samco", "gopocket": "broker_overlays.gopocket"}
_MAX_WALK: Final = 20_000


# -- which operations are safe reads -----------------------------------------------------------


def safe_read(spec: SpecCatalog, op: Operation) -> str | None:
    """None when the spec marks ``op`` as a safe read; else why it is not called."""
    if op.is_order:
        return f"order operation (x-order-operation: {op.order_action})"
    if not op.idempotent:
        if not op.requires_auth:
            return "session call (no security: login or token exchange; x-idempotent: false)"
        return f"not x-idempotent ({op.method}: changes state)"
    return None


# -- arguments from the spec's examples --------------------------------------------------------


@dataclass
class Call:
    """One request built from the spec's examples, and the values it needs from the user's
    own data: (where, name) -> the response field that holds them."""

    method: str
    path: str
    """The spec's path template (``{param}`` filled in :meth:`url_path`)."""
    path_params: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    has_body: bool = False
    needs: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def url_path(self) -> str:
        path = self.path
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", value)
        return path


def _examples(spec: SpecCatalog, node: Any) -> list[Any]:
    node = spec.resolve(node)
    if not isinstance(node, Mapping):
        return []
    if "example" in node:
        return [node["example"]]
    found = []
    for example in (node.get("examples") or {}).values():
        example = spec.resolve(example)
        if isinstance(example, Mapping) and "value" in example:
            found.append(example["value"])
    if not found and isinstance(node.get("schema"), Mapping):
        schema = spec.resolve(node["schema"])
        if "example" in schema:
            found.append(schema["example"])
        elif isinstance(schema.get("examples"), list) and schema["examples"]:
            found.append(schema["examples"][0])
    return found


def _links_into(spec: SpecCatalog) -> dict[str, list[tuple[str, str, str]]]:
    """Per target operation, the (where, name, source field) its incoming links fill."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for op in spec.operations:
        for response in (spec.spec_operation(op).get("responses") or {}).values():
            for link in (spec.resolve(response).get("links") or {}).values():
                link = spec.resolve(link)
                target = link.get("operationId")
                if not isinstance(target, str):
                    continue
                entries = found.setdefault(target, [])
                for key, expression in (link.get("parameters") or {}).items():
                    where, _, name = str(key).rpartition(".")
                    entries.append((where or "any", name, _source(expression)))
                body = link.get("requestBody")
                for item in body if isinstance(body, list) else [body]:
                    if isinstance(item, Mapping):
                        entries += [("body", k, _source(v)) for k, v in item.items()]
    return found


def _source(expression: Any) -> str:
    """The field a runtime expression reads (``$response.body#/0/result/0/orderNo``)."""
    return str(expression).rsplit("/", 1)[-1]


def build_call(spec: SpecCatalog, op: Operation) -> Call | str:
    """The request for ``op`` from its examples, or why it cannot be built."""
    spec_op = spec.spec_operation(op)
    call = Call(op.method, op.path)
    identity = set(spec.order_identity.request_fields.get("orderNumber", ()))
    links = _links_into(spec).get(op.operation_id, [])
    for raw in spec_op.get("parameters") or ():
        param = spec.resolve(raw)
        where, name = param.get("in"), str(param.get("name"))
        values = _examples(spec, param)
        if where not in ("path", "query"):
            continue
        if not values:
            if param.get("required") or where == "path":
                return f"no example for the required {where} parameter {name!r}"
            continue
        value = values[0]
        if where == "path":
            call.path_params[name] = _text(value)
        else:
            call.query[name] = value if isinstance(value, str) else _text(value)
        sources = [s for w, n, s in links if n == name and w in (where, "any")]
        if name in identity or (isinstance(value, str) and _PLACEHOLDER.fullmatch(value)):
            sources.append(name)
        if sources:
            call.needs[(where, name)] = tuple(dict.fromkeys([*sources, name]))
    body_spec = spec.resolve(spec_op.get("requestBody") or {})
    if body_spec:
        media = (body_spec.get("content") or {}).get("application/json")
        if media is None:
            return "request body is not JSON"
        values = _examples(spec, media)
        if not values:
            return "no example for the request body"
        call.body, call.has_body = values[0], True
        item = call.body[0] if isinstance(call.body, list) and call.body else call.body
        if isinstance(item, Mapping):
            for name, value in item.items():
                sources = [s for w, n, s in links if n == name and w == "body"]
                if name in identity or (isinstance(value, str) and _PLACEHOLDER.fullmatch(value)):
                    sources.append(name)
                if sources:
                    call.needs[("body", name)] = tuple(dict.fromkeys([*sources, name]))
    return call


def _like(example: Any, value: Any) -> Any:
    """``value`` as the JSON type of the example it replaces (ids are strings or numbers)."""
    if isinstance(example, int) and not isinstance(example, bool) and str(value).isdigit():
        return int(value)
    return value if not isinstance(example, str) else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _find(bodies: Sequence[Any], names: Sequence[str]) -> Any:
    """The first scalar under one of ``names`` in the user's answers (breadth-first)."""
    for name in names:
        for body in bodies:
            queue: list[Any] = [body]
            seen = 0
            while queue and seen < _MAX_WALK:
                node = queue.pop(0)
                seen += 1
                if isinstance(node, Mapping):
                    value = node.get(name)
                    if isinstance(value, list) and value:
                        value = value[0]
                    if isinstance(value, str | int) and not isinstance(value, bool):
                        if str(value).strip() and not _PLACEHOLDER.fullmatch(str(value)):
                            return value
                    queue.extend(v for v in node.values() if isinstance(v, Mapping | list))
                elif isinstance(node, list):
                    queue.extend(v for v in node if isinstance(v, Mapping | list))
    return None


def fill(call: Call, bodies: Sequence[Any]) -> Call | str:
    """A copy of ``call`` with the user's own values filled in, or why it cannot be."""
    call = copy.deepcopy(call)
    for (where, name), sources in call.needs.items():
        value = _find(bodies, sources)
        if value is None:
            return (
                f"needs {name!r} from the user's own data (from {', '.join(sources)}); "
                "none in the answers read"
            )
        if where == "path":
            call.path_params[name] = _text(value)
        elif where == "query":
            call.query[name] = _text(value)
        else:
            target = call.body[0] if isinstance(call.body, list) else call.body
            target[name] = _like(target.get(name), value)
    return call


# -- running -----------------------------------------------------------------------------------


@dataclass
class Result:
    """What one operation came to (``detail``: the typed error, the drift, or why skipped)."""

    operation: str
    outcome: Outcome
    detail: str = ""
    records: list[DriftRecord] = field(default_factory=list)


class _Recorder(httpx.BaseTransport):
    """The network transport, keeping the last answer's body: the user's own data is read
    from it even when strict validation refuses the answer."""

    def __init__(self, inner: httpx.BaseTransport | None) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self.last: tuple[str, int, bytes] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        content = response.read()
        response.close()
        self.last = (request.url.path, response.status_code, content)
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=request,
            extensions=response.extensions,
        )

    def take(self, path: str) -> Any:
        """The last answer's JSON body if it was a 2xx to ``path`` (not, say, the login the
        call set off), else None; forgotten after."""
        last, self.last = self.last, None
        if last is None or not last[0].endswith(path) or not 200 <= last[1] < 300:
            return None
        try:
            return safe_json.loads(last[2])
        except safe_json.JSONBodyError:
            return None

    def close(self) -> None:
        self._inner.close()


class _LogTail:
    """The drift records appended to the log since the last read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = path.stat().st_size if path.exists() else 0

    def read(self) -> list[DriftRecord]:
        if not self.path.exists():
            return []
        with self.path.open("rb") as log:
            log.seek(self._offset)
            data = log.read()
        self._offset += len(data)
        found = []
        for line in data.decode("utf-8", errors="replace").splitlines():
            try:
                found.append(DriftRecord.from_json(line))
            except (ValueError, KeyError, TypeError):
                continue
        return found


def _summary(records: Sequence[DriftRecord]) -> str:
    seen = list(dict.fromkeys(f"{r.field} {r.kind}" for r in records))
    more = f" (+{len(seen) - 5} more)" if len(seen) > 5 else ""
    return f"{len(records)} record{'s' if len(records) != 1 else ''}: " + "; ".join(seen[:5]) + more


def _error(exc: Exception) -> str:
    """The error's type and text (typed errors are redacted already; others are here)."""
    text = " ".join(str(exc).split())
    if not isinstance(exc, BrokerError):
        text = redact(text)
    return f"{type(exc).__name__}: {text[:300]}"


def plan(
    spec: SpecCatalog, only: Sequence[str] = (), skip: Sequence[str] = ()
) -> tuple[list[tuple[Operation, Call]], list[Result]]:
    """(operations to call, in order: those needing the user's data last; skipped ones)."""
    first: list[tuple[Operation, Call]] = []
    later: list[tuple[Operation, Call]] = []
    skipped: list[Result] = []
    for op in spec.operations:
        name = op.operation_id
        if only and name not in only:
            continue
        reason = "--skip" if name in skip else safe_read(spec, op)
        built = build_call(spec, op) if reason is None else reason
        if isinstance(built, str):
            skipped.append(Result(name, "skipped", built))
        else:
            (later if built.needs else first).append((op, built))
    return first + later, skipped


def _session(
    broker: str, base_url: str | None, drift_log: Path, timeout: float, transport: _Recorder
) -> Any:
    facade = importlib.import_module(_FACADES[broker])
    options: dict[str, Any] = {
        "response_validation": "strict",
        "drift_log": str(drift_log),
        "timeout": timeout,
        "transport": transport,
    }
    if base_url:
        options["base_url"] = base_url
    return facade.from_env(**options)


def run(
    broker: str,
    *,
    base_url: str | None = None,
    drift_log: Path,
    timeout: float = 30.0,
    only: Sequence[str] = (),
    skip: Sequence[str] = (),
    fail_on_extra: bool = False,
    transport: httpx.BaseTransport | None = None,
    emit: Callable[[Result], None] = lambda _result: None,
) -> list[Result]:
    """Call every safe read of ``broker``'s spec (one :class:`Result` each, also handed to
    ``emit`` as it is known). ``fail_on_extra``: undeclared fields count as drift.
    ``transport``: the network transport (default: httpx's)."""
    spec = catalog(broker)
    calls, skipped = plan(spec, only, skip)
    recorder = _Recorder(transport)
    tail = _LogTail(drift_log)
    session = _session(broker, base_url, drift_log, timeout, recorder)
    results: list[Result] = []
    for result in skipped:
        results.append(result)
        emit(result)
    bodies: list[Any] = []
    try:
        for index, (op, call) in enumerate(calls):
            result = _call(spec, session, op, call, bodies, recorder, tail, fail_on_extra)
            results.append(result)
            emit(result)
            if result.outcome == "error" and result.detail.startswith("aborted"):
                for later_op, _ in calls[index + 1 :]:
                    rest = Result(later_op.operation_id, "skipped", "not called: login failed")
                    results.append(rest)
                    emit(rest)
                break
    finally:
        session.close()
    return results


def _call(
    spec: SpecCatalog,
    session: Any,
    op: Operation,
    call: Call,
    bodies: list[Any],
    recorder: _Recorder,
    tail: _LogTail,
    fail_on_extra: bool,
) -> Result:
    name = op.operation_id
    filled = fill(call, bodies) if call.needs else call
    if isinstance(filled, str):
        return Result(name, "skipped", filled)
    client: httpx.Client = session.get_httpx_client()
    error: Exception | None = None
    aborted = False
    try:
        response = client.request(
            filled.method,
            filled.url_path(),
            params=filled.query or None,
            json=filled.body if filled.has_body else None,
        )
        module = spec.generated_module(op)
        parse = getattr(module, "_parse_response", None)
        if parse is not None:
            parse(client=session, response=response)  # the generated client reads it too
    except AuthError as exc:
        error, aborted = exc, True
    except Exception as exc:  # any failure of this one call is reported, then the next runs
        error = exc
    body = recorder.take(filled.url_path())
    if body is not None:
        bodies.append(body)
    records = tail.read()
    real = [r for r in records if r.kind != "extra" or fail_on_extra]
    if real:
        return Result(name, "drift", _summary(records), records)
    if error is not None:
        prefix = "aborted (the session cannot authenticate): " if aborted else ""
        return Result(name, "error", prefix + _error(error), records)
    if records:
        return Result(name, "ok", "undeclared fields recorded, " + _summary(records), records)
    return Result(name, "ok")


# -- command line ------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit contract-live",
        description="Live, read-only conformance run against a broker: call every operation the "
        "spec marks as a safe read (x-idempotent: true, no x-order-operation; never a login, "
        "logout or order call) with arguments from the spec's examples and the user's own data, "
        "validate each answer strictly, write every drift record to a JSONL log, then print "
        "the drift report.",
        epilog="credentials (environment): samco SAMCO_API_KEY, SAMCO_API_SECRET "
        "[SAMCO_TOKEN_FILE]; gopocket GOPOCKET_SESSION, or GOPOCKET_CALLBACK_URL + "
        "GOPOCKET_API_SECRET [GOPOCKET_TOKEN_FILE]. exit codes: 0 every call conforms, "
        "1 drift or an error, 2 usage error.",
    )
    top.add_argument("broker", choices=sorted(BROKER_PACKAGES))
    top.add_argument("--base-url", metavar="URL", default=None,
                     help="the broker's base URL (default: SAMCO_BASE_URL / GOPOCKET_BASE_URL, "
                     "else the spec's server)")  # fmt: skip
    top.add_argument("--drift-log", metavar="FILE", default=None,
                     help="JSONL drift log to append to (default: "
                     "drift-<broker>-<UTC timestamp>.jsonl)")  # fmt: skip
    top.add_argument("--only", action="append", metavar="OP", default=[],
                     help="call only this operationId (repeatable, or comma-separated)")  # fmt: skip
    top.add_argument("--skip", action="append", metavar="OP", default=[],
                     help="do not call this operationId (repeatable, or comma-separated)")  # fmt: skip
    top.add_argument("--fail-on-extra", action="store_true",
                     help="count fields the spec does not declare as drift (default: recorded "
                     "and reported, but the call is ok)")  # fmt: skip
    top.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                     help="timeout of each request (default: %(default)s)")  # fmt: skip
    return top


def _names(values: Sequence[str]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _line(result: Result) -> str:
    return f"{result.outcome:<8} {result.operation:<28} {result.detail}".rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    spec = catalog(args.broker)
    known = {op.operation_id for op in spec.operations}
    only, skip = _names(args.only), _names(args.skip)
    unknown = sorted(set(only + skip) - known)
    if unknown:
        top.error(f"unknown {args.broker} operations: {', '.join(unknown)}")
    if args.timeout <= 0:
        top.error("--timeout must be positive")
    # Each record is printed on its line and in the report; no second copy on stderr.
    logging.getLogger("broker_overlays.drift").addHandler(logging.NullHandler())
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    drift_log = Path(args.drift_log or f"drift-{args.broker}-{stamp}.jsonl")
    print(f"contract-live {args.broker}: drift log {drift_log}", flush=True)
    try:
        results = run(
            args.broker,
            base_url=args.base_url,
            drift_log=drift_log,
            timeout=args.timeout,
            only=only,
            skip=skip,
            fail_on_extra=args.fail_on_extra,
            emit=lambda result: print(_line(result), flush=True),
        )
    except ClientValidationError as exc:  # missing or malformed credentials, a bad URL
        print(f"contract-live: {exc}", file=sys.stderr)
        return 2
    counts = {kind: sum(r.outcome == kind for r in results) for kind in _OUTCOMES}
    print("\n" + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    records = [record for result in results for record in result.records]
    print()
    if records:
        findings = drift_report.aggregate(records)
        specs = drift_report.specs_folder(None)
        sys.stdout.write(
            drift_report.render_markdown(findings, files=[str(drift_log)], specs=specs)
        )
    else:
        print("No drift recorded.")
    return 1 if counts["drift"] or counts["error"] else 0


_OUTCOMES: Final[tuple[Outcome, ...]] = ("ok", "drift", "error", "skipped")
