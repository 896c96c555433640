"""``broker-toolkit instruments``: search a broker's instrument master from the command line.

The master comes from the daily cache or the broker (:func:`broker_overlays.instruments.load`;
public files, no credentials). ``--base-url`` (default: ``SAMCO_BASE_URL`` /
``GOPOCKET_BASE_URL``, else the spec's server, as ``broker-toolkit candles``) points it at a
mock broker. Matches go to stdout as a compact table, the summary to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from broker_overlays.errors import BrokerError, ClientValidationError
from broker_overlays.instruments import Instrument, InstrumentMaster, load

COLUMNS = ("EXCH", "TOKEN", "KEY", "TRADING SYMBOL", "TYPE", "EXPIRY", "STRIKE", "OPT", "LOT",
           "TICK", "NAME")  # fmt: skip
_BASE_URL_ENV = {"samco": "SAMCO_BASE_URL", "gopocket": "GOPOCKET_BASE_URL"}
_NAME_WIDTH = 32


def _positive(text: str) -> int:
    if text.strip().isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit instruments",
        description="Search a broker's instrument master (Samco ScripMaster.csv, Gopocket "
        "contract files), downloaded once a day after 08:00 IST and cached on disk: best "
        "matches first (exact trading symbol, exact underlying or name, prefix, substring).",
        epilog="KEY is what the broker's streams and REST answers name the instrument by "
        "(Samco symbolCode / listingId, Gopocket EXCH|token). exit codes: 0 matches found, "
        "1 no match, or a download or file error, 2 usage error.",
    )
    top.add_argument("broker", choices=sorted(_BASE_URL_ENV))
    top.add_argument("action", choices=["search"], help="what to do (search: find instruments)")
    top.add_argument("text", metavar="TEXT", help="part of a trading symbol, underlying or name")
    top.add_argument("--exchange", action="append", metavar="EXCH", default=None,
                     help="only this exchange (repeatable; Gopocket: the files to read, "
                     "default NSE, BSE and NFO)")  # fmt: skip
    top.add_argument("--limit", type=_positive, default=20, metavar="N",
                     help="at most N matches (default: %(default)s)")  # fmt: skip
    top.add_argument("--cache-dir", type=Path, default=None, metavar="DIR",
                     help="where the daily copies live (default: $XDG_CACHE_HOME or ~/.cache, "
                     "/broker-toolkit/instruments)")  # fmt: skip
    top.add_argument("--base-url", metavar="URL", default=None,
                     help="where the files are served, e.g. a mock broker (default: "
                     "SAMCO_BASE_URL / GOPOCKET_BASE_URL, else the spec's server)")  # fmt: skip
    top.add_argument("--refresh", choices=["auto", "always", "never"], default="auto",
                     help="auto: re-check a copy older than the latest 08:00 IST; always: "
                     "re-check now; never: the cached copy only (default: auto)")  # fmt: skip
    top.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                     help="timeout of each request (default: %(default)s)")  # fmt: skip
    return top


def _row(item: Instrument) -> tuple[str, ...]:
    name = item.name if len(item.name) <= _NAME_WIDTH else item.name[: _NAME_WIDTH - 3] + "..."
    return (
        item.exchange,
        item.token or "-",
        item.stream_key or "-",
        item.trading_symbol,
        item.instrument_type or "-",
        item.expiry.isoformat() if item.expiry else "-",
        str(item.strike) if item.strike is not None else "-",
        item.option_type or "-",
        str(item.lot_size),
        str(item.tick_size) if item.tick_size is not None else "-",
        name,
    )


def table(items: Sequence[Instrument]) -> str:
    """The instruments as an aligned text table with a header line."""
    rows = [COLUMNS, *(_row(i) for i in items)]
    widths = [max(len(r[c]) for r in rows) for c in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def _summary(master: InstrumentMaster) -> str:
    states = ", ".join(f"{f.exchange} {f.status}" for f in master.files)
    return f"{master.broker}: {len(master):,} instruments ({states})"


def main(argv: Sequence[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if args.timeout <= 0:
        top.error("--timeout must be positive")
    base_url = args.base_url or os.environ.get(_BASE_URL_ENV[args.broker]) or None
    try:
        master = load(
            args.broker, args.exchange, cache_dir=args.cache_dir, base_url=base_url,
            refresh=args.refresh, timeout=args.timeout,
        )  # fmt: skip
        found = master.search(args.text, limit=args.limit)
    except ClientValidationError as exc:  # bad arguments: nothing (more) was sent
        print(f"instruments: {exc}", file=sys.stderr)
        return 2
    except BrokerError as exc:  # network, status, a body that is not the file
        print(f"instruments: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # the cache folder
        print(f"instruments: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("instruments: interrupted", file=sys.stderr)
        return 130
    if found:
        print(table(found))
    print(f"{_summary(master)}; {len(found)} match(es) for {args.text!r}", file=sys.stderr)
    return 0 if found else 1


if __name__ == "__main__":
    raise SystemExit(main())
