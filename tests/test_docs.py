"""The API reference of ``scripts/docs``, as a browser shows it.

``scripts/docs`` builds into a temp folder; headless Chromium (Debian's ``chromium``) opens each
page offline and dumps the DOM after Redoc's script has run. Every operation of each spec must
be in that DOM (its section and its menu entry), the index must list every operationId with its
generated module and a working link, and no page may try to reach the network.

Skipped when ``chromium``, ``node`` or ``npm`` is missing, unless ``BROKER_TEST_REQUIRE_DOCS=1``
(CI), where that is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from broker_overlays.spec_catalog import BROKER_PACKAGES, Operation, catalog

ROOT = Path(__file__).resolve().parent.parent
BROKERS = sorted(BROKER_PACKAGES)
CHROMIUM_FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-sandbox",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    # Nothing leaves the machine even if a page tried (the net log still records the try).
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--virtual-time-budget=10000",  # virtual ms for Redoc's script to render before the dump
)


@dataclass
class Dom:
    """What the tests read from a dumped DOM."""

    ids: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    menu: dict[str, str] = field(default_factory=dict)
    """Side-menu ``data-item-id`` → class of its label (``active`` when selected)."""
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    """Index rows by ``id``: their ``data-*`` attributes, first link and text."""
    csp: str = ""


class _DomParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.dom = Dom()
        self._item: str | None = None
        self._row: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if "id" in attr:
            self.dom.ids.add(attr["id"])
        self.dom.classes.update(attr.get("class", "").split())
        if tag == "meta" and attr.get("http-equiv", "").lower() == "content-security-policy":
            self.dom.csp = attr.get("content", "")
        if "data-item-id" in attr:
            self._item = attr["data-item-id"]
        elif tag == "label" and self._item is not None:
            self.dom.menu[self._item] = attr.get("class", "")
            self._item = None
        if tag == "tr" and "data-operation" in attr:
            self._row = {**attr, "text": ""}
            self.dom.rows[attr["id"]] = self._row
        elif tag == "a" and self._row is not None and "href" not in self._row:
            self._row["href"] = attr.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._row is not None:
            self._row["text"] += data


def parse(html: str) -> Dom:
    parser = _DomParser()
    parser.feed(html)
    return parser.dom


@dataclass
class Rendered:
    """One page as Chromium rendered it."""

    dom: Dom
    console: list[str]
    requests: list[str]
    """http(s) URLs the page itself asked for (from Chromium's net log)."""


def _page_requests(netlog: Path) -> list[str]:
    text = netlog.read_text("utf-8", errors="replace").rstrip().rstrip(",")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a log cut short still lists its events
        log = json.loads(text + "]}")
    urls = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url, initiator = str(params.get("url", "")), params.get("initiator")
        # A page's requests carry its origin as initiator (a file:// page's is "null"); the
        # browser's own (update checks and the like) carry "not an origin".
        if url.startswith(("http:", "https:", "ws:", "wss:")) and initiator not in (
            None,
            "not an origin",
        ):
            urls.append(url)
    return urls


def _missing_tools() -> list[str]:
    return [tool for tool in ("chromium", "node", "npm") if shutil.which(tool) is None]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``scripts/docs`` run into a temp folder."""
    missing = _missing_tools()
    if missing:
        message = (
            f"{', '.join(missing)} not found: the API reference needs Debian's chromium "
            "(apt-get install chromium) and Node.js with npm"
        )
        if os.environ.get("BROKER_TEST_REQUIRE_DOCS") == "1":
            pytest.fail(message + " and BROKER_TEST_REQUIRE_DOCS=1")
        pytest.skip(message)
    out = tmp_path_factory.mktemp("docs")
    started = time.monotonic()
    result = subprocess.run(
        [str(ROOT / "scripts" / "docs"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"scripts/docs: {time.monotonic() - started:.1f}s")
    assert str(out) in result.stdout, result.stdout  # it says where the files are
    for name in ("index.html", *(f"{broker}.html" for broker in BROKERS)):
        assert name in result.stdout and (out / name).is_file(), name
    return out


@pytest.fixture(scope="module")
def rendered(built: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """The index and each broker's page, rendered in parallel (one Chromium profile each).
    A broker's page is opened at the anchor of its first order operation, as the index's
    links open it."""
    work = tmp_path_factory.mktemp("chromium")
    targets = {"index": (built / "index.html").as_uri()}
    for broker in BROKERS:
        anchor = _anchor(built, broker, _first_order(broker))
        targets[broker] = f"{(built / broker).with_suffix('.html').as_uri()}#{anchor}"
    started = time.monotonic()
    procs = {}
    for name, url in targets.items():
        netlog = work / f"{name}.netlog.json"
        command = [
            "chromium",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={work / name}",
            f"--log-net-log={netlog}",
            "--dump-dom",
            url,
        ]
        procs[name] = (
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
            netlog,
        )
    pages = {}
    try:
        for name, (proc, netlog) in procs.items():
            stdout, stderr = proc.communicate(timeout=180)
            assert proc.returncode == 0, f"chromium failed on {name}: {stderr[-2000:]}"
            console = [line for line in stderr.splitlines() if ":CONSOLE" in line]
            pages[name] = Rendered(parse(stdout), console, _page_requests(netlog))
    finally:
        for proc, _ in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    print(f"chromium, {len(targets)} pages: {time.monotonic() - started:.1f}s")
    return pages


def _first_order(broker: str) -> Operation:
    return next(op for op in catalog(broker).operations if op.is_order)


def _anchor(built: Path, broker: str, op: Operation) -> str:
    """The operation's anchor, as Redocly wrote it into the page."""
    found = re.search(
        rf'id="(tag/[^"/]+/operation/{re.escape(op.operation_id)})"',
        (built / f"{broker}.html").read_text("utf-8"),
    )
    assert found, f"{broker}: no section for {op.operation_id} in the built page"
    return found.group(1)


@pytest.mark.parametrize("broker", BROKERS)
def test_page_renders_every_operation(rendered: dict[str, Rendered], broker: str) -> None:
    dom = rendered[broker].dom
    # perfect-scrollbar's rails exist only once Redoc's script has mounted the side menu.
    assert {"ps__rail-y", "ps__thumb-y"} <= dom.classes, "Redoc's script did not run"
    sections = {i.rsplit("/operation/", 1)[1]: i for i in dom.ids if "/operation/" in i}
    operations = catalog(broker).operations
    missing = [op.operation_id for op in operations if op.operation_id not in sections]
    assert not missing, f"{broker}: operations not rendered: {missing}"
    for op in operations:
        anchor = sections[op.operation_id]
        assert anchor == f"tag/{op.tag}/operation/{op.operation_id}", anchor
        assert anchor in dom.menu, f"{broker}: {op.operation_id} has no side-menu entry"


@pytest.mark.parametrize("broker", BROKERS)
def test_anchor_opens_its_operation(
    built: Path, rendered: dict[str, Rendered], broker: str
) -> None:
    anchor = _anchor(built, broker, _first_order(broker))
    menu = rendered[broker].dom.menu
    selected = [
        item for item, cls in menu.items() if "active" in cls.split() and "/operation/" in item
    ]
    assert selected == [anchor], f"opened at #{anchor}, the menu selects {selected}"


def test_index_lists_every_operation(built: Path, rendered: dict[str, Rendered]) -> None:
    rows = rendered["index"].dom.rows
    for broker in BROKERS:
        spec = catalog(broker)
        page_ids = rendered[broker].dom.ids
        listed = {r["data-operation"] for i, r in rows.items() if i.startswith(f"{broker}-")}
        assert listed == {op.operation_id for op in spec.operations}, broker
        for op in spec.operations:
            row = rows[f"{broker}-{op.operation_id}"]
            module = spec.generated_module(op)
            assert module is not None and callable(module.sync), op.operation_id
            assert row["data-module"] == module.__name__
            assert f"{module.__name__}.sync" in row["text"]
            assert op.operation_id in row["text"] and op.path in row["text"]
            assert op.rate_limit_category in row["text"]
            page, _, anchor = row["href"].partition("#")
            assert page == f"{broker}.html" and anchor in page_ids, row["href"]


@pytest.mark.parametrize("page", ["index", *BROKERS])
def test_page_asks_nothing_of_the_network(
    built: Path, rendered: dict[str, Rendered], page: str
) -> None:
    raw = (built / f"{page}.html").read_text("utf-8")
    assert "default-src 'none'" in parse(raw).csp, "no Content-Security-Policy in the page"
    assert not re.search(r"(?i)<script\b[^>]*\bsrc=", raw), "a script is loaded from a URL"
    result = rendered[page]
    assert not result.requests, f"{page} requested {result.requests}"
    blocked = [line for line in result.console if "Content Security Policy" in line]
    assert not blocked, f"{page} tried to load: {blocked}"
    errors = [line for line in result.console if "Uncaught" in line]
    assert not errors, errors
