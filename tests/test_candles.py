"""Candles as rows (``broker_overlays.candles``), the chunked backfill and ``broker-toolkit
candles``: every candle operation's spec examples, placeholders, times, chunking against the
mock brokers (request log, limits, boundaries, async twin), the command line, and the speed
of 50,000 rows (printed, not asserted: ``pytest -s tests/test_candles.py -k speed``)."""

from __future__ import annotations

import asyncio
import csv
import gc
import io
import itertools
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import httpx
import pytest

from broker_overlays import candles_cli, gopocket, samco
from broker_overlays.candles import (
    Candle,
    CandleRange,
    Progress,
    abackfill,
    backfill,
    candle_range,
    chart_epoch,
    rows,
)
from broker_overlays.errors import (
    BrokerFailureError,
    ClientValidationError,
    MalformedResponseError,
)
from broker_overlays.mock import MockConfig, create_app, in_process, server_of
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.spec_catalog import catalog
from gopocket_client.models import ChartDataResponse
from samco_client.models import (
    HistoricalCandlesResponse,
    IndexHistoricalCandlesResponse,
    IndexIntradayCandlesResponse,
    IntradayCandlesResponse,
)

from conftest import frozen_clock

IST = ZoneInfo("Asia/Kolkata")
OFFSET = timedelta(hours=5, minutes=30)
MODELS: dict[str, Any] = {
    "getIntradayCandles": IntradayCandlesResponse,
    "getIndexIntradayCandles": IndexIntradayCandlesResponse,
    "getHistoricalCandles": HistoricalCandlesResponse,
    "getIndexHistoricalCandles": IndexHistoricalCandlesResponse,
    "getHistoricalData": ChartDataResponse,
    "getIntradayData": ChartDataResponse,
}
BROKER_OF = {op: ("gopocket" if op.endswith("Data") else "samco") for op in MODELS}
SAMCO_KEYS = (
    "intradayCandleData",
    "indexIntraDayCandleData",
    "historicalCandleData",
    "indexCandleData",
)
_accounts = itertools.count(1)


def _ist(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=IST)  # type: ignore[misc]


# -- rows from every candle operation's spec examples ------------------------------------------


def _examples() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for op_id, broker in BROKER_OF.items():
        spec = catalog(broker)
        response = spec.resolve(spec.spec_operation(spec.by_id(op_id))["responses"]["200"])
        for name, example in response["content"]["application/json"]["examples"].items():
            yield op_id, name, spec.resolve(example)["value"]


EXAMPLES = list(_examples())


def test_every_candle_operation_of_both_specs_is_covered() -> None:
    ops = {op.operation_id for op in catalog("samco").operations if op.tag == "candles"}
    ops |= {op.operation_id for op in catalog("gopocket").operations if op.tag == "rest-charts"}
    assert ops == set(MODELS)
    for op in ops:  # every one has its per-request limit in the spec
        assert candle_range(BROKER_OF[op], op).max_days >= 1
    assert {op for op, _, _ in EXAMPLES} == ops


def _expected(op_id: str, body: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(time, open, high, low, close, volume) of each candle, computed independently."""
    if BROKER_OF[op_id] == "gopocket":
        epoch = chart_epoch()  # checked on its own below
        keys = ("start_Time", "open", "high", "low", "close", "volume")
        columns = zip(*(body[key] for key in keys), strict=True)
        return [
            (epoch + timedelta(seconds=t), *(Decimal(repr(p)) for p in prices), v)
            for t, *prices, v in columns
        ]
    items = next(body[key] for key in SAMCO_KEYS if key in body)
    out = []
    for item in items:
        text = item.get("dateTime") or item["date"]
        moment = datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S" if len(text) > 10 else "%Y-%m-%d")
        prices = (Decimal(str(item[k])) for k in ("open", "high", "low", "close"))
        out.append((moment.replace(tzinfo=IST), *prices, int(item["volume"])))
    return out


@pytest.mark.parametrize(
    ("op_id", "name", "body"), EXAMPLES, ids=[f"{o}-{n}" for o, n, _ in EXAMPLES]
)
def test_spec_examples_become_rows(op_id: str, name: str, body: dict[str, Any]) -> None:
    expected = _expected(op_id, body)
    assert expected
    for response in (body, MODELS[op_id].from_dict(body)):  # the dict and the generated model
        got = rows(response)
        assert [tuple(c[:6]) for c in got] == expected
        assert got.skipped == 0 and all(c.oi is None for c in got)
        assert all(isinstance(c.open, Decimal) and type(c.volume) is int for c in got)
        floats = rows(response, prices="float")
        assert [c.close for c in floats] == [float(e[4]) for e in expected]
        assert all(type(c.close) is float for c in floats)


def test_the_samco_intraday_example_in_detail() -> None:
    body = next(b for op, _, b in EXAMPLES if op == "getIntradayCandles")
    [candle] = rows(IntradayCandlesResponse.from_dict(body))
    assert candle == Candle(
        _ist(2020, 6, 17, 10, 22),
        Decimal("705.25"),
        Decimal("705.3"),
        Decimal("704.6"),
        Decimal("704.65"),
        7627,
        None,
    )
    assert candle.time.tzinfo == IST and candle.time.utcoffset() == OFFSET


def test_the_gopocket_example_counts_from_the_spec_epoch() -> None:
    body = next(b for op, _, b in EXAMPLES if op == "getHistoricalData")
    [candle] = rows(ChartDataResponse.from_dict(body))
    assert chart_epoch() == _ist(1980, 1, 1, 5, 30)  # the spec's x-epoch: 00:00 UTC
    assert candle.time == _ist(2022, 1, 10)  # Monday midnight, the range's first trading day
    assert candle.close == Decimal("3879.85")  # from the JSON float, without binary noise


def test_the_docs_samples_land_on_market_times_from_the_spec_epoch() -> None:
    """The evidence behind the spec's ``x-epoch`` (00:00 UTC, not the docs' "00:00 IST"):
    the docs' samples then land on weekday midnights and on the 09:15 market open."""
    daily = rows({"open": [3978, 3992.7], "high": [3978, 4043], "low": [3861, 3962.3],
                  "close": [3879.85, 4019.15], "volume": [3937092, 3442604],
                  "start_Time": [1326220200, 1326825000]})  # fmt: skip
    assert [c.time for c in daily] == [_ist(2022, 1, 10), _ist(2022, 1, 17)]  # Mondays
    [minute] = rows({"open": [3750], "high": [3750], "low": [3750], "close": [3750],
                     "volume": [166], "start_Time": [1328845500]})  # fmt: skip
    assert minute.time == _ist(2022, 2, 9, 9, 15)


def test_the_chart_epoch_is_read_from_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    schema = catalog("gopocket").schema("ChartDataResponse")["properties"]["start_Time"]
    monkeypatch.setitem(schema, "x-epoch", "1980-01-01T00:00:00+05:30")  # type: ignore[index]
    chart_epoch.cache_clear()
    try:
        assert chart_epoch() == datetime(1980, 1, 1, tzinfo=IST)
        monkeypatch.delitem(schema, "x-epoch")  # type: ignore[attr-defined]
        chart_epoch.cache_clear()
        with pytest.raises(ValueError, match="x-epoch"):
            chart_epoch()
    finally:
        monkeypatch.undo()
        chart_epoch.cache_clear()


# -- placeholders, times, shapes ---------------------------------------------------------------


def _samco(*items: dict[str, Any], key: str = "intradayCandleData") -> dict[str, Any]:
    return {"status": "Success", "statusMessage": "ok", key: list(items)}


def _row(**fields: Any) -> dict[str, Any]:
    row = {
        "dateTime": "2020-06-17 10:22:00",
        "open": "705.25",
        "high": "705.3",
        "low": "704.6",
        "close": "704.65",
        "volume": "7627",
    }
    row.update(fields)
    return row


@pytest.mark.parametrize("value", ["", "--", "NA", "N/A", None, "null", "NaN", "Infinity", "abc"])
@pytest.mark.parametrize("field", ["open", "high", "low", "close", "dateTime"])
def test_a_placeholder_price_or_time_skips_the_row(field: str, value: Any) -> None:
    body = _samco(_row(), _row(**{field: value}), _row(dateTime="2020-06-17 10:23:00"))
    for response in (body, IntradayCandlesResponse.from_dict(body)):
        got = rows(response)
        assert [c.time.minute for c in got] == [22, 23]
        assert got.skipped == 1
        name = "time" if field == "dateTime" else field
        assert got.problems == [got.problems[0]] and got.problems[0].startswith(f"rows[1]: {name}")
        with pytest.raises(MalformedResponseError, match=r"rows\[1\]"):
            rows(response, on_bad_row="raise")
        assert rows(response, prices="float").skipped == 1


@pytest.mark.parametrize("value", ["", "--", "NA", None])
def test_a_placeholder_volume_reads_as_zero(value: Any) -> None:
    [candle] = rows(_samco(_row(volume=value)))
    assert candle.volume == 0


@pytest.mark.parametrize(
    ("value", "volume"),
    [("9302660", 9302660), ("9302660.0", 9302660), (9302660.0, 9302660), ("1,200", 1200), (7, 7)],
)
def test_volumes_in_the_forms_brokers_send(value: Any, volume: int) -> None:
    assert rows(_samco(_row(volume=value)))[0].volume == volume


def test_a_fractional_or_junk_volume_skips_the_row() -> None:
    got = rows(_samco(_row(volume="12.5"), _row(volume="lots")))
    assert got == [] and got.skipped == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-06-16 9:28:00", _ist(2020, 6, 16, 9, 28)),  # the one-digit hour (PY README)
        ("2020-06-17 10:22:00.0", _ist(2020, 6, 17, 10, 22)),  # the PY sample
        ("2019-11-11 10:01:00", _ist(2019, 11, 11, 10, 1)),  # FR:A3.30
        ("2020-06-16 9:28", _ist(2020, 6, 16, 9, 28)),
        ("2020-6-5 9:05:07.5", _ist(2020, 6, 5, 9, 5, 7, 500000)),
        ("2020-06-15", _ist(2020, 6, 15)),  # a daily candle
        ("2020-06-17T10:22:00+05:30", _ist(2020, 6, 17, 10, 22)),
        ("2020-06-17T04:52:00Z", _ist(2020, 6, 17, 10, 22)),  # an explicit offset is honoured
    ],
)
def test_samco_times_are_aware_ist(text: str, expected: datetime) -> None:
    [candle] = rows(_samco(_row(dateTime=text)))
    assert candle.time == expected
    assert candle.time.tzinfo == IST and candle.time.tzinfo is not None
    assert isinstance(candle.time.tzinfo, ZoneInfo) and candle.time.tzinfo.key == "Asia/Kolkata"
    assert candle.time.utcoffset() == OFFSET


@pytest.mark.parametrize("text", ["2020-06-16 25:00:00", "16/06/2020", "yesterday", "2020-13-01"])
def test_an_unreadable_time_skips_the_row(text: str) -> None:
    got = rows(_samco(_row(dateTime=text)))
    assert got == [] and got.skipped == 1 and "time" in got.problems[0]


def test_daily_numbers_may_be_json_numbers_or_strings() -> None:
    body = _samco(
        {
            "date": "2020-06-15",
            "open": 60.0,
            "high": "136.45",
            "low": 56.2,
            "close": "78.5",
            "ltp": 78.5,
            "volume": 9302660,
        },
        key="historicalCandleData",
    )
    [candle] = rows(HistoricalCandlesResponse.from_dict(body))
    assert candle == Candle(
        _ist(2020, 6, 15),
        Decimal("60.0"),
        Decimal("136.45"),
        Decimal("56.2"),
        Decimal("78.5"),
        9302660,
    )


def test_thousands_separators_and_open_interest_are_read() -> None:
    [candle] = rows(_samco(_row(open="1,705.25", oi="1,500")))
    assert candle.open == Decimal("1705.25") and candle.oi == 1500


def test_an_undeclared_candle_key_still_reads() -> None:
    """If a spec edit drops one of the declared aliases, the generated model keeps the key in
    ``additional_properties``; the rows are found there."""
    body = _samco(_row(), key="indexIntraDayCandleData")
    model = IntradayCandlesResponse.from_dict(body)  # declares only intradayCandleData
    assert "indexIntraDayCandleData" in model.additional_properties
    assert len(rows(model)) == 1


def test_both_index_keys_prefer_the_one_that_holds_candles() -> None:
    body = {**_samco(key="intradayCandleData"), "indexIntraDayCandleData": [_row()]}
    assert len(rows(IndexIntradayCandlesResponse.from_dict(body))) == 1


def test_gopocket_columns_tolerate_gaps_and_uneven_lengths() -> None:
    body = {
        "open": [1.5, None, 3.0, 4.0],
        "high": [2, 2, 3, 4],
        "low": [1, 1, 3, 4],
        "close": [1.5, 2, "NA", 4],
        "volume": [10, 20, 30],
        "start_Time": [0, 60, 120, 180],
        "oi": [5, 6, 7, 8],
    }
    got = rows(body)
    assert [c.time - chart_epoch() for c in got] == [timedelta(0), timedelta(minutes=3)]
    assert got[0] == Candle(
        chart_epoch(), Decimal("1.5"), Decimal(2), Decimal(1), Decimal("1.5"), 10, 5
    )
    assert got[1].volume == 0  # the volume column was one short
    assert got.skipped == 2 and got.problems[0].startswith("rows[1]: open None")


def test_empty_answers_and_failures() -> None:
    assert rows({}) == [] and rows(_samco()) == []
    assert (
        rows({"open": [], "high": [], "low": [], "close": [], "volume": [], "start_Time": []}) == []
    )
    assert rows(ChartDataResponse.from_dict({})) == []
    assert rows({"status": "Success", "statusMessage": "no data"}) == []
    with pytest.raises(BrokerFailureError) as samco_failure:
        rows({"status": "Failure", "statusMessage": "No data found", "serverTime": "x"})
    assert samco_failure.value.broker == "samco"
    assert samco_failure.value.broker_message == "No data found"
    with pytest.raises(BrokerFailureError) as gopocket_failure:
        rows({"status": "Not_ok", "message": "No data available"})
    assert gopocket_failure.value.broker == "gopocket"
    one_candle = {"dateTime": "2020-06-17 10:22:00", "open": "1", "close": "1"}
    for junk in ({"candles": [1]}, one_candle, [1, 2], "text", 42, None):
        with pytest.raises(MalformedResponseError):
            rows(junk)  # type: ignore[arg-type]


# -- limits ------------------------------------------------------------------------------------


def test_limits_come_from_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    assert candle_range("samco", "getIntradayCandles") == CandleRange(30, 2000)
    assert candle_range("gopocket", "getIntradayData").ranged is False
    spec = catalog("samco")
    op = spec.spec_operation(spec.by_id("getHistoricalCandles"))
    monkeypatch.setitem(op, "x-candle-range", {"maxDays": 90, "maxCandles": 500})  # type: ignore[index]
    assert candle_range("samco", "getHistoricalCandles") == CandleRange(90, 500)
    monkeypatch.delitem(op, "x-candle-range")  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="x-candle-range"):
        candle_range("samco", "getHistoricalCandles")


# -- backfill against the mock brokers ---------------------------------------------------------


class Recorder(httpx.BaseTransport):
    """Passes requests to the in-process mock, keeping them; ``widen`` rewrites a Samco
    candle request's range first (a broker answering more than was asked)."""

    def __init__(self, inner: httpx.BaseTransport, widen: timedelta | None = None) -> None:
        self.inner = inner
        self.widen = widen
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request = _widened(request, self.widen)
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, widen: timedelta | None = None) -> None:
        self.inner = inner
        self.widen = widen
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request = _widened(request, self.widen)
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def _widened(request: httpx.Request, widen: timedelta | None) -> httpx.Request:
    if widen is None or "fromDate" not in request.url.params:
        return request
    params = dict(request.url.params)
    for key, sign in (("fromDate", -1), ("toDate", 1)):
        moment = datetime.strptime(params[key], "%Y-%m-%d %H:%M:%S") + sign * widen
        params[key] = moment.strftime("%Y-%m-%d %H:%M:%S")
    url = request.url.copy_with(params=params)
    return httpx.Request(
        request.method, url, headers=request.headers, extensions=request.extensions
    )


@dataclass
class Mock:
    app: Any
    session: Any
    recorder: Recorder
    async_recorder: AsyncRecorder

    def operations(self, operation: str) -> int:
        return sum(r.operation == operation for r in server_of(self.app).requests)

    def spans(self, async_: bool = False) -> list[tuple[datetime, datetime]]:
        """(fromDate, toDate) of every candle request (Samco query, Gopocket JSON body)."""
        out = []
        for request in (self.async_recorder if async_ else self.recorder).requests:
            found = parse_qs(request.url.query.decode())
            if request.method == "POST" and request.url.path.startswith("/charts/"):
                found = {k: [v] for k, v in json.loads(request.read()).items()}
            if "fromDate" in found:
                out.append((_moment(found["fromDate"][0]), _moment(found["toDate"][0])))
        return out


def _moment(text: str) -> datetime:
    """A request's date (its end of day) or moment."""
    if len(text) > 10:
        return datetime.fromisoformat(text)
    return datetime.combine(date.fromisoformat(text), datetime.max.time())


def _mock(broker: str, widen: timedelta | None = None) -> Iterator[Mock]:
    app = create_app(broker, config=MockConfig(strict=True), clock=frozen_clock())
    sync, async_ = in_process(app)
    recorder, async_recorder = Recorder(sync, widen), AsyncRecorder(async_, widen)
    creds = server_of(app).state.credentials()
    base = f"http://mock.{broker}"
    options: dict[str, Any] = {
        "base_url": base,
        "transport": recorder,
        "async_transport": async_recorder,
        "account": f"candles-{broker}-{next(_accounts)}",
    }
    if broker == "samco":
        session = samco.connect(creds["api key"], creds["api secret"], **options)
    else:
        login = httpx.URL(gopocket.login_url(creds["app code"]))
        page = httpx.URL(base).copy_with(path=login.path, query=login.query)
        with httpx.Client(transport=sync) as browser:
            callback = browser.get(page).headers["location"]
        session = gopocket.connect_callback(callback, creds["api secret"], **options)
    with session:
        yield Mock(app, session, recorder, async_recorder)
    sync.close()


@pytest.fixture
def samco_market() -> Iterator[Mock]:
    yield from _mock("samco")


@pytest.fixture
def gopocket_market() -> Iterator[Mock]:
    yield from _mock("gopocket")


def _weekdays(first: date, last: date) -> list[date]:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if d.weekday() < 5]


def _continuous_minutes(candles: list[Candle[Any]], days: list[date], minutes: int) -> None:
    """Every session minute (09:15-15:29, ``minutes`` apart) of every day, once, in order."""
    expected = [
        datetime.combine(day, datetime.min.time(), IST) + timedelta(hours=9, minutes=15 + m)
        for day in days
        for m in range(0, 375, minutes)
    ]
    assert [c.time for c in candles] == expected


def test_a_long_minute_range_is_fetched_in_chunks_within_the_limit(samco_market: Mock) -> None:
    reports: list[Progress] = []
    first, last = date(2024, 1, 1), date(2024, 1, 12)  # 12 days, 10 sessions of 375 minutes
    got = list(
        backfill(samco_market.session, "samco", "SBIN", first, last, 1, progress=reports.append)
    )
    # 375 one-minute candles a day, 2,000 an answer at most: 5 days a request -> 3 requests
    assert samco_market.operations("getIntradayCandles") == 3
    spans = samco_market.spans()
    assert spans == [
        (datetime(2024, 1, 1), datetime(2024, 1, 5, 23, 59, 59)),
        (datetime(2024, 1, 6), datetime(2024, 1, 10, 23, 59, 59)),
        (datetime(2024, 1, 11), datetime(2024, 1, 12, 23, 59, 59)),
    ]
    assert all(end - start < timedelta(days=5) for start, end in spans)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))  # in order, no overlap
    _continuous_minutes(got, _weekdays(first, last), 1)
    assert [(p.chunk, p.chunks, p.rows) for p in reports] == [
        (1, 3, 1875),
        (2, 3, 3000),
        (3, 3, 3750),
    ]


def test_the_async_twin_gives_the_same_rows(samco_market: Mock) -> None:
    first, last = date(2024, 1, 1), date(2024, 1, 12)
    got = list(backfill(samco_market.session, "samco", "SBIN", first, last, 1))

    async def fetch() -> list[Candle[Decimal]]:
        return [c async for c in abackfill(samco_market.session, "samco", "SBIN", first, last, 1)]

    assert asyncio.run(fetch()) == got
    assert samco_market.spans(async_=True) == samco_market.spans()
    assert samco_market.operations("getIntradayCandles") == 6


def test_overlapping_answers_are_deduplicated_at_the_boundaries() -> None:
    """A broker that answers more than each chunk asked (a day either side) gives the same
    rows, once each, as one that answers exactly."""
    first, last, limit = date(2024, 1, 1), date(2024, 1, 12), CandleRange(max_days=3)
    results = []
    for widen in (None, timedelta(days=1)):
        for market in _mock("samco", widen):
            results.append(
                list(backfill(market.session, "samco", "INFY", first, last, 5, limits=limit))
            )
            assert market.operations("getIntradayCandles") == 4
    exact, widened = results
    assert widened == exact
    _continuous_minutes(exact, _weekdays(first, last), 5)


def test_daily_chunks_equal_one_long_request(samco_market: Mock) -> None:
    first, last = date(2021, 3, 1), date(2024, 2, 29)  # 1,096 days: 4 requests of <= 365
    session = samco_market.session
    chunked = list(backfill(session, "samco", "NIFTY 50", first, last, "day", index=True))
    assert samco_market.operations("getIndexHistoricalCandles") == 4
    spans = samco_market.spans()
    assert all((end.date() - start.date()).days < 365 for start, end in spans)
    whole = list(
        backfill(
            session,
            "samco",
            "NIFTY 50",
            first,
            last,
            "day",
            index=True,
            limits=CandleRange(max_days=5000),
        )
    )
    assert samco_market.operations("getIndexHistoricalCandles") == 5
    assert chunked == whole
    assert [c.time.date() for c in chunked] == _weekdays(first, last)
    assert all(c.volume == 0 and c.time.time() == datetime.min.time() for c in chunked)


def test_an_empty_chunk_is_fine(samco_market: Mock) -> None:
    reports: list[Progress] = []
    got = list(
        backfill(
            samco_market.session,
            "samco",
            "SBIN",
            date(2024, 1, 4),
            date(2024, 1, 9),
            "day",
            limits=CandleRange(max_days=2),
            progress=reports.append,
        )
    )
    assert [c.time.date().day for c in got] == [4, 5, 8, 9]
    assert [(p.chunk, p.rows) for p in reports] == [(1, 2), (2, 2), (3, 4)]  # 6-7: a weekend


def test_datetimes_bound_the_first_and_last_chunk(samco_market: Mock) -> None:
    start, end = datetime(2024, 1, 2, 15, 0), _ist(2024, 1, 3, 9, 20)
    got = list(backfill(samco_market.session, "samco", "TCS", start, end, 1))
    assert got[0].time == _ist(2024, 1, 2, 15, 0) and got[-1].time == end
    assert len(got) == 30 + 6
    assert samco_market.spans() == [(datetime(2024, 1, 2, 15, 0), datetime(2024, 1, 3, 9, 20))]


def test_a_failed_chunk_raises_typed_after_the_rows_before_it(samco_market: Mock) -> None:
    candles = backfill(
        samco_market.session, "samco", "SBIN", date(2024, 1, 1), date(2024, 1, 12), 1
    )
    before = list(itertools.islice(candles, 1875))  # the first chunk
    server_of(samco_market.app).faults.script("getIntradayCandles", "non_json")
    with pytest.raises(MalformedResponseError) as caught:
        next(candles)
    assert caught.value.operation == "getIntradayCandles"
    assert before[-1].time == _ist(2024, 1, 5, 15, 29)


def test_a_transient_500_is_retried_inside_a_chunk(samco_market: Mock) -> None:
    """Samco's candle reads answer a passing HTTP 500 (FR:A3.7); the spec marks it transient,
    so the session repeats that request and the backfill never sees it."""
    first, last = date(2024, 1, 1), date(2024, 1, 12)
    server_of(samco_market.app).faults.script("getIntradayCandles", "status", status=500)
    got = list(backfill(samco_market.session, "samco", "SBIN", first, last, 1))
    _continuous_minutes(got, _weekdays(first, last), 1)
    assert samco_market.operations("getIntradayCandles") == 4  # 3 chunks, one repeated


def test_bad_arguments_are_refused_before_anything_is_sent(samco_market: Mock) -> None:
    s = samco_market.session
    cases: list[Callable[[], object]] = [
        lambda: backfill(s, "samco", "SBIN", date(2024, 1, 5), date(2024, 1, 1)),
        lambda: backfill(s, "samco", "SBIN", date(2024, 1, 1), date(2024, 1, 5), 0),
        lambda: backfill(s, "samco", "SBIN", date(2024, 1, 1), date(2024, 1, 5), "week"),  # type: ignore[call-overload]
        lambda: backfill(s, "samco", "SBIN", date(2024, 1, 1), date(2024, 1, 5), exchange="MFO"),
        lambda: backfill(s, "samco", " ", date(2024, 1, 1), date(2024, 1, 5)),
        lambda: backfill(s, "gopocket", "SBIN", date(2024, 1, 1), date(2024, 1, 5)),
        lambda: backfill(s, "nse", "SBIN", date(2024, 1, 1), date(2024, 1, 5)),  # type: ignore[call-overload]
        lambda: abackfill(s, "samco", "SBIN", date(2024, 1, 5), date(2024, 1, 1)),
    ]
    for case in cases:
        with pytest.raises(ClientValidationError):
            case()
    assert samco_market.operations("getIntradayCandles") == 0
    assert samco_market.operations("getHistoricalCandles") == 0


def test_gopocket_daily_backfill_in_chunks(gopocket_market: Mock) -> None:
    first, last = date(2022, 1, 1), date(2024, 3, 1)
    reports: list[Progress] = []
    got = list(
        backfill(
            gopocket_market.session,
            "gopocket",
            "SBIN-EQ",
            first,
            last,
            "day",
            progress=reports.append,
            prices="float",
        )
    )
    assert gopocket_market.operations("getHistoricalData") == 3 == len(reports)
    spans = gopocket_market.spans()
    assert [(a.date(), b.date()) for a, b in spans] == [
        (date(2022, 1, 1), date(2022, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2024, 3, 1)),
    ]
    assert [c.time.date() for c in got] == _weekdays(first, last)
    assert all(type(c.close) is float for c in got)
    assert got == sorted(got, key=lambda c: c.time) and len({c.time for c in got}) == len(got)


def test_gopocket_intraday_is_one_request_for_the_current_day(gopocket_market: Mock) -> None:
    now = datetime.now(IST)
    got = list(
        backfill(gopocket_market.session, "gopocket", "3045", now - timedelta(days=5), now, 1)
    )
    assert gopocket_market.operations("getIntradayData") == 1
    assert got and all(now - timedelta(days=5) <= c.time <= now for c in got)
    assert [c.time for c in got] == sorted({c.time for c in got})
    with pytest.raises(ClientValidationError, match="1-minute"):
        backfill(gopocket_market.session, "gopocket", "3045", now - timedelta(days=1), now, 5)
    with pytest.raises(ClientValidationError, match="instrument"):
        backfill(gopocket_market.session, "gopocket", "NIFTY", now, now, "day", exchange="NFO")


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "SAMCO_API_KEY",
        "SAMCO_API_SECRET",
        "SAMCO_TOKEN_FILE",
        "SAMCO_BASE_URL",
        "GOPOCKET_SESSION",
        "GOPOCKET_CALLBACK_URL",
        "GOPOCKET_API_SECRET",
        "GOPOCKET_TOKEN_FILE",
        "GOPOCKET_BASE_URL",
        "BROKER_DRIFT_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_the_cli_writes_csv_with_a_progress_bar(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app("samco", config=MockConfig(strict=True), clock=frozen_clock())
    creds = server_of(app).state.credentials()
    clean_env.setenv("SAMCO_API_KEY", creds["api key"])
    clean_env.setenv("SAMCO_API_SECRET", creds["api secret"])
    out = tmp_path / "sbin.csv"
    with BackgroundServer(app) as url:
        code = candles_cli.main(
            [
                "samco",
                "SBIN",
                "--from",
                "2024-01-01",
                "--to",
                "2024-01-12",
                "--interval",
                "1",
                "--exchange",
                "NSE",
                "--out",
                str(out),
                "--base-url",
                url,
            ]
        )
    err = capsys.readouterr().err
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == list(candles_cli.COLUMNS)
    assert len(table) == 1 + 3750
    assert table[1][0] == "2024-01-01T09:15:00+05:30" and table[1][6] == ""
    Decimal(table[1][1]), int(table[1][5])  # exact decimal text, whole volume
    lines = [line for line in err.splitlines() if "chunks" in line]
    assert len(lines) == 3 and "[" + "#" * 24 + "] 3/3 chunks  3,750 rows" in lines[-1]
    assert "3,750 candles" in err
    assert sum(r.operation == "getIntradayCandles" for r in server_of(app).requests) == 3


def test_the_cli_on_gopocket_writes_to_stdout(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app("gopocket", config=MockConfig(strict=True), clock=frozen_clock())
    creds = server_of(app).state.credentials()
    with BackgroundServer(app) as url:
        login = httpx.URL(gopocket.login_url(creds["app code"]))
        with httpx.Client() as browser:
            page = httpx.URL(url).copy_with(path=login.path, query=login.query)
            clean_env.setenv("GOPOCKET_CALLBACK_URL", browser.get(page).headers["location"])
        clean_env.setenv("GOPOCKET_API_SECRET", creds["api secret"])
        stdout = io.StringIO()
        with redirect_stdout(stdout):
            code = candles_cli.main(
                [
                    "gopocket",
                    "SBIN-EQ",
                    "--from",
                    "2023-01-01",
                    "--to",
                    "2024-06-30",
                    "--base-url",
                    url,
                ]
            )
    err = capsys.readouterr().err
    assert code == 0, err
    table = list(csv.reader(io.StringIO(stdout.getvalue())))
    assert len(table) - 1 == len(_weekdays(date(2023, 1, 1), date(2024, 6, 30)))
    assert "2/2 chunks" in err


def test_cli_usage_errors_exit_2(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert candles_cli.main(["samco", "SBIN", "--from", "2024-01-01"]) == 2  # no credentials
    assert "SAMCO_API_KEY" in capsys.readouterr().err
    for argv in (
        ["samco", "SBIN"],
        ["samco", "SBIN", "--from", "01/02/2024"],
        ["samco", "SBIN", "--from", "2024-01-01", "--interval", "0"],
    ):
        with pytest.raises(SystemExit) as caught:
            candles_cli.main(argv)
        assert caught.value.code == 2


def test_the_progress_bar_redraws_in_place_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = candles_cli.ProgressBar(stream, "samco SBIN", width=10)
    moment = _ist(2024, 1, 5)
    for chunk in (1, 2):
        bar(Progress(chunk, 2, chunk * 100, 0, moment, moment))
    bar.close()
    assert stream.getvalue() == (
        "\rsamco SBIN [#####-----] 1/2 chunks  100 rows  (to 2024-01-05)"
        "\rsamco SBIN [##########] 2/2 chunks  200 rows  (to 2024-01-05)\n"
    )


# -- imports and speed -------------------------------------------------------------------------


def test_the_candles_modules_import_no_extra_and_no_generated_client() -> None:
    from test_lean_runtime import OPTIONAL, _imported

    imported = _imported("broker_overlays.candles", "broker_overlays.candles_cli")
    assert not imported & set(OPTIONAL)
    assert not imported & {"samco_client", "gopocket_client"}


OHLC = ("open", "high", "low", "close")
BENCH_RUNS = int(os.environ.get("CANDLES_BENCH_RUNS", "1"))
"""Rounds per measurement (the best is printed); 1 keeps the suite quick, 7 for the README."""


def _walk(n: int, distinct: bool) -> list[tuple[float, float, float, float]]:
    """OHLC of ``n`` one-minute candles on a 0.05 tick grid: a random walk (prices repeat,
    as real ones do), or every price distinct (the worst case for the per-response memo)."""
    if distinct:
        return [(700 + i / 20, 1700 + i / 20, 2700 + i / 20, 3700 + i / 20) for i in range(n)]
    rnd, tick, out = random.Random(7), 14_000, []
    for _ in range(n):
        first = tick
        tick += rnd.randint(-3, 3)
        high, low = max(first, tick) + rnd.randint(0, 2), min(first, tick) - rnd.randint(0, 2)
        out.append((first / 20, high / 20, low / 20, tick / 20))
    return out


def test_row_conversion_speed() -> None:
    """50,000 candles, each way: best of ``CANDLES_BENCH_RUNS`` printed (``pytest -s``), never
    asserted."""
    n, start = 50_000, datetime(2024, 1, 1, 9, 15)
    cases: dict[str, Callable[[], Any]] = {}
    for data, distinct in (("walk", False), ("distinct", True)):
        walk = _walk(n, distinct)
        items = [
            {"dateTime": f"{start + timedelta(minutes=i):%Y-%m-%d %H:%M:%S}.0", "volume": str(i)}
            | {k: f"{v:.2f}" for k, v in zip(OHLC, ohlc, strict=True)}
            for i, ohlc in enumerate(walk)
        ]
        body = {"status": "Success", "intradayCandleData": items}
        columns = {k: [round(c[j], 2) for c in walk] for j, k in enumerate(OHLC)}
        chart = ChartDataResponse.from_dict(
            {**columns, "volume": list(range(n)), "start_Time": [60 * i for i in range(n)]}
        )
        if not distinct:
            raw = json.dumps(body)
            cases["json.loads, Samco body"] = partial(json.loads, raw)
            cases["generated from_dict, Samco"] = partial(IntradayCandlesResponse.from_dict, body)
            model = IntradayCandlesResponse.from_dict(body)
            cases[f"rows, Samco model, {data}, decimal"] = partial(rows, model)
        for prices in ("decimal", "float"):
            for name, response in (("Samco dict", body), ("Gopocket model", chart)):
                cases[f"rows, {name}, {data}, {prices}"] = partial(rows, response, prices=prices)
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(BENCH_RUNS):  # interleaved, best of: robust on a shared machine
        for name, case in cases.items():
            gc.collect()  # no case pays for the garbage of the one before
            started = time.perf_counter()
            result = case()
            best[name] = min(best[name], time.perf_counter() - started)
            if name.startswith("rows"):
                assert len(result) == n and result.skipped == 0
    print(f"\nrow conversion, {n:,} candles (best of {BENCH_RUNS}):")
    for name, seconds in best.items():
        print(f"  {name:40s} {seconds * 1000:7.1f} ms  {seconds * 1e6 / n:5.2f} us/row")
