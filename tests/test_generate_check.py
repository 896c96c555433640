"""``scripts/generate --check`` passes on the committed tree and fails after a spec edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _copy_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache")
    for folder in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=ignore)
    return repo


def _check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "codegen.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=repo,
    )


def test_check_passes_on_the_committed_tree(tmp_path: Path) -> None:
    result = _check(_copy_repo(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_and_names_files_after_a_spec_edit(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    fragment = repo / "specs" / "samco" / "components" / "orders.yaml"
    text = fragment.read_text()
    edited = text.replace(
        "description: A regular order. All numbers are strings.",
        "description: A regular order, edited by a test.",
    )
    assert edited != text
    fragment.write_text(edited)
    result = _check(repo)
    assert result.returncode == 1
    assert "generated/samco_client/models/place_order_request.py" in result.stderr
    assert "generated/samco_client/openapi.json" in result.stderr


def test_check_fails_when_a_generated_file_is_edited_by_hand(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path)
    target = repo / "generated" / "samco_client" / "client.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    result = _check(repo)
    assert result.returncode == 1
    assert "generated/samco_client/client.py" in result.stderr
