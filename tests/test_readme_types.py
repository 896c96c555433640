"""The README's Python examples and the demo type-check under ``mypy --strict``.

Each ```python block of the README is written out with a prelude that declares its free
placeholder names (``API_KEY`` ... the same names ``tests/test_readme_flows.py`` fills in when it
runs the blocks) and checked with the project's mypy, as a user's code would be; the demo
script is checked as it is. No ``type: ignore`` is allowed in either.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DEMO = ROOT / "scripts" / "demo_session.py"
PRELUDE = """\
API_KEY: str
API_SECRET: str
SESSION_TOKEN: str
redirected_url: str
"""


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text("utf-8"), re.DOTALL)


def mypy_strict(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {"MYPYPATH": f"{ROOT / 'overlays'}:{ROOT / 'generated'}", "PATH": ""}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary",
         "--python-version", "3.11", *map(str, paths)],
        capture_output=True, text=True, env=env, cwd=paths[0].parent, timeout=600,
    )  # fmt: skip


def test_the_readme_has_python_examples_without_type_ignores() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 5
    assert not [b for b in blocks if "type: ignore" in b]
    assert "type: ignore" not in DEMO.read_text("utf-8")


def test_readme_examples_and_demo_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(python_blocks()):
        path = tmp_path / f"readme_block_{number:02d}.py"
        path.write_text(PRELUDE + block, encoding="utf-8")
        files.append(path)
    demo = tmp_path / "demo_session.py"
    demo.write_text(DEMO.read_text("utf-8"), encoding="utf-8")
    result = mypy_strict([*files, demo])
    if result.returncode != 0 and "No module named mypy" in result.stderr:
        pytest.fail("mypy is part of the dev extra; it must be installed")
    assert result.returncode == 0, result.stdout + result.stderr
