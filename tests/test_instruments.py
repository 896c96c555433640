"""Instrument masters: the spec (Samco ``getScripMaster``, Gopocket ``getContractMaster``),
parsing by header name, the daily cache, look-ups, the command line, and the mock brokers'
masters agreeing with their REST answers."""

from __future__ import annotations

import asyncio
import copy
import csv
import io
import json
import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_overlays import instruments, instruments_cli
from broker_overlays.auth.clock import IST
from broker_overlays.errors import (
    BrokerError,
    ClientValidationError,
    InstrumentMasterError,
    MalformedResponseError,
    NetworkError,
    ServerError,
)
from broker_overlays.instruments import Instrument, InstrumentMaster, parse, parse_date
from broker_overlays.instruments import loading as loading_module
from broker_overlays.instruments.cache import CachedFile, Metadata, default_dir, last_publication
from broker_overlays.instruments.parsing import FIELDS, records
from broker_overlays.mock import MockConfig, create_app, in_process
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.pytest_plugin import MockBrokerHandle
from broker_overlays.mock.universe import Universe
from broker_overlays.spec_catalog import catalog

from conftest import spec
from speclint import INSTRUMENT_FIELDS, lint, operations

SAMCO_HEADER = ["exchange", "exchangeSegment", "symbolCode", "tradingSymbol", "name", "lastPrice",
                "instrument", "lotSize", "strikePrice", "expiryDate", "tickSize"]  # fmt: skip
SAMCO_ROWS = [
    ["NSE", "NSE", "2885_NSE", "RELIANCE-EQ", "RELIANCE", "1290.00", "EQ", "1", "", "", "0.05"],
    ["BSE", "BSE", "500325_BSE", "RELIANCE", "RELIANCE", "1290.10", "EQ", "1", "", "", "0.05"],
    ["NFO", "NFO", "51278_NFO", "NIFTY26DEC2624800CE", "NIFTY", "0", "OPTIDX", "75", "24800",
     "31/12/26", "0.05"],
    ["NFO", "NFO", "51279_NFO", "NIFTY26DEC2624800PE", "NIFTY", "0", "OPTIDX", "75", "24800.00",
     "2026-12-31", "0.05"],
    ["NFO", "NFO", "52175_NFO", "NIFTY26DECFUT", "NIFTY", "24950", "FUTIDX", "75", "0",
     "31-Dec-2026", "0.05"],
    ["BFO", "BFO", "861234_BFO", "SENSEX26DEC81500CE", "SENSEX", "0", "IO", "20", "81500",
     "31/12/26", "0.05"],
    ["MFO", "MFO", "445566_MFO", "CRUDEOIL26DECFUT", "CRUDEOIL", "6000", "FUTCOM", "100", "",
     "18/12/26", "1"],
]  # fmt: skip
GOPOCKET_NFO = ["Exch", "Exchange Segment", "Symbol", "Token", "Instrument Type", "Option Type",
                "Strike Price", "Instrument Name", "Formatted Ins Name", "Trading Symbol",
                "Expiry Date", "Lot Size", "Tick Size"]  # fmt: skip
GOPOCKET_ROWS = [
    ["NFO", "nse_fo", "NIFTY", "52180", "OPTIDX", "CE", "24800", "NIFTY", "NIFTY 31 DEC 26 24800 CE",
     "NIFTY31DEC26C24800", "2026-12-31", "75", "0.05"],
    ["NFO", "nse_fo", "NIFTY", "", "OPTIDX", "PE", "24800", "NIFTY", "NIFTY 31 DEC 26 24800 PE",
     "NIFTY31DEC26P24800", "2026-12-31", "75", "0.05"],
    ["NFO", "nse_fo", "NIFTY", "52175.0", "FUTIDX", "XX", "0", "NIFTY", "NIFTY DEC FUT",
     "NIFTY31DEC26F", "2026-12-31", "75", "0.05"],
]  # fmt: skip


def csv_text(header: list[str], rows: list[list[str]], order: list[int] | None = None) -> str:
    """A CSV file of ``rows`` with its columns in ``order`` (default: as given)."""
    order = order if order is not None else list(range(len(header)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header[n] for n in order])
    writer.writerows([row[n] for n in order] for row in rows)
    return out.getvalue()


def shuffled(header: list[str], seed: int) -> list[int]:
    order = list(range(len(header)))
    random.Random(seed).shuffle(order)
    return order


# -- the spec ----------------------------------------------------------------------------------


def _op(broker: str, operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in operations(spec(broker)) if op["operationId"] == operation_id)


def test_the_samco_scrip_master_is_a_public_unmetered_read_on_its_own_host() -> None:
    op = _op("samco", "getScripMaster")
    assert op["security"] == [] and op["x-idempotent"] is True
    assert op["x-rate-limit-category"] == "unmetered"
    assert spec("samco")["x-rate-limits"]["categories"]["unmetered"] == []
    assert (
        op["x-rate-limit-category"] == _op("gopocket", "getContractMaster")["x-rate-limit-category"]
    )
    assert op["servers"] == [{"url": "https://developers.stocknote.com/doc",
                              "description": op["servers"][0]["description"]}]  # fmt: skip
    assert {f"FR:A2.{n}" for n in range(1, 9)} <= set(op["x-source"])
    found = catalog("samco").by_id("getScripMaster")
    assert (found.method, found.path, found.requires_auth) == ("GET", "/ScripMaster.csv", False)
    assert instruments.master_url("samco") == "https://developers.stocknote.com/doc/ScripMaster.csv"
    assert instruments.master_url("gopocket", "NFO") == "https://web.gopocket.in/contract/csv/nfo"


def test_the_samco_columns_are_the_live_header_in_order() -> None:
    columns = catalog("samco").csv_columns("getScripMaster")
    assert [c.name for c in columns] == SAMCO_HEADER  # FR:A2.2, exact order
    assert {c.name for c in columns if c.required} == {"exchange", "symbolCode", "tradingSymbol",
                                                       "name"}  # fmt: skip
    expiry = next(c for c in columns if c.name == "expiryDate")
    assert "DISPUTED" in expiry.description and "FR:A2.7" in expiry.description
    assert "FR:A2.8" in _op("samco", "getScripMaster")["description"]  # no indices in the file


def test_the_gopocket_columns_carry_the_field_reports() -> None:
    columns = {c.name: c for c in catalog("gopocket").csv_columns("getContractMaster")}
    assert {n for n, c in columns.items() if c.required} == {"Exch", "Token", "Symbol"}
    assert "empty" in columns["Token"].description and "FR:B5.2" in columns["Token"].description
    for name in ("Exchange Segment", "Formatted Ins Name", "Tick Size"):  # FR:B5.3, [AB] only
        assert columns[name].required is False and columns[name].description.startswith("[AB]")
    assert not catalog("samco").csv_columns("getQuote")  # a JSON operation declares none


def test_every_field_a_column_names_is_one_the_parser_fills() -> None:
    assert set(FIELDS) == INSTRUMENT_FIELDS
    for broker, op in (("samco", "getScripMaster"), ("gopocket", "getContractMaster")):
        fields = [c.field for c in catalog(broker).csv_columns(op) if c.field]
        assert len(fields) == len(set(fields)) and set(fields) <= set(FIELDS)


def _csv_media(doc: dict[str, Any]) -> dict[str, Any]:
    return _op_in(doc, "getScripMaster")["responses"]["200"]["content"]["text/csv"]


def _op_in(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in operations(doc) if op["operationId"] == operation_id)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda cols, ex: cols.append(dict(cols[0])), "names used twice"),
        (lambda cols, ex: cols[1].update(field="colour"), "not in INSTRUMENT_FIELDS"),
        (lambda cols, ex: cols[1].update(field="exchange"), "field 'exchange' used twice"),
        (lambda cols, ex: cols[0].update(type="date"), "type must be one of"),
        (lambda cols, ex: cols[0].update(required="yes"), "required must be true or false"),
        (lambda cols, ex: cols[0].pop("description"), "no description"),
        (lambda cols, ex: cols[0].update(width=3), "unknown keys ['width']"),
        (lambda cols, ex: [c.update(required=False) for c in cols], "at least one required"),
        (lambda cols, ex: ex.update(value="exchange,symbolCode,tradingSymbol\n"),
         "lacks required columns ['name']"),
        (lambda cols, ex: ex.update(value=ex["value"].replace("tickSize", "tickSize,isin")),
         "undeclared columns ['isin']"),
    ],
)  # fmt: skip
def test_the_lint_checks_csv_columns(mutate: Callable[[Any, Any], Any], message: str) -> None:
    doc = copy.deepcopy(spec("samco"))
    media = _csv_media(doc)
    mutate(media["x-csv-columns"], next(iter(media["examples"].values())))
    problems = lint(doc)
    assert any(message in p for p in problems), problems


def test_the_lint_refuses_csv_columns_on_json() -> None:
    doc = copy.deepcopy(spec("samco"))
    media = _op_in(doc, "getQuote")["responses"]["200"]["content"]["application/json"]
    media["x-csv-columns"] = [{"name": "a", "type": "string", "description": "x"}]
    assert any("media type other than text/csv" in p for p in lint(doc))


# -- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_samco_columns_are_found_by_name_in_any_order(seed: int) -> None:
    as_given = parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS))
    reordered = parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS, shuffled(SAMCO_HEADER, seed)))
    assert reordered == as_given and len(as_given) == len(SAMCO_ROWS)
    eq, _, call, put, fut, sensex, crude = as_given
    assert eq.as_dict() == {
        "broker": "samco", "exchange": "NSE", "token": "2885", "stream_key": "2885_NSE",
        "trading_symbol": "RELIANCE-EQ", "name": "RELIANCE", "underlying": "RELIANCE",
        "instrument_type": "EQ", "lot_size": 1, "tick_size": Decimal("0.05"), "expiry": None,
        "strike": None, "option_type": None, "segment": "NSE", "series": "",
    }  # fmt: skip
    assert (eq.symbol_name, eq.stream_key, eq.is_derivative) == ("RELIANCE", "2885_NSE", False)
    assert (call.option_type, call.strike, call.expiry) == (
        "CE",
        Decimal(24800),
        date(2026, 12, 31),
    )
    assert call.symbol_name == "NIFTY26DEC2624800CE"  # F&O orders send the trading symbol (FR:A2.5)
    assert (put.option_type, put.strike, put.expiry) == ("PE", Decimal(24800), date(2026, 12, 31))
    assert (fut.option_type, fut.strike, fut.is_future, fut.expiry) == (
        None, None, True, date(2026, 12, 31),
    )  # fmt: skip
    assert (sensex.option_type, sensex.is_option, sensex.is_future) == ("CE", True, False)  # IO
    assert (crude.exchange, crude.stream_key, crude.tick_size) == ("MFO", "445566_MFO", Decimal(1))


@pytest.mark.parametrize("seed", [4, 5])
def test_gopocket_columns_are_found_by_name_in_any_order(seed: int) -> None:
    as_given = parse("gopocket", csv_text(GOPOCKET_NFO, GOPOCKET_ROWS))
    reordered = parse(
        "gopocket", csv_text(GOPOCKET_NFO, GOPOCKET_ROWS, shuffled(GOPOCKET_NFO, seed))
    )
    assert reordered == as_given
    call, put, fut = as_given
    assert (call.token, call.instrument_id, call.stream_key) == ("52180", "52180", "NFO|52180")
    assert (call.trading_symbol, call.underlying, call.name) == (
        "NIFTY31DEC26C24800", "NIFTY", "NIFTY",
    )  # fmt: skip
    assert (call.option_type, call.strike, call.segment) == ("CE", Decimal(24800), "nse_fo")
    assert (put.token, put.stream_key) == ("", None)  # an empty Token (FR:B5.2) is kept, unkeyed
    assert (fut.token, fut.option_type, fut.strike) == ("52175", None, None)  # "52175.0", XX


def test_gopocket_equity_and_indices_files() -> None:
    nse = "Exch,Token,Symbol,Trading Symbol,Instrument Name,Instrument Type,Group Name\n" \
          "NSE,3045,SBIN,SBIN-EQ,STATE BANK OF INDIA,,EQ\nNSE,5000,NIFTYBEES,NIFTYBEES-EQ,ETF,ETF,EQ\n"  # fmt: skip
    sbin, bees = parse("gopocket", nse)
    assert (sbin.symbol_name, sbin.series, sbin.lot_size, sbin.expiry) == ("SBIN", "EQ", 1, None)
    assert bees.instrument_type == "ETF"
    [nifty] = parse("gopocket", "exch,token,symbol\nNSE,26000,NIFTY 50\n", default_type="INDEX")
    assert (nifty.trading_symbol, nifty.token, nifty.instrument_type) == (
        "NIFTY 50",
        "26000",
        "INDEX",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/26", date(2026, 12, 31)),  # Samco 2026 live download (FR:A2.7)
        ("2026-12-31", date(2026, 12, 31)),  # Samco 2021, Gopocket NFO/BFO/MCX/BCD
        ("30-Jul-2026", date(2026, 7, 30)),  # a Samco fixture
        ("31-12-2026", date(2026, 12, 31)),  # Gopocket CDS (gopocket.md §9)
        ("05/06/26", date(2026, 6, 5)),  # day first, never month first
        ("31 DEC 26", date(2026, 12, 31)),
        ("2026-12-31 00:00:00", date(2026, 12, 31)),
        ("20261231", date(2026, 12, 31)),
        ("1798655400000", date(2026, 12, 31)),  # epoch ms (the zipped variant, FR:B5.3), IST
        ("", None),
        ("  ", None),
        ("31/02/26", None),
        ("soon", None),
        ("31-Foo-2026", None),
    ],
)
def test_expiry_dates_are_read_tolerantly(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_cds_expiries_parse_day_first() -> None:
    text = "Exch,Token,Symbol,Trading Symbol,Expiry Date,Option Type,Strike Price\n" \
           "CDS,1001,USDINR,USDINR26DECFUT,29-12-2026,XX,0\n"  # fmt: skip
    [usdinr] = parse("gopocket", text)
    assert usdinr.expiry == date(2026, 12, 29) and usdinr.is_future


@pytest.mark.parametrize(
    ("broker", "text", "missing"),
    [
        ("samco", "exchange,tradingSymbol,name\nNSE,SBIN-EQ,SBIN\n", "symbolCode"),
        ("gopocket", "Exch,Symbol,Trading Symbol\nNSE,SBIN,SBIN-EQ\n", "Token"),
        ("gopocket", "<html><body>Service unavailable</body></html>", "Exch"),
    ],
)
def test_a_header_without_a_required_column_is_a_typed_error(
    broker: instruments.Broker, text: str, missing: str
) -> None:
    with pytest.raises(InstrumentMasterError) as caught:
        parse(broker, text)
    error = caught.value
    assert isinstance(error, MalformedResponseError) and isinstance(error, BrokerError)
    assert missing in str(error) and error.raw_body == text[:500]
    assert (error.broker, error.operation) == (broker, instruments.loading.OPERATIONS[broker])


def test_optional_columns_may_be_missing() -> None:
    text = "symbolCode,name,tradingSymbol,exchange\n3045_NSE,SBIN,SBIN-EQ,NSE\n"
    [sbin] = parse("samco", text)
    assert (sbin.token, sbin.lot_size, sbin.tick_size, sbin.instrument_type) == (
        "3045",
        1,
        None,
        "",
    )
    with pytest.raises(InstrumentMasterError, match="empty"):
        parse("samco", "")


def test_headers_match_case_and_spaces_and_rows_may_be_ragged() -> None:
    text = "\ufeff EXCHANGE ,SymbolCode,TRADINGSYMBOL,Name,lotSize\r\n" \
           "NSE,3045_NSE,SBIN-EQ,SBIN\r\n\r\nNSE , 14366_NSE ,IDEA-EQ,IDEA,1,extra\r\n"  # fmt: skip
    sbin, idea = parse("samco", text)
    assert (sbin.trading_symbol, sbin.lot_size) == ("SBIN-EQ", 1)
    assert (idea.exchange, idea.stream_key, idea.token) == ("NSE", "14366_NSE", "14366")


def test_quoted_fields_go_through_csv_reader() -> None:
    text = 'Exch,Token,Symbol,Trading Symbol,Instrument Name\nNSE,1,LT,LT-EQ,"LARSEN, TOUBRO"\n'
    [lt] = parse("gopocket", text)
    assert lt.name == "LARSEN, TOUBRO"


def test_the_split_fast_path_reads_what_csv_reader_reads() -> None:
    rnd = random.Random(9)
    alphabet = "ABC xyz-_.|/019"
    for _ in range(200):
        rows = [[("".join(rnd.choices(alphabet, k=rnd.randrange(0, 6)))) for _ in range(4)]
                for _ in range(rnd.randrange(1, 6))]  # fmt: skip
        text = "\r\n".join(",".join(r) for r in rows) + rnd.choice(["", "\n", "\r\n"])
        expected = list(csv.reader(io.StringIO(text, newline="")))
        assert list(records(text)) == expected, text


def test_parse_keeps_only_the_asked_exchanges() -> None:
    rows = parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS), exchanges=["nfo", "MFO"])
    assert {i.exchange for i in rows} == {"NFO", "MFO"} and len(rows) == 4


def test_parsing_pauses_the_collector_and_restores_it() -> None:
    import gc

    assert gc.isenabled()
    parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS))
    assert gc.isenabled()
    with pytest.raises(InstrumentMasterError):
        parse("samco", "exchange\nNSE\n")
    assert gc.isenabled()


# -- look-ups ----------------------------------------------------------------------------------


@pytest.fixture
def samco_master() -> InstrumentMaster:
    return InstrumentMaster("samco", parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS)))


def test_by_symbol_is_exact_and_case_insensitive(samco_master: InstrumentMaster) -> None:
    found = samco_master.by_symbol("reliance-eq")
    assert found is not None and found.stream_key == "2885_NSE"
    assert samco_master.by_symbol("RELIANCE", exchange="bse") is not None
    assert samco_master.by_symbol("RELIANCE-E") is None  # exact only
    assert samco_master.by_symbol("RELIANCE-EQ", exchange="BSE") is None


def test_an_ambiguous_look_up_names_the_exchanges() -> None:
    twin = [row[:] for row in SAMCO_ROWS[:1]] + [["BSE", "BSE", "2885_BSE", "RELIANCE-EQ",
                                                   "RELIANCE", "1", "EQ", "1", "", "", "0.05"]]  # fmt: skip
    master = InstrumentMaster("samco", parse("samco", csv_text(SAMCO_HEADER, twin)))
    with pytest.raises(ClientValidationError, match="BSE RELIANCE-EQ, NSE RELIANCE-EQ"):
        master.by_symbol("RELIANCE-EQ")
    with pytest.raises(ClientValidationError, match="pass exchange="):
        master.by_token("2885")
    found = master.by_token("2885", exchange="BSE")
    assert found is not None and found.stream_key == "2885_BSE"


def test_by_token_takes_tokens_symbol_codes_and_stream_keys(samco_master: InstrumentMaster) -> None:
    by_code = samco_master.by_token("51278_NFO")
    assert by_code is not None and by_code.trading_symbol == "NIFTY26DEC2624800CE"
    assert samco_master.by_token("51278") == by_code
    assert samco_master.by_token("51278_BFO") is None
    gopocket = InstrumentMaster(
        "gopocket", parse("gopocket", csv_text(GOPOCKET_NFO, GOPOCKET_ROWS))
    )
    call = gopocket.by_token("nfo|52180")
    assert call is not None and call.token == "52180"
    assert gopocket.by_token("NSE|52180") is None
    assert gopocket.by_token("") is None  # the row without a token is not keyed


def test_contract_finds_futures_and_options(samco_master: InstrumentMaster) -> None:
    future = samco_master.contract("nifty", date(2026, 12, 31))
    assert future is not None and future.trading_symbol == "NIFTY26DECFUT"
    assert samco_master.contract("NIFTY", "31/12/26", option_type="XX") == future
    for strike in (24800, "24800", Decimal("24800.0"), 24800.0):
        call = samco_master.contract("NIFTY", "2026-12-31", strike, "ce")
        assert call is not None and call.trading_symbol == "NIFTY26DEC2624800CE"
    put = samco_master.contract("NIFTY", "2026-12-31", 24800, "PE")
    assert put is not None and put.trading_symbol.endswith("PE")
    assert samco_master.contract("NIFTY", "2026-12-31", 24900, "CE") is None
    assert samco_master.contract("NIFTY", "2027-01-28") is None
    sensex = samco_master.contract("SENSEX", "2026-12-31", 81500, "CE", exchange="BFO")
    assert sensex is not None
    with pytest.raises(ClientValidationError):
        samco_master.contract("NIFTY", "someday")
    with pytest.raises(ClientValidationError):
        samco_master.contract("NIFTY", "2026-12-31", "lots", "CE")
    with pytest.raises(ClientValidationError):
        samco_master.contract("NIFTY", "2026-12-31", 24800, "CALL")


def _master_of(*symbols: tuple[str, str, str]) -> InstrumentMaster:
    rows = [[exch, exch, f"{n}_{exch}", trading, name, "1", "EQ", "1", "", "", "0.05"]
            for n, (exch, trading, name) in enumerate(symbols, start=1)]  # fmt: skip
    return InstrumentMaster("samco", parse("samco", csv_text(SAMCO_HEADER, rows)))


def test_search_ranks_exact_then_prefix_then_substring() -> None:
    master = _master_of(
        ("NSE", "XSBINY-EQ", "XSBINY"),  # substring
        ("NSE", "SBINBANK-EQ", "SBINBANK"),  # prefix
        ("NSE", "SBIN-EQ", "SBIN"),  # exact name
        ("BSE", "SBIN", "SBIN"),  # exact trading symbol
        ("NSE", "SBI-EQ", "STATE BANK"),  # no match
        ("NSE", "ACME-EQ", "SBIN HOLDINGS"),  # prefix of the name
    )
    found = [i.trading_symbol for i in master.search("sbin")]
    assert found == ["SBIN", "SBIN-EQ", "ACME-EQ", "SBINBANK-EQ", "XSBINY-EQ"]
    assert [i.trading_symbol for i in master.search("sbin", limit=2)] == ["SBIN", "SBIN-EQ"]
    assert master.search("SBIN", exchange="nse")[0].trading_symbol == "SBIN-EQ"
    assert master.search("  ") == [] and master.search("sbin", limit=0) == []


def test_search_puts_cash_before_derivatives(samco_master: InstrumentMaster) -> None:
    found = [i.trading_symbol for i in samco_master.search("RELIANCE")]
    assert found == ["RELIANCE", "RELIANCE-EQ"]
    nifty = [i.trading_symbol for i in samco_master.search("NIFTY", limit=3)]
    assert nifty == ["NIFTY26DECFUT", "NIFTY26DEC2624800CE", "NIFTY26DEC2624800PE"]


# -- loading and the daily cache ---------------------------------------------------------------


class FileServer:
    """A static file host: ETag / Last-Modified, 304 to a matching conditional GET."""

    def __init__(self, body: str, *, etag: str = '"v1"') -> None:
        self.body, self.etag = body, etag
        self.requests: list[httpx.Request] = []
        self.status: int | None = None  # force a status (e.g. 503)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status is not None:
            return httpx.Response(self.status, text="<html>busy</html>")
        headers = {"ETag": self.etag, "Last-Modified": "Tue, 01 Dec 2026 02:30:00 GMT"}
        if request.headers.get("if-none-match") == self.etag:
            return httpx.Response(304, headers=headers)
        return httpx.Response(200, text=self.body, headers=headers)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


SAMCO_TEXT = csv_text(SAMCO_HEADER, SAMCO_ROWS)
MOCK_URL = "http://files.test"


def _load(server: FileServer, folder: Path, clock: Clock, **options: Any) -> InstrumentMaster:
    with server.client() as client:
        return instruments.load("samco", cache_dir=folder, base_url=MOCK_URL, client=client,
                                clock=clock, **options)  # fmt: skip


def test_last_publication_is_the_latest_0800_ist() -> None:
    before = datetime(2026, 12, 2, 7, 59, tzinfo=IST)
    after = datetime(2026, 12, 2, 8, 0, tzinfo=IST)
    assert last_publication(before) == datetime(2026, 12, 1, 8, 0, tzinfo=IST)
    assert last_publication(after) == after
    assert last_publication(after.astimezone(UTC)) == after
    with pytest.raises(ValueError):
        last_publication(datetime(2026, 12, 2, 9, 0))


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_dir() == tmp_path / "broker-toolkit" / "instruments"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_dir() == tmp_path / "home" / ".cache" / "broker-toolkit" / "instruments"


def test_the_cache_is_reused_the_same_day_and_rechecked_after_0800_ist(tmp_path: Path) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    first = _load(server, tmp_path, clock)
    assert [f.status for f in first.files] == ["downloaded"] and len(first) == len(SAMCO_ROWS)
    [request] = server.requests
    assert request.url == "http://files.test/ScripMaster.csv"
    assert request.headers["accept"].startswith("text/csv")
    assert "Mozilla/5.0" in request.headers["user-agent"]
    assert "if-none-match" not in request.headers
    meta = json.loads((tmp_path / "samco-ALL.json").read_text())
    assert meta["etag"] == '"v1"' and meta["url"] == "http://files.test/ScripMaster.csv"
    assert (tmp_path / "samco-ALL.csv").read_text() == SAMCO_TEXT

    clock.moment = datetime(2026, 12, 2, 7, 59, tzinfo=IST)  # next day, before publication
    again = _load(server, tmp_path, clock)
    assert [f.status for f in again.files] == ["cached"] and len(server.requests) == 1
    assert list(again) == list(first)

    clock.moment = datetime(2026, 12, 2, 8, 1, tzinfo=IST)  # after 08:00 IST: re-checked
    checked = _load(server, tmp_path, clock)
    assert [f.status for f in checked.files] == ["not-modified"] and len(server.requests) == 2
    assert server.requests[-1].headers["if-none-match"] == '"v1"'
    assert server.requests[-1].headers["if-modified-since"] == "Tue, 01 Dec 2026 02:30:00 GMT"
    meta2 = json.loads((tmp_path / "samco-ALL.json").read_text())
    assert meta2["fetched_at"] == meta["fetched_at"] and meta2["checked_at"] > meta["checked_at"]
    assert checked.files[0].fetched_at == datetime.fromisoformat(meta["fetched_at"])

    _load(server, tmp_path, clock)  # confirmed after 08:00: fresh again, no request
    assert len(server.requests) == 2

    clock.moment += timedelta(days=1)  # a new file is published: 200 replaces the copy
    server.body, server.etag = csv_text(SAMCO_HEADER, SAMCO_ROWS[:2]), '"v2"'
    replaced = _load(server, tmp_path, clock)
    assert [f.status for f in replaced.files] == ["downloaded"] and len(replaced) == 2
    assert server.requests[-1].headers["if-none-match"] == '"v1"'
    assert json.loads((tmp_path / "samco-ALL.json").read_text())["etag"] == '"v2"'
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_refresh_always_and_never(tmp_path: Path) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    with pytest.raises(InstrumentMasterError, match="no cached copy"):
        _load(server, tmp_path, clock, refresh="never")
    assert server.requests == []
    _load(server, tmp_path, clock)
    assert _load(server, tmp_path, clock, refresh="always").files[0].status == "not-modified"
    clock.moment += timedelta(days=30)  # stale, but never means never
    assert _load(server, tmp_path, clock, refresh="never").files[0].status == "cached"
    assert len(server.requests) == 2
    with pytest.raises(ClientValidationError):
        _load(server, tmp_path, clock, refresh="sometimes")


def test_a_torn_or_foreign_cache_is_downloaded_again(tmp_path: Path) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    _load(server, tmp_path, clock)
    (tmp_path / "samco-ALL.csv").write_text(SAMCO_TEXT + "NSE,NSE,1_NSE,X,X,1,EQ,1,,,0.05\n")
    assert _load(server, tmp_path, clock).files[0].status == "downloaded"
    assert "if-none-match" not in server.requests[-1].headers  # nothing trusted to compare
    (tmp_path / "samco-ALL.json").write_text("{not json")
    assert _load(server, tmp_path, clock).files[0].status == "downloaded"
    with server.client() as client:  # another host: its own file
        other = instruments.load("samco", cache_dir=tmp_path, base_url="http://elsewhere.test",
                                 client=client, clock=clock)  # fmt: skip
    assert other.files[0].status == "downloaded" and len(server.requests) == 4


@pytest.mark.parametrize("fresh", [True, False])
def test_a_cached_copy_that_no_longer_parses_is_downloaded_again(
    fresh: bool, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    checked = clock.moment if fresh else clock.moment - timedelta(days=2)
    meta = Metadata(f"{MOCK_URL}/ScripMaster.csv", '"v1"', None, checked, checked, 0, "")
    CachedFile(tmp_path, "samco", "ALL").write(b"exchange,name\nNSE,SBIN\n", meta)
    master = _load(server, tmp_path, clock)
    assert master.files[0].status == "downloaded" and len(master) == len(SAMCO_ROWS)
    assert "unusable" in caplog.text
    # stale: the conditional GET got a 304, then the file in full; fresh: only the full GET
    assert [r.headers.get("if-none-match") for r in server.requests] == (
        [None] if fresh else ['"v1"', None]
    )
    with pytest.raises(InstrumentMasterError):  # refresh="never" does not go around it
        CachedFile(tmp_path, "samco", "ALL").write(b"exchange,name\nNSE,SBIN\n", meta)
        _load(server, tmp_path, clock, refresh="never")


def test_a_gopocket_body_that_is_not_the_file_never_replaces_the_cache(tmp_path: Path) -> None:
    good = csv_text(GOPOCKET_NFO, GOPOCKET_ROWS)
    server = FileServer(good)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))

    def load() -> InstrumentMaster:
        with server.client() as client:
            return instruments.load("gopocket", ["NFO"], cache_dir=tmp_path, base_url=MOCK_URL,
                                    client=client, clock=clock)  # fmt: skip

    assert load().files[0].status == "downloaded"
    assert server.requests[0].headers["accept"] == "text/csv"  # FR:B5.1
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    clock.moment += timedelta(days=1)
    server.body, server.etag = "<!doctype html><title>Gopocket</title>", '"html"'
    with pytest.raises(InstrumentMasterError, match="starts with 'Exch,'") as caught:
        load()
    assert caught.value.raw_body.startswith("<!doctype html>")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    server.body = "Exch,Symbol\nNFO,NIFTY\n"  # starts right, lacks the required Token
    with pytest.raises(InstrumentMasterError, match="Token"):
        load()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_statuses_and_network_errors_are_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading_module, "_RETRY_DELAYS", (0.0, 0.0))
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    server.status = 503
    with pytest.raises(ServerError) as caught:
        _load(server, tmp_path, clock)
    assert caught.value.status_code == 503 and len(server.requests) == 3  # two retries
    server.status = 404
    with pytest.raises(InstrumentMasterError) as missing:
        _load(server, tmp_path, clock)
    assert missing.value.status_code == 404 and len(server.requests) == 4  # not retried
    assert not list(tmp_path.iterdir())

    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, text=SAMCO_TEXT)

    with httpx.Client(transport=httpx.MockTransport(flaky)) as client:
        master = instruments.load("samco", cache_dir=tmp_path, base_url=MOCK_URL, client=client,
                                  clock=clock)  # fmt: skip
    assert len(master) == len(SAMCO_ROWS) and len(calls) == 3

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with httpx.Client(transport=httpx.MockTransport(down)) as client, pytest.raises(NetworkError):
        instruments.load("samco", cache_dir=tmp_path, base_url=MOCK_URL, client=client,
                         clock=clock, refresh="always")  # fmt: skip


def test_bad_arguments_are_refused_before_anything_is_sent(tmp_path: Path) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))
    for options in ({"exchanges": ["N SE"]}, {"exchanges": []}, {"base_url": "files.test"}):
        with server.client() as client, pytest.raises(ClientValidationError):
            instruments.load("samco", cache_dir=tmp_path, client=client, clock=clock, **options)
    with pytest.raises(ClientValidationError):
        instruments.load("zerodha", cache_dir=tmp_path)  # type: ignore[arg-type]
    assert server.requests == []
    with pytest.raises(ClientValidationError, match="lists BFO, BSE, MFO, NFO, NSE"):
        _load(server, tmp_path, clock, exchanges=["MCX"])  # MCX F&O are under MFO (FR:A2.4)


def test_aload_gives_what_load_gives(tmp_path: Path) -> None:
    server = FileServer(SAMCO_TEXT)
    clock = Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST))

    async def main() -> InstrumentMaster:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as client:
            return await instruments.aload("samco", ["NFO"], cache_dir=tmp_path, base_url=MOCK_URL,
                                           client=client, clock=clock)  # fmt: skip

    loaded = asyncio.run(main())
    assert loaded.files[0].status == "downloaded" and {i.exchange for i in loaded} == {"NFO"}
    again = _load(server, tmp_path, clock, exchanges=["NFO"])
    assert again.files[0].status == "cached" and list(again) == list(loaded)
    assert asyncio.run(main()).files[0].status == "cached"


def test_an_unwritable_cache_costs_a_warning_not_the_load(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "file-not-folder"
    folder.write_text("")
    master = _load(FileServer(SAMCO_TEXT), folder, Clock(datetime(2026, 12, 1, 9, 30, tzinfo=IST)))
    assert len(master) == len(SAMCO_ROWS) and master.files[0].path is None
    assert "not written" in caplog.text


def test_metadata_round_trips(tmp_path: Path) -> None:
    now = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
    cache = CachedFile(tmp_path, "samco", "ALL")
    written = cache.write(b"abc", Metadata("http://x", '"e"', None, now, now, 0, ""))
    assert written.size == 3 and cache.read("http://x") == (written, b"abc")
    assert cache.read("http://y") is None


# -- the mock brokers --------------------------------------------------------------------------


def _mock_master(handle: MockBrokerHandle, tmp_path: Path) -> InstrumentMaster:
    exchanges = ["NSE", "BSE", "NFO"] if handle.broker == "gopocket" else None
    with httpx.Client(transport=handle.transport) as client:
        return instruments.load(handle.broker, exchanges, cache_dir=tmp_path,  # type: ignore[arg-type]
                                base_url=handle.base_url, client=client)  # fmt: skip


@pytest.mark.parametrize("broker", ["samco", "gopocket"])
def test_the_mock_masters_list_the_mock_universe(broker: str, tmp_path: Path) -> None:
    app = create_app(broker, config=MockConfig(strict=True))
    sync, _ = in_process(app)
    with httpx.Client(transport=sync) as client:
        master = instruments.load(broker, None if broker == "samco" else ["NSE", "BSE", "NFO"],  # type: ignore[arg-type]
                                  cache_dir=tmp_path, base_url="http://mock", client=client)  # fmt: skip
    universe = Universe()
    assert len(master) == len(universe.items)  # tradable only: indices are not in it (FR:A2.8)
    for item in universe.items:
        found = master.by_symbol(item.trading_symbol, exchange=item.exchange)
        assert found is not None, item
        assert (found.token, found.lot_size, found.tick_size) == (
            item.token, item.lot_size, Decimal(item.tick_size),
        )  # fmt: skip
        assert found.expiry == (date.fromisoformat(item.expiry) if item.expiry else None)
        assert found.option_type == (item.option_type or None)
        assert found.strike == (Decimal(item.strike) if item.strike else None)
        assert found.underlying == item.symbol
        expected_key = item.listing_id if broker == "samco" else f"{item.exchange}|{item.token}"
        assert found.stream_key == expected_key


def test_the_mock_master_answers_conditional_gets(
    samco_mock: MockBrokerHandle, tmp_path: Path
) -> None:
    first = _mock_master(samco_mock, tmp_path)
    again = instruments.load("samco", cache_dir=tmp_path, base_url=samco_mock.base_url,
                             refresh="always",
                             client=httpx.Client(transport=samco_mock.transport))  # fmt: skip
    assert again.files[0].status == "not-modified" and list(again) == list(first)
    assert [r.status for r in samco_mock.server.logged("getScripMaster")] == [200, 304]


def test_the_mock_also_serves_the_master_in_its_folder(
    samco_mock: MockBrokerHandle, tmp_path: Path
) -> None:
    """The operation's server is a folder (``/doc``): a mock URL with it works too."""
    with httpx.Client(transport=samco_mock.transport) as client:
        in_folder = instruments.load("samco", cache_dir=tmp_path, client=client,
                                     base_url=samco_mock.base_url + "/doc")  # fmt: skip
        assert in_folder.files[0].url == f"{samco_mock.base_url}/doc/ScripMaster.csv"
        assert len(in_folder) == len(Universe().items)
        assert client.request("TRACE", in_folder.files[0].url).status_code == 405


def test_a_samco_master_row_is_quoted_by_its_symbol_name(
    samco_session: Any, samco_mock: MockBrokerHandle, tmp_path: Path
) -> None:
    from samco_client.api.market_data import get_quote

    master = _mock_master(samco_mock, tmp_path)
    for item in master:
        quote = get_quote.sync(client=samco_session, symbol_name=item.symbol_name,
                               exchange=item.exchange)  # type: ignore[arg-type]  # fmt: skip
        assert quote.listing_id == item.stream_key, item
        assert quote.trading_symbol == item.trading_symbol


def test_the_generated_client_downloads_the_scrip_master(
    samco_session: Any, samco_mock: MockBrokerHandle
) -> None:
    from samco_client.api.scrip_master import get_scrip_master

    text = get_scrip_master.sync(client=samco_session)  # routed to the mock like its server
    assert text.startswith(",".join(SAMCO_HEADER) + "\n")
    assert samco_mock.server.logged("getScripMaster")


def test_a_gopocket_master_token_places_the_orders_of_its_trading_symbol(
    gopocket_session: Any, gopocket_mock: MockBrokerHandle, tmp_path: Path
) -> None:
    from gopocket_client.api.v1_orders import get_order_book_v1, place_order_v1
    from gopocket_client.models import PlaceOrderV1Request

    master = _mock_master(gopocket_mock, tmp_path)
    picked = [i for i in master if i.exchange in ("NSE", "BSE")][:3] + [
        i for i in master if i.exchange == "NFO"
    ][-2:]
    for item in picked:
        order = PlaceOrderV1Request.from_dict(
            {"instrumentId": item.instrument_id, "exchange": item.exchange,
             "transactionType": "BUY", "quantity": str(item.lot_size),
             "orderComplexity": "REGULAR", "product": "INTRADAY", "orderType": "MARKET",
             "price": "", "marketProtectionPercent": "2", "validity": "DAY"}
        )  # fmt: skip
        place_order_v1.sync(client=gopocket_session, body=[order])
    book = get_order_book_v1.sync(client=gopocket_session).result or []
    booked = {(str(o.instrument_id), str(o.trading_symbol)) for o in book}
    assert booked == {(i.token, i.trading_symbol) for i in picked}


def test_the_gopocket_mock_serves_indices_and_refuses_unknown_exchanges(
    gopocket_mock: MockBrokerHandle, tmp_path: Path
) -> None:
    with httpx.Client(transport=gopocket_mock.transport) as client:
        master = instruments.load("gopocket", ["INDICES"], cache_dir=tmp_path,
                                  base_url=gopocket_mock.base_url, client=client)  # fmt: skip
        assert {i.trading_symbol for i in master} == {i.symbol for i in Universe().indices}
        assert {i.instrument_type for i in master} == {"INDEX"}
        with pytest.raises(InstrumentMasterError) as caught:
            instruments.load("gopocket", ["XYZ"], cache_dir=tmp_path,
                             base_url=gopocket_mock.base_url, client=client)  # fmt: skip
    assert caught.value.status_code == 404


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def no_base_url(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SAMCO_BASE_URL", "GOPOCKET_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def served_mocks() -> Iterator[dict[str, str]]:
    samco_app = create_app("samco", config=MockConfig(strict=True))
    gopocket_app = create_app("gopocket", config=MockConfig(strict=True))
    with BackgroundServer(samco_app) as samco_url, BackgroundServer(gopocket_app) as gp_url:
        yield {"samco": samco_url, "gopocket": gp_url}


def test_the_cli_searches_the_mock(
    no_base_url: pytest.MonkeyPatch, served_mocks: dict[str, str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    argv = ["samco", "search", "nifty", "--cache-dir", str(tmp_path), "--base-url",
            served_mocks["samco"], "--limit", "3"]  # fmt: skip
    assert instruments_cli.main(argv) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split() == ["EXCH", "TOKEN", "KEY", "TRADING", "SYMBOL", "TYPE", "EXPIRY",
                                "STRIKE", "OPT", "LOT", "TICK", "NAME"]  # fmt: skip
    assert [line.split()[3] for line in lines[1:]] == [
        "NIFTY26DEC26F", "NIFTY26JUN26F", "NIFTY26DEC2624800CE",
    ]  # fmt: skip
    assert lines[1].split()[:3] == ["NFO", "52175", "52175_NFO"]
    assert "samco: 21 instruments (ALL downloaded); 3 match(es) for 'nifty'" in err
    assert instruments_cli.main(argv) == 0  # the same day: from the cache
    assert "(ALL cached)" in capsys.readouterr().err

    no_base_url.setenv("GOPOCKET_BASE_URL", served_mocks["gopocket"])  # as candles reads it
    gp = ["gopocket", "search", "sbin", "--cache-dir", str(tmp_path), "--exchange", "NSE"]
    assert instruments_cli.main(gp) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1].split()[:4] == ["NSE", "3045", "NSE|3045", "SBIN-EQ"]
    assert "gopocket: 7 instruments (NSE downloaded)" in err


def test_the_cli_exit_codes(
    no_base_url: pytest.MonkeyPatch, served_mocks: dict[str, str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    base = ["--cache-dir", str(tmp_path), "--base-url", served_mocks["samco"]]
    assert instruments_cli.main(["samco", "search", "no-such-thing", *base]) == 1
    assert "0 match(es)" in capsys.readouterr().err
    assert instruments_cli.main(["samco", "search", "x", "--exchange", "MCX", *base]) == 2
    assert instruments_cli.main(["samco", "search", "x", "--refresh", "never", "--cache-dir",
                                 str(tmp_path / "empty")]) == 1  # fmt: skip
    assert "no cached copy" in capsys.readouterr().err
    for argv in (["samco", "find", "x"], ["samco", "search", "x", "--limit", "0"],
                 ["nse", "search", "x"]):  # fmt: skip
        with pytest.raises(SystemExit) as caught:
            instruments_cli.main(argv)
        assert caught.value.code == 2


def test_the_instruments_modules_import_no_extra_and_no_generated_client() -> None:
    from test_lean_runtime import OPTIONAL, _imported

    imported = _imported("broker_overlays.instruments", "broker_overlays.instruments_cli")
    assert not imported & set(OPTIONAL)
    assert not imported & {"samco_client", "gopocket_client"}


def test_instruments_are_immutable() -> None:
    [item] = parse("samco", csv_text(SAMCO_HEADER, SAMCO_ROWS[:1]))
    with pytest.raises(AttributeError):
        item.token = "1"  # type: ignore[misc]
    assert hash(item) == hash(Instrument(*item))
