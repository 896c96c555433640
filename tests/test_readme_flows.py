"""The README's code runs as written, against the in-process mock brokers.

The README's code blocks are executed verbatim (only their free names, ``API_KEY``,
``redirected_url`` ..., are supplied); the call sequences it describes in prose (Samco OAuth,
``from_env``, ``gopocket.connect(SESSION)``, ``verify_postback``, the mock-broker section)
are followed call by call. To reach the mock brokers without changing the code, the
facades' ``ClientOptions`` default to in-process transports here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import samco_client
from broker_overlays import gopocket, samco
from broker_overlays.auth import FileTokenStore, StoredToken, TokenAuth
from broker_overlays.clients import ClientOptions
from broker_overlays.errors import TokenExpiredError
from broker_overlays.mock import create_app, in_process, server_of
from broker_overlays.redaction import Secret
from broker_overlays.signing import postback_checksum, verify_postback
from gopocket_client.api.rest_orders import get_order_book as gp_get_order_book
from samco_client.api.orders import get_order_book
from samco_client.api.session import generate_session_token
from samco_client.models import SessionTokenRequest

README = Path(__file__).resolve().parents[1] / "README.md"
API_KEY, API_SECRET = "readme-samco-api-key", "readme-samco-api-secret"
REDIRECT_URL = "https://yourapp.example.com/callback"
APP_CODE, GP_SECRET = "READMEAPP", "readme-gopocket-api-secret"


def readme_block(marker: str) -> str:
    """The README's ```python block that contains ``marker``."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text("utf-8"), re.DOTALL)
    [block] = [b for b in blocks if marker in b]
    return str(block)


def run(code: str, **names: Any) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme", **names}
    exec(compile(code, str(README), "exec"), namespace)
    return namespace


def mock_defaults(
    monkeypatch: pytest.MonkeyPatch, module: Any, app: Starlette, account: str
) -> None:
    """Make ``module``'s facade default to the in-process mock ``app``."""
    sync, async_ = in_process(app)
    name = account

    @dataclass(frozen=True)
    class MockOptions(ClientOptions):
        transport: httpx.BaseTransport | None = sync
        async_transport: httpx.AsyncBaseTransport | None = async_
        account: str = name

    monkeypatch.setattr(module, "ClientOptions", MockOptions)


def browser(app: Starlette, url: str) -> str:
    """Where a browser opening ``url`` on the mock broker is redirected to."""
    with httpx.Client(transport=in_process(app)[0]) as client:
        response = client.get(url)
    assert response.is_redirect, response.text
    return str(response.headers["location"])


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def samco_app(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Starlette:
    app = create_app("samco", api_key=API_KEY, api_secret=API_SECRET)
    mock_defaults(monkeypatch, samco, app, f"readme-{request.node.name}")
    return app


@pytest.fixture
def gopocket_app(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Starlette:
    app = create_app("gopocket", app_code=APP_CODE, api_secret=GP_SECRET)
    mock_defaults(monkeypatch, gopocket, app, f"readme-{request.node.name}")
    return app


# --------------------------------------------------------------------------- samco


def test_samco_block_runs_as_written_and_reuses_the_token_file(
    samco_app: Starlette, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = readme_block("samco.connect(API_KEY, API_SECRET")
    assert 'FileTokenStore("~/.samco-token.json")' in code
    first = run(code, API_KEY=API_KEY, API_SECRET=API_SECRET)
    assert first["placed"].order_number
    token_file = home / ".samco-token.json"  # in the home folder, not in a folder named "~"
    assert token_file.is_file() and not (home / "~").exists()
    assert token_file.stat().st_mode & 0o777 == 0o600
    run(code, API_KEY=API_KEY, API_SECRET=API_SECRET)  # a second run, same day
    assert server_of(samco_app).calls["generateSessionToken"] == 1
    assert server_of(samco_app).calls["placeOrder"] == 2
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2 and not any(line.startswith("rejected") for line in printed)


def test_samco_from_env(samco_app: Starlette, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMCO_API_KEY", API_KEY)
    monkeypatch.setenv("SAMCO_API_SECRET", API_SECRET)
    monkeypatch.setenv("SAMCO_BASE_URL", "https://tradeapi.samco.in")
    monkeypatch.setenv("SAMCO_TOKEN_FILE", "~/.samco-token.json")
    client = samco.from_env()
    assert get_order_book.sync(client=client).status == "Success"
    stored = json.loads((home / ".samco-token.json").read_text())
    assert list(stored) == [client.get_httpx_client().auth.key]  # type: ignore[union-attr]
    assert get_order_book.sync(client=samco.from_env()).status == "Success"  # next run
    assert server_of(samco_app).calls["generateSessionToken"] == 1


def test_samco_oauth_sequence_as_written(samco_app: Starlette) -> None:
    flow = samco.oauth(API_KEY, REDIRECT_URL)
    request = flow.authorization_url(REDIRECT_URL, pkce=True)
    state, verifier = request.state, request.code_verifier
    url = browser(samco_app, request.url)  # the user consents; Samco redirects back
    code = flow.parse_callback(url, state)
    token = flow.exchange_code(code, REDIRECT_URL, verifier)
    client = samco.connect_oauth(flow, token)
    assert get_order_book.sync(client=client).status == "Success"
    flow.revoke(token)  # the StoredToken itself: refresh and access token revoked
    assert server_of(samco_app).calls["revokeOAuthToken"] == 2
    with pytest.raises(TokenExpiredError):
        get_order_book.sync(client=client)  # nothing left to renew from: browser again


async def test_samco_oauth_async_revoke_of_a_stored_token(samco_app: Starlette) -> None:
    flow = samco.oauth(API_KEY, REDIRECT_URL)
    request = flow.authorization_url(REDIRECT_URL)
    code = flow.parse_callback(browser(samco_app, request.url), request.state)
    token = await flow.aexchange_code(code, REDIRECT_URL)
    await flow.arevoke(token)
    assert token.refresh_token is not None
    await flow.arevoke(token.refresh_token)  # a Secret still works
    flow.revoke(token.access_token.reveal())  # and a plain str
    assert server_of(samco_app).calls["revokeOAuthToken"] == 4


def test_samco_revoke_skips_an_expired_access_token(samco_app: Starlette) -> None:
    flow = samco.oauth(API_KEY, REDIRECT_URL)
    expired = StoredToken(Secret("long-expired-access-token"), datetime(2000, 1, 1, tzinfo=UTC))
    flow.revoke(expired)  # no refresh token, dead access token: nothing to send
    assert server_of(samco_app).calls["revokeOAuthToken"] == 0


def test_samco_mock_section(home: Path) -> None:
    """``create_app("samco")`` and ``in_process(app)`` give the transports for
    ``ClientOptions(transport=..., async_transport=...)``; ``base_url=`` points elsewhere."""
    from broker_overlays.mock.samco import DEFAULT_API_KEY, DEFAULT_API_SECRET

    app = create_app("samco")
    sync, async_ = in_process(app)
    options = samco.ClientOptions(
        transport=sync, async_transport=async_, account="readme-mock-section"
    )
    client = samco.connect(DEFAULT_API_KEY, DEFAULT_API_SECRET, options=options)
    assert get_order_book.sync(client=client).status == "Success"
    client = samco.connect(
        DEFAULT_API_KEY,
        DEFAULT_API_SECRET,
        base_url="http://127.0.0.1:8310",
        transport=sync,
        account="readme-mock-base-url",
    )
    assert get_order_book.sync(client=client).status == "Success"


def test_generated_client_block_runs_as_written(
    samco_app: Starlette, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sync = in_process(samco_app)[0]
    login = samco_client.Client("https://tradeapi.samco.in", httpx_args={"transport": sync})
    session = generate_session_token.sync(
        client=login, body=SessionTokenRequest(api_key=API_KEY, api_secret=API_SECRET)
    )
    original = samco_client.AuthenticatedClient

    def on_the_mock(*args: Any, **kwargs: Any) -> samco_client.AuthenticatedClient:
        return original(*args, httpx_args={"transport": sync}, **kwargs)

    monkeypatch.setattr(samco_client, "AuthenticatedClient", on_the_mock)
    run(
        readme_block("auth_header_name="),
        SESSION_TOKEN=session.session_token,  # type: ignore[union-attr]
    )
    assert capsys.readouterr().out.strip() == "[]"


# --------------------------------------------------------------------------- gopocket


@pytest.fixture
def redirected_url(gopocket_app: Starlette) -> str:
    return browser(gopocket_app, gopocket.login_url(APP_CODE))


def test_gopocket_block_runs_as_written(
    gopocket_app: Starlette, redirected_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "authCode=" in redirected_url and "userId=" in redirected_url
    names = run(
        readme_block("gopocket.connect_callback(callback_url="),
        redirected_url=redirected_url,
        API_SECRET=GP_SECRET,
    )
    order_no = names["ack"].result[0].order_no
    printed = capsys.readouterr().out.splitlines()
    statuses = [o.order_status for o in gp_get_order_book.sync(client=names["client"]).result]
    assert printed == [str([order_no]), str(statuses)]
    assert server_of(gopocket_app).calls["placeOrder"] == 1


def test_gopocket_connect_with_a_session(gopocket_app: Starlette, redirected_url: str) -> None:
    token = gopocket.exchange(redirected_url, GP_SECRET)
    session = token.access_token.reveal()
    client = gopocket.connect(session)  # gopocket.connect(SESSION)
    assert gp_get_order_book.sync(client=client).status == "Ok"
    assert gp_get_order_book.sync(client=gopocket.connect(token)).status == "Ok"


@pytest.mark.parametrize("how", ["session", "callback"])
def test_gopocket_from_env(
    how: str,
    gopocket_app: Starlette,
    redirected_url: str,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GOPOCKET_TOKEN_FILE", "~/.gopocket-token.json")
    if how == "session":
        session = gopocket.exchange(redirected_url, GP_SECRET).access_token.reveal()
        monkeypatch.setenv("GOPOCKET_SESSION", session)
    else:
        monkeypatch.delenv("GOPOCKET_SESSION", raising=False)
        monkeypatch.setenv("GOPOCKET_CALLBACK_URL", redirected_url)
        monkeypatch.setenv("GOPOCKET_API_SECRET", GP_SECRET)
    client = gopocket.from_env()
    assert gp_get_order_book.sync(client=client).status == "Ok"
    auth = client.get_httpx_client().auth
    assert isinstance(auth, TokenAuth) and isinstance(auth.store, FileTokenStore)
    assert auth.store.path == home / ".gopocket-token.json"


def test_verify_postback_as_written() -> None:
    order = {"order_id": "24061000000123", "order_timestamp": "2026-06-10 10:15:00"}
    checksum = postback_checksum(order["order_id"], order["order_timestamp"], GP_SECRET)
    raw_body = json.dumps({**order, "status": "COMPLETE", "checksum": checksum}).encode()
    payload = verify_postback(raw_body, GP_SECRET)
    assert payload["order_id"] == order["order_id"]


# --------------------------------------------------------------------------- instruments


class _MasterHosts(httpx.BaseTransport):
    """The brokers' file hosts, served by the in-process mocks (Samco's ``/doc`` folder is
    the mock's root)."""

    def __init__(self, samco_app: Starlette, gopocket_app: Starlette) -> None:
        self.samco = in_process(samco_app)[0]
        self.gopocket = in_process(gopocket_app)[0]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "developers.stocknote.com":
            request.url = request.url.copy_with(path=request.url.path.removeprefix("/doc"))
            return self.samco.handle_request(request)
        assert request.url.host == "web.gopocket.in", request.url
        return self.gopocket.handle_request(request)

    def close(self) -> None:
        self.samco.close()
        self.gopocket.close()


def test_instruments_block_runs_as_written(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from broker_overlays.instruments import loading

    apps = create_app("samco"), create_app("gopocket")
    monkeypatch.setattr(
        loading, "_sync_client", lambda timeout: httpx.Client(transport=_MasterHosts(*apps))
    )
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    code = readme_block('instruments.load("samco")')
    run(code)
    assert capsys.readouterr().out.splitlines() == [
        "SBIN 3045_NSE 1",
        "NIFTY26DEC2624800CE 75",
        "['RELIANCE', 'RELIANCE-EQ', 'RELIANCE26DEC26F', 'RELIANCE26DEC261300CE']",
        "SBIN-EQ 3045",
    ]
    cache = home / ".cache" / "broker-toolkit" / "instruments"
    assert sorted(p.name for p in cache.glob("*.csv")) == [
        "gopocket-NFO.csv", "gopocket-NSE.csv", "samco-ALL.csv",
    ]  # fmt: skip
    run(code)  # the same day: from the cache, nothing downloaded again
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert [len(server_of(app).requests) for app in apps] == [1, 2]


@pytest.fixture(autouse=True)
def _no_stray_token_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not (tmp_path / "~").exists()
