"""Shared helpers of the contract tests: mock credentials, logging in through the mock's own
flows, the schemathesis configuration (``schemathesis.toml`` at the repo root), an auth
provider that schemathesis applies itself (so ``ignored_auth`` can drop it on purpose), the
spec's OpenAPI links, and a tally printed in pytest's terminal summary."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from broker_overlays.signing import sso_checksum
from broker_overlays.spec_catalog import catalog

from speclint import operations

ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILE = ROOT / "schemathesis.toml"

SAMCO_KEY, SAMCO_SECRET = "mock-samco-api-key", "mock-samco-api-secret"
GP_APP, GP_SECRET = "MOCKAPP", "mock-gopocket-api-secret"

AUTH_HEADER = {"samco": "x-session-token", "gopocket": "Authorization"}
"""The header each broker's security scheme names."""


# --------------------------------------------------------------------------- sessions


def login(client: httpx.Client, broker: str) -> str:
    """A session token from the mock's own login flow (Samco: POST /session/token; Gopocket:
    browser page -> ``authCode`` -> checksum -> getUserDetails)."""
    if broker == "samco":
        body = {"apiKey": SAMCO_KEY, "apiSecret": SAMCO_SECRET}
        answer = client.post("/session/token", json=body)
        answer.raise_for_status()
        return str(answer.json()["sessionToken"])
    callback = httpx.URL(client.get("/", params={"appcode": GP_APP}).headers["location"])
    answer = client.post(
        "/am/sso/vendor/auth/getUserDetails", json={"checkSum": checksum(callback)}
    )
    answer.raise_for_status()
    return str(answer.json()["result"][0]["accessToken"])


def checksum(callback: httpx.URL) -> str:
    """Gopocket's SSO checksum for the redirect the login page answered."""
    return sso_checksum(callback.params["userId"], callback.params["authCode"], GP_SECRET)


def auth_headers(broker: str, token: str) -> dict[str, str]:
    """The session headers of ``broker`` for ``token``."""
    value = token if broker == "samco" else f"Bearer {token}"
    return {AUTH_HEADER[broker]: value}


def pre_auth_operations(broker: str) -> list[str]:
    """operationIds of ``broker`` that declare no security (logins, public files)."""
    return [op.operation_id for op in catalog(broker).operations if not op.requires_auth]


# --------------------------------------------------------------------------- schemathesis


def load_config(**generation: Any) -> SchemathesisConfig:
    """``schemathesis.toml`` (checks, expected statuses, per-operation exceptions), with the
    ``[generation]`` table overridden by ``generation`` (e.g. ``max-examples``)."""
    data = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    data["generation"] = {**data.get("generation", {}), **generation}
    return SchemathesisConfig.from_dict(data, base_dir=str(ROOT))


class MockLogin:
    """A schemathesis auth provider: logs in through the mock on first use and again after a
    401 (e.g. after Samco's ``logout`` operation ended the session)."""

    broker: str
    client: httpx.Client

    def get(self, case: schemathesis.Case, ctx: schemathesis.AuthContext) -> str:
        return login(self.client, self.broker)

    def set(self, case: schemathesis.Case, data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers.update(auth_headers(self.broker, data))


def register_auth(
    schema: schemathesis.BaseSchema, broker: str, client: httpx.Client, provider: type = MockLogin
) -> None:
    """Make ``schema`` authenticate its cases through schemathesis' own auth mechanism (a real
    mock session, cached, fetched again after a 401); operations without security get none."""
    named = type(
        f"{broker.title()}{provider.__name__}", (provider,), {"broker": broker, "client": client}
    )
    schema.auth(retry_on=[401]).skip_for(operation_id=pre_auth_operations(broker))(named)


# --------------------------------------------------------------------------- links


@dataclass(frozen=True)
class Link:
    """One explicit OpenAPI link of a spec (response-level ``links``)."""

    source: str
    status: str
    name: str
    target: str
    parameters: dict[str, str] = field(default_factory=dict)
    body: Any = None

    @property
    def label(self) -> str:
        return f"{self.source} -[{self.name}]-> {self.target}"


def spec_links(doc: dict[str, Any]) -> list[Link]:
    """Every explicit link in ``doc``, in document order."""
    found = []
    for _, _, op in operations(doc):
        for status, response in op.get("responses", {}).items():
            for name, link in (response.get("links") or {}).items():
                found.append(
                    Link(
                        op["operationId"],
                        status,
                        name,
                        link["operationId"],
                        dict(link.get("parameters", {})),
                        link.get("requestBody"),
                    )
                )
    return found


def link_chains(links: list[Link]) -> Iterator[tuple[Link, ...]]:
    """Every path of links that starts at an operation no link leads to (place order, create
    basket): each prefix once, so that every link is followed from a fresh source."""
    targets = {link.target for link in links}

    def walk(chain: tuple[Link, ...]) -> Iterator[tuple[Link, ...]]:
        yield chain
        for link in links:
            if link.source == chain[-1].target and link not in chain:
                yield from walk((*chain, link))

    for link in links:
        if link.source not in targets:
            yield from walk((link,))


# --------------------------------------------------------------------------- numbers


@dataclass
class Tally:
    """What a contract run did, for the terminal summary (the lead's numbers)."""

    counts: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = []
        for key in sorted({k.split(":", 1)[0] for k in self.counts}):
            parts = [
                f"{name.split(':', 1)[1]}={value}"
                for name, value in sorted(self.counts.items())
                if name.startswith(f"{key}:")
            ]
            took = f" in {self.seconds[key]:.1f}s" if key in self.seconds else ""
            out.append(f"{key}: {', '.join(parts)}{took}")
        return out


TALLY = Tally()


class _SummaryPlugin:
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if TALLY.counts:
            terminalreporter.section("contract tests")
            for line in TALLY.lines():
                terminalreporter.write_line(line)


def enable_summary(config: pytest.Config) -> None:
    """Print :data:`TALLY` at the end of the pytest run (once per session)."""
    if not config.pluginmanager.has_plugin("contract-summary"):
        config.pluginmanager.register(_SummaryPlugin(), "contract-summary")
