"""Gopocket's official SDK (gopocket-tradehub-sdk-test 1.0.0) replayed against our spec and
the mock broker.

Every method of ``TradeHub`` that sends HTTP is called the way the SDK's README shows, through
the SDK's own ``requests`` calls (only the transport adapter is replaced by the in-process
mock). Each request must be accepted by our spec and served by the mock, except the known spec
gaps below (strict xfail: fixing the spec turns them into failures until the entry is removed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip(
    "TradeMaster.TradeSync",
    reason="official Gopocket SDK (gopocket-tradehub-sdk-test) not installed here: "
    "run scripts/sdk-replay",
)

import TradeMaster.TradeSync as trade_sync
from TradeMaster.TradeSync import (
    Exchange,
    Instrument,
    OrderComplexity,
    OrderType,
    PositionType,
    ProductType,
    TradeHub,
    TransactionType,
)

from broker_overlays.auth.gopocket_sso import login_url
from broker_overlays.mock.gopocket import DEFAULT_API_SECRET, DEFAULT_APP_CODE
from broker_overlays.signing import sso_checksum

from .replay_support import (
    LOG,
    Recorder,
    SpecRefused,
    check,
    http_methods,
    public_methods,
    route_requests_to,
)

BROKER = "gopocket"
HTTP_PRIMITIVE = r"\brequests\.(get|post|put|delete|request)\(|\.request\("
"""The SDK sends through ``RequestHandler.request`` (``requests.post`` ...) and downloads the
contract master with ``requests.get``."""

KNOWN_SPEC_GAPS: dict[str, str] = {}
"""Requests the SDK sends that our spec refuses today (the lead's to-do list for the spec).
Closed: ``get_holdings[no product]`` (operation ``getHoldingsAllV1``) and
``modifyOrder[price only]`` (``""`` = unchanged for ``orderType`` / ``validity``)."""

NO_HTTP: dict[str, str] = {
    "sessionAuthorization": "formats the Authorization header value",
}
"""Public methods that send no HTTP request, and why (checked against the SDK's source)."""

Driver = Callable[[TradeHub, Recorder], Any]


@dataclass(frozen=True)
class Broken:
    """A README call that fails as shipped before sending; ``intended`` sends what it meant."""

    error: type[Exception]
    match: str
    intended: Driver
    why: str


@dataclass(frozen=True)
class Case:
    method: str
    call: Driver
    variant: str = ""
    broken: Broken | None = None
    note: str = ""
    passthrough: bool = True
    """The SDK returns the mock's JSON answer as it came (``RequestHandler``)."""

    @property
    def id(self) -> str:
        return f"{self.method}[{self.variant}]" if self.variant else self.method


class _AfterEight(dt.datetime):
    """``get_contract_master`` downloads only after 08:00 local time (before, it returns
    without sending): the SDK's clock reads 10:00 today so the download always happens."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _AfterEight:
        return cls.combine(dt.date.today(), dt.time(10, 0), tz)


# -- README arguments ----------------------------------------------------------------------

ORDER_NO = "250424000007880"
FNO = {
    "exchange": Exchange.NFO,
    "symbol": "NIFTY",
    "expiry_date": "2026-12-31",
    "strike": "24800",
    "is_fut": False,
    "is_CE": True,
}
FNO_NOTE = "README's F&O contract is not in the mock's universe: NIFTY 2026-12-31 24800 CE"
OPTIONAL = {
    "trailingSlAmount": "",
    "disclosedQuantity": "",
    "marketProtectionPercent": "",
    "apiOrderSource": "",
    "algoId": "",
    "orderTag": "",
}


ORDER_EXTRAS = {"validity": PositionType.posDAY, "targetLegPrice": "", **OPTIONAL}
"""What placeOrder / positionSqrOff take beyond singleOrderMargin's arguments (README)."""


def _option1(kind: str) -> Driver:
    """README option 1: instrumentId and exchange given."""

    def call(hub: TradeHub, rec: Recorder) -> Any:
        if kind == "singleOrderMargin":
            return hub.singleOrderMargin(
                instrumentId="21951", exchange=Exchange.NSE, transactionType=TransactionType.Buy,
                quantity="1", orderComplexity=OrderComplexity.Regular,
                product=ProductType.Intraday, orderType=OrderType.Market, price="",
                slTriggerPrice="", slLegPrice="",
            )  # fmt: skip
        return getattr(hub, kind)(
            instrumentId="532822", exchange=Exchange.BSE, transactionType=TransactionType.Buy,
            quantity="2", orderComplexity=OrderComplexity.Regular, product=ProductType.BNPL,
            orderType=OrderType.Market, price="", slTriggerPrice="", slLegPrice="",
            **ORDER_EXTRAS,
        )  # fmt: skip

    return call


def _option2(kind: str) -> Driver:
    """README option 2: the instrument from ``get_instrument`` (contract file download)."""

    def call(hub: TradeHub, rec: Recorder) -> Any:
        if kind == "singleOrderMargin":
            return hub.singleOrderMargin(
                instrument=hub.get_instrument(exchange=Exchange.NSE, symbol="IDEA"),
                transactionType=TransactionType.Buy, quantity="1",
                orderComplexity=OrderComplexity.Regular, product=ProductType.Intraday,
                orderType=OrderType.Limit, price="82.99", slTriggerPrice="", slLegPrice="",
            )  # fmt: skip
        return getattr(hub, kind)(
            instrument=hub.get_instrument(exchange=Exchange.BSE, symbol="IDEA"),
            transactionType=TransactionType.Buy, quantity="2",
            orderComplexity=OrderComplexity.Regular, product=ProductType.BNPL,
            orderType=OrderType.Limit, price="10", slTriggerPrice="", slLegPrice="",
            **ORDER_EXTRAS,
        )  # fmt: skip

    return call


def _option3(kind: str) -> Driver:
    """README option 3: an F&O instrument from ``get_instrument_for_fno``."""

    def call(hub: TradeHub, rec: Recorder) -> Any:
        instrument = hub.get_instrument_for_fno(**FNO)
        assert isinstance(instrument, Instrument), instrument
        if kind == "singleOrderMargin":
            return hub.singleOrderMargin(
                instrument=instrument, transactionType=TransactionType.Buy, quantity="1",
                orderComplexity=OrderComplexity.Regular, product=ProductType.Intraday,
                orderType=OrderType.StopLoss, price="10", slTriggerPrice="8.7", slLegPrice="0",
            )  # fmt: skip
        return getattr(hub, kind)(
            instrument=instrument, transactionType=TransactionType.Buy, quantity="2",
            orderComplexity=OrderComplexity.Regular, product=ProductType.BNPL,
            orderType=OrderType.StopLoss, price="10", slTriggerPrice="8.5", slLegPrice="0",
            **{**ORDER_EXTRAS, "targetLegPrice": "0"},
        )  # fmt: skip

    return call


def _integers(kind: str) -> Driver:
    """An F&O order as the SDK sends it when ``instrumentId`` and ``quantity`` are Python ints
    (``get_instrument_for_fno`` gives an int token under pandas < 3; a lot size is an int):
    the SDK passes both through, so the body carries JSON integers."""

    def call(hub: TradeHub, rec: Recorder) -> Any:
        common = {
            "instrumentId": 52168, "exchange": Exchange.NFO,
            "transactionType": TransactionType.Buy, "quantity": 75,
            "orderComplexity": OrderComplexity.Regular, "product": ProductType.Normal,
            "orderType": OrderType.Limit, "price": "24800", "slTriggerPrice": "",
            "slLegPrice": "",
        }  # fmt: skip
        if kind == "singleOrderMargin":
            return hub.singleOrderMargin(**common)
        return getattr(hub, kind)(**common, **ORDER_EXTRAS)

    return call


def _sqroff_readme_fno(hub: TradeHub, rec: Recorder) -> Any:
    """positionSqrOff's README option 3 as written (an F&O contract asked of BSE)."""
    instrument = hub.get_instrument_for_fno(
        exchange=Exchange.BSE, symbol="IDEA", expiry_date="2025-04-29", strike="82500",
        is_fut=False, is_CE=True,
    )  # fmt: skip
    return hub.positionSqrOff(
        instrument=instrument, transactionType=TransactionType.Buy, quantity="2",
        orderComplexity=OrderComplexity.Regular, product=ProductType.BNPL,
        orderType=OrderType.StopLoss, price="10", slTriggerPrice="8.5", slLegPrice="0",
        **{**ORDER_EXTRAS, "targetLegPrice": "0"},
    )  # fmt: skip


def _auth_code(rec: Recorder) -> tuple[str, str]:
    """The user's browser login (not an SDK call): the mock redirects with authCode, userId."""
    login = urlsplit(login_url(DEFAULT_APP_CODE))
    with rec.browser() as browser:
        redirect = browser.get(f"/?{login.query}")
    assert redirect.status_code == 302, redirect.text
    query = parse_qs(urlsplit(redirect.headers["location"]).query)
    return query["userId"][0], query["authCode"][0]


def _login(with_checksum: bool) -> Driver:
    """README steps 2-3: ``TradeHub(user_id, auth_code, secret_key)``, ``get_session_id()``."""

    def call(hub: TradeHub, rec: Recorder) -> Any:
        user_id, auth_code = _auth_code(rec)
        fresh = TradeHub(
            user_id=user_id,
            auth_code=auth_code,
            secret_key=DEFAULT_API_SECRET,
            base_url=hub._base_url,
        )
        if with_checksum:  # made by the overlays: their formula must match the SDK's
            answer = fresh.get_session_id(
                check_sum=sso_checksum(user_id, auth_code, DEFAULT_API_SECRET)
            )
        else:
            answer = fresh.get_session_id()
        assert answer.get("userSession"), answer  # the mock's session, through the SDK
        return answer

    return call


CASES: list[Case] = [
    # session and instruments
    Case(
        "get_session_id",
        _login(with_checksum=False),
        "checksum made by the SDK",
        passthrough=False,
    ),
    Case(
        "get_session_id",
        _login(with_checksum=True),
        "check_sum passed in",
        note="check_sum from broker_overlays.signing.sso_checksum",
        passthrough=False,
    ),
    Case(
        "get_contract_master",
        lambda hub, rec: hub.get_contract_master(exchange="NSE"),
        note='README: `exchange="EXCHANGE"`; the SDK\'s clock set to 10:00 (downloads after 08:00)',
        passthrough=False,
    ),
    Case(
        "get_instrument",
        lambda hub, rec: hub.get_instrument(exchange=Exchange.NSE, symbol="TCS"),
        note="sends only when the contract file is missing (a fresh folder here)",
        passthrough=False,
    ),
    Case(
        "get_instrument_for_fno",
        lambda hub, rec: hub.get_instrument_for_fno(**FNO),
        note=f"sends only when the contract file is missing; {FNO_NOTE}",
        passthrough=False,
    ),
    # user and portfolio
    Case("get_profile", lambda hub, rec: hub.get_profile()),
    Case("get_funds", lambda hub, rec: hub.get_funds()),
    Case("get_positions", lambda hub, rec: hub.get_positions()),
    Case("get_holdings", lambda hub, rec: hub.get_holdings(product=ProductType.CNC), "CNC"),
    Case("get_holdings", lambda hub, rec: hub.get_holdings(product=ProductType.MTF), "MTF"),
    Case(
        "get_holdings",
        lambda hub, rec: hub.get_holdings(),
        "no product",
        note="`product` is optional in the signature",
    ),
    # orders
    Case("placeOrder", _option1("placeOrder"), "instrumentId"),
    Case("placeOrder", _option2("placeOrder"), "get_instrument"),
    Case(
        "placeOrder",
        _option3("placeOrder"),
        "get_instrument_for_fno",
        note=f"README snippet misplaces a parenthesis (kwargs inside get_instrument_for_fno); "
        f"{FNO_NOTE}",
    ),
    Case(
        "modifyOrder",
        lambda hub, rec: hub.modifyOrder(
            brokerOrderId=ORDER_NO,
            price="20",
            slTriggerPrice="19",
            slLegPrice="",
            targetLegPrice="",
            quantity="20",
            orderType=OrderType.Limit,
            trailingSLAmount="",
            validity=PositionType.posDAY,
            disclosedQuantity="",
            marketProtectionPrecent="",
            deviceId="grhskjdvbDVHBVH",
        ),
        "README",
        note="`deviceId` is sent only when `marketProtectionPrecent` is set (SDK bug): sent as ''",
    ),
    Case(
        "modifyOrder",
        lambda hub, rec: hub.modifyOrder(
            brokerOrderId=ORDER_NO, price="20", slTriggerPrice="", slLegPrice="", targetLegPrice=""
        ),
        "price only",
        note="only the required parameters: the SDK sends '' for every optional field",
    ),
    Case(
        "placeOrder",
        _integers("placeOrder"),
        "integer ids",
        note="instrumentId 52168 and quantity 75 as Python ints (NIFTY future, one lot)",
    ),
    Case("cancelOrder", lambda hub, rec: hub.cancelOrder(brokerOrderId="25033100000020")),
    Case(
        "exitBracketOrder",
        lambda hub, rec: hub.exitBracketOrder(
            brokerOrderId=ORDER_NO, orderComplexity=OrderComplexity.Cover
        ),
    ),
    Case("positionSqrOff", _option1("positionSqrOff"), "instrumentId"),
    Case("positionSqrOff", _option2("positionSqrOff"), "get_instrument"),
    Case(
        "positionSqrOff",
        _sqroff_readme_fno,
        "get_instrument_for_fno",
        Broken(
            TypeError,
            r"^Instrument must be of type Instrument$",
            _option3("positionSqrOff"),
            "README passes exchange=BSE to get_instrument_for_fno, which answers an error dict, "
            "not an Instrument: TypeError before sending",
        ),
        note=FNO_NOTE,
    ),
    Case("singleOrderMargin", _option1("singleOrderMargin"), "instrumentId"),
    Case(
        "singleOrderMargin",
        _option2("singleOrderMargin"),
        "get_instrument",
        note="README's HFCL is not in the mock's universe: IDEA",
    ),
    Case(
        "singleOrderMargin", _option3("singleOrderMargin"), "get_instrument_for_fno", note=FNO_NOTE
    ),
    Case(
        "singleOrderMargin",
        _integers("singleOrderMargin"),
        "integer ids",
        note="instrumentId 52168 and quantity 75 as Python ints (NIFTY future, one lot)",
    ),
    # order and trade history
    Case("get_orderbook", lambda hub, rec: hub.get_orderbook()),
    Case("get_tradebook", lambda hub, rec: hub.get_tradebook()),
    Case(
        "get_orderHistory",
        lambda hub, rec: hub.get_orderHistory(orderNo="25033100000020"),
        broken=Broken(
            TypeError,
            r"get_orderHistory\(\) got an unexpected keyword argument 'orderNo'",
            lambda hub, rec: hub.get_orderHistory(brokerOrderId="25033100000020"),
            "README calls `get_orderHistory(orderNo=...)`; the parameter is `brokerOrderId`: "
            "TypeError before sending",
        ),
    ),
]

for _name, _why in NO_HTTP.items():
    LOG.note(BROKER, _name, _why)
for _case in CASES:
    if _case.broken is not None:
        LOG.note(BROKER, _case.id, f"broken as shipped: {_case.broken.why}")


def _param(case: Case) -> Any:
    marks = []
    if case.id in KNOWN_SPEC_GAPS:
        reason = KNOWN_SPEC_GAPS[case.id]
        marks.append(pytest.mark.xfail(strict=True, raises=SpecRefused, reason=reason))
    return pytest.param(case, id=case.id, marks=marks)


@pytest.fixture
def gopocket(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[TradeHub, Recorder]]:
    """The SDK as the README builds it, its base URLs and ``requests`` transport pointed at a
    fresh mock, holding a session the mock issued (README: ``get_session_id(session_id=...)``);
    contract files are written to a fresh folder."""
    rec = Recorder.start(BROKER)
    route_requests_to(monkeypatch, rec)
    monkeypatch.setattr(
        trade_sync.ServiceProps, "CONTRACT_BASE_URL", f"{rec.base_url}/contract/csv/"
    )
    monkeypatch.setattr(trade_sync, "datetime", _AfterEight)
    monkeypatch.chdir(tmp_path)
    hub = TradeHub(
        user_id="MOCK01",
        auth_code="unused",
        secret_key=DEFAULT_API_SECRET,
        base_url=f"{rec.base_url}/",
    )
    hub.get_session_id(session_id=rec.state.issue_session())
    yield hub, rec
    rec.close()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sdk_method(case: Case, gopocket: tuple[TradeHub, Recorder]) -> None:
    hub, rec = gopocket
    with rec.calling(case.id, note=case.note) as sent:
        if case.broken is None:
            answer = case.call(hub, rec)
        else:
            with pytest.raises(case.broken.error, match=case.broken.match):
                case.call(hub, rec)
    if case.broken is not None:
        assert not sent, f"{case.id} is broken as shipped but sent {sent[0].line}"
        with rec.calling(case.id, constructed=True, note=case.note) as sent:
            answer = case.broken.intended(hub, rec)
    check(rec, case.id, sent)
    if case.passthrough:
        assert answer == sent[-1].body, "the SDK hands the mock's JSON answer back"
    elif case.method.startswith("get_instrument"):
        assert isinstance(answer, Instrument), f"the mock's contract file fails the SDK: {answer}"
    elif case.method == "get_contract_master":
        assert answer["emsg"] == "Today's contract file downloaded", answer


def test_every_http_method_is_driven() -> None:
    """Found by reading the SDK: a method that sends HTTP and has no case fails here."""
    http = http_methods(TradeHub, HTTP_PRIMITIVE)
    driven = {case.method for case in CASES}
    undriven = sorted(set(http) - driven)
    assert not undriven, f"undriven SDK method(s): {', '.join(undriven)}"
    assert driven <= set(http), f"cases for methods that send no HTTP: {driven - set(http)}"
    assert len({case.id for case in CASES}) == len(CASES), "case ids are unique"


def test_methods_without_http_are_the_listed_ones(gopocket: tuple[TradeHub, Recorder]) -> None:
    """Every public method is either driven above or listed in NO_HTTP; those send nothing,
    nor does ``get_session_id(session_id=...)``."""
    hub, rec = gopocket
    quiet = set(public_methods(TradeHub)) - set(http_methods(TradeHub, HTTP_PRIMITIVE))
    assert quiet == set(NO_HTTP), f"unclassified: {quiet ^ set(NO_HTTP)}"
    with rec.calling("no-http", setup=True) as sent:
        header = hub.sessionAuthorization()
        again = hub.get_session_id(session_id="existing-session")
    assert header.startswith("Bearer ")
    assert again == {"userSession": "existing-session"}
    assert not sent
