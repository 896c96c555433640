"""``scripts/mock-server`` serves a mock broker over real HTTP (uvicorn) and says where."""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from broker_overlays.mock.cli import app_from_args, banner, parser
from broker_overlays.mock.samco import DEFAULT_API_KEY, DEFAULT_API_SECRET

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "mock-server"


def read_banner(process: subprocess.Popen[str]) -> tuple[str, list[str]]:
    """The base URL printed by the server (and the banner lines), within a deadline."""
    lines: list[str] = []
    found: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            match = re.match(r"base_url: (\S+)", line)
            if match:
                found.append(match.group(1))
            if line.startswith("control:"):
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=60)
    assert found, f"no base_url printed: {lines}"
    return found[0], lines


@pytest.fixture
def samco_server() -> Iterator[tuple[str, list[str]]]:
    process = subprocess.Popen(
        [str(SCRIPT), "samco", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        yield read_banner(process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_mock_server_script_serves_samco_over_http(samco_server: tuple[str, list[str]]) -> None:
    url, lines = samco_server
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url) and not url.endswith(":0")
    assert (
        f"  api key: {DEFAULT_API_KEY}" in lines and f"  api secret: {DEFAULT_API_SECRET}" in lines
    )
    with httpx.Client(base_url=url, timeout=10) as client:
        login = client.post(
            "/session/token", json={"apiKey": DEFAULT_API_KEY, "apiSecret": DEFAULT_API_SECRET}
        )
        assert login.status_code == 200
        headers = {"x-session-token": login.json()["sessionToken"]}
        assert client.get("/order/orderBook", headers=headers).json()["status"] == "Success"
        # A dropped connection really is dropped by uvicorn.
        client.post("/__mock__/faults", json={"drop_rate": 1.0})
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/order/orderBook", headers=headers)
        client.post("/__mock__/faults", json={})
        assert client.get("/order/orderBook", headers=headers).status_code == 200


def test_cli_options_and_defaults() -> None:
    args = parser().parse_args(
        ["gopocket", "--app-code", "APP1", "--user-id", "U1", "--no-rate-limit"]
    )
    app = app_from_args(args)
    text = banner(app, "http://127.0.0.1:9")
    assert "  app code: APP1" in text and "  user id: U1" in text
    assert "browser login: http://127.0.0.1:9/?appcode=APP1" in text
    assert "rate limits: off" in text
    samco_text = banner(app_from_args(parser().parse_args(["samco"])), "http://h:1")
    assert "rate limits: on" in samco_text and "/app/oauth/authorize?" in samco_text


def test_cli_rejects_bad_fault_settings(capsys: pytest.CaptureFixture[str]) -> None:
    from broker_overlays.mock.cli import main

    assert main(["samco", "--error-rate", "2"]) == 2
    assert "error_rate" in capsys.readouterr().err
