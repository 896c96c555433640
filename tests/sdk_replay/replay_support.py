"""Record the HTTP requests an official SDK sends, judge each against our spec and serve it
from the in-process mock broker.

Each request is turned into an ``httpx.Request``, resolved to its spec operation by the
overlays' own router (``SpecCatalog.router``), checked with the overlays' validator
(``SpecValidator.request_problems``) and handed to the mock app through its in-process
``SyncTransport``; the mock's answer goes back to the SDK in the SDK's own response type.
Nothing leaves the process: a request to any other host fails the test.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from broker_overlays.mock import MockConfig, SyncTransport, create_app, server_of
from broker_overlays.mock.pytest_plugin import BASE_URLS
from broker_overlays.spec_catalog import catalog
from broker_overlays.spec_validation import validator

MOCK_CONFIG = MockConfig(rate_limit=False, strict=True)
"""Pacing is not under test (no 429s); ``strict``: the mock's own answers must fit the spec."""

REFUSED_BY_MOCK = frozenset({400, 401, 404, 405})
"""Statuses that mean the mock refused the request itself (validation, auth, route)."""


class SpecRefused(AssertionError):
    """Our spec refuses a request the official SDK sends (a spec gap: see KNOWN_SPEC_GAPS)."""


@dataclass
class Exchange:
    """One request the SDK sent, what our spec says about it and what the mock answered."""

    broker: str
    case: str
    request: httpx.Request
    operation: str | None
    problems: tuple[str, ...]
    status: int
    body: Any
    """The mock's answer, parsed (None when it is not JSON)."""
    business_failure: str | None
    """The broker message of a failure envelope inside a 2xx answer, if any."""
    constructed: bool = False
    """The request a broken SDK call was meant to send, sent by the test."""
    setup: bool = False
    """Sent to prepare another call (covered by its own case; not checked or reported)."""
    note: str = ""

    @property
    def accepted(self) -> bool:
        return self.operation is not None and not self.problems

    @property
    def served(self) -> bool:
        return 200 <= self.status < 300

    @property
    def line(self) -> str:
        url = self.request.url
        query = f"?{url.query.decode()}" if url.query else ""
        return f"{self.request.method} {url.path}{query}"

    def spec_verdict(self) -> str:
        if self.accepted:
            return f"accepted ({self.operation})"
        more = f" (+{len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"REFUSED ({self.operation or 'no operation'}): {self.problems[0]}{more}"

    def mock_verdict(self) -> str:
        if self.status == 0:
            return str(self.body)
        if not self.served:
            message = (
                catalog(self.broker).envelope.message(self.body)
                if isinstance(self.body, dict)
                else ""
            )
            return f"{self.status} refused" + (f": {message}" if message else "")
        if self.business_failure is not None:
            return f"{self.status}, business failure: {self.business_failure}"
        return f"{self.status} success"


@dataclass
class Recorder:
    """The mock broker of one test and every request the SDK sent to it."""

    broker: str
    base_url: str
    app: Any
    transport: SyncTransport
    exchanges: list[Exchange] = field(default_factory=list)
    escaped: list[str] = field(default_factory=list)
    """Requests to any other host (an SDK may swallow the error raised for them)."""
    case: str = "?"
    constructed: bool = False
    setup: bool = False
    note: str = ""

    @classmethod
    def start(cls, broker: str) -> Recorder:
        app = create_app(broker, config=MOCK_CONFIG)
        return cls(broker, BASE_URLS[broker], app, SyncTransport(app))

    @property
    def state(self) -> Any:
        """The mock broker's state (sessions, orders ...)."""
        return server_of(self.app).state

    def browser(self) -> httpx.Client:
        """A client for the mock's browser pages (login / consent); not recorded."""
        return httpx.Client(transport=self.transport, base_url=self.base_url)

    @contextmanager
    def calling(
        self, case: str, *, constructed: bool = False, setup: bool = False, note: str = ""
    ) -> Iterator[list[Exchange]]:
        """Label the requests sent inside the block; yields the list they are appended to
        (filled when the block ends; setup requests of a nested block are left out)."""
        sent: list[Exchange] = []
        previous = (self.case, self.constructed, self.setup, self.note)
        self.case, self.constructed, self.setup, self.note = case, constructed, setup, note
        start = len(self.exchanges)
        try:
            yield sent
        finally:
            sent.extend(e for e in self.exchanges[start:] if e.setup == setup)
            self.case, self.constructed, self.setup, self.note = previous

    def send(self, request: httpx.Request) -> httpx.Response:
        """Judge ``request`` against the spec, answer it from the mock and record both."""
        if not str(request.url).startswith(self.base_url + "/"):
            self.escaped.append(f"{request.method} {request.url}")
            raise AssertionError(f"the SDK sent a request outside the mock: {request.url}")
        op = catalog(self.broker).router(self.base_url).resolve(request)
        if op is None:
            problems = [f"no {self.broker} spec operation for {request.method} {request.url.path}"]
        else:
            problems = validator(self.broker).request_problems(op, request)
        exchange = Exchange(
            broker=self.broker,
            case=self.case,
            request=request,
            operation=op.operation_id if op else None,
            problems=tuple(problems),
            status=0,
            body=None,
            business_failure=None,
            constructed=self.constructed,
            setup=self.setup,
            note=self.note,
        )
        self.exchanges.append(exchange)
        try:
            response = self.transport.handle_request(request)
            content = response.read()
        except Exception as exc:  # the mock crashed or dropped the connection: no answer
            exchange.body = f"no answer: {type(exc).__name__}: {exc}"
            raise
        exchange.status = response.status_code
        try:
            exchange.body = json.loads(content) if content else None
        except ValueError:
            exchange.body = None
        failure = catalog(self.broker).envelope.failure(exchange.body)
        if failure is not None:
            exchange.business_failure = failure[1] or failure[0]
        return response

    def close(self) -> None:
        """Stop the mock and hand the requests (setup excluded) to the session report."""
        self.transport.close()
        LOG.exchanges.extend(e for e in self.exchanges if not e.setup)


@dataclass
class ReplayLog:
    """What the whole session recorded, for the report (written by conftest.py)."""

    exchanges: list[Exchange] = field(default_factory=list)
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per broker, per case: calls that send nothing, broken helpers."""

    def note(self, broker: str, case: str, text: str) -> None:
        self.notes.setdefault(broker, {})[case] = text


LOG = ReplayLog()


def check(rec: Recorder, case_id: str, sent: list[Exchange]) -> None:
    """Every request the case sent accepted by our spec (else :class:`SpecRefused`), then
    served by the mock (a business failure envelope in a 2xx answer counts as served)."""
    assert not rec.escaped, f"{case_id}: requests outside the mock: {rec.escaped}"
    assert sent, f"{case_id} sent no HTTP request"
    for exchange in sent:
        if not exchange.accepted:
            raise SpecRefused(f"{case_id}: {exchange.line}: {exchange.spec_verdict()}")
    for exchange in sent:
        assert exchange.status not in REFUSED_BY_MOCK and exchange.served, (
            f"{case_id}: the mock did not serve {exchange.line}: {exchange.mock_verdict()}"
        )


# -- the SDKs' HTTP stacks, pointed at the recorder ---------------------------------------------


class Urllib3ToMock(urllib3.PoolManager):
    """A urllib3 pool manager (Samco's SDK) whose connections are the recorder: urllib3 still
    encodes the request (query fields, body), only the socket is replaced."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def urlopen(  # type: ignore[override]
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        body = kw.get("body")
        content = body.encode() if isinstance(body, str) else body
        headers = dict(kw.get("headers") or {})
        response = self.recorder.send(httpx.Request(method, url, headers=headers, content=content))
        return urllib3.HTTPResponse(
            body=response.content,
            headers={"Content-Type": response.headers.get("content-type", "")},
            status=response.status_code,
            reason=response.reason_phrase,
            preload_content=kw.get("preload_content", True),
            decode_content=False,
        )


class RequestsToMock(requests.adapters.BaseAdapter):
    """A ``requests`` transport adapter (Gopocket's SDK) that hands the prepared request, as
    it would go on the wire, to the recorder."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **_: Any
    ) -> requests.Response:
        body = request.body
        if body is not None and not isinstance(body, str | bytes):
            raise TypeError(f"streamed request bodies are not replayed: {type(body).__name__}")
        content = body.encode() if isinstance(body, str) else body
        headers = {k: v if isinstance(v, str) else v.decode() for k, v in request.headers.items()}
        sent = httpx.Request(
            str(request.method), str(request.url), headers=headers, content=content
        )
        answer = self.recorder.send(sent)
        response = requests.Response()
        response.status_code = answer.status_code
        response.reason = answer.reason_phrase
        response.headers = CaseInsensitiveDict({"Content-Type": answer.headers["content-type"]})
        response._content = answer.content
        response.encoding = "utf-8"
        response.url = str(request.url)
        response.request = request
        return response

    def close(self) -> None:
        """Nothing to close."""


def route_requests_to(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    """Every ``requests`` session (the SDK makes one per call) sends through the recorder."""
    adapter = RequestsToMock(recorder)
    monkeypatch.setattr(requests.Session, "get_adapter", lambda self, url: adapter)


# -- which SDK methods send HTTP, found by reading the SDK ----------------------------------------


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """The public methods a class defines (including inherited, excluding ``object``'s)."""
    return {
        name: fn
        for name, fn in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


@cache
def _code(fn: Callable[..., Any]) -> str:
    """The function's code without its docstring and comments (normalised by ``ast``)."""
    source = inspect.getsource(fn)
    # A method's source keeps its indentation (and SDK comments may sit at column 0, which
    # defeats dedent): parse it as the body of an ``if``.
    tree = ast.parse(f"if True:\n{source}" if source[:1].isspace() else source)
    func = tree.body[0]
    while isinstance(func, ast.If):
        func = func.body[0]
    assert isinstance(func, ast.FunctionDef)
    first = func.body[0] if func.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        func.body = func.body[1:] or [ast.Pass()]
    return ast.unparse(func)


def http_methods(cls: type, primitive: str) -> dict[str, str]:
    """Methods of ``cls`` that send HTTP: those whose code matches the regex ``primitive``
    (the SDK's own HTTP calls) or calls such a method on ``self``, transitively. Maps each to
    the method (or the primitive's match) that makes it one."""
    code = {name: _code(fn) for name, fn in inspect.getmembers(cls, inspect.isfunction)}
    found: dict[str, str] = {}
    for name, text in code.items():
        match = re.search(primitive, text)
        if match is not None:
            found[name] = match.group(0)
    changed = True
    while changed:
        changed = False
        for name, text in code.items():
            if name in found:
                continue
            for callee in re.findall(r"self\.(\w+)\(", text):
                if callee in found and callee != name:
                    found[name] = callee
                    changed = True
                    break
    return {name: via for name, via in found.items() if not name.startswith("_")}


def calls(caller: Callable[..., Any], method: str) -> bool:
    """Whether ``caller``'s code calls ``self.<method>(...)``."""
    return f"self.{method}(" in _code(caller)


# -- the report -------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_report(exchanges: list[Exchange], notes: Mapping[str, Mapping[str, str]]) -> str:
    """One Markdown table per broker: SDK call, request sent, spec verdict, mock verdict, notes.

    ``notes``: per broker, per case, text for calls that sent nothing (or extra remarks).
    """
    lines = [
        "# Official SDK replay",
        "",
        "Every HTTP method of the official SDKs, driven as their READMEs show, against the",
        "in-process mock brokers (`scripts/sdk-replay`). *Intended request*: the call as shipped",
        "or as the README writes it fails before sending; the row is the request it was meant",
        "to send (Samco: through the SDK's `_v32_call`; Gopocket: the SDK method with corrected",
        "arguments).",
    ]
    for broker in ("samco", "gopocket"):
        rows = [e for e in exchanges if e.broker == broker]
        if not rows and broker not in notes:
            continue
        accepted = sum(e.accepted for e in rows)
        served = sum(e.served for e in rows)
        lines += [
            "",
            f"## {broker}",
            "",
            f"{len(rows)} requests: {accepted} accepted by the spec, {len(rows) - accepted} "
            f"refused; {served} served by the mock.",
            "",
            "| SDK call | request sent | spec verdict | mock verdict | notes |",
            "|---|---|---|---|---|",
        ]
        seen = set()
        for e in sorted(rows, key=lambda e: e.case):
            seen.add(e.case)
            extra = notes.get(broker, {}).get(e.case, "")
            note = "; ".join(
                part
                for part in ("**intended request**" if e.constructed else "", e.note, extra)
                if part
            )
            body = e.request.content.decode(errors="replace") if e.request.content else ""
            sent = f"`{e.line}`" + (f" `{body}`" if body else "")
            lines.append(
                f"| `{e.case}` | {_cell(sent)} | {_cell(e.spec_verdict())} | "
                f"{_cell(e.mock_verdict())} | {_cell(note)} |"
            )
        for case, text in sorted(notes.get(broker, {}).items()):
            if case not in seen:
                lines.append(f"| `{case}` | (no HTTP request) | — | — | {_cell(text)} |")
        refused = [e for e in rows if not e.accepted]
        if refused:
            lines += ["", f"Refused by the {broker} spec, every problem:", ""]
            for e in sorted(refused, key=lambda e: e.case):
                lines.append(f"- `{e.case}` `{e.line}`: " + "; ".join(e.problems))
    return "\n".join(lines) + "\n"


def write_report(
    path: Path, exchanges: list[Exchange], notes: Mapping[str, Mapping[str, str]]
) -> None:
    path.write_text(markdown_report(exchanges, notes), encoding="utf-8")
