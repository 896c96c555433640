"""Fixtures shared by the secret-leak test modules: the count of leak checks a module made
(``LEAK_CHECKS`` at its top level) goes into pytest's closing summary, and the secrets a
test registered are forgotten afterwards."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from broker_overlays import redaction


class _LeakCheckSummary:
    """Puts the number of leak checks a module made in pytest's closing summary."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        name, checks = self.module.__name__, self.module.LEAK_CHECKS
        terminalreporter.write_line(f"{name}: {checks} secret-leak checks")


@pytest.fixture(scope="module", autouse=True)
def _report_leak_checks(request: pytest.FixtureRequest) -> Iterator[None]:
    module = request.module
    plugins = request.config.pluginmanager
    if not plugins.has_plugin(f"{module.__name__}-leak-checks"):
        plugins.register(_LeakCheckSummary(module), f"{module.__name__}-leak-checks")
    failed_before = request.session.testsfailed
    yield
    print(f"\n{module.__name__}: {module.LEAK_CHECKS} secret-leak checks", file=sys.stderr)
    if request.session.testsfailed == failed_before:
        assert module.LEAK_CHECKS > 0


@pytest.fixture(autouse=True)
def _forget_test_secrets() -> Iterator[None]:
    """Unregister the secrets a test made, so that other test modules do not see (and pay
    for) hundreds of them."""
    with redaction._lock:
        kept = set(redaction._registry.secrets)
    yield
    with redaction._lock:
        redaction._registry.secrets = kept
        redaction._registry.version += 1
