"""Gopocket mock state: the vendor SSO (browser login page, one-time ``authCode``, checksum
exchange), and one order store that both API generations (``rest`` and ``open-api-v1``) read
and write, with trade book, positions, holdings and funds derived from it.

Rules: a market order fills at once at the fixed last traded price; a limit order stays
``OPEN`` until it is modified to market or cancelled; stop orders wait as
``TRIGGER PENDING``; after-market orders stay open. CNC sells need sellable holdings and
other orders margin (intraday 20%); such orders are acknowledged and then show ``REJECTED``
in the book, as on the Codifi platform. Unknown instruments or orders answer the failure
envelope (HTTP 200).

With an :class:`~broker_overlays.mock.market.OrderAcceptance` rule (``order_acceptance=``, or
the ``order_acceptance`` attribute), a new order first shows as ``PENDING`` (the status of the
docs' first history row) for the rule's delay, then is rejected with the rule's reason, or
goes through the risk checks and the rules above. The decision is applied lazily, before any
handler runs, by the mock's clock, and timestamped at the moment it was due.
"""

from __future__ import annotations

import csv
import hmac
import io
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from broker_overlays.auth.clock import Clock, system_clock
from broker_overlays.mock.app import (
    BrowserPage,
    Call,
    Failure,
    Handler,
    MockBroker,
    Reply,
    operation,
)
from broker_overlays.mock.market import (
    INSTRUMENTS,
    ZERO,
    Holding,
    Instrument,
    Instruments,
    Ledger,
    Numbers,
    OrderAcceptance,
    Position,
    cents,
    margin_factor,
    money,
    seeded_holdings,
    triggered,
)
from broker_overlays.signing import sso_checksum
from broker_overlays.spec_catalog import catalog

__all__ = [
    "DEFAULT_API_SECRET",
    "DEFAULT_APP_CODE",
    "DEFAULT_REDIRECT_URL",
    "DEFAULT_USER_ID",
    "GopocketAccount",
    "GopocketMock",
]

DEFAULT_APP_CODE: Final = "MOCKAPP"
DEFAULT_API_SECRET: Final = "mock-gopocket-api-secret"
DEFAULT_USER_ID: Final = "MOCK01"
DEFAULT_REDIRECT_URL: Final = "http://127.0.0.1:8765/callback"
AUTH_CODE_LIFETIME: Final = timedelta(minutes=10)

OPEN, TRIGGER_PENDING, COMPLETE = "OPEN", "TRIGGER PENDING", "COMPLETE"
CANCELLED, REJECTED = "CANCELLED", "REJECTED"
PENDING = "PENDING"
LIVE = (OPEN, TRIGGER_PENDING)

Generation = Literal["rest", "open-api-v1"]

# SDK-layout (open-api-v1) names <-> the docs-layout names the store keeps.
SIDES = {"B": "BUY", "S": "SELL", "BUY": "BUY", "SELL": "SELL"}
V1_PRICE_TYPES = {"LIMIT": "L", "MARKET": "MKT", "SL": "SL", "SLM": "SL-M"}
V1_VARIETIES = {"REGULAR": "Regular", "AMO": "AMO", "CO": "CO", "BO": "BO"}
V1_PRODUCTS = {
    "INTRADAY": "MIS", "MIS": "MIS", "CNC": "CNC", "DELIVERY": "CNC", "LONGTERM": "CNC",
    "NORMAL": "NRML", "NRML": "NRML", "MTF": "MTF", "BNPL": "MTF", "GTT": "GTT",
}  # fmt: skip
PRODUCT_CODES = {"MIS": "I", "CNC": "C", "NRML": "M"}
"""One-letter product codes Gopocket returns in positions."""

INDICES: Final = (("NSE", "26000", "NIFTY 50"), ("NSE", "26009", "NIFTY BANK"))

CSV_VALUES: Final[dict[str, Callable[[Instrument], str]]] = {
    "Exch": lambda i: i.exchange,
    "Token": lambda i: i.token,
    "Symbol": lambda i: i.symbol,
    "Trading Symbol": lambda i: i.trading_symbol,
    "Instrument Name": lambda i: i.name,
    "Instrument Type": lambda i: i.instrument_type,
    "Group Name": lambda i: i.group,
    "Expiry Date": lambda i: i.expiry,
    "Lot Size": lambda i: str(i.lot_size),
    "Option Type": lambda i: i.option_type,
    "Strike Price": lambda i: i.strike,
}
"""How each contract-master column (named by the spec's ``x-csv-columns``) is filled."""


def _reverse(mapping: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in mapping.items():
        out.setdefault(value, key)
    return out


V1_PRICE_TYPE_NAMES = _reverse(V1_PRICE_TYPES)
V1_VARIETY_NAMES = _reverse(V1_VARIETIES)
V1_PRODUCT_NAMES = {
    "MIS": "INTRADAY",
    "CNC": "LONGTERM",
    "NRML": "NORMAL",
    "MTF": "MTF",
    "GTT": "GTT",
}


@dataclass(frozen=True)
class GopocketAccount:
    """The one app and user the mock knows."""

    app_code: str = DEFAULT_APP_CODE
    api_secret: str = DEFAULT_API_SECRET
    user_id: str = DEFAULT_USER_ID
    redirect_url: str = DEFAULT_REDIRECT_URL
    client_name: str = "MOCK TRADER"
    cash: Decimal = Decimal("500000.00")


@dataclass
class _Order:
    number: str
    instrument: Instrument
    side: str  # BUY / SELL
    price_type: str  # L / MKT / SL / SL-M
    product: str  # MIS / CNC / NRML / MTF / GTT
    variety: str  # Regular / BO / CO / AMO
    validity: str
    quantity: int
    price: Decimal
    trigger: Decimal
    disclosed: int
    placed_at: datetime
    exchange_id: str
    generation: Generation
    tag: str = ""
    status: str = OPEN
    filled: int = 0
    average: Decimal = ZERO
    rejected_reason: str | None = None
    history: list[tuple[str, str, datetime]] = field(default_factory=list)
    decide_at: datetime | None = None
    """While ``PENDING``: when the broker decides (see OrderAcceptance)."""
    decision: str | None = None
    """While ``PENDING``: the rejection reason it will get (None: the usual checks)."""

    @property
    def pending(self) -> int:
        return self.quantity - self.filled if self.status in LIVE else 0

    @property
    def limit_price(self) -> Decimal:
        return self.price if self.price > 0 else self.instrument.ltp


@dataclass(frozen=True)
class _Ticket:
    """A new order in store terms, from either generation's request body."""

    instrument: Instrument
    side: str
    price_type: str
    product: str
    variety: str
    validity: str
    quantity: int
    price: Decimal
    trigger: Decimal
    disclosed: int
    tag: str


def _decimal(value: Any, name: str) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else ZERO
    except InvalidOperation:
        raise Failure(f"{name} is not a number") from None


def _int(value: Any) -> int:
    return int(value) if value not in (None, "") else 0


class GopocketMock(MockBroker):
    """State and handlers of the Gopocket mock (see the module docstring for the rules)."""

    broker = "gopocket"

    def __init__(
        self,
        account: GopocketAccount | None = None,
        *,
        clock: Clock = system_clock,
        instruments: Instruments | None = None,
        order_acceptance: OrderAcceptance | None = None,
    ) -> None:
        super().__init__(clock)
        self.account = account or GopocketAccount()
        self.instruments = instruments or Instruments(INSTRUMENTS)
        self.order_acceptance = order_acceptance
        """Delayed acceptance or rejection of new orders (None: decided at once)."""
        self.reset()

    def handler(self, operation_id: str) -> Handler | None:
        """Every handler first applies the decisions on pending orders that are due."""
        found = super().handler(operation_id)
        if found is None:
            return None

        def run(call: Call) -> Any:
            self._settle()
            return found(call)

        return run

    def _settle(self) -> None:
        now = self.clock()
        for order in list(self.orders.values()):
            if order.status == PENDING and order.decide_at is not None and order.decide_at <= now:
                when = order.decide_at.astimezone(self.now().tzinfo)
                order.decide_at = None
                self._decide(order, when, order.decision)

    def reset(self) -> None:
        self.sessions: dict[str, str] = {}
        self.auth_codes: dict[str, datetime] = {}
        self.orders: dict[str, _Order] = {}
        self.ledger = Ledger()
        self.holdings: list[Holding] = seeded_holdings(self.instruments)
        self.order_numbers = Numbers(14, 3840)
        self._exchange_ids = iter(range(1300000022510042, 10**16))

    # -- SSO --------------------------------------------------------------------------------

    def credentials(self) -> dict[str, str]:
        return {
            "app code": self.account.app_code,
            "api secret": self.account.api_secret,
            "user id": self.account.user_id,
            "redirect url": self.account.redirect_url,
        }

    def session(self, token: str) -> str | None:
        return self.sessions.get(token)

    def browser_pages(self) -> dict[str, BrowserPage]:
        return {"login": self._login}

    def _login(self, request: Request) -> Response:
        """Stands in for the user's browser login: redirects with a one-time ``authCode``."""
        app_code = request.query_params.get("appcode", "")
        if not app_code:
            return JSONResponse(self.envelope.failure("appcode is required"), 400)
        if not hmac.compare_digest(app_code.encode(), self.account.app_code.encode()):
            return JSONResponse(self.envelope.failure("Invalid appcode"), 400)
        code = secrets.token_urlsafe(18)
        self.auth_codes[code] = self.clock() + AUTH_CODE_LIFETIME
        parts = urlsplit(self.account.redirect_url)
        query = urlencode(
            [*parse_qsl(parts.query), ("authCode", code), ("userId", self.account.user_id)]
        )
        return RedirectResponse(urlunsplit(parts._replace(query=query)), status_code=302)

    def issue_session(self) -> str:
        """A valid user session without the SSO flow (test set-up)."""
        session = secrets.token_urlsafe(32)
        self.sessions[session] = self.account.user_id
        return session

    def _exchange(self, checksum: str) -> str | None:
        """A new session for the auth code the checksum was made from (each code works once)."""
        now = self.clock()
        for code, expires in list(self.auth_codes.items()):
            if expires <= now:
                del self.auth_codes[code]
                continue
            expected = sso_checksum(self.account.user_id, code, self.account.api_secret)
            if hmac.compare_digest(expected.encode(), checksum.encode()):
                del self.auth_codes[code]
                return self.issue_session()
        return None

    @operation("getUserDetails")
    def get_user_details(self, call: Call) -> dict[str, Any]:
        session = self._exchange(call.body["checkSum"])
        if session is None:
            raise Failure("Invalid checksum or authCode already used")
        return self.envelope.success("Success", result=[{"accessToken": session}])

    @operation("getUserDetailsV1")
    def get_user_details_v1(self, call: Call) -> Reply:
        session = self._exchange(call.body["checkSum"])
        if session is None:
            return Reply(self.envelope.failure("Invalid checksum or authCode already used", form=1))
        body = self.envelope.success(form=1, userSession=session, clientId=self.account.user_id)
        return Reply(body)

    # -- orders -----------------------------------------------------------------------------

    def _holding(self, instrument: Instrument) -> Holding | None:
        return next((h for h in self.holdings if h.instrument.symbol == instrument.symbol), None)

    @staticmethod
    def _sells_holdings(order: _Order) -> bool:
        return order.side == "SELL" and order.product == "CNC"

    def _margin_used(self) -> Decimal:
        blocked = sum(
            (
                o.pending * o.limit_price * margin_factor(o.product)
                for o in self.orders.values()
                if o.pending and not self._sells_holdings(o)
            ),
            ZERO,
        )
        return self.ledger.margin_used() + blocked

    def _available(self) -> Decimal:
        return self.account.cash - self._margin_used()

    def _instrument(
        self, exchange: str, symbol: str | None = None, token: str | None = None
    ) -> Instrument:
        found = (
            self.instruments.by_token(exchange, token)
            if token is not None
            else self.instruments.find(exchange, symbol or "")
        )
        if found is None:
            raise Failure(f"Invalid instrument {token or symbol} on {exchange}")
        return found

    def _ticket_rest(self, body: Mapping[str, Any]) -> _Ticket:
        return _Ticket(
            instrument=self._instrument(body["exchange"], symbol=body["tradingSymbol"]),
            side=SIDES[body["transType"]],
            price_type=body["priceType"],
            product=body["product"],
            variety=body["orderType"],
            validity=body["ret"],
            quantity=int(body["qty"]),
            price=_decimal(body.get("price"), "price"),
            trigger=_decimal(body.get("triggerPrice"), "triggerPrice"),
            disclosed=_int(body.get("disclosedQty")),
            tag=str(body.get("remarks") or ""),
        )

    def _ticket_v1(self, body: Mapping[str, Any]) -> _Ticket:
        return _Ticket(
            instrument=self._instrument(body["exchange"], token=body["instrumentId"]),
            side=SIDES[body["transactionType"]],
            price_type=V1_PRICE_TYPES[body["orderType"]],
            product=V1_PRODUCTS.get(body["product"], body["product"]),
            variety=V1_VARIETIES[body["orderComplexity"]],
            validity=body["validity"],
            quantity=int(body["quantity"]),
            price=_decimal(body.get("price"), "price"),
            trigger=_decimal(body.get("slTriggerPrice"), "slTriggerPrice"),
            disclosed=_int(body.get("disclosedQuantity")),
            tag=str(body.get("orderTag") or ""),
        )

    def _place(self, ticket: _Ticket, generation: Generation) -> _Order:
        if ticket.price_type in ("L", "SL") and ticket.price <= 0:
            raise Failure("Price is required for limit and stop-loss limit orders")
        if ticket.price_type in ("SL", "SL-M") and ticket.trigger <= 0:
            raise Failure("Trigger price is required for stop-loss orders")
        now = self.now()
        order = _Order(
            number=self.order_numbers.next(now),
            instrument=ticket.instrument,
            side=ticket.side,
            price_type=ticket.price_type,
            product=ticket.product,
            variety=ticket.variety,
            validity=ticket.validity,
            quantity=ticket.quantity,
            price=ticket.price,
            trigger=ticket.trigger,
            disclosed=ticket.disclosed,
            placed_at=now,
            exchange_id=str(next(self._exchange_ids)),
            generation=generation,
            tag=ticket.tag,
            status=PENDING,  # not live (blocks no margin) until decided
        )
        order.history.append((PENDING, "PendingNew", now))
        self.orders[order.number] = order
        rule = self.order_acceptance
        if rule is not None and rule.applies(order.instrument):
            order.status = PENDING
            order.decide_at = rule.decide_at(self.clock())
            order.decision = rule.reject_reason
            return order
        self._decide(order, now)
        return order

    def _decide(self, order: _Order, now: datetime, reason: str | None = None) -> None:
        """Reject (with ``reason``, or the risk checks' reason) or acknowledge and execute."""
        reason = reason or self._rms(order)
        if reason is not None:
            order.status, order.rejected_reason = REJECTED, reason
            order.history.append((REJECTED, "Rejected", now))
            return
        order.status = OPEN
        order.history.append((OPEN, "NewAck" if order.variety != "AMO" else "AMO received", now))
        self._execute(order, now)

    def _rms(self, order: _Order) -> str | None:
        if self._sells_holdings(order):
            holding = self._holding(order.instrument)
            if holding is None or holding.sellable < order.quantity:
                return "RMS:Rule: Check holdings, insufficient sellable quantity"
            holding.sold += order.quantity
            return None
        if order.quantity * order.limit_price * margin_factor(order.product) > self._available():
            return "RMS:Margin Exceeds, Required margin is more than available margin"
        return None

    def _execute(self, order: _Order, now: datetime | None = None) -> None:
        """Decide a live order's fate at the fixed price: MKT fills, L rests, stops wait."""
        if order.status not in LIVE or order.variety == "AMO":
            return
        if order.price_type in ("SL", "SL-M"):
            if not triggered(order.side, order.trigger, order.instrument.ltp):
                order.status = TRIGGER_PENDING
                return
            order.price_type = "L" if order.price_type == "SL" else "MKT"
        order.status = OPEN
        if order.price_type == "MKT":
            now = now or self.now()
            self.ledger.fill(
                order.number, order.instrument, order.product, order.side, order.pending, now
            )
            order.filled, order.average, order.status = (
                order.quantity,
                order.instrument.ltp,
                COMPLETE,
            )
            order.history.append((COMPLETE, "Fill", now))

    def _order(self, number: str) -> _Order:
        order = self.orders.get(number)
        if order is None:
            raise Failure(f"Order {number} not found")
        return order

    def _cancel(self, number: str) -> _Order:
        order = self._order(number)
        if order.status not in LIVE:
            raise Failure("SAF:order is not open to cancel")
        holding = self._holding(order.instrument)
        if self._sells_holdings(order) and holding is not None:
            holding.sold -= order.pending
        order.status = CANCELLED
        order.history.append((CANCELLED, "Canceled", self.now()))
        return order

    def _modify(
        self,
        number: str,
        *,
        quantity: int | None,
        price: Decimal | None,
        trigger: Decimal | None,
        price_type: str | None,
        validity: str | None,
        disclosed: int | None,
    ) -> _Order:
        order = self._order(number)
        if order.status not in LIVE:
            raise Failure("SAF:order is not open to modify")
        new_qty = quantity or order.quantity
        holding = self._holding(order.instrument)
        if self._sells_holdings(order) and holding is not None:
            if new_qty - order.quantity > holding.sellable:
                raise Failure("RMS:Rule: Check holdings, insufficient sellable quantity")
            holding.sold += new_qty - order.quantity
        order.quantity = new_qty
        order.price = order.price if price is None else price
        order.trigger = order.trigger if trigger is None else trigger
        order.price_type = price_type or order.price_type
        order.validity = validity or order.validity
        order.disclosed = order.disclosed if disclosed is None else disclosed
        if order.price_type in ("L", "SL") and order.price <= 0:
            raise Failure("Price is required for limit and stop-loss limit orders")
        order.history.append((order.status, "Replaced", self.now()))
        self._execute(order)
        return order

    def _time(self, when: datetime) -> str:
        return when.strftime("%H:%M:%S %d-%m-%Y")

    def _ack(self, order: _Order) -> dict[str, Any]:
        return self.envelope.success(
            "Success", result=[{"requestTime": self._time(self.now()), "orderNo": order.number}]
        )

    def _each(self, items: list[Any], act: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
        """One envelope per array element (the rest layer's outer-array answers)."""
        out = []
        for item in items:
            try:
                out.append(act(item))
            except Failure as exc:
                out.append(self.envelope.failure(exc.message))
        return out

    # rest generation -----------------------------------------------------------------------

    @operation("placeOrder")
    def place_order(self, call: Call) -> list[dict[str, Any]]:
        return self._each(
            call.body, lambda item: self._ack(self._place(self._ticket_rest(item), "rest"))
        )

    @operation("modifyOrder")
    def modify_order(self, call: Call) -> dict[str, Any]:
        body = call.body
        order = self._modify(
            body["orderNo"],
            quantity=int(body["qty"]),
            price=_decimal(body["price"], "price"),
            trigger=_decimal(body["triggerPrice"], "triggerPrice")
            if body.get("triggerPrice")
            else None,
            price_type=body["priceType"],
            validity=body["ret"],
            disclosed=_int(body["disclosedQty"]) if body.get("disclosedQty") else None,
        )
        return self._ack(order)

    @operation("cancelOrder")
    def cancel_order(self, call: Call) -> list[dict[str, Any]]:
        return self._each(call.body, lambda item: self._ack(self._cancel(item["orderNo"])))

    def _margin(self, ticket: _Ticket) -> dict[str, Any]:
        required = (
            ticket.quantity
            * (ticket.price or ticket.instrument.ltp)
            * margin_factor(ticket.product)
        )
        if self._sells_holdings_ticket(ticket):
            required = ZERO
        available = self._available()
        shortfall = max(ZERO, required - available)
        return {
            "remarks": "Insufficient Balance" if shortfall else None,
            "marginUsed": float(self._margin_used()),
            "openingBalance": float(self.account.cash),
            "requiredMargin": float(cents(required)),
            "availableMargin": float(available),
            "marginShortfall": float(cents(shortfall)),
        }

    @staticmethod
    def _sells_holdings_ticket(ticket: _Ticket) -> bool:
        return ticket.side == "SELL" and ticket.product == "CNC"

    @operation("getOrderMargin")
    def get_order_margin(self, call: Call) -> dict[str, Any]:
        body = dict(call.body)
        body.setdefault("ret", "DAY")
        return self.envelope.success("Success", result=[self._margin(self._ticket_rest(body))])

    def _book_row(self, order: _Order) -> dict[str, Any]:
        instrument = order.instrument
        return {
            "orderNo": order.number,
            "userId": self.account.user_id,
            "actId": self.account.user_id,
            "exchange": instrument.exchange,
            "tradingSymbol": instrument.trading_symbol,
            "qty": str(order.quantity),
            "transType": order.side[0],
            "ret": order.validity,
            "token": instrument.token,
            "multiplier": "1",
            "lotSize": str(instrument.lot_size),
            "tickSize": instrument.tick_size,
            "price": money(order.price),
            "avgTradePrice": money(order.average) if order.filled else None,
            "disclosedQty": str(order.disclosed),
            "product": order.product,
            "priceType": order.price_type,
            "orderType": order.variety,
            "orderStatus": order.status,
            "fillShares": str(order.filled),
            "exchUpdateTime": order.history[-1][2].strftime("%d-%m-%Y %H:%M:%S"),
            "exchOrderId": order.exchange_id if order.status not in (REJECTED, PENDING) else None,
            "formattedInsName": instrument.trading_symbol,
            "ltp": money(instrument.ltp),
            "rejectedReason": order.rejected_reason,
            "triggerPrice": money(order.trigger),
            "mktProtection": None,
            "target": None,
            "stopLoss": None,
            "trailingPrice": None,
            "snoOrderNumber": None,
            "snoFillid": None,
            "orderTime": self._time(order.placed_at),
            "rprice": "0.00",
            "rqty": "0",
        }

    @operation("getOrderBook")
    def get_order_book(self, call: Call) -> dict[str, Any]:
        rows = [self._book_row(o) for o in reversed(self.orders.values())]
        return self.envelope.success("Success", result=rows)

    def _trade_rows(self) -> list[tuple[_Order, dict[str, Any]]]:
        rows = []
        for trade in reversed(self.ledger.visible_trades()):
            order = self.orders[trade.order_no]
            instrument = trade.instrument
            rows.append(
                (
                    order,
                    {
                        "orderNo": order.number,
                        "userId": self.account.user_id,
                        "actId": self.account.user_id,
                        "exchange": instrument.exchange,
                        "ret": order.validity,
                        "product": order.product,
                        "orderType": order.variety,
                        "priceType": order.price_type,
                        "fillId": trade.trade_no,
                        "fillTime": trade.time.strftime("%d-%m-%Y %H:%M:%S"),
                        "transType": trade.side[0],
                        "tradingSymbol": instrument.trading_symbol,
                        "qty": str(order.quantity),
                        "token": instrument.token,
                        "fillshares": str(trade.quantity),
                        "fillqty": str(trade.quantity),
                        "pricePrecision": "2",
                        "lotSize": str(instrument.lot_size),
                        "tickSize": instrument.tick_size,
                        "price": money(order.price),
                        "prcftr": "1.000000",
                        "fillprc": money(trade.price),
                        "exchUpdateTime": trade.time.strftime("%d-%m-%Y %H:%M:%S"),
                        "exchOrderId": order.exchange_id,
                        "formattedInsName": instrument.trading_symbol,
                        "ltp": money(instrument.ltp),
                        "orderTime": self._time(order.placed_at),
                    },
                )
            )
        return rows

    @operation("getTradeBook")
    def get_trade_book(self, call: Call) -> dict[str, Any]:
        return self.envelope.success("Success", result=[row for _, row in self._trade_rows()])

    def _history_rows(self, order: _Order) -> list[dict[str, Any]]:
        instrument = order.instrument
        rows = []
        for status, report, when in reversed(order.history):
            rows.append(
                {
                    "orderNo": order.number,
                    "userId": self.account.user_id,
                    "actId": self.account.user_id,
                    "exchange": instrument.exchange,
                    "tradingSymbol": instrument.trading_symbol,
                    "quantity": str(order.quantity),
                    "transType": order.side[0],
                    "priceType": order.price_type,
                    "orderType": order.variety,
                    "ret": order.validity,
                    "token": instrument.token,
                    "pricePrecision": "2",
                    "lotSize": str(instrument.lot_size),
                    "tickSize": instrument.tick_size,
                    "price": money(order.price),
                    "avgPrice": money(order.average) if status == COMPLETE else None,
                    "disclosedQty": str(order.disclosed),
                    "product": order.product,
                    "status": status,
                    "report": report,
                    "fillshares": str(order.filled if status == COMPLETE else 0),
                    "time": self._time(when),
                    "exchTime": when.strftime("%d-%m-%Y %H:%M:%S") if status != PENDING else None,
                    "remarks": order.rejected_reason if status == REJECTED else None,
                    "exchOrderNo": order.exchange_id if status not in (PENDING, REJECTED) else None,
                }
            )
        return rows

    @operation("getOrderHistory")
    def get_order_history(self, call: Call) -> dict[str, Any]:
        order = self._order(call.body["orderNo"])
        return self.envelope.success("Success", result=self._history_rows(order))

    # portfolio and funds (rest) ---------------------------------------------------------------

    def _position_row(self, pos: Position) -> dict[str, Any]:
        instrument = pos.instrument
        return {
            "formattedInsName": instrument.trading_symbol,
            "tradingSymbol": instrument.trading_symbol,
            "exchange": instrument.exchange,
            "segment": "nse_cm" if instrument.exchange == "NSE" else "bse_cm",
            "token": instrument.token,
            "product": PRODUCT_CODES.get(pos.product, pos.product),
            "netQty": str(pos.net_qty),
            "netBuyQty": str(pos.buy_qty),
            "netBuyAvgPrice": money(pos.avg_buy),
            "netBuyAvg": money(pos.avg_buy) if pos.buy_qty else "NaN",
            "netBuyValue": money(pos.buy_value),
            "netSellQty": str(pos.sell_qty),
            "netSellAvgPrice": money(pos.avg_sell),
            "netSellAvg": money(pos.avg_sell) if pos.sell_qty else "NaN",
            "netSellValue": money(pos.sell_value),
            "averagePrice": money(pos.average_price),
            "ltp": money(instrument.ltp),
            "pnl": money(pos.realized + pos.unrealized),
            "mtm": money(pos.unrealized),
            "pdc": money(instrument.previous_close),
            "realizedpnl": money(pos.realized),
            "unrealizedpnl": money(pos.unrealized),
            "multiplier": "1",
            "lotSize": str(instrument.lot_size),
            "tickSize": instrument.tick_size,
        }

    @operation("getPositions")
    def get_positions(self, call: Call) -> dict[str, Any]:
        rows = [self._position_row(pos) for pos in self.ledger.positions()]
        return self.envelope.success("success", result=rows)

    def _convert(self, body: Mapping[str, Any], quantity: int) -> dict[str, Any]:
        instrument = self._instrument(body["exchange"], symbol=body["tradingSymbol"])
        source = V1_PRODUCTS.get(str(body["prevProduct"]).upper(), str(body["prevProduct"]))
        target = V1_PRODUCTS.get(str(body["product"]).upper(), str(body["product"]))
        reason = self.ledger.convert(instrument, source, target, quantity, self.now())
        if reason is not None:
            raise Failure(reason)
        return self.envelope.success("Success", result=[])

    @operation("convertPosition")
    def convert_position(self, call: Call) -> dict[str, Any]:
        return self._convert(call.body, int(call.body["qty"]))

    def _holding_rows(self) -> list[dict[str, Any]]:
        rows = []
        for holding in self.holdings:
            instrument = holding.instrument
            listings = [
                {
                    "exchange": i.exchange,
                    "token": i.token,
                    "tradingSymbol": i.trading_symbol,
                    "pdc": money(i.previous_close),
                    "ltp": money(i.ltp),
                }
                for i in self.instruments
                if i.symbol == instrument.symbol and i.group == "EQ"
            ]
            pnl = holding.quantity * (instrument.ltp - holding.average_price)
            rows.append(
                {
                    "isin": f"INE{int(instrument.token):06d}01",
                    "realizedPnl": "0.0",
                    "unrealizedPnl": money(pnl),
                    "netPnl": money(pnl),
                    "netQty": str(holding.quantity),
                    "buyPrice": money(holding.average_price),
                    "holdQty": str(holding.quantity),
                    "dpQty": "0",
                    "benQty": "0",
                    "unpledgedQty": "0",
                    "collateralQty": "0",
                    "brkCollQty": "0",
                    "btstQty": "0",
                    "usedQty": str(holding.sold),
                    "tradedQty": "0",
                    "sellableQty": str(holding.sellable),
                    "authQty": "0",
                    "sellAmount": "0.0",
                    "authFlag": False,
                    "symbol": listings,
                }
            )
        return rows

    @operation("getHoldings")
    def get_holdings(self, call: Call) -> dict[str, Any]:
        group = {"poa": False, "product": "CNC", "holdings": self._holding_rows()}
        return self.envelope.success("Success", result=[group])

    def _funds(self) -> dict[str, float]:
        used = self._margin_used()
        return {
            "availableMargin": float(self.account.cash - used),
            "openingBalance": float(self.account.cash),
            "marginUsed": float(used),
            "payin": 0.0,
            "stockPledge": 0.0,
            "holdingSellCredit": 0.0,
            "brokerage": 0.0,
            "exposure": 0.0,
            "span": 0.0,
            "premium": 0.0,
            "unclearedCash": 0.0,
            "payout": 0.0,
        }

    @operation("getFundLimits")
    def get_fund_limits(self, call: Call) -> dict[str, Any]:
        return self.envelope.success("Success", result=[self._funds()])

    def _profile(self) -> dict[str, Any]:
        return {
            "userId": self.account.user_id,
            "actId": self.account.user_id,
            "clientName": self.account.client_name,
            "actStatus": "Activated",
            "createdDate": "0",
            "createdTime": "0",
            "mobNo": "******1234",
            "email": "m***@example.com",
            "pan": "******123X",
            "mandateIdList": [],
            "exchange": self.instruments.exchanges(),
            "bankdetails": None,
            "dpAccountNumber": [],
            "orders": ["MKT", "LMT", "SL-LMT", "SL-MKT"],
            "brokerName": "SKY",
            "products": ["C", "M", "I"],
            "productTypes": ["CNC", "NRML", "MIS"],
            "orderTypes": None,
            "priceTypes": ["MKT", "L", "SL", "SL-M"],
        }

    @operation("getProfile")
    def get_profile(self, call: Call) -> dict[str, Any]:
        return self.envelope.success("Success", result=[self._profile()])

    # open-api-v1 generation ----------------------------------------------------------------

    def _acks(self, orders: list[_Order | Failure]) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for order in orders:
            if isinstance(order, Failure):
                items.append(
                    {
                        "brokerOrderId": None,
                        "status": self.envelope.failure_value,
                        "message": order.message,
                    }
                )
            else:
                items.append({"brokerOrderId": order.number})
        if all(isinstance(o, Failure) for o in orders):
            first = orders[0]
            raise Failure(first.message if isinstance(first, Failure) else "failed", result=items)
        return self.envelope.success("Success", result=items)

    @staticmethod
    def _try(act: Callable[[Any], _Order], item: Any) -> _Order | Failure:
        try:
            return act(item)
        except Failure as exc:
            return exc

    @operation("placeOrderV1")
    def place_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._try(self._place_v1, item) for item in call.body])

    def _place_v1(self, item: Mapping[str, Any]) -> _Order:
        return self._place(self._ticket_v1(item), "open-api-v1")

    @operation("squareOffPositionV1")
    def square_off_position_v1(self, call: Call) -> dict[str, Any]:
        return self.place_order_v1(call)

    @operation("modifyOrderV1")
    def modify_order_v1(self, call: Call) -> dict[str, Any]:
        body = call.body
        order = self._modify(
            body["brokerOrderId"],
            quantity=_int(body.get("quantity")) or None,
            price=_decimal(body["price"], "price") if body.get("price") else None,
            trigger=_decimal(body["slTriggerPrice"], "slTriggerPrice")
            if body.get("slTriggerPrice")
            else None,
            price_type=V1_PRICE_TYPES[body["orderType"]] if body.get("orderType") else None,
            validity=body.get("validity") or None,
            disclosed=_int(body["disclosedQuantity"]) if body.get("disclosedQuantity") else None,
        )
        return self._acks([order])

    @operation("cancelOrderV1")
    def cancel_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._cancel(call.body["brokerOrderId"])])

    def _exit(self, item: Mapping[str, Any]) -> _Order:
        order = self._order(item["brokerOrderId"])
        if order.variety != V1_VARIETIES[item["orderComplexity"]]:
            raise Failure(f"Order {order.number} is not a {item['orderComplexity']} order")
        if order.status in LIVE:
            return self._cancel(order.number)
        if order.status != COMPLETE:
            raise Failure(f"Order {order.number} is {order.status} and cannot be exited")
        pos = self.ledger.position(order.instrument, order.product)
        if pos is None or pos.net_qty == 0:
            raise Failure(f"Order {order.number} is already exited")
        ticket = _Ticket(
            instrument=order.instrument,
            side="SELL" if pos.net_qty > 0 else "BUY",
            price_type="MKT",
            product=order.product,
            variety="Regular",
            validity="DAY",
            quantity=min(order.quantity, abs(pos.net_qty)),
            price=ZERO,
            trigger=ZERO,
            disclosed=0,
            tag=f"exit {order.number}",
        )
        return self._place(ticket, order.generation)

    @operation("exitBracketOrderV1")
    def exit_bracket_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._try(self._exit, item) for item in call.body])

    def _v1_row(self, order: _Order, **extra: Any) -> dict[str, Any]:
        instrument = order.instrument
        return {
            "brokerOrderId": order.number,
            "orderStatus": order.status,
            "filledQuantity": str(order.filled),
            "transactionType": order.side,
            "formattedInstrumentName": instrument.trading_symbol,
            "exchange": instrument.exchange,
            "instrumentId": instrument.token,
            "tradingSymbol": instrument.trading_symbol,
            "quantity": str(order.quantity),
            "price": money(order.price),
            "slTriggerPrice": money(order.trigger),
            "averageTradedPrice": money(order.average),
            "orderType": V1_PRICE_TYPE_NAMES.get(order.price_type, order.price_type),
            "orderComplexity": V1_VARIETY_NAMES.get(order.variety, order.variety),
            "product": V1_PRODUCT_NAMES.get(order.product, order.product),
            "validity": order.validity,
            "orderTag": order.tag,
            "rejectionReason": order.rejected_reason,
            "orderTime": order.placed_at.strftime("%d-%m-%Y %H:%M:%S"),
            **extra,
        }

    @operation("getOrderBookV1")
    def get_order_book_v1(self, call: Call) -> dict[str, Any]:
        rows = [self._v1_row(o) for o in reversed(self.orders.values())]
        return self.envelope.success("Success", result=rows)

    @operation("getTradeBookV1")
    def get_trade_book_v1(self, call: Call) -> dict[str, Any]:
        rows = [
            self._v1_row(
                order, fillId=row["fillId"], fillQuantity=row["fillqty"], fillPrice=row["fillprc"]
            )
            for order, row in self._trade_rows()
        ]
        return self.envelope.success("Success", result=rows)

    @operation("getOrderHistoryV1")
    def get_order_history_v1(self, call: Call) -> dict[str, Any]:
        order = self._order(call.body["brokerOrderId"])
        rows = [
            self._v1_row(order, orderStatus=status, report=report, time=self._time(when))
            for status, report, when in reversed(order.history)
        ]
        return self.envelope.success("Success", result=rows)

    @operation("getPositionsV1")
    def get_positions_v1(self, call: Call) -> dict[str, Any]:
        return self.get_positions(call)

    @operation("getHoldingsV1")
    def get_holdings_v1(self, call: Call) -> dict[str, Any]:
        rows = self._holding_rows() if call.path["product"].upper() == "CNC" else []
        return self.envelope.success("Success", result=rows)

    @operation("getFundLimitsV1")
    def get_fund_limits_v1(self, call: Call) -> dict[str, Any]:
        return self.get_fund_limits(call)

    @operation("getProfileV1")
    def get_profile_v1(self, call: Call) -> dict[str, Any]:
        return self.get_profile(call)

    @operation("getOrderMarginV1")
    def get_order_margin_v1(self, call: Call) -> dict[str, Any]:
        body = {**call.body, "validity": "DAY"}
        return self.envelope.success("Success", result=[self._margin(self._ticket_v1(body))])

    @operation("convertPositionV1")
    def convert_position_v1(self, call: Call) -> dict[str, Any]:
        return self._convert(call.body, int(call.body["quantity"]))

    # contract master ----------------------------------------------------------------------

    @operation("getContractMaster")
    def get_contract_master(self, call: Call) -> Reply:
        name = call.path["exchange"]
        if name.lower().endswith(".csv"):
            name = name[:-4]
        exchange = name.upper()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if exchange == "INDICES":
            writer.writerow(["exch", "token", "symbol"])
            writer.writerows(INDICES)
        else:
            rows = [i for i in self.instruments if i.exchange == exchange]
            if not rows:
                raise Failure(f"No contract file for {name}", status=404)
            columns = [c["name"] for c in self._csv_columns(call)]
            writer.writerow(columns)
            for instrument in rows:
                writer.writerow(
                    [CSV_VALUES[c](instrument) if c in CSV_VALUES else "" for c in columns]
                )
        return Reply(out.getvalue(), media_type="text/csv")

    def _csv_columns(self, call: Call) -> list[dict[str, Any]]:
        spec_op = catalog(self.broker).document["paths"][call.op.path]["get"]
        media = spec_op["responses"]["200"]["content"]["text/csv"]
        return list(media["x-csv-columns"])

    # -- inspection -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        self._settle()
        return {
            "sessions": len(self.sessions),
            "pendingAuthCodes": len(self.auth_codes),
            "orders": [
                {"orderNo": o.number, "symbol": o.instrument.trading_symbol, "side": o.side,
                 "quantity": o.quantity, "price": money(o.price), "status": o.status,
                 "generation": o.generation}
                for o in self.orders.values()
            ],
            "trades": len(self.ledger.visible_trades()),
            "marginUsed": money(self._margin_used()),
        }  # fmt: skip
