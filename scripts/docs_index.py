"""Finish the Redocly pages of ``scripts/docs`` and write the operations index.

``OUT/<broker>.html`` (Redocly's ``build-docs`` of ``OUT/<broker>.json``) loads Redoc's browser
bundle from a CDN; here that script tag is replaced by the pinned bundle from
``docs/node_modules`` (checked against the tag's version and SRI hash) and a
Content-Security-Policy that forbids every fetch is added, so the page works offline and
asks nothing of the network. ``OUT/index.html`` then lists every operation of every spec:
operationId (linked to its section of the Redoc page), method and path, the generated
function to call, rate-limit category, idempotent, order operation and ``x-source``.

    docs_index.py OUT_DIR --redoc-bundle docs/node_modules/redoc/bundles/redoc.standalone.js BROKER...
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from broker_overlays.spec_catalog import Operation, RateWindow, SpecCatalog

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; worker-src blob:; connect-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)
"""Inline code and data/blob URLs only: the page cannot fetch anything, by construction."""
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'

_CDN_SCRIPT = re.compile(
    r'<script src="https://cdn\.redocly\.com/redoc/v(?P<version>[^/"]+)/bundles/'
    r'redoc\.standalone\.js"(?: integrity="(?P<integrity>[^"]+)")?'
    r'(?: crossorigin="anonymous")?></script>'
)
# Redoc's side menu shows "API docs by Redocly" with a logo fetched from its CDN at view time
# (the image hides itself when it fails to load): pointed at an empty data URL instead.
_LOGO_URL = '"https://cdn.redoc.ly/redoc/logo-mini.svg"'
# Redocly prerenders with React 19, the bundle hydrates with React 18: React finds the markup
# different and renders the page anew, reporting each mismatch as an uncaught error unless
# hydrate() gets an onRecoverableError callback (its third argument). The page is the same.
_HYDRATE = "Redoc.hydrate(__redoc_state, container);"
_HYDRATE_QUIET = "Redoc.hydrate(__redoc_state, container, function () {});"
_ANCHOR = re.compile(r'\bid="(tag/[^"/]+/operation/([^"]+))"')
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


class DocsError(Exception):
    """A built page cannot be made self-contained, or the index cannot be completed."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the index."""

    operation: Operation
    summary: str
    module: str | None
    anchor: str
    x_source: tuple[str, ...]
    windows: tuple[RateWindow, ...]


def _check_inlinable(script: str) -> None:
    """Refuse code that would end or confuse the ``<script>`` element it is inlined into."""
    lower = script.lower()
    if "</script" in lower:
        raise DocsError("the Redoc bundle contains '</script': cannot inline it")
    start = lower.find("<!--")
    while start != -1:
        end = lower.find("-->", start + 4)
        if "<script" in lower[start : end if end != -1 else len(lower)]:
            raise DocsError("the Redoc bundle has '<!--' ... '<script': cannot inline it")
        start = lower.find("<!--", end if end != -1 else len(lower))


def make_offline(page: str, bundle: bytes, bundle_version: str) -> str:
    """``page`` with the Redoc bundle inlined in place of its CDN tag and the CSP added."""
    if CSP_META in page:
        return page  # already done
    tags = list(_CDN_SCRIPT.finditer(page))
    if len(tags) != 1:
        raise DocsError(f"expected one Redoc CDN script tag in the page, found {len(tags)}")
    tag = tags[0]
    if tag["version"] != bundle_version:
        raise DocsError(
            f"the page wants Redoc {tag['version']}, docs/node_modules has {bundle_version}: "
            "pin the redoc package in docs/package.json to the version @redocly/cli renders"
        )
    if tag["integrity"]:
        algorithm, _, expected = tag["integrity"].partition("-")
        actual = base64.b64encode(hashlib.new(algorithm, bundle).digest()).decode()
        if actual != expected:
            raise DocsError(f"the Redoc bundle does not match the page's {algorithm} SRI hash")
    script = bundle.decode("utf-8")
    if script.count(_LOGO_URL) != 1:
        raise DocsError(f"expected the Redoc bundle to reference {_LOGO_URL} once")
    script = script.replace(_LOGO_URL, '"data:,"')
    _check_inlinable(script)
    page = page[: tag.start()] + f"<script>{script}</script>" + page[tag.end() :]
    if page.count(_HYDRATE) != 1:
        raise DocsError(f"expected the page to call {_HYDRATE!r} once")
    page = page.replace(_HYDRATE, _HYDRATE_QUIET)
    head = page.find("<head>")
    if head == -1:
        raise DocsError("the page has no <head>")
    at = head + len("<head>")
    page = page[:at] + "\n  " + CSP_META + page[at:]
    leftovers = external_references(page)
    if leftovers:
        raise DocsError(f"the page still references the network: {leftovers[:5]}")
    return page


def external_references(page: str) -> list[str]:
    """Elements and style rules that would load something from a URL (not links to follow)."""
    markup = re.sub(r"(?is)<script\b[^>]*>.*?</script>", "<script></script>", page)
    found = re.findall(r"(?i)<script\b[^>]*\bsrc=[^>]*>", markup)
    remote = r"""\s*=\s*["']?(?:https?:)?//"""
    found += re.findall(rf"(?i)<link\b[^>]*\bhref{remote}[^>]*>", markup)
    found += re.findall(
        rf"(?i)<(?:img|iframe|embed|object|source|video|audio|input)\b[^>]*"
        rf"\b(?:src|srcset|data|poster){remote}[^>]*>",
        markup,
    )
    found += re.findall(r"(?i)@import[^;]*|url\(\s*['\"]?(?:https?:)?//[^)]*\)", markup)
    return found


def anchors(page: str) -> dict[str, str]:
    """operationId → the Redoc anchor of its section (``tag/<tag>/operation/<operationId>``)."""
    return {operation_id: anchor for anchor, operation_id in _ANCHOR.findall(page)}


def entries(spec: SpecCatalog, page_anchors: dict[str, str]) -> list[Entry]:
    """The index rows of one spec, in the order of its tags."""
    tag_order = {tag["name"]: i for i, tag in enumerate(spec.document.get("tags", []))}
    windows = spec.rate_windows()
    rows = []
    for op in spec.operations:
        anchor = page_anchors.get(op.operation_id)
        if anchor is None:
            raise DocsError(f"{spec.broker}: no Redoc section for operation {op.operation_id}")
        module = spec.generated_module(op)
        if module is None or not all(hasattr(module, name) for name in FUNCTIONS):
            print(
                f"warning: {spec.broker} {op.operation_id}: no generated module "
                "(run scripts/generate)",
                file=sys.stderr,
            )
        raw = spec.spec_operation(op)
        rows.append(
            Entry(
                operation=op,
                summary=str(raw.get("summary", "")),
                module=module.__name__ if module is not None else None,
                anchor=anchor,
                x_source=tuple(str(s) for s in raw.get("x-source", ())),
                windows=windows.get(op.rate_limit_category, ()),
            )
        )
    rows.sort(key=lambda e: tag_order.get(e.operation.tag, len(tag_order)))
    return rows


_UNITS = {1: "s", 60: "min", 3600: "h", 86400: "day"}


def _window(window: RateWindow) -> str:
    unit = _UNITS.get(window.seconds, f"{window.seconds} s")
    return f"{window.limit}/{unit}"


def _row(broker: str, entry: Entry) -> str:
    op = entry.operation
    call = (
        f"<code>{escape(entry.module)}.sync</code>"
        if entry.module
        else '<span class="missing">not generated</span>'
    )
    windows = ", ".join(_window(w) for w in entry.windows)
    order = escape(op.order_action) if op.order_action else "no"
    cells = [
        f'<a href="{escape(broker)}.html#{escape(entry.anchor)}"><code>'
        f"{escape(op.operation_id)}</code></a><br><small>{escape(entry.summary)}</small>",
        f'<code class="method">{op.method}</code> <code>{escape(op.path)}</code>',
        call,
        f"{escape(op.rate_limit_category)}" + (f"<br><small>{windows}</small>" if windows else ""),
        "yes" if op.idempotent else "no",
        order,
        escape(", ".join(entry.x_source)),
    ]
    attrs = (
        f'id="{escape(broker)}-{escape(op.operation_id)}" '
        f'data-operation="{escape(op.operation_id)}" data-module="{escape(entry.module or "")}"'
    )
    return f"<tr {attrs}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #1d2330; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2.5em; }
th, td { border-bottom: 1px solid #dde1e8; padding: .35em .6em; text-align: left;
         vertical-align: top; }
th { background: #f3f5f8; position: sticky; top: 0; }
code { font: 13px ui-monospace, monospace; }
small { color: #5b6475; }
.method { font-weight: bold; }
.missing { color: #b00020; }
"""


def render_index(specs: list[tuple[SpecCatalog, list[Entry]]]) -> str:
    """The index page: one table per broker."""
    total = sum(len(rows) for _, rows in specs)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  {CSP_META}",
        "  <title>Broker API reference: operations</title>",
        f"  <style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<h1>Broker API reference: operations</h1>",
        f"<p>{total} operations. Full references: "
        + ", ".join(
            f'<a href="{escape(spec.broker)}.html">{escape(_title(spec))}</a>' for spec, _ in specs
        )
        + ".</p>",
        "<p>Each generated module has <code>sync</code>, <code>sync_detailed</code>, "
        "<code>asyncio</code> and <code>asyncio_detailed</code>; pass the session of "
        "<code>broker_overlays.samco.connect</code> / <code>gopocket.connect</code> as "
        "<code>client=</code>. <b>Idempotent</b> calls are retried by the overlays; "
        "<b>order</b> operations are never resent, and an unclear outcome raises "
        "<code>OrderStateUnknownError</code>. The rate-limit category names the throttle "
        "windows shared by its calls. <b>x-source</b> lists the public sources of the "
        "operation (legend in each reference's introduction).</p>",
    ]
    for spec, rows in specs:
        parts.append(
            f'<h2 id="{escape(spec.broker)}"><a href="{escape(spec.broker)}.html">'
            f"{escape(_title(spec))}</a> ({len(rows)} operations)</h2>"
        )
        parts.append(
            "<table><thead><tr><th>Operation</th><th>Method and path</th><th>Python</th>"
            "<th>Rate limit</th><th>Idempotent</th><th>Order</th><th>x-source</th></tr>"
            "</thead><tbody>"
        )
        parts += [_row(spec.broker, entry) for entry in rows]
        parts.append("</tbody></table>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _title(spec: SpecCatalog) -> str:
    info: dict[str, Any] = spec.document.get("info", {})
    return f"{info.get('title', spec.broker)} {info.get('version', '')}".strip()


def build(out: Path, bundle_path: Path, brokers: list[str]) -> dict[str, int]:
    """Finish ``OUT/<broker>.html`` for each broker and write ``OUT/index.html``."""
    bundle = bundle_path.read_bytes()
    package = json.loads((bundle_path.parent.parent / "package.json").read_text("utf-8"))
    specs = []
    for broker in brokers:
        document = json.loads((out / f"{broker}.json").read_text("utf-8"))
        page_path = out / f"{broker}.html"
        page = make_offline(page_path.read_text("utf-8"), bundle, str(package["version"]))
        page_path.write_text(page, "utf-8")
        spec = SpecCatalog(broker, document)
        specs.append((spec, entries(spec, anchors(page))))
    (out / "index.html").write_text(render_index(specs), "utf-8")
    return {spec.broker: len(rows) for spec, rows in specs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder scripts/docs built into")
    parser.add_argument("--redoc-bundle", type=Path, required=True, help="redoc.standalone.js")
    parser.add_argument("brokers", nargs="+", metavar="BROKER")
    args = parser.parse_args(argv)
    try:
        counts = build(args.out, args.redoc_bundle, args.brokers)
    except DocsError as exc:
        print(f"docs: {exc}", file=sys.stderr)
        return 1
    out = args.out.resolve()
    print(f"API reference in {out}:")
    width = max(len(f"{broker}.html") for broker in [*counts, "index"])
    print(f"  {'index.html':<{width}}  operations index ({sum(counts.values())} operations)")
    for broker, count in counts.items():
        print(f"  {broker + '.html':<{width}}  Redoc reference, {count} operations ({broker}.json)")
    print(f"open file://{out / 'index.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
