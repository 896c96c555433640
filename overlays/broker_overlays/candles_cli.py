"""``broker-toolkit candles``: a symbol's candles over a date range, fetched in chunks, as CSV.

Credentials come from the environment (``samco.from_env``, ``gopocket.from_env``); requests
go through the overlays' session (throttle, retries, typed errors) in chunks within each
operation's per-request limit (:func:`broker_overlays.candles.backfill`). A textual progress
bar goes to stderr, the CSV to ``--out`` or stdout.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TextIO

from broker_overlays.auth.clock import IST
from broker_overlays.candles import Interval, Progress, backfill
from broker_overlays.errors import BrokerError, ClientValidationError

COLUMNS = ("time", "open", "high", "low", "close", "volume", "oi")
_FACADES = {"samco": "broker_overlays.samco", "gopocket": "broker_overlays.gopocket"}
_DAILY = frozenset({"day", "d", "1d", "daily"})


def _when(text: str) -> date | datetime:
    """``yyyy-MM-dd`` (a whole day) or ``yyyy-MM-dd HH:MM[:SS]`` (IST)."""
    try:
        if len(text.strip()) <= 10:
            return date.fromisoformat(text.strip())
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not yyyy-MM-dd or 'yyyy-MM-dd HH:MM[:SS]'"
        ) from None


def _interval(text: str) -> Interval:
    if text.strip().lower() in _DAILY:
        return "day"
    if text.strip().isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not whole minutes (1, 5, 15 ...) or 'day'")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit candles",
        description="Fetch a symbol's candles from FROM to TO in chunks within each candle "
        "operation's per-request limit, through the throttled session; write them as CSV "
        "(time in IST, ISO 8601; exact decimal prices) with a progress bar on stderr.",
        epilog="credentials (environment): samco SAMCO_API_KEY, SAMCO_API_SECRET "
        "[SAMCO_TOKEN_FILE]; gopocket GOPOCKET_SESSION, or GOPOCKET_CALLBACK_URL + "
        "GOPOCKET_API_SECRET [GOPOCKET_TOKEN_FILE]. Gopocket serves daily candles and the "
        "current day's 1-minute candles (SYMBOL is then the contract-master token). "
        "exit codes: 0 done, 1 a broker or network error (the rows before it are written), "
        "2 usage error (nothing sent).",
    )
    top.add_argument("broker", choices=sorted(_FACADES))
    top.add_argument("symbol", metavar="SYMBOL",
                     help="Samco symbolName (or index name with --index); Gopocket symbol")  # fmt: skip
    top.add_argument("--from", dest="start", type=_when, required=True, metavar="DATE",
                     help="first day (yyyy-MM-dd) or moment ('yyyy-MM-dd HH:MM', IST)")  # fmt: skip
    top.add_argument("--to", dest="end", type=_when, default=None, metavar="DATE",
                     help="last day or moment, inclusive (default: today)")  # fmt: skip
    top.add_argument("--interval", type=_interval, default="day", metavar="1|5|...|day",
                     help="minutes, or 'day' for daily candles (default: day)")  # fmt: skip
    top.add_argument("--exchange", default="NSE",
                     help="Samco NSE, BSE, NFO, MCX, CDS; Gopocket the same or a segment "
                     "(NSE_EQ ...) (default: NSE)")  # fmt: skip
    top.add_argument("--index", action="store_true",
                     help="an index: Samco's index endpoints, Gopocket segment IDX_I")  # fmt: skip
    top.add_argument("--instrument", default=None,
                     help="Gopocket instrument (default EQUITY, INDEX for indices)")  # fmt: skip
    top.add_argument("--out", metavar="FILE.csv", default=None,
                     help="write the CSV here (default: stdout)")  # fmt: skip
    top.add_argument("--base-url", metavar="URL", default=None,
                     help="the broker's base URL, e.g. a mock (default: SAMCO_BASE_URL / "
                     "GOPOCKET_BASE_URL, else the spec's server)")  # fmt: skip
    top.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                     help="timeout of each request (default: %(default)s)")  # fmt: skip
    top.add_argument("--quiet", action="store_true", help="no progress bar")
    return top


class ProgressBar:
    """``[########------------]  3/8 chunks  1,234 rows`` on ``stream``: redrawn in place on a
    terminal, one line per chunk otherwise (logs, CI)."""

    def __init__(self, stream: TextIO, label: str, width: int = 24) -> None:
        self.stream = stream
        self.label = label
        self.width = width
        self.tty = stream.isatty()
        self.drawn = False

    def __call__(self, progress: Progress) -> None:
        filled = self.width * progress.chunk // max(progress.chunks, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        skipped = f", {progress.skipped} skipped" if progress.skipped else ""
        line = (
            f"{self.label} [{bar}] {progress.chunk}/{progress.chunks} chunks  "
            f"{progress.rows:,} rows{skipped}  (to {progress.end:%Y-%m-%d})"
        )
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _session(broker: str, base_url: str | None, timeout: float) -> Any:
    facade = importlib.import_module(_FACADES[broker])
    options: dict[str, Any] = {"timeout": timeout}
    if base_url:
        options["base_url"] = base_url
    return facade.from_env(**options)


def _write(out: TextIO, candles: Any) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for c in candles:
        oi = "" if c.oi is None else c.oi
        writer.writerow((c.time.isoformat(), c.open, c.high, c.low, c.close, c.volume, oi))
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if args.timeout <= 0:
        top.error("--timeout must be positive")
    end = args.end or datetime.now(IST).date()
    label = f"{args.broker} {args.symbol}"
    bar = None if args.quiet else ProgressBar(sys.stderr, label)
    code, count = 0, 0
    try:
        with _session(args.broker, args.base_url, args.timeout) as session:
            candles = backfill(
                session, args.broker, args.symbol, args.start, end, args.interval,
                exchange=args.exchange, index=args.index, instrument=args.instrument,
                progress=bar,
            )  # fmt: skip
            if args.out is None:
                count = _write(sys.stdout, candles)
            else:
                with open(args.out, "w", encoding="utf-8", newline="") as out:
                    count = _write(out, candles)
        message = f"{label}: {count:,} candles -> {args.out or 'stdout'}"
    except ClientValidationError as exc:  # bad arguments or credentials: nothing was sent
        code, message = 2, f"candles: {exc}"
    except BrokerError as exc:  # the rows before it are written
        code, message = 1, f"candles: {exc}"
    except OSError as exc:  # --out not writable
        code, message = 1, f"candles: {exc}"
    except KeyboardInterrupt:
        code, message = 130, "candles: interrupted"
    if bar is not None:
        bar.close()
    print(message, file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
