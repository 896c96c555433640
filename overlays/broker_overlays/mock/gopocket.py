"""Gopocket wire adapter: the vendor SSO (browser login page, one-time ``authCode``, checksum
exchange) of its own, and both API generations' field names (``rest`` and ``open-api-v1``),
status words and formats around the shared exchange engine
(:mod:`broker_overlays.mock.engine`: matching, positions, holdings, funds, the moving market).

Codifi words: ``PENDING`` (before the broker decides), ``OPEN`` (also while partly filled),
``TRIGGER PENDING``, ``COMPLETE``, ``CANCELLED``, ``REJECTED``; a new order the risk checks
reject is acknowledged and then shows ``REJECTED`` in the book. Unknown instruments or orders
answer the failure envelope (HTTP 200). After-market orders stay open. The chart endpoints
(``/charts/historical``, ``/charts/intraday``) answer candles of the moving market for the
instrument and dates asked.

A path variant (an operation with ``x-variant-of`` in the spec: the ``/api/`` books, the
older SSO URLs, the SDK's holdings call without a product) is served by its sibling's handler.

With an :class:`~broker_overlays.mock.engine.OrderAcceptance` rule (``order_acceptance=``, or
the ``order_acceptance`` attribute), a new order first shows as ``PENDING`` (the status of the
docs' first history row) for the rule's delay, then is rejected with the rule's reason, or
goes through the risk checks. The decision is applied lazily, before any handler runs, by the
mock's clock, and timestamped at the moment it was due.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from broker_overlays.candles import chart_epoch
from broker_overlays.mock.app import BrowserPage, Call, Failure, Handler, Reply, operation
from broker_overlays.mock.engine import (
    CANCELLED,
    COMPLETE,
    OPEN,
    PARTIALLY_FILLED,
    REJECTED,
    TRIGGER_PENDING,
    VALIDATION_PENDING,
    ZERO,
    Order,
    Position,
    Refused,
    Ticket,
    cents,
)
from broker_overlays.mock.prices import Candle, session_minutes
from broker_overlays.mock.universe import Instrument
from broker_overlays.mock.wire import (
    ORDER_TYPE_CODES,
    ORDER_TYPES,
    ExchangeMock,
    Fields,
    csv_file,
    money,
    reverse,
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

STATUS: Final = {
    VALIDATION_PENDING: "PENDING", OPEN: "OPEN", TRIGGER_PENDING: "TRIGGER PENDING",
    PARTIALLY_FILLED: "OPEN", COMPLETE: "COMPLETE", CANCELLED: "CANCELLED",
    REJECTED: "REJECTED",
}  # fmt: skip
REPORTS: Final = {
    "new": "PendingNew", "accepted": "NewAck", "amo": "AMO received", "modified": "Replaced",
    "triggered": "TriggerHit", "fill": "Fill", "cancelled": "Canceled", "rejected": "Rejected",
}  # fmt: skip
"""The ``report`` of a history row, by engine event."""
MESSAGES: Final = {
    "holdings": "RMS:Rule: Check holdings, insufficient sellable quantity",
    "margin": "RMS:Margin Exceeds, Required margin is more than available margin",
    "price_required": "Price is required for limit and stop-loss limit orders",
    "trigger_required": "Trigger price is required for stop-loss orders",
    "disclosed": "Disclosed quantity must be at least 10% of the quantity",
    "quantity": "Quantity must be positive and not below the filled quantity",
    "not_found": "Order {number} not found",
    "not_live": "SAF:order is not open to modify or cancel",
    "no_position": "No open {product} position in {symbol}",
    "convert_quantity": "Quantity to convert exceeds the open quantity {open}",
}

# SDK-layout (open-api-v1) names <-> the docs-layout names.
SIDES = {"B": "BUY", "S": "SELL", "BUY": "BUY", "SELL": "SELL"}
V1_PRICE_TYPES = {"LIMIT": "L", "MARKET": "MKT", "SL": "SL", "SLM": "SL-M"}
V1_VARIETIES = {"REGULAR": "Regular", "AMO": "AMO", "CO": "CO", "BO": "BO"}
V1_PRODUCTS = {
    "INTRADAY": "MIS", "MIS": "MIS", "CNC": "CNC", "DELIVERY": "CNC", "LONGTERM": "CNC",
    "NORMAL": "NRML", "NRML": "NRML", "MTF": "MTF", "BNPL": "MTF", "GTT": "GTT",
}  # fmt: skip
V1_PRICE_TYPE_NAMES = reverse(V1_PRICE_TYPES)
V1_VARIETY_NAMES = reverse(V1_VARIETIES)
V1_PRODUCT_NAMES = {"MIS": "INTRADAY", "CNC": "LONGTERM", "NRML": "NORMAL", "MTF": "MTF",
                    "GTT": "GTT"}  # fmt: skip
PRODUCT_CODES = {"MIS": "I", "CNC": "C", "NRML": "M"}
"""One-letter product codes Gopocket returns in positions."""
SEGMENTS = {"NSE_EQ": "NSE", "BSE_EQ": "BSE", "NSE_FNO": "NFO", "IDX_I": "INDEX"}
"""Chart exchange segments -> exchanges (the others list nothing in the mock universe)."""
REST: Final = Fields("qty", "price", "triggerPrice", "ret", "disclosedQty")
V1: Final = Fields("quantity", "price", "slTriggerPrice", "validity", "disclosedQuantity")


def _csv_value(column: str, i: Instrument) -> str:
    """How each contract-master column (named by the spec's ``x-csv-columns``) is filled."""
    derivative = i.kind not in ("EQ", "INDEX")
    values = {
        "Exch": i.exchange,
        "Token": i.token,
        "Symbol": i.symbol,
        "Trading Symbol": i.trading_symbol,
        "Instrument Name": i.name,
        "Instrument Type": i.kind if derivative else "",
        "Group Name": "XX" if derivative else "EQ",
        "Expiry Date": i.expiry,
        "Lot Size": str(i.lot_size),
        "Option Type": i.option_type or ("XX" if derivative else ""),
        "Strike Price": i.strike or ("0" if derivative else ""),
        "Tick Size": i.tick_size,
        "Exchange Segment": _AB_SEGMENTS.get(i.exchange, i.exchange.lower()),
        "Formatted Ins Name": i.name.upper(),
    }
    return values.get(column, "")


_AB_SEGMENTS: Final = {"NSE": "nse_cm", "BSE": "bse_cm", "NFO": "nse_fo", "BFO": "bse_fo"}
"""Alice Blue's ``Exchange Segment`` values (FR:B5.3: an [AB]-only column)."""


def _chart(candles: list[Candle]) -> dict[str, list[Any]]:
    return {
        "open": [float(c.open) for c in candles],
        "high": [float(c.high) for c in candles],
        "low": [float(c.low) for c in candles],
        "close": [float(c.close) for c in candles],
        "volume": [c.volume for c in candles],
        "start_Time": [int((c.start - chart_epoch()).total_seconds()) for c in candles],
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


class GopocketMock(ExchangeMock):
    """Gopocket's wire formats around the exchange engine (see the module docstring)."""

    broker = "gopocket"
    messages = MESSAGES
    order_numbers = (14, 3840)
    first_exchange_id = 1300000022510042

    def __init__(self, account: GopocketAccount | None = None, **options: Any) -> None:
        self.account: GopocketAccount
        super().__init__(account or GopocketAccount(), **options)

    def reset_sessions(self) -> None:
        self.sessions: dict[str, str] = {}
        self.auth_codes: dict[str, datetime] = {}
        self.websocket_keys: dict[str, str] = {}

    def handler(self, operation_id: str) -> Handler | None:
        """The operation's handler, or for a path variant (``x-variant-of``) its sibling's."""
        found = super().handler(operation_id)
        if found is None:
            spec = catalog(self.broker)
            sibling = spec.spec_operation(spec.by_id(operation_id)).get("x-variant-of")
            if isinstance(sibling, str):
                found = super().handler(sibling)
        return found

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

    def _instrument(
        self, exchange: str, symbol: str | None = None, token: str | None = None
    ) -> Instrument:
        found = (
            self.instruments.by_token(exchange, token)
            if token is not None
            else self.instruments.find(exchange, symbol or "")
        )
        if found is None or not found.tradable:
            raise Failure(f"Invalid instrument {token or symbol} on {exchange}")
        return found

    @staticmethod
    def _ticket(instrument: Instrument, price_type: str, variety: str, **fields: Any) -> Ticket:
        return Ticket(
            instrument=instrument,
            order_type=ORDER_TYPES.get(price_type, price_type),
            amo=variety == "AMO",
            **fields,
        )

    def _ticket_rest(self, body: Mapping[str, Any]) -> tuple[Ticket, str]:
        variety = str(body["orderType"])
        ticket = self._ticket(
            self._instrument(body["exchange"], symbol=body["tradingSymbol"]),
            str(body["priceType"]),
            variety,
            side=SIDES[body["transType"]],
            product=str(body["product"]),
            tag=str(body.get("remarks") or ""),
            **REST.new(body),
        )
        return ticket, variety

    def _ticket_v1(self, body: Mapping[str, Any]) -> tuple[Ticket, str]:
        variety = V1_VARIETIES[body["orderComplexity"]]
        ticket = self._ticket(
            self._instrument(body["exchange"], token=str(body["instrumentId"])),
            V1_PRICE_TYPES[body["orderType"]],
            variety,
            side=SIDES[body["transactionType"]],
            product=V1_PRODUCTS.get(body["product"], body["product"]),
            tag=str(body.get("orderTag") or ""),
            **V1.new(body),
        )
        return ticket, variety

    def _submit(self, ticket: tuple[Ticket, str], generation: str) -> Order:
        try:
            return self.place(ticket[0], variety=ticket[1], generation=generation)
        except Refused as exc:
            raise self.failure(exc) from None

    def _cancel(self, number_: str) -> Order:
        try:
            return self.exchange.cancel(self.order(number_))
        except Refused as exc:
            raise self.failure(exc) from None

    def _modify(self, number_: str, **changes: Any) -> Order:
        try:
            return self.exchange.modify(self.order(number_), **changes)
        except Refused as exc:
            raise self.failure(exc) from None

    def _time(self, when: datetime) -> str:
        return when.strftime("%H:%M:%S %d-%m-%Y")

    def _ack(self, order: Order) -> dict[str, Any]:
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
            call.body, lambda item: self._ack(self._submit(self._ticket_rest(item), "rest"))
        )

    @operation("modifyOrder")
    def modify_order(self, call: Call) -> dict[str, Any]:
        body = call.body
        order = self._modify(body["orderNo"], **REST.changes(body, str(body["priceType"])))
        return self._ack(order)

    @operation("cancelOrder")
    def cancel_order(self, call: Call) -> list[dict[str, Any]]:
        return self._each(call.body, lambda item: self._ack(self._cancel(item["orderNo"])))

    def _margin(self, ticket: Ticket) -> dict[str, Any]:
        price = ticket.price or self.exchange.price(ticket.instrument)
        required = self.exchange.required_margin(
            ticket.instrument, ticket.side, ticket.product, ticket.quantity, price
        )
        available = self.exchange.available()
        shortfall = max(ZERO, required - available)
        return {
            "remarks": "Insufficient Balance" if shortfall else None,
            "marginUsed": float(self.exchange.margin_used()),
            "openingBalance": float(self.account.cash),
            "requiredMargin": float(cents(required)),
            "availableMargin": float(available),
            "marginShortfall": float(cents(shortfall)),
        }

    @operation("getOrderMargin")
    def get_order_margin(self, call: Call) -> dict[str, Any]:
        ticket, _ = self._ticket_rest({"ret": "DAY", **call.body})
        return self.envelope.success("Success", result=[self._margin(ticket)])

    def _price_type(self, order: Order) -> str:
        return ORDER_TYPE_CODES.get(order.order_type, order.order_type)

    def _book_row(self, order: Order) -> dict[str, Any]:
        instrument = order.instrument
        status = STATUS[order.status]
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
            "priceType": self._price_type(order),
            "orderType": order.wire.get("variety", "Regular"),
            "orderStatus": status,
            "fillShares": str(order.filled),
            "exchUpdateTime": order.history[-1].time.strftime("%d-%m-%Y %H:%M:%S"),
            "exchOrderId": order.exchange_id
            if status not in (STATUS[REJECTED], "PENDING")
            else None,
            "formattedInsName": instrument.trading_symbol,
            "ltp": money(self.exchange.price(instrument)),
            "rejectedReason": order.rejection or None,
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

    def _trade_rows(self) -> list[tuple[Order, dict[str, Any]]]:
        rows = []
        for trade, order in self.fills():
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
                        "orderType": order.wire.get("variety", "Regular"),
                        "priceType": self._price_type(order),
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
                        "ltp": money(self.exchange.price(instrument)),
                        "orderTime": self._time(order.placed_at),
                    },
                )
            )
        return rows

    @operation("getTradeBook")
    def get_trade_book(self, call: Call) -> dict[str, Any]:
        return self.envelope.success("Success", result=[row for _, row in self._trade_rows()])

    def _history_rows(self, order: Order) -> list[dict[str, Any]]:
        instrument = order.instrument
        rows = []
        for event in reversed(order.history):
            status, when = STATUS[event.status], event.time
            rows.append(
                {
                    "orderNo": order.number,
                    "userId": self.account.user_id,
                    "actId": self.account.user_id,
                    "exchange": instrument.exchange,
                    "tradingSymbol": instrument.trading_symbol,
                    "quantity": str(order.quantity),
                    "transType": order.side[0],
                    "priceType": self._price_type(order),
                    "orderType": order.wire.get("variety", "Regular"),
                    "ret": order.validity,
                    "token": instrument.token,
                    "pricePrecision": "2",
                    "lotSize": str(instrument.lot_size),
                    "tickSize": instrument.tick_size,
                    "price": money(order.price),
                    "avgPrice": money(order.average) if event.kind == "fill" else None,
                    "disclosedQty": str(order.disclosed),
                    "product": order.product,
                    "status": status,
                    "report": REPORTS[event.kind],
                    "fillshares": str(order.filled if status == "COMPLETE" else 0),
                    "time": self._time(when),
                    "exchTime": when.strftime("%d-%m-%Y %H:%M:%S") if status != "PENDING" else None,
                    "remarks": order.rejection if status == "REJECTED" else None,
                    "exchOrderNo": order.exchange_id
                    if status not in ("PENDING", "REJECTED")
                    else None,
                }
            )
        return rows

    @operation("getOrderHistory")
    def get_order_history(self, call: Call) -> dict[str, Any]:
        order = self.order(call.body["orderNo"])
        return self.envelope.success("Success", result=self._history_rows(order))

    # portfolio and funds (rest) ---------------------------------------------------------------

    def _position_row(self, pos: Position) -> dict[str, Any]:
        instrument = pos.instrument
        segment = {"NSE": "nse_cm", "BSE": "bse_cm", "NFO": "nse_fo"}.get(instrument.exchange, "")
        close = self.exchange.market.previous_close(instrument, self.clock())
        return {
            "formattedInsName": instrument.trading_symbol,
            "tradingSymbol": instrument.trading_symbol,
            "exchange": instrument.exchange,
            "segment": segment,
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
            "ltp": money(pos.mark),
            "pnl": money(pos.realized + pos.unrealized),
            "mtm": money(pos.unrealized),
            "pdc": money(close),
            "realizedpnl": money(pos.realized),
            "unrealizedpnl": money(pos.unrealized),
            "multiplier": "1",
            "lotSize": str(instrument.lot_size),
            "tickSize": instrument.tick_size,
        }

    @operation("getPositions")
    def get_positions(self, call: Call) -> dict[str, Any]:
        rows = [self._position_row(pos) for pos in self.exchange.positions()]
        return self.envelope.success("success", result=rows)

    def _convert(self, body: Mapping[str, Any], quantity: int) -> dict[str, Any]:
        instrument = self._instrument(body["exchange"], symbol=body["tradingSymbol"])
        source = V1_PRODUCTS.get(str(body["prevProduct"]).upper(), str(body["prevProduct"]))
        target = V1_PRODUCTS.get(str(body["product"]).upper(), str(body["product"]))
        self.exchange.convert(instrument, source, target, quantity)
        return self.envelope.success("Success", result=[])

    @operation("convertPosition")
    def convert_position(self, call: Call) -> dict[str, Any]:
        return self._convert(call.body, int(call.body["qty"]))

    def _holding_rows(self) -> list[dict[str, Any]]:
        rows = []
        now = self.clock()
        for holding in self.holdings:
            instrument = holding.instrument
            listings = [
                {
                    "exchange": i.exchange,
                    "token": i.token,
                    "tradingSymbol": i.trading_symbol,
                    "pdc": money(self.exchange.market.previous_close(i, now)),
                    "ltp": money(self.exchange.price(i, now)),
                }
                for i in self.instruments
                if i.symbol == instrument.symbol and i.kind == "EQ"
            ]
            pnl = holding.quantity * (self.exchange.price(instrument, now) - holding.average_price)
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
        used = self.exchange.margin_used()
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
            "bankdetails": [
                {
                    "bankName": "MOCK BANK",
                    "accNumber": "XXXXXXXX1234",
                    "ifsc": "MOCK0000001",
                    "micr": "000000001",
                }
            ],
            "dpAccountNumber": [
                {
                    "dpAccountNumber": "1209280000000001",
                    "dpId": "12092800",
                    "boId": "1209280000000001",
                    "repository": "CDSL",
                    "edisClientCode": None,
                    "dpAccountName": self.account.client_name,
                }
            ],
            "dpAcctNum": None,
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

    @operation("getUser")
    def get_user(self, call: Call) -> dict[str, Any]:
        """The WebSocket key of the session (one per session, like the web app's daily key)."""
        key = self.websocket_keys.setdefault(str(call.token), secrets.token_hex(16))
        return self.envelope.success("Success", result=[{"key": key}])

    # open-api-v1 generation ----------------------------------------------------------------

    def _acks(self, orders: list[Order | Failure]) -> dict[str, Any]:
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
    def _try(act: Callable[[Any], Order], item: Any) -> Order | Failure:
        try:
            return act(item)
        except Failure as exc:
            return exc

    @operation("placeOrderV1")
    def place_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._try(self._place_v1, item) for item in call.body])

    def _place_v1(self, item: Mapping[str, Any]) -> Order:
        return self._submit(self._ticket_v1(item), "open-api-v1")

    @operation("squareOffPositionV1")
    def square_off_position_v1(self, call: Call) -> dict[str, Any]:
        return self.place_order_v1(call)

    @operation("modifyOrderV1")
    def modify_order_v1(self, call: Call) -> dict[str, Any]:
        body = call.body
        price_type = V1_PRICE_TYPES[body["orderType"]] if body.get("orderType") else None
        order = self._modify(body["brokerOrderId"], **V1.changes(body, price_type))
        return self._acks([order])

    @operation("cancelOrderV1")
    def cancel_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._cancel(call.body["brokerOrderId"])])

    def _exit(self, item: Mapping[str, Any]) -> Order:
        order = self.order(item["brokerOrderId"])
        if order.wire.get("variety") != V1_VARIETIES[item["orderComplexity"]]:
            raise Failure(f"Order {order.number} is not a {item['orderComplexity']} order")
        if order.live:
            return self._cancel(order.number)
        if order.status != COMPLETE:
            raise Failure(f"Order {order.number} is {STATUS[order.status]} and cannot be exited")
        pos = self.exchange.position(order.instrument, order.product)
        if pos is None or pos.net_qty == 0:
            raise Failure(f"Order {order.number} is already exited")
        ticket = Ticket(
            instrument=order.instrument,
            side="SELL" if pos.net_qty > 0 else "BUY",
            order_type="MARKET",
            product=order.product,
            quantity=min(order.quantity, abs(pos.net_qty)),
            tag=f"exit {order.number}",
        )
        return self._submit((ticket, "Regular"), order.wire.get("generation", "rest"))

    @operation("exitBracketOrderV1")
    def exit_bracket_order_v1(self, call: Call) -> dict[str, Any]:
        return self._acks([self._try(self._exit, item) for item in call.body])

    def _v1_row(self, order: Order, **extra: Any) -> dict[str, Any]:
        instrument = order.instrument
        price_type = self._price_type(order)
        variety = order.wire.get("variety", "Regular")
        return {
            "brokerOrderId": order.number,
            "orderStatus": STATUS[order.status],
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
            "orderType": V1_PRICE_TYPE_NAMES.get(price_type, price_type),
            "orderComplexity": V1_VARIETY_NAMES.get(variety, variety),
            "product": V1_PRODUCT_NAMES.get(order.product, order.product),
            "validity": order.validity,
            "orderTag": order.tag,
            "rejectionReason": order.rejection or None,
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
                order,
                fillId=row["fillId"],
                fillQuantity=row["fillqty"],
                fillPrice=row["fillprc"],
                tradedPrice=row["fillprc"],
                filledQuantity=row["fillqty"],
                fillTimestamp=row["fillTime"][-8:],  # time of day only, as reported
                exchangeTradeId=row["fillId"],
            )
            for order, row in self._trade_rows()
        ]
        return self.envelope.success("Success", result=rows)

    @operation("getOrderHistoryV1")
    def get_order_history_v1(self, call: Call) -> dict[str, Any]:
        order = self.order(call.body["brokerOrderId"])
        rows = [
            self._v1_row(order, orderStatus=STATUS[e.status], report=REPORTS[e.kind],
                         time=self._time(e.time))
            for e in reversed(order.history)
        ]  # fmt: skip
        return self.envelope.success("Success", result=rows)

    @operation("getPositionsV1")
    def get_positions_v1(self, call: Call) -> dict[str, Any]:
        rows = [
            {
                **row,
                "netQuantity": row["netQty"],
                "netAveragePrice": row["averagePrice"],
                "dayBuyPrice": row["netBuyAvgPrice"],
                "daySellPrice": row["netSellAvgPrice"],
                "buyQuantity": row["netBuyQty"],
                "sellQuantity": row["netSellQty"],
                "unrealisedPnl": row["unrealizedpnl"],
                "realizedPnl": row["realizedpnl"],
            }
            for row in (self._position_row(pos) for pos in self.exchange.positions())
        ]
        return self.envelope.success("Success", result=rows)

    @operation("getHoldingsV1")
    def get_holdings_v1(self, call: Call) -> dict[str, Any]:
        """Holdings of the path's product; all products without one (``getHoldingsAllV1``).
        The mock's holdings are all delivery (CNC) holdings."""
        product = call.path.get("product")
        rows = self._holding_rows() if product is None or product.upper() == "CNC" else []
        return self.envelope.success("Success", result=[self._v1_holding(row) for row in rows])

    @staticmethod
    def _v1_holding(row: dict[str, Any]) -> dict[str, Any]:
        """A holding row with the field names read on Codifi's other deployment added."""
        listings = {s["exchange"]: s for s in row["symbol"]}
        nse, bse = listings.get("NSE", {}), listings.get("BSE", {})
        return {
            **row,
            "nseTradingSymbol": nse.get("tradingSymbol"),
            "bseTradingSymbol": bse.get("tradingSymbol"),
            "nseInstrumentId": nse.get("token"),
            "dpQuantity": row["holdQty"],
            "totalQuantity": row["holdQty"],
            "t1Quantity": "0",
            "averageTradedPrice": row["buyPrice"],
        }

    @operation("getFundLimitsV1")
    def get_fund_limits_v1(self, call: Call) -> dict[str, Any]:
        funds = self._funds()
        limits = {
            **funds,
            "tradingLimit": money(Decimal(str(funds["availableMargin"]))),
            "collateralMargin": "0.00",
            "utilizedMargin": money(Decimal(str(funds["marginUsed"]))),
        }
        return self.envelope.success("Success", result=[limits])

    @operation("getProfileV1")
    def get_profile_v1(self, call: Call) -> dict[str, Any]:
        return self.get_profile(call)

    @operation("getOrderMarginV1")
    def get_order_margin_v1(self, call: Call) -> dict[str, Any]:
        ticket, _ = self._ticket_v1({**call.body, "validity": "DAY"})
        return self.envelope.success("Success", result=[self._margin(ticket)])

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
        if exchange == "INDICES":
            indices = [(i.exchange, i.token, i.symbol) for i in self.instruments.indices]
            return csv_file(call, ("exch", "token", "symbol"), indices, self.now())
        found = [i for i in self.instruments if i.exchange == exchange]
        if not found:
            raise Failure(f"No contract file for {name}", status=404)
        columns = self.csv_columns(call)
        rows = [[_csv_value(c, i) for c in columns] for i in found]
        return csv_file(call, columns, rows, self.now())

    # charts -------------------------------------------------------------------------------

    def _chart_instrument(
        self, segment: str, symbol: str = "", token: str = ""
    ) -> Instrument | None:
        exchange = SEGMENTS.get(segment)
        if exchange is None:
            return None
        if exchange == "INDEX":
            return next(
                (i for i in self.instruments.indices if token in ("", i.token)
                 and (not symbol or symbol.upper() in (i.symbol, i.series))),
                None,
            )  # fmt: skip
        if token:
            return self.instruments.by_token(exchange, token)
        return self.instruments.find(exchange, symbol)

    @operation("getHistoricalData")
    def get_historical_data(self, call: Call) -> dict[str, Any]:
        body = call.body
        instrument = self._chart_instrument(body["exchangeSegment"], symbol=body["symbol"])
        try:
            first, last = date.fromisoformat(body["fromDate"]), date.fromisoformat(body["toDate"])
        except ValueError:
            instrument = None
        if instrument is None:
            return _chart([])
        return _chart(self.exchange.market.daily_candles(instrument, first, last))

    @operation("getIntradayData")
    def get_intraday_data(self, call: Call) -> dict[str, Any]:
        body = call.body
        instrument = self._chart_instrument(body["exchangeSegment"], token=body["securityId"])
        if instrument is None:
            return _chart([])
        now = self.now()
        day = self.exchange.market.session_day(now)
        if now < session_minutes(day)[0]:  # before today's open: the last session
            day = self.exchange.market.session_day(now - timedelta(days=1))
        start, end = session_minutes(day)
        candles = self.exchange.market.intraday_candles(
            instrument, start, min(end - timedelta(minutes=1), now)
        )
        return _chart(candles)

    # -- inspection -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            "sessions": len(self.sessions),
            "pendingAuthCodes": len(self.auth_codes),
            **super().snapshot(),
        }
