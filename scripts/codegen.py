"""Bundle the spec sources and regenerate the typed clients under ``generated/``.

Each broker has ``scripts/codegen/<broker>.yaml`` (openapi-python-client config) and
``specs/<broker>/``: a root ``openapi.yaml`` plus fragments in ``components/*.yaml`` (a mapping
``{schemas: {...}, parameters: {...}}``) and ``paths/*.yaml`` (a mapping ``{paths: {...}}``
and/or ``{webhooks: {...}}``). Fragments refer to each other with local ``#/components/...``
references only, so bundling is a checked merge: no duplicate names, every reference resolves.

The bundle is also shipped inside the generated package as ``openapi.json`` so that the
overlays read rate-limit categories and retry markers from the very document the client was
generated from.

Streams: each ``scripts/codegen/streams/<stream>.yaml`` (kept out of ``brokers()``: streams are
no REST clients) pairs with ``specs/streams/<stream>.asyncapi.yaml``, one AsyncAPI 3.0 document
with local references only. Its ``components.schemas`` go into a synthetic OpenAPI 3.1
document (no paths) that the same generator and templates turn into typed message classes;
the package keeps ``models/`` and ``types.py`` (no client, errors or api modules) and ships
the bundled AsyncAPI document as ``asyncapi.json``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CONFIGS = ROOT / "scripts" / "codegen"
IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache"}
ASYNCAPI_VERSION = "3.0.0"
ASYNCAPI_SCHEMA = Path("@asyncapi", "specs", "schemas", f"{ASYNCAPI_VERSION}-without-$id.json")
"""The AsyncAPI JSON Schema, from the npm package pinned in docs/package.json
(``scripts/docs --install`` puts it in docs/node_modules)."""


class SpecError(Exception):
    """A spec source cannot be bundled (duplicate name, dangling reference, bad fragment)."""


class _Yaml12Loader(yaml.SafeLoader):
    """YAML loader without YAML 1.1 surprises: ``NO``/``YES``/``ON`` stay strings, no
    sexagesimal numbers (``10:46:06``) and no implicit dates (``2024-05-30``)."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Yaml12Loader)


def brokers() -> list[str]:
    return sorted(p.stem for p in CONFIGS.glob("*.yaml"))


def package_name(broker: str) -> str:
    name = load_yaml(CONFIGS / f"{broker}.yaml")["package_name_override"]
    return str(name)


def streams() -> list[str]:
    """The streams with a generator config (``scripts/codegen/streams/<stream>.yaml``)."""
    return sorted(p.stem for p in (CONFIGS / "streams").glob("*.yaml"))


def stream_package_name(stream: str) -> str:
    name = load_yaml(CONFIGS / "streams" / f"{stream}.yaml")["package_name_override"]
    return str(name)


def stream_source(stream: str) -> Path:
    return SPECS / "streams" / f"{stream}.asyncapi.yaml"


def _merge(target: dict[str, Any], extra: dict[str, Any], where: str, source: Path) -> None:
    for key, value in extra.items():
        if key in target:
            raise SpecError(f"{source.relative_to(ROOT)}: duplicate {where} {key!r}")
        target[key] = value


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _resolve(doc: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def bundle(broker: str) -> dict[str, Any]:
    """Merge ``specs/<broker>/`` into one OpenAPI document and check its references."""
    folder = SPECS / broker
    doc: dict[str, Any] = load_yaml(folder / "openapi.yaml")
    components = doc.setdefault("components", {})
    for fragment in sorted((folder / "components").glob("*.yaml")):
        data = load_yaml(fragment) or {}
        for kind, items in data.items():
            _merge(components.setdefault(kind, {}), items, f"components.{kind}", fragment)
    for fragment in sorted((folder / "paths").glob("*.yaml")):
        data = load_yaml(fragment) or {}
        unknown = set(data) - {"paths", "webhooks"}
        if unknown:
            raise SpecError(f"{fragment.relative_to(ROOT)}: unexpected keys {sorted(unknown)}")
        for section in ("paths", "webhooks"):
            for name, item in (data.get(section) or {}).items():
                existing = doc.setdefault(section, {}).setdefault(name, {})
                _merge(existing, item, f"{section}[{name}]", fragment)
    dangling = sorted({ref for ref in _refs(doc) if not _resolve(doc, ref)})
    if dangling:
        raise SpecError(f"specs/{broker}: unresolved references {dangling}")
    return doc


def bundle_text(broker: str) -> str:
    return json.dumps(bundle(broker), indent=2, ensure_ascii=False) + "\n"


def validate(broker: str) -> None:
    from openapi_spec_validator import validate as validate_spec

    validate_spec(bundle(broker))


def bundle_stream(stream: str) -> dict[str, Any]:
    """Load ``specs/streams/<stream>.asyncapi.yaml`` and check that its references resolve."""
    source = stream_source(stream)
    doc = load_yaml(source)
    where = source.relative_to(ROOT)
    if not isinstance(doc, dict) or doc.get("asyncapi") != ASYNCAPI_VERSION:
        raise SpecError(f"{where}: not an AsyncAPI {ASYNCAPI_VERSION} document")
    dangling = sorted({ref for ref in _refs(doc) if not _resolve(doc, ref)})
    if dangling:
        raise SpecError(f"{where}: unresolved references {dangling}")
    return doc


def bundle_stream_text(stream: str) -> str:
    return json.dumps(bundle_stream(stream), indent=2, ensure_ascii=False) + "\n"


def stream_openapi(stream: str) -> dict[str, Any]:
    """The synthetic OpenAPI 3.1 document the message classes are generated from: the
    AsyncAPI ``components.schemas`` (their ``#/components/schemas/...`` references hold as
    they are) and no paths; openapi-python-client emits a model for every component schema."""
    doc = bundle_stream(stream)
    return {
        "openapi": "3.1.0",
        "info": {"title": doc["info"]["title"], "version": doc["info"]["version"]},
        "paths": {},
        "components": {"schemas": doc.get("components", {}).get("schemas", {})},
    }


def asyncapi_schema_file(modules: Path | None = None) -> Path:
    return (modules or ROOT / "docs" / "node_modules") / ASYNCAPI_SCHEMA


def stream_problems(doc: dict[str, Any], schema: dict[str, Any] | None) -> list[str]:
    """What is wrong with an AsyncAPI document: against the AsyncAPI JSON Schema (when
    given), and every message example against its payload schema."""
    import jsonschema_rs

    problems = []
    if schema is not None:
        for error in jsonschema_rs.Draft7Validator(schema).iter_errors(doc):
            path = "/".join(str(p) for p in error.instance_path)
            problems.append(f"/{path}: {error.message[:300]}")
    components = doc.get("components", {})
    for name, message in (components.get("messages") or {}).items():
        payload = message.get("payload") if isinstance(message, dict) else None
        if not isinstance(payload, dict):
            problems.append(f"message {name}: no payload schema")
            continue
        validator = jsonschema_rs.Draft7Validator({**payload, "components": components})
        for example in message.get("examples") or []:
            for error in validator.iter_errors(example.get("payload")):
                path = "/".join(str(p) for p in error.instance_path)
                label = example.get("name", "?")
                problems.append(f"message {name} example {label!r} at /{path}: {error.message}")
    return problems


def validate_stream(stream: str) -> bool:
    """Validate one stream document; ``False`` if the AsyncAPI JSON Schema is not installed
    (then only references and examples were checked)."""
    schema_file = asyncapi_schema_file()
    schema = json.loads(schema_file.read_text("utf-8")) if schema_file.is_file() else None
    problems = stream_problems(bundle_stream(stream), schema)
    if problems:
        where = stream_source(stream).relative_to(ROOT)
        raise SpecError(f"{where}: " + "; ".join(problems[:20]))
    return schema is not None


def _run(cmd: list[str], cwd: Path) -> None:
    # A fixed hash seed: openapi-python-client orders some enum values through a set, so
    # values differing only by case (Gopocket's Not_ok / Not_Ok) would otherwise flip order.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"command failed: {' '.join(cmd)}")


def _generate(spec_file: Path, config: Path, out: Path) -> None:
    bindir = Path(sys.executable).parent
    _run(
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(config),
            "--custom-template-path",
            str(CONFIGS / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(out),
        ],
        out.parent,
    )


def _format(out: Path) -> None:
    bindir = Path(sys.executable).parent
    ruff = str(bindir / "ruff") if (bindir / "ruff").exists() else "ruff"
    common = ["--isolated", "--no-cache", "--target-version", "py311"]
    _run(
        [ruff, "check", *common, "--fix-only", "--select", "I,F401", "--exit-zero", str(out)],
        out.parent,
    )
    _run([ruff, "format", *common, "--line-length", "100", str(out)], out.parent)
    (out / "py.typed").write_text("", encoding="utf-8")


def render(broker: str, workdir: Path) -> Path:
    """Generate the client of ``broker`` into ``workdir`` and return the package folder."""
    spec_file = workdir / f"{broker}.openapi.json"
    spec_file.write_text(bundle_text(broker), encoding="utf-8")
    out = workdir / package_name(broker)
    _generate(spec_file, CONFIGS / f"{broker}.yaml", out)
    _format(out)
    shutil.copyfile(spec_file, out / "openapi.json")
    return out


STREAM_INIT = '''"""Typed messages of {title} (version {version}).

Generated by scripts/codegen.py from specs/streams/{stream}.asyncapi.yaml, which is shipped
bundled as ``asyncapi.json`` in this package. Message classes: ``{package}.models``
(``from_dict`` / ``to_dict``).
"""
'''


def render_stream(stream: str, workdir: Path) -> Path:
    """Generate the message classes of ``stream`` into ``workdir``; return the package folder."""
    doc = bundle_stream(stream)
    spec_file = workdir / f"{stream}.stream.openapi.json"
    spec_file.write_text(json.dumps(stream_openapi(stream), indent=2) + "\n", encoding="utf-8")
    pkg = stream_package_name(stream)
    out = workdir / pkg
    _generate(spec_file, CONFIGS / "streams" / f"{stream}.yaml", out)
    # Messages only: no HTTP client, no error types, no (empty) api package.
    for name in ("client.py", "errors.py"):
        (out / name).unlink()
    shutil.rmtree(out / "api")
    info = doc["info"]
    (out / "__init__.py").write_text(
        STREAM_INIT.format(
            title=info["title"], version=info["version"], stream=stream, package=pkg
        ),
        encoding="utf-8",
    )
    _format(out)
    (out / "asyncapi.json").write_text(bundle_stream_text(stream), encoding="utf-8")
    return out


def _files(folder: Path) -> set[Path]:
    if not folder.exists():
        return set()
    return {
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.parts) and p.suffix != ".pyc"
    }


def diff(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between a fresh rendering and the committed package."""
    new, old = _files(fresh), _files(committed)
    changed = sorted(str(p) for p in new ^ old)
    changed += sorted(
        str(p) for p in new & old if not filecmp.cmp(fresh / p, committed / p, shallow=False)
    )
    return sorted(changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--validate", action="store_true", help="only validate the bundles")
    parser.add_argument("--bundle", metavar="BROKER", help="print the bundled spec of BROKER")
    parser.add_argument(
        "--bundle-stream", metavar="STREAM", help="print the bundled AsyncAPI document of STREAM"
    )
    parser.add_argument("--out", type=Path, default=GENERATED, help="write here, not generated/")
    parser.add_argument(
        "--broker", action="append", metavar="BROKER", help="only this broker (repeatable)"
    )
    parser.add_argument(
        "--stream", action="append", metavar="STREAM", help="only this stream (repeatable)"
    )
    args = parser.parse_args(argv)
    everything = not args.broker and not args.stream
    selected = [b for b in brokers() if everything or b in (args.broker or ())]
    selected_streams = [s for s in streams() if everything or s in (args.stream or ())]
    unknown = sorted(set(args.broker or ()) - set(brokers()))
    if unknown:
        parser.error(f"unknown broker(s) {', '.join(unknown)} (known: {', '.join(brokers())})")
    unknown = sorted(set(args.stream or ()) - set(streams()))
    if unknown:
        parser.error(f"unknown stream(s) {', '.join(unknown)} (known: {', '.join(streams())})")

    try:
        if args.bundle:
            sys.stdout.write(bundle_text(args.bundle))
            return 0
        if args.bundle_stream:
            sys.stdout.write(bundle_stream_text(args.bundle_stream))
            return 0
        if args.validate:
            for broker in selected:
                validate(broker)
                print(f"specs/{broker}: valid OpenAPI {bundle(broker)['openapi']}")
            for stream in selected_streams:
                where = stream_source(stream).relative_to(ROOT)
                if validate_stream(stream):
                    print(f"{where}: valid AsyncAPI {ASYNCAPI_VERSION}, examples match payloads")
                else:
                    print(
                        f"{where}: references and examples valid; AsyncAPI schema check skipped "
                        f"({asyncapi_schema_file().relative_to(ROOT)} missing: scripts/docs "
                        "--install)",
                        file=sys.stderr,
                    )
            return 0
        stale: list[str] = []
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
            rendered = [render(broker, Path(tmp)) for broker in selected]
            rendered += [render_stream(stream, Path(tmp)) for stream in selected_streams]
            for fresh in rendered:
                target = args.out / fresh.name
                if args.check:
                    stale += [f"generated/{fresh.name}/{name}" for name in diff(fresh, target)]
                else:
                    shutil.rmtree(target, ignore_errors=True)
                    shutil.copytree(fresh, target)
        elapsed = time.perf_counter() - started
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    names = [*selected, *(f"{s} stream" for s in selected_streams)]
    if args.check:
        if stale:
            print("generated/ differs from what specs/ produce:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            print("run ./scripts/generate and commit the result", file=sys.stderr)
            return 1
        print(f"generated/ matches specs/ ({', '.join(names)}; {elapsed:.1f}s)")
        return 0
    packages = [package_name(b) for b in selected]
    packages += [stream_package_name(s) for s in selected_streams]
    print(f"generated {', '.join(packages)} in {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
