"""The trading runtime carries only what trading needs: no web server, Redis client or test
tool is a dependency, nothing optional is imported at module load, and one broker's facade
does not import the other broker's generated client."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPTIONAL = ("starlette", "uvicorn", "redis", "pytest", "schemathesis", "hypothesis", "respx")

# Runs in a fresh interpreter in which the optional packages cannot be imported at all.
PROBE = """
import importlib.abc, json, sys
BLOCKED = set(sys.argv[1].split(","))
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is not installed (blocked by the test)")
        return None
sys.meta_path.insert(0, Block())
import importlib
for module in sys.argv[2].split(","):
    importlib.import_module(module)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def _imported(*modules: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(OPTIONAL), ",".join(modules)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_dependencies_hold_no_server_redis_or_test_tool() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {dep.split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip().lower()
             for dep in project["dependencies"]}  # fmt: skip
    assert not names & set(OPTIONAL), names
    assert {"starlette", "uvicorn"} <= {
        d.split(">")[0].split("=")[0].strip() for d in project["optional-dependencies"]["mock"]
    }
    assert any(d.startswith("redis") for d in project["optional-dependencies"]["redis"])


def test_trading_modules_import_without_any_extra() -> None:
    imported = _imported(
        "broker_overlays.samco",
        "broker_overlays.gopocket",
        "broker_overlays.orders",
        "broker_overlays.signing",
        "broker_overlays.throttle",
        "broker_overlays.cli",
        "broker_overlays.streaming.samco",
        "broker_overlays.streaming.gopocket",
        "broker_overlays.stream_cli",
    )
    assert not imported & set(OPTIONAL)


def test_samco_facade_does_not_import_gopocket_client() -> None:
    imported = _imported("broker_overlays.samco")
    assert "samco_client" in imported and "gopocket_client" not in imported


def test_gopocket_facade_does_not_import_samco_client() -> None:
    imported = _imported("broker_overlays.gopocket")
    assert "gopocket_client" in imported and "samco_client" not in imported
