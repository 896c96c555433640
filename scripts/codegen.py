"""Bundle the spec sources and regenerate the typed clients under ``generated/``.

Each broker has ``scripts/codegen/<broker>.yaml`` (openapi-python-client config) and
``specs/<broker>/``: a root ``openapi.yaml`` plus fragments in ``components/*.yaml`` (a mapping
``{schemas: {...}, parameters: {...}}``) and ``paths/*.yaml`` (a mapping ``{paths: {...}}``
and/or ``{webhooks: {...}}``). Fragments refer to each other with local ``#/components/...``
references only, so bundling is a checked merge: no duplicate names, every reference resolves.

The bundle is also shipped inside the generated package as ``openapi.json`` so that the
overlays read rate-limit categories and retry markers from the very document the client was
generated from.
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


def _run(cmd: list[str], cwd: Path) -> None:
    # A fixed hash seed: openapi-python-client orders some enum values through a set, so
    # values differing only by case (Gopocket's Not_ok / Not_Ok) would otherwise flip order.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"command failed: {' '.join(cmd)}")


def render(broker: str, workdir: Path) -> Path:
    """Generate the client of ``broker`` into ``workdir`` and return the package folder."""
    pkg = package_name(broker)
    spec_file = workdir / f"{broker}.openapi.json"
    spec_file.write_text(bundle_text(broker), encoding="utf-8")
    out = workdir / pkg
    bindir = Path(sys.executable).parent
    _run(
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(CONFIGS / f"{broker}.yaml"),
            "--custom-template-path",
            str(CONFIGS / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(out),
        ],
        workdir,
    )
    ruff = str(bindir / "ruff") if (bindir / "ruff").exists() else "ruff"
    common = ["--isolated", "--no-cache", "--target-version", "py311"]
    _run(
        [ruff, "check", *common, "--fix-only", "--select", "I,F401", "--exit-zero", str(out)],
        workdir,
    )
    _run([ruff, "format", *common, "--line-length", "100", str(out)], workdir)
    (out / "py.typed").write_text("", encoding="utf-8")
    shutil.copyfile(spec_file, out / "openapi.json")
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
    parser.add_argument("--out", type=Path, default=GENERATED, help="write here, not generated/")
    parser.add_argument(
        "--broker", action="append", metavar="BROKER", help="only this broker (repeatable)"
    )
    args = parser.parse_args(argv)
    selected = [b for b in brokers() if not args.broker or b in args.broker]
    unknown = sorted(set(args.broker or ()) - set(brokers()))
    if unknown:
        parser.error(f"unknown broker(s) {', '.join(unknown)} (known: {', '.join(brokers())})")

    try:
        if args.bundle:
            sys.stdout.write(bundle_text(args.bundle))
            return 0
        if args.validate:
            for broker in selected:
                validate(broker)
                print(f"specs/{broker}: valid OpenAPI {bundle(broker)['openapi']}")
            return 0
        stale: list[str] = []
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
            for broker in selected:
                fresh = render(broker, Path(tmp))
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
    if args.check:
        if stale:
            print("generated/ differs from what specs/ produce:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            print("run ./scripts/generate and commit the result", file=sys.stderr)
            return 1
        print(f"generated/ matches specs/ ({', '.join(selected)}; {elapsed:.1f}s)")
        return 0
    print(f"generated {', '.join(package_name(b) for b in selected)} in {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
