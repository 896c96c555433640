"""The main job (``scripts/demo``) completes a full session against both mock brokers."""

from __future__ import annotations

import runpy

import pytest

from conftest import ROOT


def test_demo_runs_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    demo = runpy.run_path(str(ROOT / "scripts" / "demo_session.py"))
    assert demo["main"]() == 0
    out = capsys.readouterr().out
    for step in (
        "place limit BUY",
        "modify",
        "cancel",
        "day positions",
        "place MKT BUY",
        "positions",
    ):
        assert step in out
    assert "FAIL" not in out and "All steps succeeded." in out
