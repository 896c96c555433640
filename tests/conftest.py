"""Shared fixtures: the brokers, their bundled specs and the helpers in this folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT / "scripts"))

from codegen import brokers, bundle  # noqa: E402

BROKERS = brokers()
_BUNDLES: dict[str, dict[str, Any]] = {}


def spec(broker: str) -> dict[str, Any]:
    """The bundled spec of ``broker``, built from specs/ once per test session."""
    if broker not in _BUNDLES:
        _BUNDLES[broker] = bundle(broker)
    return _BUNDLES[broker]


@pytest.fixture(params=BROKERS)
def broker(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def frozen_clock() -> Any:
    """A clock stopped at the real current time: mock sessions stay valid for the overlays
    (which use real time), and the mock market does not move during the test, so exact
    fill prices hold whenever the suite runs (also during market hours)."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    return lambda: now
