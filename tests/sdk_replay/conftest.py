"""Official-SDK replay: runs in ``.venv-sdk`` through ``scripts/sdk-replay``.

The SDKs never enter the project's ``.venv``, so the main suite skips these modules (reason:
"run scripts/sdk-replay"). Under ``scripts/sdk-replay`` (``BROKER_SDK_REPLAY=1``) a missing SDK
is an error instead, and ``--sdk-report FILE`` writes the Markdown report of every request.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

SDK_PACKAGES = {"snapi_py_client": "stocknotebridge", "TradeMaster": "gopocket-tradehub-sdk-test"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--sdk-report",
        metavar="FILE",
        default=None,
        help="write the official-SDK replay report (Markdown) to FILE",
    )


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("BROKER_SDK_REPLAY") != "1":
        return
    missing = [
        dist for module, dist in SDK_PACKAGES.items() if not importlib.util.find_spec(module)
    ]
    if missing:
        raise pytest.UsageError(f"official SDKs missing from this environment: {missing}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = session.config.getoption("--sdk-report", default=None)
    if not target:
        return
    from . import replay_support

    path = Path(target)
    replay_support.write_report(path, replay_support.LOG.exchanges, replay_support.LOG.notes)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"official SDK replay report: {path}")
