"""Instrument-master parsing speed: a synthetic 180,000-row Samco ScripMaster (mostly option
rows, as the real one) and a Gopocket NFO contract file of the same size (the Alice Blue NFO
column order, FR:B5.3), each parsed by ``broker_overlays.instruments.parse`` and read by
``csv.reader`` alone, side by side; then reading the fields each row computes on access
(token, stream key, trading symbol, option type, strike) on every row, the look-up indexes, one cached ``load`` (no
network: read, checksum, decode, parse) and a search. Best of ``--runs`` for each.

A pure-Python loop is timed too (10 million additions), so numbers from machines of different
speed can be compared.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from broker_overlays import instruments
from broker_overlays.instruments.cache import CachedFile, Metadata
from broker_overlays.instruments.loading import master_url

SAMCO_HEADER = ("exchange,exchangeSegment,symbolCode,tradingSymbol,name,lastPrice,instrument,"
                "lotSize,strikePrice,expiryDate,tickSize")  # fmt: skip
GOPOCKET_HEADER = ("Exch,Exchange Segment,Symbol,Token,Instrument Type,Option Type,Strike Price,"
                   "Instrument Name,Formatted Ins Name,Trading Symbol,Expiry Date,Lot Size,"
                   "Tick Size")  # fmt: skip
INDICES = {"NIFTY": (24800, 50, 75), "BANKNIFTY": (53500, 100, 35), "FINNIFTY": (23500, 50, 65),
           "MIDCPNIFTY": (12500, 25, 140)}  # fmt: skip


def _contracts(rows: int, seed: int) -> list[tuple[str, str, str, date, int, int, str]]:
    """(underlying, kind, option CE/PE/'', expiry, strike, lot, segment) until ``rows``:
    stocks and indices, monthly and weekly expiries, strikes around a spot, grouped by
    underlying and expiry as the real files are."""
    rnd = random.Random(seed)
    start = date(2026, 12, 3)
    weekly = [start + timedelta(days=7 * n) for n in range(12)]
    monthly = [date(2026, 12, 31), date(2027, 1, 28), date(2027, 2, 25)]
    out: list[tuple[str, str, str, date, int, int, str]] = []
    underlyings = [(name, *spec, True) for name, spec in INDICES.items()]
    underlyings += [(f"STOCK{n:03d}", rnd.randrange(100, 5000), 0, rnd.choice([250, 500, 1000]),
                     False) for n in range(220)]  # fmt: skip
    while len(out) < rows:
        for name, spot, step, lot, index in underlyings:
            step = step or max(5, spot // 50 // 5 * 5)
            expiries = weekly + monthly if index else monthly
            for expiry in expiries:
                out.append((name, "FUTIDX" if index else "FUTSTK", "", expiry, 0, lot, "NFO"))
                width = 60 if index else 20
                for k in range(-width, width + 1):
                    strike = spot + k * step
                    for option in ("CE", "PE"):
                        out.append((name, "OPTIDX" if index else "OPTSTK", option, expiry, strike,
                                    lot, "NFO"))  # fmt: skip
                if len(out) >= rows:
                    return out[:rows]
    return out[:rows]


def samco_master(rows: int, seed: int = 7) -> str:
    """A ScripMaster.csv of ``rows`` rows: 3,000 NSE and 2,000 BSE equities, the rest F&O."""
    lines = [SAMCO_HEADER]
    code = 1000
    for n in range(3000):
        lines.append(f"NSE,NSE,{code}_NSE,EQ{n:04d}-EQ,EQ{n:04d},{100 + n % 900}.05,EQ,1,,,0.05")
        code += 1
    for n in range(2000):
        lines.append(f"BSE,BSE,{500000 + n}_BSE,EQ{n:04d},EQ{n:04d},{100 + n % 900}.10,EQ,1,,,0.05")
    for name, kind, option, expiry, strike, lot, _ in _contracts(rows - 5000, seed):
        stamp = expiry.strftime("%d/%m/%y")  # the 2026 live download's format (FR:A2.7)
        short = expiry.strftime("%y%b").upper()
        if option:
            trading = f"{name}{short}{strike}{option}"
            lines.append(
                f"NFO,NFO,{code}_NFO,{trading},{name},1.05,{kind},{lot},{strike},{stamp},0.05"
            )
        else:
            lines.append(
                f"NFO,NFO,{code}_NFO,{name}{short}FUT,{name},1000.00,{kind},{lot},,{stamp},0.05"
            )
        code += 1
    return "\n".join(lines) + "\n"


def gopocket_master(rows: int, seed: int = 11) -> str:
    """An NFO contract file of ``rows`` rows in Alice Blue's NFO column order (FR:B5.3); a
    few rows without a token (FR:B5.2)."""
    lines = [GOPOCKET_HEADER]
    token = 35000
    for n, (name, kind, option, expiry, strike, lot, _) in enumerate(_contracts(rows, seed)):
        stamp = expiry.isoformat()
        short = expiry.strftime("%d%b%y").upper()
        opt = option or "XX"
        trading = f"{name}{short}{option[0]}{strike}" if option else f"{name}{short}F"
        shown = f"{name} {expiry:%d %b %y} {strike} {option}".upper() if option else f"{name} FUT"
        tok = "" if n % 5000 == 4999 else str(token)
        lines.append(f"NFO,nse_fo,{name},{tok},{kind},{opt},{strike if option else 0},{name},"
                     f"{shown},{trading},{stamp},{lot},0.05")  # fmt: skip
        token += 1
    return "\n".join(lines) + "\n"


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def csv_only(text: str) -> None:
    for _ in csv.reader(io.StringIO(text, newline="")):
        pass


def read_own_fields(items: list[instruments.Instrument]) -> None:
    """Reads the fields a row computes on access (token, stream key, trading symbol, option
    type, strike) on every row: the cost the parse leaves to the rows read."""
    for item in items:
        item.token, item.stream_key, item.trading_symbol, item.option_type, item.strike  # noqa: B018


def calibrate() -> float:
    start = time.perf_counter()
    total = 0
    for n in range(10_000_000):
        total += n
    return time.perf_counter() - start


def cached_load(broker: instruments.Broker, text: str, runs: int) -> float:
    """``load`` from a fresh cached copy (no network)."""
    with tempfile.TemporaryDirectory() as folder:
        exchange = "ALL" if broker == "samco" else "NFO"
        url = master_url(broker, None if broker == "samco" else "NFO", "http://bench.invalid")
        now = datetime.now(UTC)
        meta = Metadata(url, None, None, now, now, 0, "")
        CachedFile(Path(folder), broker, exchange).write(text.encode(), meta)
        only = None if broker == "samco" else ["NFO"]
        return best(runs, lambda: instruments.load(broker, only, cache_dir=folder,
                                                   base_url="http://bench.invalid"))  # fmt: skip


def measure(broker: instruments.Broker, text: str, runs: int) -> str:
    """One Markdown table row for ``text``."""
    name = "Samco ScripMaster.csv" if broker == "samco" else "Gopocket NFO"
    rows = text.count("\n") - 1
    reader = best(runs, partial(csv_only, text))
    parse = best(runs, partial(instruments.parse, broker, text))
    items = instruments.parse(broker, text)
    fields = best(runs, partial(read_own_fields, items))
    index = best(runs, lambda: instruments.InstrumentMaster(broker, items).build_indexes())
    load = cached_load(broker, text, runs)
    master = instruments.InstrumentMaster(broker, items)
    master.build_indexes()
    search = best(runs, lambda: master.search("NIFTY", limit=20))
    return (
        f"| {name} | {rows:,} | {len(text) / 1e6:.1f} | {reader:.3f} s | {rows / reader:,.0f} | "
        f"{parse:.3f} s | {rows / parse:,.0f} | {parse / reader:.2f}x | {fields:.3f} s | "
        f"{index:.3f} s | "
        f"{load:.3f} s | {search * 1000:.0f} ms |"
    )


def main(argv: list[str] | None = None) -> int:
    top = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    top.add_argument("--rows", type=int, default=180_000)
    top.add_argument("--runs", type=int, default=5)
    args = top.parse_args(argv)
    print(f"calibration: 10M-addition Python loop {calibrate():.2f} s")
    print()
    print("| file | rows | MB | csv.reader alone | rows/s | parse (Instrument rows) | rows/s "
          "| ratio | every row's own fields read | indexes (all four) | cached load "
          "| search 'NIFTY' |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(measure("samco", samco_master(args.rows), args.runs), flush=True)
    print(measure("gopocket", gopocket_master(args.rows), args.runs), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
