"""Samco wire adapter: sessions (API key/secret and OAuth 2.1) and baskets of its own, and
Samco's field names, status words and string numbers around the shared exchange engine
(:mod:`broker_overlays.mock.engine`: matching, positions, holdings, funds, the moving market).

Samco words: book status ``Open`` / ``Partially Executed`` / ``Trigger Pending`` /
``Complete`` / ``Cancelled`` / ``Rejected`` / ``Validation Pending`` (the place response and
``getOrderStatus`` say ``PENDING`` / ``EXECUTED`` ...). A new order the risk checks reject is
booked as ``Rejected`` and answered as a failure. Business errors answer HTTP 200 with
``status: Failure``. All numbers are strings. Baskets (create, rename, delete; add, modify,
list and remove their orders) are kept per id; executing, squaring off and rearranging a
basket answer the spec's examples. Quotes, index quotes, multi-quotes, market depth, option
and future chains, symbol search, SPAN margin and every candle endpoint answer data of the
moving market for the symbol and dates asked.

With an :class:`~broker_overlays.mock.engine.OrderAcceptance` rule (``order_acceptance=``, or
the ``order_acceptance`` attribute), a new order first shows as ``Validation Pending``
(``VALIDATION PENDING`` in ``getOrderStatus`` and the place response) for the rule's delay,
then is rejected with the rule's reason or goes through the risk checks as above.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from broker_overlays.auth.clock import IST, next_session_expiry
from broker_overlays.mock.app import BrowserPage, Call, Failure, operation
from broker_overlays.mock.engine import (
    CANCELLED,
    COMPLETE,
    OPEN,
    PARTIALLY_FILLED,
    REJECTED,
    TRIGGER_PENDING,
    VALIDATION_PENDING,
    ZERO,
    Bracket,
    Order,
    Position,
    Refused,
    Ticket,
    margin_factor,
)
from broker_overlays.mock.prices import Candle
from broker_overlays.mock.universe import Instrument
from broker_overlays.mock.wire import (
    ORDER_TYPE_CODES,
    ORDER_TYPES,
    ExchangeMock,
    Fields,
    money,
    number,
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_API_SECRET", "SamcoAccount", "SamcoMock"]

DEFAULT_API_KEY: Final = "mock-samco-api-key"
DEFAULT_API_SECRET: Final = "mock-samco-api-secret"
REFRESH_LIFETIME: Final = timedelta(days=7)
CODE_LIFETIME: Final = timedelta(minutes=10)

BOOK_STATUS: Final = {
    VALIDATION_PENDING: "Validation Pending", OPEN: "Open", TRIGGER_PENDING: "Trigger Pending",
    PARTIALLY_FILLED: "Partially Executed", COMPLETE: "Complete", CANCELLED: "Cancelled",
    REJECTED: "Rejected",
}  # fmt: skip
EXCHANGE_STATUS: Final = {
    VALIDATION_PENDING: "VALIDATION PENDING", OPEN: "PENDING", TRIGGER_PENDING: "TRIGGER PENDING",
    PARTIALLY_FILLED: "PARTIALLY EXECUTED", COMPLETE: "EXECUTED", CANCELLED: "CANCELLED",
    REJECTED: "REJECTED",
}  # fmt: skip
MESSAGES: Final = {
    "holdings": "Insufficient holdings: CNC sell quantity exceeds the sellable quantity",
    "margin": "Insufficient margin: required {required}",
    "price_required": "Price is mandatory for L and SL orders",
    "trigger_required": "Trigger price is mandatory for SL orders",
    "disclosed": "Disclosed quantity must be at least 10% of the quantity",
    "quantity": "Quantity must be positive and not below the filled quantity",
    "not_found": "Order {number} not found",
    "not_live": "Order {number} is {status} and cannot be changed",
    "leg_executed": "The sub-order is in executed status and cannot be exited or cancelled",
    "exited": "Order {number} is already exited",
    "no_position": "No open {product} position in {symbol}",
    "convert_quantity": "Quantity to convert exceeds the open quantity {open}",
}
FIELDS: Final = Fields("quantity", "price", "triggerPrice", "orderValidity", "disclosedQuantity")
INDEX_IDS: Final = {
    "NIFTY 50": "-21",
    "NIFTY BANK": "-22",
    "NIFTY NEXT 50": "-23",
    "SENSEX": "-101",
}
"""Samco's listing ids of indices (the spec's examples)."""


@dataclass(frozen=True)
class SamcoAccount:
    """The one app and account the mock knows."""

    api_key: str = DEFAULT_API_KEY
    api_secret: str = DEFAULT_API_SECRET
    redirect_url: str | None = None
    """The app's registered OAuth redirect URL (must match exactly); None accepts any."""
    account_id: str = "DV99999"
    account_name: str = "MOCK TRADER"
    cash: Decimal = Decimal("1000000.00")


@dataclass
class _Session:
    kind: Literal["session", "oauth"]
    expires_at: datetime


@dataclass
class _Grant:
    """An authorization code waiting to be exchanged (once)."""

    redirect_url: str
    expires_at: datetime
    challenge: str | None
    method: str


@dataclass
class _Basket:
    """A named list of orders kept for later execution (nothing reaches the exchange)."""

    basket_id: str
    name: str
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)


BASKET_ORDER_FIELDS: Final = (
    "symbolName", "exchange", "transactionType", "orderType", "orderValidity", "productType",
    "quantity", "disclosedQuantity", "price", "triggerPrice", "priceType", "squareOffValue",
    "stopLossValue", "valueType", "trailingStopLoss",
)  # fmt: skip
"""The order fields a basket order stores (the docs' create-order table)."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _day(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        raise Failure(f"Invalid date {value!r} (yyyy-MM-dd)") from None


def _moment(value: str | None, default: datetime) -> datetime:
    try:
        return (
            datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST) if value else default
        )
    except ValueError:
        raise Failure(f"Invalid date and time {value!r} (yyyy-MM-dd HH:mm:ss)") from None


def _intraday_rows(candles: list[Candle]) -> list[dict[str, str]]:
    return [
        {"dateTime": c.start.strftime("%Y-%m-%d %H:%M:%S.0"), "open": money(c.open),
         "high": money(c.high), "low": money(c.low), "close": money(c.close),
         "volume": str(c.volume)}
        for c in candles
    ]  # fmt: skip


def _daily_rows(candles: list[Candle]) -> list[dict[str, str]]:
    return [
        {"date": c.start.strftime("%Y-%m-%d"), "open": money(c.open), "high": money(c.high),
         "low": money(c.low), "close": money(c.close), "ltp": money(c.close),
         "volume": str(c.volume)}
        for c in candles
    ]  # fmt: skip


class SamcoMock(ExchangeMock):
    """Samco's wire format around the exchange engine (see the module docstring)."""

    broker = "samco"
    messages = MESSAGES
    order_numbers = (15, 350)
    first_exchange_id = 1100000000015551

    def __init__(self, account: SamcoAccount | None = None, **options: Any) -> None:
        self.account: SamcoAccount
        super().__init__(account or SamcoAccount(), **options)

    def reset_sessions(self) -> None:
        self.sessions: dict[str, _Session] = {}
        self.refresh_tokens: dict[str, datetime] = {}
        self.codes: dict[str, _Grant] = {}
        self.baskets: dict[str, _Basket] = {}
        self._basket_ids = iter(range(1, 10**9))
        self._basket_order_ids = iter(range(1, 10**9))

    # -- sessions ---------------------------------------------------------------------------

    def credentials(self) -> dict[str, str]:
        return {"api key": self.account.api_key, "api secret": self.account.api_secret}

    def session(self, token: str) -> _Session | None:
        found = self.sessions.get(token)
        if found is None or found.expires_at <= self.clock():
            return None
        return found

    def issue_session(self) -> str:
        """A valid session token without a login call (test set-up)."""
        return self._issue("session")

    def _issue(self, kind: Literal["session", "oauth"]) -> str:
        """A JWT-shaped token (HS256 over the API secret), valid until the next 08:00 IST."""
        expires = next_session_expiry(self.clock())
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        claims = {
            "sub": self.account.account_id,
            "exp": int(expires.timestamp()),
            "jti": secrets.token_hex(8),
        }
        payload = _b64(json.dumps(claims).encode())
        signature = hmac.new(
            self.account.api_secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256
        ).digest()
        token = f"{header}.{payload}.{_b64(signature)}"
        self.sessions[token] = _Session(kind, expires)
        return token

    def _account_details(self) -> dict[str, Any]:
        return {
            "accountID": self.account.account_id,
            "accountName": self.account.account_name,
            "exchangeList": self.instruments.exchanges(),
            "orderTypeList": ["L", "SL"],
            "productList": ["CNC", "MIS", "NRML", "CO", "BO"],
        }

    @operation("generateSessionToken")
    def generate_session_token(self, call: Call) -> dict[str, Any]:
        body = call.body
        if not (
            _same(body["apiKey"], self.account.api_key)
            and _same(body["apiSecret"], self.account.api_secret)
        ):
            raise Failure("Invalid API key or API secret", status=401)
        token = self._issue("session")
        expires = self.sessions[token].expires_at.astimezone(UTC)
        return self.envelope.success(
            "Session token generated successfully",
            sessionToken=token,
            tokenId=secrets.token_hex(16),
            validity=expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
            **self._account_details(),
        )

    @operation("logout")
    def logout(self, call: Call) -> dict[str, Any]:
        if call.token is not None:
            self.sessions.pop(call.token, None)
        return self.envelope.success("User has successfully logged out")

    # -- OAuth 2.1 --------------------------------------------------------------------------

    def browser_pages(self) -> dict[str, BrowserPage]:
        return {"oauthAuthorize": self._consent}

    def _consent(self, request: Request) -> Response:
        """The consent page, approved at once: redirects with a one-time ``code``."""
        query = request.query_params
        api_key, redirect = query.get("api_key", ""), query.get("redirect_url", "")
        problem = None
        if not api_key or not redirect:
            problem = "api_key and redirect_url are required"
        elif not _same(api_key, self.account.api_key):
            problem = "Unknown api_key"
        elif self.account.redirect_url is not None and redirect != self.account.redirect_url:
            problem = "redirect_url does not match the app's registered Redirect URL"
        elif not urlsplit(redirect).scheme:
            problem = "redirect_url must be an absolute URL"
        if problem:
            return JSONResponse(self.envelope.failure(problem), 400)
        code = secrets.token_urlsafe(24)
        self.codes[code] = _Grant(
            redirect_url=redirect,
            expires_at=self.clock() + CODE_LIFETIME,
            challenge=query.get("code_challenge"),
            method=query.get("code_challenge_method", "plain"),
        )
        params = {"code": code}
        if "state" in query:
            params["state"] = query["state"]
        parts = urlsplit(redirect)
        merged = urlencode([*parse_qsl(parts.query), *params.items()])
        return RedirectResponse(urlunsplit(parts._replace(query=merged)), status_code=302)

    @operation("exchangeOAuthToken")
    def exchange_oauth_token(self, call: Call) -> dict[str, Any]:
        body = call.body
        now = self.clock()
        if body.get("grant_type") == "refresh_token":
            refresh = str(body.get("refresh_token") or "")
            expiry = self.refresh_tokens.get(refresh)
            if expiry is None or expiry <= now:
                raise Failure("Invalid or expired refresh token", status=401)
            return self.envelope.success(
                "Access token refreshed", access_token=self._issue("oauth"), refresh_token=refresh
            )
        grant = self.codes.pop(body["code"], None)  # a code works once, even when refused
        if grant is None or grant.expires_at <= now:
            raise Failure("Invalid, expired or already used authorization code", status=401)
        if grant.redirect_url != body["redirect_url"]:
            raise Failure("redirect_url does not match the authorization request", status=401)
        if grant.challenge is not None and not self._pkce_ok(grant, body.get("code_verifier")):
            raise Failure("code_verifier does not match the code_challenge", status=401)
        refresh = secrets.token_urlsafe(32)
        self.refresh_tokens[refresh] = now + REFRESH_LIFETIME
        return self.envelope.success(
            "Access token generated successfully",
            access_token=self._issue("oauth"),
            refresh_token=refresh,
        )

    @staticmethod
    def _pkce_ok(grant: _Grant, verifier: Any) -> bool:
        if not isinstance(verifier, str) or grant.challenge is None:
            return False
        if grant.method.upper() == "S256":
            return _same(_b64(hashlib.sha256(verifier.encode()).digest()), grant.challenge)
        return _same(verifier, grant.challenge)

    @operation("revokeOAuthToken")
    def revoke_oauth_token(self, call: Call) -> dict[str, Any]:
        token = call.body["token"]
        self.sessions.pop(token, None)
        self.refresh_tokens.pop(token, None)
        return self.envelope.success("Token revoked successfully")  # RFC 7009: unknown is fine

    # -- orders -----------------------------------------------------------------------------

    def _ticket(self, body: dict[str, Any], product: str, bracket: Bracket | None = None) -> Ticket:
        exchange = str(body.get("exchange") or "NSE")
        order_type = str(body["orderType"])
        return Ticket(
            instrument=self.instrument(exchange, str(body["symbolName"])),
            side=str(body["transactionType"]),
            order_type=ORDER_TYPES.get(order_type, order_type),
            product=product,
            amo=body.get("afterMarketOrderFlag") == "YES",
            bracket=bracket,
            **FIELDS.new(body),
        )

    def _details(self, order: Order) -> dict[str, str]:
        return {
            "pendingQuantity": str(order.pending),
            "avgExecutionPrice": money(order.average),
            "orderPlacedBy": "--",
            "tradingSymbol": order.instrument.trading_symbol,
            "triggerPrice": money(order.trigger),
            "exchange": order.instrument.exchange,
            "totalQuantity": str(order.quantity),
            "transactionType": order.side,
            "productType": order.product,
            "orderType": ORDER_TYPE_CODES.get(order.order_type, order.order_type),
            "quantity": str(order.quantity),
            "filledQuantity": str(order.filled),
            "orderPrice": money(order.price),
            "filledPrice": money(order.average),
            "exchangeOrderNo": order.exchange_id,
            "orderValidity": order.validity,
            "orderTime": order.placed_at.strftime("%d/%m/%Y %H:%M:%S"),
        }

    def _order_response(self, order: Order, message: str) -> dict[str, Any]:
        return self.envelope.success(
            message,
            orderNumber=order.number,
            exchangeOrderStatus=EXCHANGE_STATUS[order.status],
            orderDetails=self._details(order),
        )

    def _submit(self, ticket: Ticket, label: str) -> dict[str, Any]:
        order = self.place(ticket)
        if order.status == REJECTED:
            raise Failure(order.rejection, orderNumber=order.number, exchangeOrderStatus="REJECTED")
        return self._order_response(order, f"{label} Order request placed successfully")

    @operation("placeOrder")
    def place_order(self, call: Call) -> dict[str, Any]:
        product = str(call.body["productType"])
        return self._submit(self._ticket(call.body, product), product)

    @operation("placeBracketOrder")
    def place_bracket_order(self, call: Call) -> dict[str, Any]:
        bracket = Bracket(
            "BO",
            target=number(call.body["squareOffValue"], "squareOffValue"),
            stop=number(call.body["stopLossValue"], "stopLossValue"),
        )
        return self._submit(self._ticket(call.body, "BO", bracket), "Bracket")

    @operation("placeCoverOrder")
    def place_cover_order(self, call: Call) -> dict[str, Any]:
        stop = number(call.body.get("triggerPrice"), "triggerPrice")
        return self._submit(self._ticket(call.body, "CO", Bracket("CO", stop=stop)), "CO")

    @operation("placeBulkOrder")
    def place_bulk_order(self, call: Call) -> dict[str, Any]:
        items = call.body["orders"] if "orders" in call.body else [call.body]
        responses, numbers = [], []
        for item in items:
            product = str(item["productType"])
            try:
                try:
                    responses.append(self._submit(self._ticket(item, product), product))
                except Refused as exc:
                    raise self.failure(exc) from None
                numbers.append(responses[-1]["orderNumber"])
            except Failure as exc:
                responses.append(self.envelope.failure(exc.message, **exc.payload))
        if not numbers:
            raise Failure("Bulk order rejected: no order was placed", orderResponses=responses)
        return self.envelope.success(
            "Bulk order processed", orderResponses=responses, orderNumbers=numbers
        )

    def _live(self, number: str, action: str) -> Order:
        order = self.order(number)
        if not order.live:
            status = BOOK_STATUS[order.status].lower()
            raise Failure(f"Order {number} is {status} and cannot be {action}")
        return order

    @operation("modifyOrder")
    def modify_order(self, call: Call) -> dict[str, Any]:
        number_ = call.path["orderNumber"]
        order = self._live(number_, "modified")
        body = call.body
        order_type = str(body["orderType"]) if body.get("orderType") else None
        self.exchange.modify(order, **FIELDS.changes(body, order_type))
        return self._order_response(order, f"Order {number_} modified successfully")

    @operation("cancelOrder")
    def cancel_order(self, call: Call) -> dict[str, Any]:
        order = self.order(call.query["orderNumber"])
        if order.parent is None and order.product in ("BO", "CO"):
            raise Failure("Bracket and cover orders are exited with exitBO / exitCO")
        self.exchange.cancel(self._live(order.number, "cancelled"))
        return self.envelope.success("Order cancelled successfully", orderNumber=order.number)

    def _exit(self, call: Call, product: str, label: str) -> dict[str, Any]:
        order = self.order(call.query["orderNumber"])
        if order.product != product or order.parent is not None:
            raise Failure(f"Order {order.number} is not the main leg of a {label} Order")
        if not order.live and order.status != COMPLETE:
            status = BOOK_STATUS[order.status].lower()
            raise Failure(f"Order {order.number} is {status} and cannot be exited")
        outcome = self.exchange.exit_bracket(order)
        return self.envelope.success(
            f"{label} Order {outcome} successfully", orderNumber=order.number
        )

    @operation("exitBracketOrder")
    def exit_bracket_order(self, call: Call) -> dict[str, Any]:
        return self._exit(call, "BO", "Bracket")

    @operation("exitCoverOrder")
    def exit_cover_order(self, call: Call) -> dict[str, Any]:
        return self._exit(call, "CO", "Cover")

    @operation("getOrderStatus")
    def get_order_status(self, call: Call) -> dict[str, Any]:
        order = self.order(call.query["orderNumber"])
        return self.envelope.bare(
            orderNumber=order.number,
            orderStatus=EXCHANGE_STATUS[order.status],
            orderDetails=self._details(order),
        )

    @operation("getTriggerOrders")
    def get_trigger_orders(self, call: Call) -> dict[str, Any]:
        main = self.order(call.query["orderNumber"])
        legs = []
        for number_ in main.legs:
            leg = self.orders[number_]
            key = "targetOrderNo" if leg.leg == "target" else "stopLossOrderNo"
            legs.append(
                {
                    key: leg.number,
                    "orderStatus": BOOK_STATUS[leg.status],
                    "orderPrice": money(leg.price),
                    "triggerPrice": money(leg.trigger),
                    "mainOrderNo": main.number,
                }
            )
        return self.envelope.success("SubOrder details retrieved successfully.", triggerOrders=legs)

    @operation("getOrderBook")
    def get_order_book(self, call: Call) -> dict[str, Any]:
        rows = []
        for order in reversed(self.orders.values()):
            instrument = order.instrument
            price = order.price if order.price > 0 else self.exchange.price(instrument)
            rows.append(
                {
                    "orderNumber": order.number,
                    "exchange": instrument.exchange,
                    "tradingSymbol": instrument.trading_symbol,
                    "transactionType": order.side,
                    "productCode": order.product,
                    "orderType": ORDER_TYPE_CODES.get(order.order_type, order.order_type),
                    "orderPrice": money(order.price),
                    "triggerPrice": money(order.trigger),
                    "orderValidity": order.validity,
                    "orderStatus": BOOK_STATUS[order.status],
                    "orderValue": money(order.quantity * price),
                    "orderTime": order.placed_at.strftime("%d-%b-%Y %H:%M:%S"),
                    "userId": self.account.account_id,
                    "filledQuantity": str(order.filled),
                    "fillPrice": money(order.average),
                    "averagePrice": money(order.average),
                    "rejectionReason": order.rejection,
                    "exchangeOrderNumber": order.exchange_id,
                    "symbol": instrument.listing_id,
                    "expiry": instrument.expiry or "NA",
                    "pendingQuantity": str(order.pending),
                    "totalQuanity": str(order.quantity),
                    "quantity": str(order.quantity),
                    "disclosedQuantity": str(order.disclosed),
                    "unfilledQuantity": str(order.quantity - order.filled),
                    "cancelledQuantity": str(
                        order.quantity - order.filled if order.status == CANCELLED else 0
                    ),
                    "optionType": instrument.option_type or "XX",
                    "symbolDescription": instrument.name,
                    "instrument": "EQUITY" if instrument.kind == "EQ" else instrument.kind,
                    "lotQuantity": str(instrument.lot_size),
                }
            )
        return self.envelope.success(
            "Order Book details retrieved successfully", orderBookDetails=rows
        )

    @operation("getTradeBook")
    def get_trade_book(self, call: Call) -> dict[str, Any]:
        rows = []
        for trade, order in self.fills():
            rows.append(
                {
                    "orderNumber": order.number,
                    "exchange": trade.instrument.exchange,
                    "tradingSymbol": trade.instrument.trading_symbol,
                    "transactionType": trade.side,
                    "productCode": trade.product,
                    "orderType": ORDER_TYPE_CODES.get(order.order_type, order.order_type),
                    "orderPrice": money(order.price),
                    "quantity": str(order.quantity),
                    "orderValidity": order.validity,
                    "orderTime": order.placed_at.strftime("%I:%M:%S %p"),
                    "filledQuantity": str(trade.quantity),
                    "exchangeOrderNumber": order.exchange_id,
                    "tradeNumber": trade.trade_no,
                    "tradePrice": money(trade.price),
                    "tradeDate": trade.time.strftime("%d%b%Y").upper(),
                    "tradeTime": trade.time.strftime("%I:%M:%S %p"),
                    "strikePrice": money(Decimal(trade.instrument.strike or 0)),
                    "optionType": trade.instrument.option_type or "XX",
                    "expiry": trade.instrument.expiry or "NA",
                }
            )
        return self.envelope.success("Request Successfull", tradeBookDetails=rows)

    # -- baskets ----------------------------------------------------------------------------

    def _basket(self, basket_id: Any) -> _Basket:
        basket = self.baskets.get(str(basket_id))
        if basket is None:
            raise Failure(f"Basket {basket_id} not found")
        return basket

    def _basket_order(self, basket: _Basket, order_id: Any) -> dict[str, Any]:
        order = basket.orders.get(str(order_id))
        if order is None:
            raise Failure(f"Basket order {order_id} not found in basket {basket.basket_id}")
        return order

    @operation("listBasket")
    def list_basket(self, call: Call) -> dict[str, Any]:
        kind = call.query.get("listType") or "ALL"
        rows = [
            {"basketId": b.basket_id, "basketName": b.name, "orderCount": str(len(b.orders))}
            for b in self.baskets.values()
        ]
        return self.envelope.success(
            "Basket listed successfully", baskets=[] if kind == "EXECUTED" else rows
        )

    @operation("createBasket")
    def create_basket(self, call: Call) -> dict[str, Any]:
        basket = _Basket(str(next(self._basket_ids)), str(call.body["basketName"]))
        self.baskets[basket.basket_id] = basket
        return self.envelope.success("Basket created successfully", basketId=basket.basket_id)

    @operation("modifyBasket")
    def modify_basket(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.body["basketId"])
        basket.name = str(call.body["basketName"])
        return self.envelope.success("Basket modified successfully", basketId=basket.basket_id)

    @operation("deleteBasket")
    def delete_basket(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.body["basketId"])
        del self.baskets[basket.basket_id]
        return self.envelope.success("Basket deleted successfully")

    @operation("listBasketOrder")
    def list_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.query["basketId"])
        orders = [{"basketOrderId": k, **v} for k, v in basket.orders.items()]
        return self.envelope.success(
            "Basket order listed successfully",
            basketDetails={"basketId": basket.basket_id, "basketName": basket.name},
            basketOrders=orders,
        )

    @operation("createBasketOrder")
    def create_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.body["basketID"])
        order_id = str(next(self._basket_order_ids))
        basket.orders[order_id] = {k: call.body[k] for k in BASKET_ORDER_FIELDS if k in call.body}
        return self.envelope.success(
            "Basket order created successfully", basketId=basket.basket_id, orderId=order_id
        )

    @operation("modifyBasketOrder")
    def modify_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.body["basketId"])
        order_id = call.body["basketOrderId"]
        order = self._basket_order(basket, order_id)
        order.update({k: call.body[k] for k in BASKET_ORDER_FIELDS if k in call.body})
        return self.envelope.success(
            "Basket order modified successfully", basketId=basket.basket_id, orderId=str(order_id)
        )

    @operation("deleteBasketOrder")
    def delete_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._basket(call.body["basketId"])
        self._basket_order(basket, call.body["basketOrderId"])
        del basket.orders[str(call.body["basketOrderId"])]
        return self.envelope.success("Basket order deleted successfully")

    # -- portfolio and funds ----------------------------------------------------------------

    def _position_row(self, pos: Position, position_type: str) -> dict[str, Any]:
        instrument = pos.instrument
        net = pos.net_qty
        return {
            "averagePrice": money(pos.average_price),
            "exchange": instrument.exchange,
            "markToMarketPrice": money(pos.realized + pos.unrealized),
            "lastTradedPrice": f"{pos.mark:,.2f}",
            "previousClose": money(self.exchange.market.previous_close(instrument, self.clock())),
            "productCode": pos.product,
            "tradingSymbol": instrument.trading_symbol,
            "calculatedNetQuantity": str(net),
            "averageBuyPrice": money(pos.avg_buy),
            "averageSellPrice": money(pos.avg_sell),
            "boardLotQuantity": str(instrument.lot_size),
            "buyQuantity": str(pos.buy_qty),
            "sellQuantity": str(pos.sell_qty),
            "boughtPrice": money(pos.buy_value),
            "soldValue": money(pos.sell_value),
            "multiplier": "1",
            "netQuantity": str(net),
            "netValue": money(net * pos.average_price),
            "netPositionValue": money(net * pos.mark),
            "positionType": position_type,
            "positionConversions": [p for p in ("CNC", "MIS", "NRML") if p != pos.product],
            "transactionType": "BUY" if net >= 0 else "SELL",
            "realizedGainAndLoss": money(pos.realized),
            "unrealizedGainAndLoss": money(pos.unrealized),
            "companyName": instrument.name,
        }

    @operation("getPositions")
    def get_positions(self, call: Call) -> dict[str, Any]:
        kind = call.query["positionType"]
        rows = [self._position_row(pos, kind) for pos in self.exchange.positions()]
        return self.envelope.success(
            "User Positions details retrieved successfully", positionDetails=rows
        )

    @operation("convertPosition")
    def convert_position(self, call: Call) -> dict[str, Any]:
        body = call.body
        instrument = self.instrument(str(body.get("exchange") or "NSE"), str(body["symbolName"]))
        source, target = str(body["fromProductType"]), str(body["toProductType"])
        quantity = int(body["quantityToConvert"])
        if quantity > int(body["netQuantity"]):
            raise Failure("quantityToConvert exceeds netQuantity")
        self.exchange.convert(instrument, source, target, quantity)
        return self.envelope.success(
            None, statusMsg=f"Position Conversion from {source} to {target} successful"
        )

    @operation("squareOffPositions")
    def square_off_positions(self, call: Call) -> dict[str, Any]:
        results = []
        fields = ("exchange", "symbolName", "productType", "netQuantity", "transactionType")
        for item in call.body["positionSquareOffRequestList"]:
            outcome = {k: item[k] for k in fields}
            instrument = self.instruments.find(item["exchange"], item["symbolName"])
            pos = self.exchange.position(instrument, item["productType"]) if instrument else None
            quantity = int(item["netQuantity"])
            order = None
            if instrument and pos is not None and pos.net_qty and quantity <= abs(pos.net_qty):
                side = "SELL" if pos.net_qty > 0 else "BUY"
                order = self.place(Ticket(instrument, side, "MARKET", pos.product, quantity))
            if order is None or order.status == REJECTED:
                reason = order.rejection if order is not None else "No matching open position"
                status = self.envelope.failure_value
            else:
                reason = (
                    f"Position square off successful -{instrument.trading_symbol} NetQty:{quantity}"  # type: ignore[union-attr]
                )
                status = self.envelope.success_value
            results.append({"status": status, "statusMessage": reason, **outcome})
        return self.envelope.bare(positionSquareOffResponseList=results)

    @operation("getHoldings")
    def get_holdings(self, call: Call) -> dict[str, Any]:
        rows, value, gain = [], ZERO, ZERO
        gaining = losing = 0
        now = self.clock()
        for holding in self.holdings:
            instrument = holding.instrument
            ltp = self.exchange.price(instrument, now)
            close = self.exchange.market.previous_close(instrument, now)
            worth = holding.quantity * ltp
            pnl = holding.quantity * (ltp - holding.average_price)
            value, gain = value + worth, gain + pnl
            gaining += ltp > close
            losing += ltp < close
            rows.append(
                {
                    "averagePrice": money(holding.average_price),
                    "exchange": instrument.exchange,
                    "lastTradedPrice": money(ltp),
                    "previousClose": money(close),
                    "productCode": "CNC",
                    "symbolDescription": instrument.name,
                    "tradingSymbol": instrument.trading_symbol,
                    "totalGainAndLoss": money(pnl),
                    "holdingsQuantity": str(holding.quantity),
                    "collateralQuantity": "0",
                    "holdingsValue": money(worth),
                    "sellableQuantity": str(holding.sellable),
                }
            )
        summary = {
            "gainingTodayCount": str(gaining),
            "losingTodayCount": str(losing),
            "totalGainAndLossAmount": money(gain),
            "portfolioValue": money(value),
        }
        return self.envelope.success(
            "User Holding details retrieved successfully",
            holdingSummary=summary,
            holdingDetails=rows,
        )

    @operation("getLimits")
    def get_limits(self, call: Call) -> dict[str, Any]:
        used = self.exchange.margin_used()
        equity = {
            "grossAvailableMargin": money(self.account.cash),
            "payInToday": "0.00",
            "notionalCash": "0.00",
            "marginUsed": money(used),
            "netAvailableMargin": money(self.account.cash - used),
        }
        commodity = dict.fromkeys(equity, "0.00")
        return self.envelope.success(
            "User Limit details retrieved successfully",
            equityLimit=equity,
            commodityLimit=commodity,
        )

    @operation("calculateSpanMargin")
    def calculate_span_margin(self, call: Call) -> dict[str, Any]:
        span = exposure = premium = ZERO
        now = self.clock()
        for item in call.body["request"]:
            instrument = self.instrument(str(item["exchange"]), str(item["tradingSymbol"]))
            quantity = int(item["qty"])
            price = number(item.get("price"), "price") or self.exchange.price(instrument, now)
            if instrument.kind == "EQ":
                span += quantity * price * margin_factor(str(item.get("productType") or "CNC"))
                continue
            if instrument.is_option and str(item.get("transactionType") or "SELL") == "BUY":
                premium += quantity * price
                continue
            spot = self.instruments.spot(instrument.series) if instrument.is_option else None
            notional = quantity * (self.exchange.price(spot, now) if spot else price)
            span += notional * Decimal("0.12")
            exposure += notional * Decimal("0.03")
        return self.envelope.success(
            "Span margin calculated",
            spanDetails={
                "totalRequirement": money(span + exposure + premium),
                "spanRequirement": money(span),
                "exposureMargin": money(exposure),
                "spreadBenefit": "0.00",
            },
        )

    # -- market data ------------------------------------------------------------------------

    def _depth_levels(self, instrument: Instrument) -> tuple[list[dict[str, str]], ...]:
        bids, asks = self.exchange.depth(instrument)
        return tuple(
            [{"number": str(n), "quantity": str(q), "price": money(p)}
             for n, (p, q) in enumerate(side, start=1)]
            for side in (bids, asks)
        )  # fmt: skip

    @operation("getQuote")
    def get_quote(self, call: Call) -> dict[str, Any]:
        exchange = call.query.get("exchange") or "NSE"
        instrument = self.instruments.find(exchange, call.query["symbolName"])
        if instrument is None:
            raise Failure(f"No quote found for {call.query['symbolName']} on {exchange}")
        stats = self.exchange.market.stats(instrument, self.clock())
        ltp, close = stats.ltp, stats.previous_close
        change = ltp - close
        bids, asks = self._depth_levels(instrument)
        extra: dict[str, Any] = {}
        if instrument.kind != "EQ":
            extra = {"expiryDate": date.fromisoformat(instrument.expiry).strftime("%d %b %y"),
                     "instrument": instrument.kind, "lotQuantity": str(instrument.lot_size)}  # fmt: skip
        return self.envelope.success(
            "Quote details retrieved successfully",
            symbolName=instrument.symbol,
            tradingSymbol=instrument.trading_symbol,
            exchange=instrument.exchange,
            companyName=instrument.name,
            lastTradedTime=self.now().strftime("%d/%m/%Y %H:%M:%S"),
            lastTradedPrice=money(ltp),
            previousClose=money(close),
            changeValue=money(change),
            changePercentage=money(change * 100 / close),
            lowerCircuitLimit=money(close * Decimal("0.8")),
            upperCircuitLimit=money(close * Decimal("1.2")),
            openValue=money(stats.open),
            highValue=money(stats.high),
            lowValue=money(stats.low),
            closeValue=money(close),
            totalTradedVolume=str(stats.volume),
            tickSize=instrument.tick_size,
            listingId=instrument.listing_id,
            bestBids=bids,
            bestAsks=asks,
            **extra,
        )

    def _index(self, name: str) -> Instrument:
        found = self.instruments.index(name)
        if found is None:
            raise Failure(f"Invalid index name {name}")
        return found

    @operation("getIndexQuote")
    def get_index_quote(self, call: Call) -> dict[str, Any]:
        index = self._index(call.query["indexName"])
        stats = self.exchange.market.stats(index, self.clock())
        change = stats.ltp - stats.previous_close
        detail = {
            "indexName": index.symbol,
            "listingId": INDEX_IDS.get(index.symbol, f"-{index.token}"),
            "lastTradedTime": self.now().strftime("%Y-%m-%d %H:%M:%S.0"),
            "spotPrice": float(stats.ltp),
            "changePercentage": round(float(change * 100 / stats.previous_close), 2),
            "averagePrice": 0,
            "openValue": float(stats.open),
            "highValue": float(stats.high),
            "lowValue": float(stats.low),
            "closeValue": float(stats.ltp),
            "totalBuyQuantity": 0,
            "totalSellQuantity": 0,
            "totalTradedValue": 0,
            "totalTradedVolume": 0,
            "change": float(change),
        }
        return self.envelope.success(
            "Index Quote details retrieved successfully", indexDetails=[detail]
        )

    def _multi_quote(self, instrument: Instrument, exchange: str) -> dict[str, str]:
        stats = self.exchange.market.stats(instrument, self.clock())
        change = stats.ltp - stats.previous_close
        bids, asks = self.exchange.depth(instrument) if instrument.tradable else ([], [])
        best_bid, best_ask = (bids or [(stats.ltp, 0)])[0], (asks or [(stats.ltp, 0)])[0]
        return {
            "exchange": exchange,
            "symbolName": instrument.symbol,
            "tradingSymbol": instrument.trading_symbol,
            "companyName": instrument.name,
            "lotSize": str(instrument.lot_size),
            "symbol": instrument.listing_id,
            "lastTradeTime": self.now().strftime("%d %b %Y, %I:%M:%S %p"),
            "lastTradePrice": money(stats.ltp),
            "change": money(change),
            "changePercent": money(change * 100 / stats.previous_close),
            "open": money(stats.open),
            "high": money(stats.high),
            "low": money(stats.low),
            "close": money(stats.previous_close),
            "previousClose": money(stats.previous_close),
            "totalTradeVolume": str(stats.volume),
            "tickSize": instrument.tick_size,
            "bidPrice": money(best_bid[0]),
            "bidSize": str(best_bid[1]),
            "askPrice": money(best_ask[0]),
            "askSize": str(best_ask[1]),
        }

    @operation("getMultiQuotes")
    def get_multi_quotes(self, call: Call) -> dict[str, Any]:
        quotes, invalid = [], []
        for exchange, names in dict(call.body or {}).items():
            for name in names if isinstance(names, list) else []:
                if not isinstance(name, str):
                    continue
                found = (
                    self.instruments.index(name)
                    if exchange == "INDEX"
                    else self.instruments.find(exchange, name)
                )
                if found is None:
                    invalid.append(name)
                else:
                    quotes.append(self._multi_quote(found, exchange))
        return self.envelope.success(
            "Multiquotes data retrieved successfully", multiQuotes=quotes, invalidSymbol=invalid
        )

    @operation("getMarketDepth")
    def get_market_depth(self, call: Call) -> dict[str, Any]:
        instrument = self.instrument(str(call.body.get("exchange") or "NSE"),
                                     str(call.body["symbolName"]))  # fmt: skip
        bids, asks = self.exchange.depth(instrument)
        greeks = self.exchange.market.greeks(instrument, self.clock())
        depth = {
            "tradingSymbol": instrument.trading_symbol,
            "symbol": instrument.listing_id,
            "exc": instrument.exchange,
            "tBuyQty": str(sum(q for _, q in bids)),
            "tSellQty": str(sum(q for _, q in asks)),
            **{name: f"{value:.4f}" for name, value in greeks.items()},
            "bestFiveBid": [{"bidNumber": str(n), "bidSize": str(q), "bidPrice": money(p)}
                            for n, (p, q) in enumerate(bids, start=1)],
            "bestFiveAsk": [{"askNumber": str(n), "askSize": str(q), "askPrice": money(p)}
                            for n, (p, q) in enumerate(asks, start=1)],
        }  # fmt: skip
        return self.envelope.success(
            "Market depth retrieved", MarketDepthDetails={"marketDepth": depth}
        )

    def _chain(self, call: Call, kinds: tuple[str, ...]) -> list[Instrument]:
        query = call.query
        found = [
            i
            for i in self.instruments.derivatives(query["searchSymbolName"], kinds)
            if (not query.get("exchange") or i.exchange == query["exchange"])
            and (not query.get("expiryDate") or i.expiry == query["expiryDate"])
            and (not query.get("optionType") or i.option_type == query["optionType"])
            and (not query.get("strikePrice")
                 or Decimal(i.strike or 0) == Decimal(query["strikePrice"]))
        ]  # fmt: skip
        if not found:
            raise Failure(f"No contracts found for {query['searchSymbolName']}")
        return found

    def _open_interest(self, instrument: Instrument) -> int:
        stats = self.exchange.market.stats(instrument, self.clock())
        return stats.volume // 3 // instrument.lot_size * instrument.lot_size

    @operation("getOptionChain")
    def get_option_chain(self, call: Call) -> dict[str, Any]:
        rows = []
        for option in self._chain(call, ("OPTIDX", "OPTSTK")):
            spot = self.instruments.spot(option.series)
            stats = self.exchange.market.stats(option, self.clock())
            interest = self._open_interest(option)
            rows.append(
                {
                    "tradingSymbol": option.trading_symbol,
                    "exchange": option.exchange,
                    "symbol": option.listing_id,
                    "strikePrice": money(Decimal(option.strike)),
                    "expiryDate": option.expiry,
                    "instrument": option.kind,
                    "optionType": option.option_type,
                    "underLyingSymbol": option.symbol,
                    "spotPrice": money(self.exchange.price(spot) if spot else ZERO),
                    "lastTradedPrice": money(stats.ltp),
                    "openInterest": str(interest),
                    "openInterestChange": "0",
                    "oichangePer": "0",
                    "volume": str(stats.volume),
                }
            )
        return self.envelope.success(
            "OptionChain details retrived successfully. ", optionChainDetails=rows
        )

    @operation("getFutureChain")
    def get_future_chain(self, call: Call) -> dict[str, Any]:
        rows = []
        for future in self._chain(call, ("FUTIDX", "FUTSTK")):
            spot = self.instruments.spot(future.series)
            stats = self.exchange.market.stats(future, self.clock())
            bids, asks = self.exchange.depth(future)
            interest = self._open_interest(future)
            rows.append(
                {
                    "tradingSymbol": future.trading_symbol,
                    "exchange": future.exchange,
                    "symbol": future.listing_id,
                    "expiryDate": future.expiry,
                    "instrument": future.kind,
                    "underLyingSymbol": future.symbol,
                    "spotPrice": float(self.exchange.price(spot) if spot else ZERO),
                    "lastTradedPrice": money(stats.ltp),
                    "openInterest": interest,
                    "openInterestInLot": interest // future.lot_size,
                    "openInterestChange": 0,
                    "openInterestChangeInLot": 0,
                    "oichangePer": "0.00",
                    "volume": stats.volume,
                    "bestBids": [
                        {"number": n, "quantity": str(q), "price": money(p)}
                        for n, (p, q) in enumerate(bids, start=1)
                    ],
                    "bestAsks": [
                        {"number": n, "quantity": str(q), "price": money(p)}
                        for n, (p, q) in enumerate(asks, start=1)
                    ],
                }
            )
        return self.envelope.success(
            "Future chain details retrived successfully. ", futureChainDetails=rows
        )

    @operation("searchSymbols")
    def search_symbols(self, call: Call) -> dict[str, Any]:
        hits = self.instruments.search(call.query["searchSymbolName"], call.query.get("exchange"))
        rows = [
            {"tradingSymbol": i.trading_symbol, "instrument": i.kind, "exchange": i.exchange,
             "scripDescription": i.name, "bodLotQuantity": str(i.lot_size),
             "tickSize": i.tick_size}
            for i in hits
        ]  # fmt: skip
        return self.envelope.success(
            "Equity Search details retrieved successfully", equityDertivativeValues=rows
        )

    def _candle_range(self, call: Call) -> tuple[datetime, datetime, int]:
        now = self.now()
        start = _moment(call.query["fromDate"], now)
        end = _moment(call.query.get("toDate"), now)
        interval = str(call.query.get("interval") or "1")
        return start, end, int(interval) if interval.isdigit() else 1

    def _day_range(self, call: Call) -> tuple[date, date]:
        today = self.now().date()
        return _day(call.query["fromDate"], today), _day(call.query.get("toDate"), today)

    @operation("getIntradayCandles")
    def get_intraday_candles(self, call: Call) -> dict[str, Any]:
        instrument = self.instrument(call.query.get("exchange") or "NSE", call.query["symbolName"])
        candles = self.exchange.market.intraday_candles(instrument, *self._candle_range(call))
        return self.envelope.success(
            "Intraday candle data retrieved successfully",
            intradayCandleData=_intraday_rows(candles),
        )

    @operation("getIndexIntradayCandles")
    def get_index_intraday_candles(self, call: Call) -> dict[str, Any]:
        index = self._index(call.query["indexName"])
        candles = self.exchange.market.intraday_candles(index, *self._candle_range(call))
        rows = [{**row, "volume": "0"} for row in _intraday_rows(candles)]
        return self.envelope.success(
            "Index intraday candle data retrieved successfully", indexIntraDayCandleData=rows
        )

    @operation("getHistoricalCandles")
    def get_historical_candles(self, call: Call) -> dict[str, Any]:
        instrument = self.instrument(call.query.get("exchange") or "NSE", call.query["symbolName"])
        candles = self.exchange.market.daily_candles(instrument, *self._day_range(call))
        return self.envelope.success(
            "Historical candle data retrieved successfully",
            historicalCandleData=_daily_rows(candles),
        )

    @operation("getIndexHistoricalCandles")
    def get_index_historical_candles(self, call: Call) -> dict[str, Any]:
        index = self._index(call.query["indexName"])
        candles = self.exchange.market.daily_candles(index, *self._day_range(call))
        rows = [{**row, "volume": "0"} for row in _daily_rows(candles)]
        return self.envelope.success(
            "Index candle data retrieved successfully", indexCandleData=rows
        )

    # -- inspection -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {"sessions": len(self.sessions), **super().snapshot()}
