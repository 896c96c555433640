"""The one exchange engine behind both mock brokers: the same orders give the same fills on
Samco and Gopocket, price-time matching with partial fills, stop triggers, a market that
moves with the clock (deterministic for a seed and a clock), candles inside the requested
range, and a symbol universe extendable from CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_overlays.candles import chart_epoch
from broker_overlays.mock import (
    GopocketAccount,
    GopocketMock,
    MockConfig,
    SamcoMock,
    build_app,
    checked_client,
    create_app,
    server_of,
)
from broker_overlays.mock.engine import COMPLETE, PARTIALLY_FILLED, TRIGGER_PENDING, Ticket
from broker_overlays.mock.prices import Market, MarketMaker
from broker_overlays.mock.universe import Universe, load_symbols

CONFIG = MockConfig(rate_limit=False, strict=True)
MONDAY_0930_IST = datetime(2026, 6, 8, 4, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = MONDAY_0930_IST) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


# --------------------------------------------------------------------------- two brokers


class Samco:
    def __init__(self, clock: Clock) -> None:
        self.state = SamcoMock(clock=clock)
        self.client = checked_client(build_app("samco", self.state, config=CONFIG))
        self.auth = {"x-session-token": self.state.issue_session()}

    def place(self, symbol: str, side: str, qty: int, kind: str, price: str = "0",
              product: str = "MIS", trigger: str = "") -> None:  # fmt: skip
        body = {"symbolName": symbol, "exchange": "NSE", "transactionType": side,
                "orderType": kind, "quantity": str(qty), "orderValidity": "DAY",
                "productType": product}  # fmt: skip
        if price != "0":
            body["price"] = price
        if trigger:
            body["triggerPrice"] = trigger
        assert (
            self.client.post("/order/placeOrder", json=body, headers=self.auth).status_code == 200
        )

    def fills(self) -> list[tuple[str, str, int, Decimal]]:
        rows = self.client.get("/trade/tradeBook", headers=self.auth).json()["tradeBookDetails"]
        return sorted(
            (r["tradingSymbol"], r["transactionType"], int(r["filledQuantity"]),
             Decimal(r["tradePrice"]))
            for r in rows
        )  # fmt: skip

    def positions(self) -> list[tuple[str, str, int, Decimal]]:
        params = {"positionType": "DAY"}
        rows = self.client.get("/position/getPositions", params=params, headers=self.auth).json()
        # Samco's netQuantity is unsigned; the side is in transactionType (FR:A3.19)
        sign = {"BUY": 1, "SELL": -1}
        return sorted(
            (r["tradingSymbol"], r["productCode"],
             sign[r["transactionType"]] * int(r["netQuantity"]), Decimal(r["averagePrice"]))
            for r in rows["positionDetails"]
        )  # fmt: skip

    def statuses(self) -> list[str]:
        rows = self.client.get("/order/orderBook", headers=self.auth).json()["orderBookDetails"]
        words = {"Open": "open", "Partially Executed": "open", "Complete": "complete",
                 "Trigger Pending": "trigger pending", "Rejected": "rejected"}  # fmt: skip
        return [words[r["orderStatus"]] for r in reversed(rows)]


class Gopocket:
    def __init__(self, clock: Clock) -> None:
        self.state = GopocketMock(GopocketAccount(cash=Decimal("1000000.00")), clock=clock)
        self.client = checked_client(build_app("gopocket", self.state, config=CONFIG))
        self.auth = {"Authorization": f"Bearer {self.state.issue_session()}"}

    def place(self, symbol: str, side: str, qty: int, kind: str, price: str = "0",
              product: str = "MIS", trigger: str = "") -> None:  # fmt: skip
        body = {"exchange": "NSE", "tradingSymbol": f"{symbol}-EQ", "qty": str(qty),
                "price": price, "product": product, "transType": side[0], "priceType": kind,
                "orderType": "Regular", "ret": "DAY"}  # fmt: skip
        if trigger:
            body["triggerPrice"] = trigger
        [ack] = self.client.post("/od-rest/orders/execute", json=[body], headers=self.auth).json()
        assert ack["status"] == "Ok"

    def fills(self) -> list[tuple[str, str, int, Decimal]]:
        rows = self.client.get("/od-rest/info/tradebook", headers=self.auth).json()["result"]
        side = {"B": "BUY", "S": "SELL"}
        return sorted(
            (r["tradingSymbol"], side[r["transType"]], int(r["fillshares"]), Decimal(r["fillprc"]))
            for r in rows
        )

    def positions(self) -> list[tuple[str, str, int, Decimal]]:
        rows = self.client.get("/po-rest/positions", headers=self.auth).json()["result"]
        product = {"I": "MIS", "C": "CNC", "M": "NRML"}
        return sorted(
            (r["tradingSymbol"], product[r["product"]], int(r["netQty"]),
             Decimal(r["averagePrice"]))
            for r in rows
        )  # fmt: skip

    def statuses(self) -> list[str]:
        rows = self.client.get("/od-rest/info/orderbook", headers=self.auth).json()["result"]
        return [r["orderStatus"].lower() for r in reversed(rows)]


SEQUENCE: list[tuple[str, str, int, str, dict[str, str]]] = [
    ("RELIANCE", "BUY", 10, "L", {"price": "1300"}),  # crosses: fills at the market
    ("SBIN", "BUY", 5, "L", {"price": "590"}),  # passive: rests
    ("INFY", "SELL", 4, "L", {"price": "1400", "product": "CNC"}),  # sells a holding
    ("IDEA", "BUY", 100, "L", {"price": "14.50"}),
    ("RELIANCE", "SELL", 4, "L", {"price": "1200"}),
    ("RELIANCE", "BUY", 2000, "L", {"price": "1290"}),  # more than the touch: partly filled
    ("RELIANCE", "SELL", 6, "SL", {"price": "1270", "trigger": "1275"}),  # waits for its trigger
    ("SBIN", "SELL", 3, "SL", {"price": "590", "trigger": "700"}),  # stop above: triggers
]


def test_the_same_orders_give_the_same_fills_on_both_brokers() -> None:
    clock = Clock()
    samco, gopocket = Samco(clock), Gopocket(clock)
    for broker in (samco, gopocket):
        for symbol, side, qty, kind, extra in SEQUENCE:
            broker.place(symbol, side, qty, kind, **extra)
    first = samco.fills()
    assert first == gopocket.fills()
    assert ("RELIANCE-EQ", "BUY", 10, Decimal("1290.00")) in first  # at the touch
    assert not any(f[0] == "SBIN-EQ" and f[1] == "BUY" for f in first)  # 590 rests
    partial = [f for f in first if f[2] not in (10, 4, 100, 3, 6)]
    assert sum(f[2] for f in partial) < 2000  # the big order filled only partly
    assert samco.statuses() == gopocket.statuses()
    assert samco.positions() == gopocket.positions()

    for minutes in (1, 15, 120, 240):  # the market moves; resting orders meet it
        clock.now += timedelta(minutes=minutes)
        assert samco.fills() == gopocket.fills()
        assert samco.positions() == gopocket.positions()
        assert samco.statuses() == gopocket.statuses()
    assert len(samco.fills()) >= len(first)


# --------------------------------------------------------------------------- the engine


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def samco(clock: Clock) -> Iterator[Samco]:
    broker = Samco(clock)
    yield broker
    broker.client.close()


def test_partial_fill_rests_and_completes_when_the_market_maker_refills(
    samco: Samco, clock: Clock
) -> None:
    exchange = samco.state.exchange
    reliance = exchange.universe.find("NSE", "RELIANCE")
    assert reliance is not None
    touch = exchange.market.maker.quantity(reliance, Decimal("1290.00"))
    order = exchange.place(Ticket(reliance, "BUY", "LIMIT", "MIS", touch + 50, Decimal("1290")))
    assert (order.status, order.filled) == (PARTIALLY_FILLED, touch)
    assert exchange.depth(reliance)[0][0] == (Decimal("1290.00"), touch + 50)  # ours + maker
    # Walk the clock until the market trades at or below 1290 again: the rest fills there.
    for _ in range(400):
        clock.now += timedelta(minutes=1)
        exchange.settle()
        if order.status == COMPLETE:
            break
    assert order.status == COMPLETE and order.average <= Decimal("1290")


def test_resting_orders_match_each_other_by_price_then_time(samco: Samco) -> None:
    exchange = samco.state.exchange
    exchange.market.maker = MarketMaker(levels=5, level_value=Decimal(6000))  # 10 a level
    sbin = exchange.universe.find("NSE", "SBIN")
    assert sbin is not None
    early = exchange.place(Ticket(sbin, "SELL", "LIMIT", "MIS", 5, Decimal("600.50")))
    late = exchange.place(Ticket(sbin, "SELL", "LIMIT", "MIS", 5, Decimal("600.50")))
    maker = sum(q for _, q in exchange.depth(sbin)[1])  # five levels 600.00-600.20 (ours: 6th)
    sweep = exchange.place(Ticket(sbin, "BUY", "LIMIT", "MIS", maker + 7, Decimal("600.50")))
    assert sweep.status == COMPLETE
    assert (early.filled, late.filled) == (5, 2)  # the earlier order first


def test_stop_orders_wait_then_trigger_as_the_price_moves(samco: Samco, clock: Clock) -> None:
    exchange = samco.state.exchange
    reliance = exchange.universe.find("NSE", "RELIANCE")
    assert reliance is not None
    prices = [exchange.price(reliance, clock.now + timedelta(minutes=m)) for m in range(375)]
    low = min(prices[1:])
    trigger = low + Decimal("0.05") if low < Decimal("1290") else Decimal("1289.95")
    stop = exchange.place(Ticket(reliance, "SELL", "SL-M", "MIS", 1, trigger=trigger))
    assert stop.status == TRIGGER_PENDING
    clock.now += timedelta(minutes=375)
    exchange.settle()
    assert stop.status == (COMPLETE if low <= trigger else TRIGGER_PENDING)


def test_the_market_is_a_function_of_seed_and_clock() -> None:
    universe = Universe()
    infy = universe.find("NSE", "INFY")
    assert infy is not None
    one = Market(universe, anchor=MONDAY_0930_IST, seed=1)
    same = Market(universe, anchor=MONDAY_0930_IST, seed=1)
    other = Market(universe, anchor=MONDAY_0930_IST, seed=2)
    later = MONDAY_0930_IST + timedelta(minutes=90)
    assert one.price(infy, MONDAY_0930_IST) == Decimal("1500.00")  # the seed price at start
    assert one.price(infy, later) == same.price(infy, later)
    assert one.price(infy, later) != one.price(infy, MONDAY_0930_IST)
    path = [one.price(infy, later + timedelta(minutes=m)) for m in range(30)]
    assert path != [other.price(infy, later + timedelta(minutes=m)) for m in range(30)]
    saturday = datetime(2026, 6, 13, 6, 0, tzinfo=UTC)
    assert one.price(infy, saturday) == one.price(infy, saturday + timedelta(hours=20))


def test_quotes_change_with_the_clock(samco: Samco, clock: Clock) -> None:
    def quote() -> dict[str, Any]:
        params = {"symbolName": "INFY"}
        return dict(samco.client.get("/quote/getQuote", params=params, headers=samco.auth).json())

    first = quote()
    assert first["lastTradedPrice"] == "1500.00"
    clock.now += timedelta(minutes=45)
    second = quote()
    assert second["lastTradedPrice"] != first["lastTradedPrice"]
    assert Decimal(second["lowValue"]) <= Decimal(second["lastTradedPrice"])
    assert Decimal(second["lastTradedPrice"]) <= Decimal(second["highValue"])
    assert second["bestAsks"][0]["price"] == second["lastTradedPrice"]


# --------------------------------------------------------------------------- generated data


def test_samco_candles_are_dated_inside_the_requested_range(samco: Samco) -> None:
    params = {"symbolName": "INFY", "fromDate": "2026-11-02", "toDate": "2026-11-06"}
    body = samco.client.get("/history/candleData", params=params, headers=samco.auth).json()
    days = [row["date"] for row in body["historicalCandleData"]]
    assert days == ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]
    intraday = {"symbolName": "INFY", "fromDate": "2026-11-03 10:00:00",
                "toDate": "2026-11-03 11:00:00", "interval": "15"}  # fmt: skip
    rows = samco.client.get("/intraday/candleData", params=intraday, headers=samco.auth).json()
    stamps = [row["dateTime"] for row in rows["intradayCandleData"]]
    assert stamps[0] == "2026-11-03 10:00:00.0" and stamps[-1] == "2026-11-03 11:00:00.0"
    assert all("2026-11-03 10:00:00.0" <= s <= "2026-11-03 11:00:00.0" for s in stamps)
    index = {"indexName": "NIFTY 50", "fromDate": "2025-01-01", "toDate": "2025-01-31"}
    rows = samco.client.get("/history/indexCandleData", params=index, headers=samco.auth).json()
    assert len(rows["indexCandleData"]) == 23 and all(
        r["date"].startswith("2025-01") for r in rows["indexCandleData"]
    )
    other = {**params, "symbolName": "TCS"}
    tcs = samco.client.get("/history/candleData", params=other, headers=samco.auth).json()
    assert tcs["historicalCandleData"] != body["historicalCandleData"]


def test_gopocket_charts_follow_the_request(clock: Clock) -> None:
    gopocket = Gopocket(clock)
    body = {"symbol": "TCS", "exchangeSegment": "NSE_EQ", "instrument": "EQUITY",
            "fromDate": "2026-03-02", "toDate": "2026-03-06"}  # fmt: skip
    chart = gopocket.client.post("/charts/historical", json=body, headers=gopocket.auth).json()
    epoch = chart_epoch()  # the spec's x-epoch, as an IST datetime
    days = [(epoch + timedelta(seconds=s)).date() for s in chart["start_Time"]]
    assert days == [date(2026, 3, d) for d in range(2, 7)]
    intraday = {"securityId": "11536", "exchangeSegment": "NSE_EQ", "instrument": "EQUITY"}
    chart = gopocket.client.post("/charts/intraday", json=intraday, headers=gopocket.auth).json()
    assert len(chart["close"]) == 16  # 09:15 .. 09:30 IST of the fake clock's day


def test_market_data_operations_answer_for_the_requested_symbol(samco: Samco) -> None:
    def get(path: str, **params: str) -> dict[str, Any]:
        return dict(samco.client.get(path, params=params, headers=samco.auth).json())

    index = get("/quote/indexQuote", indexName="NIFTY BANK")["indexDetails"][0]
    assert (index["indexName"], index["spotPrice"]) == ("NIFTY BANK", 53500.0)
    chain = get("/option/optionChain", searchSymbolName="NIFTY", optionType="CE")
    assert {r["tradingSymbol"] for r in chain["optionChainDetails"]} == {
        "NIFTY26DEC2624800CE", "NIFTY26DEC2625000CE",
    }  # fmt: skip
    futures = get("/future/futureChain", searchSymbolName="RELIANCE")["futureChainDetails"]
    assert [f["tradingSymbol"] for f in futures] == ["RELIANCE26DEC26F"]
    hits = get("/eqDervSearch/search", searchSymbolName="RELI")["equityDertivativeValues"]
    assert {"RELIANCE-EQ", "RELIANCE26DEC26F"} <= {h["tradingSymbol"] for h in hits}
    quotes = samco.client.post(
        "/quote/multiQuote", json={"NSE": ["SBIN", "NOPE"], "INDEX": ["NIFTY 50"]},
        headers=samco.auth,
    ).json()  # fmt: skip
    assert [q["symbolName"] for q in quotes["multiQuotes"]] == ["SBIN", "NIFTY 50"]
    assert quotes["invalidSymbol"] == ["NOPE"]
    depth = samco.client.post("/marketDepth", json={"symbolName": "SBIN"}, headers=samco.auth)
    levels = depth.json()["MarketDepthDetails"]["marketDepth"]["bestFiveAsk"]
    assert [a["askPrice"] for a in levels] == ["600.00", "600.05", "600.10", "600.15", "600.20"]


# --------------------------------------------------------------------------- the universe


def test_symbols_csv_extends_the_universe(tmp_path: Path) -> None:
    path = tmp_path / "symbols.csv"
    path.write_text(
        "exchange,token,symbol,seed_price,name,lot_size\n"
        "NSE,99001,MOCKCO,123.45,MOCK COMPANY LTD,1\n"
        "NSE,3045,SBIN,800.00,STATE BANK OF INDIA,1\n"
    )
    app = create_app("samco", config=MockConfig(rate_limit=False, strict=True, symbols=path))
    state = server_of(app).state
    assert isinstance(state, SamcoMock)
    with checked_client(app) as client:
        auth = {"x-session-token": state.issue_session()}
        quote = client.get("/quote/getQuote", params={"symbolName": "MOCKCO"}, headers=auth)
        assert quote.json()["lastTradedPrice"] == "123.45"
        sbin = client.get("/quote/getQuote", params={"symbolName": "SBIN"}, headers=auth).json()
        assert sbin["lastTradedPrice"] == "800.00"  # same exchange and token: replaced
    bad = tmp_path / "bad.csv"
    bad.write_text("exchange,token,symbol\nNSE,1,X\n")
    with pytest.raises(ValueError, match="seed_price"):
        load_symbols(bad)


def test_cli_lists_the_universe(capsys: pytest.CaptureFixture[str]) -> None:
    from broker_overlays.mock.cli import main, parser

    assert main(["samco", "--list-symbols"]) == 0
    out = capsys.readouterr().out
    assert "RELIANCE-EQ" in out and "NIFTY26DEC2624800CE" in out
    assert "symbol universe" in parser().format_help()


def test_seed_is_a_config_option() -> None:
    def price(seed: int, minutes: int) -> Decimal:
        state = server_of(create_app("samco", config=MockConfig(seed=seed))).state
        assert isinstance(state, SamcoMock)
        infy = state.instruments.find("NSE", "INFY")
        assert infy is not None
        market = Market(state.instruments, anchor=MONDAY_0930_IST, seed=state.seed)
        return market.price(infy, MONDAY_0930_IST + timedelta(minutes=minutes))

    assert price(3, 60) == price(3, 60)
    assert [price(3, m) for m in range(5, 60, 5)] != [price(4, m) for m in range(5, 60, 5)]


def test_unknown_symbols_answer_the_failure_envelope(samco: Samco) -> None:
    params = {"symbolName": "NOPE", "fromDate": "2026-11-02"}
    body = samco.client.get("/history/candleData", params=params, headers=samco.auth).json()
    assert body["status"] == "Failure"
    assert isinstance(samco.client, httpx.Client)
