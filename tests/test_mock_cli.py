"""``scripts/mock-server`` serves a mock broker over real HTTP (uvicorn) and says where."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from broker_overlays.mock.app import server_of
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


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SCRIPT), "samco", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def stop(process: subprocess.Popen[str], timeout: float = 10) -> int | None:
    """SIGTERM, then the exit code (None: it had to be killed)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None


@pytest.fixture
def samco_server() -> Iterator[tuple[str, list[str]]]:
    process = start()
    try:
        yield read_banner(process)
    finally:
        assert stop(process) == 0


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


def test_sigterm_stops_the_server_with_exit_code_0() -> None:
    process = start()
    try:
        read_banner(process)
        started = time.monotonic()
        assert stop(process) == 0
        assert time.monotonic() - started < 5
    finally:
        stop(process)


def test_sigterm_stops_the_server_while_a_timeout_fault_holds_a_request(tmp_path: Path) -> None:
    log_file = tmp_path / "requests.jsonl"
    process = start("--request-log", str(log_file))
    outcome: list[BaseException | int] = []
    try:
        url, _ = read_banner(process)
        with httpx.Client(base_url=url, timeout=10) as client:
            login = client.post(
                "/session/token", json={"apiKey": DEFAULT_API_KEY, "apiSecret": DEFAULT_API_SECRET}
            )
            headers = {"x-session-token": login.json()["sessionToken"]}
            script = [{"operation": "getOrderBook", "fault": "timeout"}]  # held for an hour
            assert client.post("/__mock__/faults", json={"script": script}).status_code == 200

            def held() -> None:
                with httpx.Client(base_url=url, timeout=60) as slow:
                    try:
                        outcome.append(slow.get("/order/orderBook", headers=headers).status_code)
                    except httpx.HTTPError as exc:
                        outcome.append(exc)

            waiter = threading.Thread(target=held, daemon=True)
            waiter.start()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                log = client.get("/__mock__/requests", params={"operation": "getOrderBook"})
                if log.json()["requests"]:
                    break
                time.sleep(0.05)
            [entry] = log.json()["requests"]
            assert (entry["fault"], entry["handled"], entry["status"]) == ("timeout", True, None)
        started = time.monotonic()
        assert stop(process) == 0
        assert time.monotonic() - started < 5
        waiter.join(timeout=10)
        assert outcome and isinstance(outcome[0], httpx.HTTPError)  # no answer ever came
    finally:
        stop(process)
    lines = [json.loads(line) for line in log_file.read_text().splitlines()]
    assert [(e["operation"], e["status"]) for e in lines] == [
        ("generateSessionToken", 200),
        ("getOrderBook", None),
    ]


def test_cli_checks_latency_bounds_and_the_request_log_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from broker_overlays.mock.cli import main

    assert main(["samco", "--latency-ms", "60001"]) == 2
    assert "latency_ms" in capsys.readouterr().err
    assert main(["samco", "--request-log", str(tmp_path / "missing" / "log.jsonl")]) == 2
    assert "request log" in capsys.readouterr().err


def test_cli_help_documents_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["samco", "--help"])
    text = capsys.readouterr().out
    for needle in ("1048576 bytes", "64 levels", "65536 bytes", "0..60000", "--request-log",
                   "deep_nesting", "SIGTERM", "--drift", "--drift-seed",
                   "/__mock__/drift"):  # fmt: skip
        assert needle in text


def test_cli_drift_flag_turns_drift_mode_on() -> None:
    app = app_from_args(parser().parse_args(["samco", "--drift", "--drift-seed", "7"]))
    server = server_of(app)
    assert server.config.drift and server.drift.enabled and server.drift.seed == 7
    assert "drift: on (seed 7; applied: http://h:1/__mock__/drift)" in banner(app, "http://h:1")
    assert not server_of(app_from_args(parser().parse_args(["gopocket"]))).drift.enabled
