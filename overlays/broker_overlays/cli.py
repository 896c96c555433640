"""``broker-toolkit``: the installed command line.

Each subcommand lives in its own module and is imported only when it runs, so that
``broker-toolkit --help`` works on a plain install and a subcommand whose extra is missing
says which extra to install instead of failing with an ImportError.

- ``broker-toolkit mock samco|gopocket ...``: an offline mock broker on localhost
  (needs the ``[mock]`` extra);
- ``broker-toolkit drift-report FILE...``: drift logs summarised, with the spec edits that
  would absorb them;
- ``broker-toolkit contract-live samco|gopocket``: a live, read-only conformance run;
- ``broker-toolkit candles samco|gopocket SYMBOL --from DATE``: candles over a range, as CSV;
- ``broker-toolkit instruments samco|gopocket search TEXT``: instrument master look-ups.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Subcommand:
    """A subcommand: where its ``main(argv) -> int`` lives and which extra it needs."""

    name: str
    summary: str
    module: str
    extra: str | None = None
    needs: tuple[str, ...] = ()
    """Top-level modules the extra provides (checked before importing the subcommand)."""


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand(
        "mock",
        "serve a spec-driven mock broker (samco or gopocket) on localhost",
        "broker_overlays.mock.cli",
        extra="mock",
        needs=("starlette", "uvicorn"),
    ),
    Subcommand(
        "drift-report",
        "summarise JSONL drift logs and propose the spec edits that absorb them",
        "broker_overlays.drift_report",
    ),
    Subcommand(
        "contract-live",
        "live read-only conformance run of every safe read against a broker (samco or gopocket)",
        "broker_overlays.contract_live",
    ),
    Subcommand(
        "stream",
        "show live ticks of stream keys as a table (samco or gopocket; the mock by default)",
        "broker_overlays.stream_cli",
    ),
    Subcommand(
        "candles",
        "fetch a symbol's candles over a date range in chunks, as CSV (samco or gopocket)",
        "broker_overlays.candles_cli",
    ),
    Subcommand(
        "instruments",
        "search a broker's instrument master, cached daily (samco or gopocket)",
        "broker_overlays.instruments_cli",
    ),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broker-toolkit",
        description="Spec-first toolkit for the Samco Trade API v3.2 and Gopocket OpenAPI 1.0.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in SUBCOMMANDS:
        extra = f" [needs the '{command.extra}' extra]" if command.extra else ""
        commands.add_parser(command.name, help=command.summary + extra, add_help=False)
    return parser


def _missing(command: Subcommand) -> list[str]:
    missing = []
    for module in command.needs:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
    return missing


def _entry(command: Subcommand) -> Callable[[Sequence[str]], int]:
    module = importlib.import_module(command.module)
    entry: Callable[[Sequence[str]], int] = module.main
    return entry


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        _parser().print_help()
        return 0 if args else 2
    by_name = {c.name: c for c in SUBCOMMANDS}
    command = by_name.get(args[0])
    if command is None:
        _parser().error(f"unknown command {args[0]!r} (choose from {', '.join(by_name)})")
    missing = _missing(command)
    if missing:
        print(
            f"broker-toolkit {command.name} needs {', '.join(missing)}: "
            f"pip install 'broker-openapi-toolkit[{command.extra}]'",
            file=sys.stderr,
        )
        return 2
    return _entry(command)(args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
