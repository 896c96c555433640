"""The instrument parser and the rows' fields against a plain reference, on hostile files.

The parser builds rows with C calls only and the rows compute their own fields on access
(:mod:`broker_overlays.instruments.parsing`, :class:`~broker_overlays.instruments.Instrument`);
the look-up indexes are built column-wise. Here a slow, row-by-row reading of the documented
rules (``csv.reader``, one dict per row) is the reference, and seeded random files with
everything a real master may hold (columns in any order or missing, extra columns, spaces,
blank and ragged lines, quotes, CRLF, empty and float-mangled tokens, lower case, junk
numbers and dates) must read the same both ways.
"""

from __future__ import annotations

import csv
import io
import pickle
import random
from typing import Any

import pytest

from broker_overlays.instruments import Instrument, InstrumentMaster, parse, parse_date
from broker_overlays.instruments.model import Broker
from broker_overlays.instruments.parsing import columns, parse_file
from broker_overlays.instruments.values import lot, option, positive


def reference(
    broker: Broker, text: str, exchanges: list[str] | None = None, default_type: str = ""
) -> tuple[list[dict[str, Any]], set[str]]:
    """Row by row, as the parser's docs state the rules: the rows and the exchanges listed."""
    records = list(csv.reader(io.StringIO(text, newline="")))
    header = [h.strip().lstrip("\ufeff").strip().lower() for h in records[0]]
    width = len(header)
    where: dict[str, int] = {}
    for column in columns(broker):
        if column.field and column.name.lower() in header:
            where[column.field] = header.index(column.name.lower())
    out, listed = [], set()
    wanted = None if exchanges is None else {e.strip().upper() for e in exchanges}
    for record in records[1:]:
        if len(record) != width and not "".join(record).strip():
            continue  # a blank line
        row = (record + [""] * width)[:width]

        def text_of(field: str, row: list[str] = row) -> str:
            return row[where[field]] if field in where else ""

        exch = text_of("exchange").strip().upper()
        listed.add(exch)
        underlying = text_of("underlying").strip()
        kind = text_of("instrumentType").strip().upper() or default_type
        expiry = parse_date(text_of("expiry"))
        trading = text_of("tradingSymbol").strip() or underlying
        code = text_of("symbolCode" if broker == "samco" else "token").strip()
        if broker == "samco":
            if not code:
                continue
            token, key = code.rpartition("_")[0] or code, code
        else:
            token = code[:-2] if code.endswith(".0") and code[:-2].isdigit() else code
            key = f"{exch}|{token}" if token else None
        if "optionType" in where:
            kind_of = option(text_of("optionType"))
        elif expiry is not None and not kind.startswith("FUT") and trading[-2:] in ("CE", "PE"):
            kind_of = trading[-2:]
        else:
            kind_of = None
        if wanted is not None and exch not in wanted:
            continue
        out.append({
            "broker": broker, "exchange": exch, "token": token, "stream_key": key,
            "trading_symbol": trading, "name": text_of("name").strip() or underlying,
            "underlying": underlying, "instrument_type": kind,
            "lot_size": lot(text_of("lotSize")), "tick_size": positive(text_of("tickSize")),
            "expiry": expiry, "strike": positive(text_of("strike")) if kind_of else None,
            "option_type": kind_of, "segment": text_of("segment").strip(),
            "series": text_of("series").strip(),
        })  # fmt: skip
    return out, listed


_POOLS: dict[str, list[str]] = {
    "exchange": ["NSE", "NFO", " nfo ", "BSE", "MFO", "", "cds"],
    "segment": ["NSE", "nse_fo", "", " NFO "],
    "symbolCode": ["2885_NSE", "51278_NFO", " 445566_MFO ", "", " ", "12345", "_X", "A_B_NFO"],
    "token": ["3045", "35012", "35012.0", " 17 ", "", "1.0", "x.0", "26000"],
    "tradingSymbol": ["SBIN-EQ", "NIFTY26DEC2624800CE", "NIFTY26DEC24800PE ", "", " ",
                      "BANKNIFTY26DECFUT", "RELIANCE", "USDINR26DEC84CE"],
    "underlying": ["NIFTY", " SBIN ", "RELIANCE", "", "BANKNIFTY", "USDINR"],
    "name": ["STATE BANK OF INDIA", "", " NIFTY 50 "],
    "instrumentType": ["EQ", "OPTIDX", "futidx", "", "IO", "FUTSTK", "OPTCUR"],
    "lotSize": ["1", "75", "0", "", "x", "2.5", "1,000"],
    "tickSize": ["0.05", "", "0", "-1", "0.0025", "junk"],
    "expiry": ["", "31/12/26", "2026-12-31", "31-12-2026", "30-Jul-2026", "1767139200000",
               "junk", " 2027-01-28 "],
    "strike": ["", "0", "-1", "24800", "24,800.5", "24800.0", "nan", "inf"],
    "optionType": ["CE", "pe", "XX", "", " PE ", "ce"],
    "series": ["EQ", "BE", "", " SM "],
}  # fmt: skip


def hostile_file(broker: Broker, rnd: random.Random) -> str:
    """A random master of ``broker``: the required columns, some optional ones, an unknown
    one, in any order, with every kind of row trouble."""
    chosen = [c for c in columns(broker) if c.required or rnd.random() < 0.6]
    names = [c.name if rnd.random() < 0.7 else f" {c.name.upper()} " for c in chosen]
    fields = [c.field or "" for c in chosen]
    if rnd.random() < 0.5:
        names.append("somethingElse")
        fields.append("")
    order = list(range(len(names)))
    rnd.shuffle(order)
    quote = rnd.random() < 0.3
    lines = [",".join(names[n] for n in order)]
    for _ in range(rnd.randrange(0, 40)):
        shape = rnd.random()
        if shape < 0.05:
            lines.append("")  # a blank line
            continue
        values = [rnd.choice(_POOLS.get(fields[n], ["?", "", "x y"])) for n in order]
        if quote and rnd.random() < 0.3:
            values = [f'"{v}"' for v in values]
        if shape < 0.12:
            values = values[: rnd.randrange(0, len(values))]  # a short row
        elif shape < 0.18:
            values.append("extra")  # a long row
        lines.append(",".join(values))
    end = rnd.choice(["\n", "\r\n"])
    return end.join(lines) + rnd.choice(["", end])


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
def test_parse_reads_hostile_files_as_the_reference_does(broker: Broker) -> None:
    rnd = random.Random(20261129 if broker == "samco" else 11292026)
    for _ in range(400):
        text = hostile_file(broker, rnd)
        expected, listed = reference(broker, text)
        rows, exchanges = parse_file(broker, text)
        assert [row.as_dict() for row in rows] == expected, text
        assert exchanges == listed, text
        only = rnd.sample(["NSE", "nfo", "BSE", "MFO"], 2)
        assert [row.as_dict() for row in parse(broker, text, exchanges=only)] == (
            reference(broker, text, only)[0]
        ), text


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
def test_the_column_wise_indexes_agree_with_the_rows_own_fields(broker: Broker) -> None:
    rnd = random.Random(7)
    rows = [row for _ in range(60) for row in parse(broker, hostile_file(broker, rnd))]
    master = InstrumentMaster(broker, rows)

    def grouped(key: Any) -> dict[Any, list[Instrument]]:
        index: dict[Any, list[Instrument]] = {}
        for row in rows:
            index.setdefault(key(row), []).append(row)
        return index

    assert master._symbols == grouped(lambda r: r.trading_symbol.upper())
    tokens = grouped(lambda r: r.token)
    tokens.pop("", None)
    assert master._tokens == tokens
    contracts = grouped(lambda r: (r.underlying.upper(), r.expiry))
    assert master._contracts == {k: v for k, v in contracts.items() if k[1] is not None}
    assert master._texts == [f"{r.trading_symbol}\0{r.underlying}\0{r.name}".upper() for r in rows]


def test_rows_pickle_print_and_compare_by_value() -> None:
    text = "exchange,symbolCode,tradingSymbol,name,expiryDate,strikePrice\n" \
           "NFO,51278_NFO,NIFTY26DEC2624800CE,NIFTY,31/12/26,24800\n"  # fmt: skip
    [row] = parse("samco", text)
    assert pickle.loads(pickle.dumps(row)) == row
    assert pickle.loads(pickle.dumps(row)).as_dict() == row.as_dict()
    shown = repr(row)
    assert shown.startswith("Instrument(broker='samco', exchange='NFO', token='51278'")
    assert "strike=Decimal('24800')" in shown and "option_type='CE'" in shown
    assert " at 0x" not in shown
    [again] = parse("samco", text)
    assert again == row and hash(again) == hash(row) and again is not row
