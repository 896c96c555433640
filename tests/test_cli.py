"""The installed command line, ``broker-toolkit``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from broker_overlays import cli


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in cli.SUBCOMMANDS:
        assert command.name in out


def test_unknown_subcommand_is_an_error() -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["no-such-command"])
    assert caught.value.code == 2


def test_mock_subcommand_delegates_to_the_mock_cli(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["mock", "--help"])
    assert caught.value.code == 0
    assert "samco" in capsys.readouterr().out


def test_a_missing_extra_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "starlette", None)  # as if [mock] were not installed
    assert cli.main(["mock", "samco"]) == 2
    assert "broker-openapi-toolkit[mock]" in capsys.readouterr().err


def test_the_console_script_is_installed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "broker_overlays.cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0 and "mock" in result.stdout


@pytest.mark.parametrize("command", ["drift-report", "contract-live", "candles", "instruments"])
def test_runtime_subcommands_print_their_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main([command, "--help"])
    assert caught.value.code == 0
    assert f"broker-toolkit {command}" in capsys.readouterr().out
    assert next(c for c in cli.SUBCOMMANDS if c.name == command).extra is None


@pytest.mark.parametrize(
    ("broker", "keys"), [("samco", ["2885_NSE", "-21"]), ("gopocket", ["NSE|2885", "NSE|26000"])]
)
def test_stream_shows_ticks_of_every_key_against_the_mock(
    broker: str, keys: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``broker-toolkit stream`` against its in-process mock: off a terminal, one line per
    tick, every subscribed key among them, and the count on stderr."""
    assert cli.main(["stream", broker, *keys, "--seconds", "1.5"]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.strip()]
    assert {key for key in keys if any(line.startswith(key) for line in lines)} == set(keys)
    ticks = int(captured.err.split("stream: ")[1].split(" ticks")[0])
    assert ticks >= len(keys)


def test_stream_rejects_a_key_that_is_not_the_brokers(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stream", "samco", "NSE|2885", "--seconds", "0.5"]) == 2
    assert "stream key" in capsys.readouterr().err
