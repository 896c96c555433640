"""Samco mock state: sessions (API key/secret and OAuth 2.1), an order book that trades against
fixed prices, trade book, positions, holdings and funds that stay consistent with each other.

Rules (what the real broker does, simplified): a limit order that crosses the last traded
price (BUY price >= LTP, SELL price <= LTP) fills at once at the LTP; others stay ``Open``;
``SL`` orders wait as ``Trigger Pending``. CNC sells need sellable holdings; other orders need
margin (intraday products 20% of the value). Business errors answer HTTP 200 with
``status: Failure``. All numbers are strings, as Samco sends them. Baskets (create, rename,
delete; add, modify, list and remove their orders) are kept per id; executing, squaring off
and rearranging a basket answer the spec's examples.

With an :class:`~broker_overlays.mock.market.OrderAcceptance` rule (``order_acceptance=``, or
the ``order_acceptance`` attribute), a new order that passed the risk checks first shows as
``Validation Pending`` (``VALIDATION PENDING`` in ``getOrderStatus`` and the place response)
for the rule's delay, then is rejected with the rule's reason or accepted as above. The
decision is applied lazily, before any handler runs, by the mock's clock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from broker_overlays.auth.clock import Clock, next_session_expiry, system_clock
from broker_overlays.mock.app import BrowserPage, Call, Failure, Handler, MockBroker, operation
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
    margin_factor,
    marketable,
    money,
    seeded_holdings,
    triggered,
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_API_SECRET", "SamcoAccount", "SamcoMock"]

DEFAULT_API_KEY: Final = "mock-samco-api-key"
DEFAULT_API_SECRET: Final = "mock-samco-api-secret"
REFRESH_LIFETIME: Final = timedelta(days=7)
CODE_LIFETIME: Final = timedelta(minutes=10)

OPEN, TRIGGER_PENDING, COMPLETE = "Open", "Trigger Pending", "Complete"
CANCELLED, REJECTED = "Cancelled", "Rejected"
VALIDATION_PENDING = "Validation Pending"
LIVE = (OPEN, TRIGGER_PENDING)
EXCHANGE_STATUS = {
    VALIDATION_PENDING: "VALIDATION PENDING",
    OPEN: "PENDING",
    TRIGGER_PENDING: "TRIGGER PENDING",
    COMPLETE: "EXECUTED",
    CANCELLED: "CANCELLED",
    REJECTED: "REJECTED",
}


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
class _Order:
    number: str
    exchange_number: str
    instrument: Instrument
    side: str
    order_type: str
    product: str
    validity: str
    quantity: int
    price: Decimal
    trigger: Decimal
    disclosed: int
    placed_at: datetime
    amo: bool = False
    status: str = OPEN
    filled: int = 0
    fill_price: Decimal = ZERO
    rejection: str = ""
    parent: str | None = None
    leg: Literal["target", "stopLoss"] | None = None
    square_off: Decimal = ZERO
    stop_loss: Decimal = ZERO
    legs: list[str] = field(default_factory=list)
    decide_at: datetime | None = None
    """While ``Validation Pending``: when the broker decides (see OrderAcceptance)."""
    decision: str | None = None
    """While ``Validation Pending``: the rejection reason it will get (None: accepted)."""

    @property
    def pending(self) -> int:
        return self.quantity - self.filled if self.status in LIVE else 0

    @property
    def limit_price(self) -> Decimal:
        return self.price if self.price > 0 else self.instrument.ltp


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


def _decimal(value: Any, name: str) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else ZERO
    except InvalidOperation:
        raise Failure(f"{name} is not a number") from None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class SamcoMock(MockBroker):
    """State and handlers of the Samco mock (see the module docstring for the rules)."""

    broker = "samco"

    def __init__(
        self,
        account: SamcoAccount | None = None,
        *,
        clock: Clock = system_clock,
        instruments: Instruments | None = None,
        order_acceptance: OrderAcceptance | None = None,
    ) -> None:
        super().__init__(clock)
        self.account = account or SamcoAccount()
        self.instruments = instruments or Instruments(INSTRUMENTS)
        self.order_acceptance = order_acceptance
        """Delayed acceptance or rejection of new orders (None: decided at once)."""
        self.reset()

    def handler(self, operation_id: str) -> Handler | None:
        """Every handler first applies the decisions on orders pending validation that are due."""
        found = super().handler(operation_id)
        if found is None:
            return None
        return _settling(self._settle, found)

    def _settle(self) -> None:
        now = self.clock()
        for order in list(self.orders.values()):
            if order.status != VALIDATION_PENDING or order.decide_at is None:
                continue
            if order.decide_at > now:
                continue
            order.decide_at = None
            if order.decision is not None:
                holding = self._holding(order.instrument)
                if self._sells_holdings(order) and holding is not None:
                    holding.sold -= order.quantity
                order.status, order.rejection = REJECTED, order.decision
                continue
            order.status = OPEN
            self._try_fill(order)

    def reset(self) -> None:
        self.sessions: dict[str, _Session] = {}
        self.refresh_tokens: dict[str, datetime] = {}
        self.codes: dict[str, _Grant] = {}
        self.orders: dict[str, _Order] = {}
        self.ledger = Ledger()
        self.holdings: list[Holding] = seeded_holdings(self.instruments)
        self.order_numbers = Numbers(15, 350)
        self._exchange_numbers = iter(range(1100000000015551, 10**16))
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

    def _holding(self, instrument: Instrument) -> Holding | None:
        return next((h for h in self.holdings if h.instrument.symbol == instrument.symbol), None)

    def _blocked(self) -> Decimal:
        """Margin blocked by live orders (CNC sells block holdings instead)."""
        total = ZERO
        for order in self.orders.values():
            if order.parent is None and order.pending and not self._sells_holdings(order):
                total += order.pending * order.limit_price * margin_factor(order.product)
        return total

    @staticmethod
    def _sells_holdings(order: _Order) -> bool:
        return order.side == "SELL" and order.product == "CNC"

    def _margin_used(self) -> Decimal:
        return self.ledger.margin_used() + self._blocked()

    def _rms(self, order: _Order) -> str | None:
        """Why the risk checks reject a new order (None: accepted); blocks CNC holdings."""
        if self._sells_holdings(order):
            holding = self._holding(order.instrument)
            if holding is None or holding.sellable < order.quantity:
                return "Insufficient holdings: CNC sell quantity exceeds the sellable quantity"
            holding.sold += order.quantity
            return None
        required = order.quantity * order.limit_price * margin_factor(order.product)
        if required > self.account.cash - self._margin_used():
            return f"Insufficient margin: required {money(required)}"
        return None

    def _new_order(self, body: dict[str, Any], product: str) -> _Order:
        """An order from a place-order body, checked as the broker would (or Failure)."""
        exchange = str(body.get("exchange") or "NSE")
        instrument = self.instruments.find(exchange, str(body["symbolName"]))
        if instrument is None:
            raise Failure(f"Invalid symbol name {body['symbolName']} for exchange {exchange}")
        order_type = str(body["orderType"])
        price = _decimal(body.get("price"), "price")
        trigger = _decimal(body.get("triggerPrice"), "triggerPrice")
        if order_type in ("L", "SL") and price <= 0:
            raise Failure("Price is mandatory for L and SL orders")
        if order_type == "SL" and trigger <= 0:
            raise Failure("Trigger price is mandatory for SL orders")
        quantity = int(body["quantity"])
        disclosed = int(body.get("disclosedQuantity") or 0)
        if disclosed and disclosed * 10 < quantity:
            raise Failure("Disclosed quantity must be at least 10% of the quantity")
        now = self.now()
        return _Order(
            number=self.order_numbers.next(now),
            exchange_number=str(next(self._exchange_numbers)),
            instrument=instrument,
            side=str(body["transactionType"]),
            order_type=order_type,
            product=product,
            validity=str(body.get("orderValidity") or "DAY"),
            quantity=quantity,
            price=price,
            trigger=trigger,
            disclosed=disclosed,
            placed_at=now,
            amo=body.get("afterMarketOrderFlag") == "YES",
        )

    def _submit(self, order: _Order) -> _Order:
        """Book the order: reject it, or accept it and fill it if it is marketable."""
        reason = self._rms(order)
        self.orders[order.number] = order
        if reason is not None:
            order.status, order.rejection = REJECTED, reason
            raise Failure(reason, orderNumber=order.number, exchangeOrderStatus="REJECTED")
        rule = self.order_acceptance
        if rule is not None and rule.applies(order.instrument):
            order.status = VALIDATION_PENDING
            order.decide_at = rule.decide_at(self.clock())
            order.decision = rule.reject_reason
            return order
        self._try_fill(order)
        return order

    def _try_fill(self, order: _Order) -> None:
        if order.status not in LIVE or order.amo:
            return
        ltp = order.instrument.ltp
        if order.order_type in ("SL", "SL-M"):
            if not triggered(order.side, order.trigger, ltp):
                order.status = TRIGGER_PENDING
                return
            order.status = OPEN
        if order.order_type in ("MKT", "SL-M") or marketable(order.side, order.price, ltp):
            self._fill(order)

    def _fill(self, order: _Order) -> None:
        self.ledger.fill(
            order.number, order.instrument, order.product, order.side, order.pending, self.now()
        )
        order.filled, order.fill_price, order.status = (
            order.quantity,
            order.instrument.ltp,
            COMPLETE,
        )
        if order.parent is None and order.product in ("BO", "CO"):
            self._add_legs(order)

    def _add_legs(self, main: _Order) -> None:
        """Exit legs of a filled bracket (target + stop-loss) or cover (stop-loss) order."""
        exit_side = "SELL" if main.side == "BUY" else "BUY"
        sign = 1 if main.side == "BUY" else -1
        if main.product == "BO":
            stop = main.fill_price - sign * main.stop_loss
            target = main.fill_price + sign * main.square_off
            legs = [
                ("target", "L", target, ZERO, OPEN),
                ("stopLoss", "SL", stop, stop, TRIGGER_PENDING),
            ]
        else:
            legs = [("stopLoss", "SL", main.trigger, main.trigger, TRIGGER_PENDING)]
        for kind, order_type, price, trigger, status in legs:
            leg = _Order(
                number=self.order_numbers.next(self.now()),
                exchange_number=str(next(self._exchange_numbers)),
                instrument=main.instrument,
                side=exit_side,
                order_type=order_type,
                product=main.product,
                validity="DAY",
                quantity=main.quantity,
                price=price,
                trigger=trigger,
                disclosed=0,
                placed_at=self.now(),
                status=status,
                parent=main.number,
                leg=kind,  # type: ignore[arg-type]
            )
            self.orders[leg.number] = leg
            main.legs.append(leg.number)

    def _cancel(self, order: _Order) -> None:
        holding = self._holding(order.instrument)
        if self._sells_holdings(order) and holding is not None:
            holding.sold -= order.pending
        order.status = CANCELLED
        for number in order.legs:
            if self.orders[number].status in LIVE:
                self.orders[number].status = CANCELLED

    def _order(self, number: str) -> _Order:
        order = self.orders.get(number)
        if order is None:
            raise Failure(f"Order {number} not found")
        return order

    def _details(self, order: _Order) -> dict[str, str]:
        return {
            "pendingQuantity": str(order.pending),
            "avgExecutionPrice": money(order.fill_price),
            "orderPlacedBy": "--",
            "tradingSymbol": order.instrument.trading_symbol,
            "triggerPrice": money(order.trigger),
            "exchange": order.instrument.exchange,
            "totalQuantity": str(order.quantity),
            "transactionType": order.side,
            "productType": order.product,
            "orderType": order.order_type,
            "quantity": str(order.quantity),
            "filledQuantity": str(order.filled),
            "orderPrice": money(order.price),
            "filledPrice": money(order.fill_price),
            "exchangeOrderNo": order.exchange_number,
            "orderValidity": order.validity,
            "orderTime": order.placed_at.strftime("%d/%m/%Y %H:%M:%S"),
        }

    def _order_response(self, order: _Order, message: str) -> dict[str, Any]:
        return self.envelope.success(
            message,
            orderNumber=order.number,
            exchangeOrderStatus=EXCHANGE_STATUS[order.status],
            orderDetails=self._details(order),
        )

    def _place(self, body: dict[str, Any], product: str, label: str) -> dict[str, Any]:
        order = self._submit(self._new_order(body, product))
        return self._order_response(order, f"{label} Order request placed successfully")

    @operation("placeOrder")
    def place_order(self, call: Call) -> dict[str, Any]:
        product = str(call.body["productType"])
        return self._place(call.body, product, product)

    @operation("placeBracketOrder")
    def place_bracket_order(self, call: Call) -> dict[str, Any]:
        order = self._new_order(call.body, "BO")
        order.square_off = _decimal(call.body["squareOffValue"], "squareOffValue")
        order.stop_loss = _decimal(call.body["stopLossValue"], "stopLossValue")
        return self._order_response(
            self._submit(order), "Bracket Order request placed successfully"
        )

    @operation("placeCoverOrder")
    def place_cover_order(self, call: Call) -> dict[str, Any]:
        return self._place(call.body, "CO", "CO")

    @operation("placeBulkOrder")
    def place_bulk_order(self, call: Call) -> dict[str, Any]:
        items = call.body["orders"] if "orders" in call.body else [call.body]
        responses, numbers = [], []
        for item in items:
            try:
                product = str(item["productType"])
                responses.append(self._place(item, product, product))
                numbers.append(responses[-1]["orderNumber"])
            except Failure as exc:
                responses.append(self.envelope.failure(exc.message, **exc.payload))
        if not numbers:
            raise Failure("Bulk order rejected: no order was placed", orderResponses=responses)
        return self.envelope.success(
            "Bulk order processed", orderResponses=responses, orderNumbers=numbers
        )

    @operation("modifyOrder")
    def modify_order(self, call: Call) -> dict[str, Any]:
        number = call.path["orderNumber"]
        order = self._order(number)
        if order.status not in LIVE:
            raise Failure(f"Order {number} is {order.status.lower()} and cannot be modified")
        body = call.body
        order_type = str(body.get("orderType", order.order_type))
        price = _decimal(body["price"], "price") if body.get("price") else order.price
        trigger = (
            _decimal(body["triggerPrice"], "triggerPrice")
            if body.get("triggerPrice")
            else order.trigger
        )
        quantity = int(body.get("quantity") or order.quantity)
        if order_type in ("L", "SL") and price <= 0:
            raise Failure("Price is mandatory for L and SL orders")
        if order_type == "SL" and trigger <= 0:
            raise Failure("Trigger price is mandatory for SL orders")
        holding = self._holding(order.instrument)
        if self._sells_holdings(order) and holding is not None:
            extra = quantity - order.quantity
            if extra > holding.sellable:
                raise Failure(
                    "Insufficient holdings: CNC sell quantity exceeds the sellable quantity"
                )
            holding.sold += extra
        order.order_type, order.price, order.trigger, order.quantity = (
            order_type,
            price,
            trigger,
            quantity,
        )
        order.validity = str(body.get("orderValidity") or order.validity)
        if body.get("disclosedQuantity"):
            order.disclosed = int(body["disclosedQuantity"])
        order.status = OPEN
        self._try_fill(order)
        return self._order_response(order, f"Order {number} modified successfully")

    def _cancellable(self, order: _Order) -> None:
        if order.status not in LIVE:
            raise Failure(f"Order {order.number} is {order.status.lower()} and cannot be cancelled")

    @operation("cancelOrder")
    def cancel_order(self, call: Call) -> dict[str, Any]:
        order = self._order(call.query["orderNumber"])
        if order.parent is None and order.product in ("BO", "CO"):
            raise Failure("Bracket and cover orders are exited with exitBO / exitCO")
        self._cancellable(order)
        self._cancel(order)
        return self.envelope.success("Order cancelled successfully", orderNumber=order.number)

    def _exit(self, call: Call, product: str, label: str) -> dict[str, Any]:
        order = self._order(call.query["orderNumber"])
        if order.product != product or order.parent is not None:
            raise Failure(f"Order {order.number} is not the main leg of a {label} Order")
        if order.status in LIVE:
            self._cancel(order)
            return self.envelope.success(
                f"{label} Order cancelled successfully", orderNumber=order.number
            )
        if order.status != COMPLETE:
            raise Failure(f"Order {order.number} is {order.status.lower()} and cannot be exited")
        legs = [self.orders[n] for n in order.legs]
        if any(leg.status == COMPLETE for leg in legs):
            raise Failure("The sub-order is in executed status and cannot be exited or cancelled")
        if not any(leg.status in LIVE for leg in legs):
            raise Failure(f"{label} Order {order.number} is already exited")
        for leg in legs:
            if leg.leg == "stopLoss":
                leg.order_type = "MKT"
                self._fill(leg)
            else:
                leg.status = CANCELLED
        return self.envelope.success(f"{label} Order exited successfully", orderNumber=order.number)

    @operation("exitBracketOrder")
    def exit_bracket_order(self, call: Call) -> dict[str, Any]:
        return self._exit(call, "BO", "Bracket")

    @operation("exitCoverOrder")
    def exit_cover_order(self, call: Call) -> dict[str, Any]:
        return self._exit(call, "CO", "Cover")

    @operation("getOrderStatus")
    def get_order_status(self, call: Call) -> dict[str, Any]:
        order = self._order(call.query["orderNumber"])
        return self.envelope.bare(
            orderNumber=order.number,
            orderStatus=EXCHANGE_STATUS[order.status],
            orderDetails=self._details(order),
        )

    @operation("getTriggerOrders")
    def get_trigger_orders(self, call: Call) -> dict[str, Any]:
        main = self._order(call.query["orderNumber"])
        legs = []
        for number in main.legs:
            leg = self.orders[number]
            key = "targetOrderNo" if leg.leg == "target" else "stopLossOrderNo"
            legs.append(
                {
                    key: leg.number,
                    "orderStatus": leg.status,
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
            rows.append(
                {
                    "orderNumber": order.number,
                    "exchange": instrument.exchange,
                    "tradingSymbol": instrument.trading_symbol,
                    "transactionType": order.side,
                    "productCode": order.product,
                    "orderType": order.order_type,
                    "orderPrice": money(order.price),
                    "triggerPrice": money(order.trigger),
                    "orderValidity": order.validity,
                    "orderStatus": order.status,
                    "orderValue": money(order.quantity * order.limit_price),
                    "orderTime": order.placed_at.strftime("%d-%b-%Y %H:%M:%S"),
                    "userId": self.account.account_id,
                    "filledQuantity": str(order.filled),
                    "fillPrice": money(order.fill_price),
                    "averagePrice": money(order.fill_price),
                    "rejectionReason": order.rejection,
                    "exchangeOrderNumber": order.exchange_number,
                    "symbol": instrument.listing_id,
                    "expiry": "NA",
                    "pendingQuantity": str(order.pending),
                    "totalQuanity": str(order.quantity),
                    "quantity": str(order.quantity),
                    "disclosedQuantity": str(order.disclosed),
                    "unfilledQuantity": str(order.quantity - order.filled),
                    "cancelledQuantity": str(
                        order.quantity - order.filled if order.status == CANCELLED else 0
                    ),
                    "optionType": "XX",
                    "symbolDescription": instrument.name,
                    "instrument": instrument.instrument_type or "EQUITY",
                    "lotQuantity": str(instrument.lot_size),
                }
            )
        return self.envelope.success(
            "Order Book details retrieved successfully", orderBookDetails=rows
        )

    @operation("getTradeBook")
    def get_trade_book(self, call: Call) -> dict[str, Any]:
        rows = []
        for trade in reversed(self.ledger.visible_trades()):
            order = self.orders[trade.order_no]
            rows.append(
                {
                    "orderNumber": order.number,
                    "exchange": trade.instrument.exchange,
                    "tradingSymbol": trade.instrument.trading_symbol,
                    "transactionType": trade.side,
                    "productCode": trade.product,
                    "orderType": order.order_type,
                    "orderPrice": money(order.price),
                    "quantity": str(order.quantity),
                    "orderValidity": order.validity,
                    "orderTime": order.placed_at.strftime("%I:%M:%S %p"),
                    "filledQuantity": str(trade.quantity),
                    "exchangeOrderNumber": order.exchange_number,
                    "tradeNumber": trade.trade_no,
                    "tradePrice": money(trade.price),
                    "tradeDate": trade.time.strftime("%d%b%Y").upper(),
                    "tradeTime": trade.time.strftime("%I:%M:%S %p"),
                    "strikePrice": "0.00",
                    "optionType": "XX",
                    "expiry": "NA",
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
            "lastTradedPrice": f"{instrument.ltp:,.2f}",
            "previousClose": money(instrument.previous_close),
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
            "netPositionValue": money(net * instrument.ltp),
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
        rows = [self._position_row(pos, kind) for pos in self.ledger.positions()]
        return self.envelope.success(
            "User Positions details retrieved successfully", positionDetails=rows
        )

    @operation("convertPosition")
    def convert_position(self, call: Call) -> dict[str, Any]:
        body = call.body
        instrument = self.instruments.find(
            str(body.get("exchange") or "NSE"), str(body["symbolName"])
        )
        if instrument is None:
            raise Failure(f"Invalid symbol name {body['symbolName']}")
        source, target = str(body["fromProductType"]), str(body["toProductType"])
        quantity = int(body["quantityToConvert"])
        if quantity > int(body["netQuantity"]):
            raise Failure("quantityToConvert exceeds netQuantity")
        reason = self.ledger.convert(instrument, source, target, quantity, self.now())
        if reason is not None:
            raise Failure(reason)
        return self.envelope.success(
            None, statusMsg=f"Position Conversion from {source} to {target} successful"
        )

    @operation("squareOffPositions")
    def square_off_positions(self, call: Call) -> dict[str, Any]:
        results = []
        for item in call.body["positionSquareOffRequestList"]:
            outcome = {
                k: item[k]
                for k in ("exchange", "symbolName", "productType", "netQuantity", "transactionType")
            }
            instrument = self.instruments.find(item["exchange"], item["symbolName"])
            pos = self.ledger.position(instrument, item["productType"]) if instrument else None
            quantity = int(item["netQuantity"])
            if instrument is None or pos is None or pos.net_qty == 0 or quantity > abs(pos.net_qty):
                results.append(
                    {
                        "status": self.envelope.failure_value,
                        "statusMessage": "No matching open position",
                        **outcome,
                    }
                )
                continue
            order = _Order(
                number=self.order_numbers.next(self.now()),
                exchange_number=str(next(self._exchange_numbers)),
                instrument=instrument,
                side="SELL" if pos.net_qty > 0 else "BUY",
                order_type="MKT",
                product=pos.product,
                validity="DAY",
                quantity=quantity,
                price=ZERO,
                trigger=ZERO,
                disclosed=0,
                placed_at=self.now(),
            )
            self.orders[order.number] = order
            self._fill(order)
            message = (
                f"Position square off successful -{instrument.trading_symbol} NetQty:{quantity}"
            )
            results.append(
                {"status": self.envelope.success_value, "statusMessage": message, **outcome}
            )
        return self.envelope.bare(positionSquareOffResponseList=results)

    @operation("getHoldings")
    def get_holdings(self, call: Call) -> dict[str, Any]:
        rows, value, gain = [], ZERO, ZERO
        gaining = losing = 0
        for holding in self.holdings:
            instrument = holding.instrument
            worth = holding.quantity * instrument.ltp
            pnl = holding.quantity * (instrument.ltp - holding.average_price)
            value, gain = value + worth, gain + pnl
            gaining += instrument.ltp > instrument.previous_close
            losing += instrument.ltp < instrument.previous_close
            rows.append(
                {
                    "averagePrice": money(holding.average_price),
                    "exchange": instrument.exchange,
                    "lastTradedPrice": money(instrument.ltp),
                    "previousClose": money(instrument.previous_close),
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
        used = self._margin_used()
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

    @operation("getQuote")
    def get_quote(self, call: Call) -> dict[str, Any]:
        exchange = call.query.get("exchange") or "NSE"
        instrument = self.instruments.find(exchange, call.query["symbolName"])
        if instrument is None:
            raise Failure(f"No quote found for {call.query['symbolName']} on {exchange}")
        ltp, close = instrument.ltp, instrument.previous_close
        change = ltp - close
        tick = Decimal(instrument.tick_size)
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
            openValue=money(close),
            highValue=money(max(ltp, close)),
            lowValue=money(min(ltp, close)),
            closeValue=money(close),
            tickSize=instrument.tick_size,
            listingId=instrument.listing_id,
            bestBids=[{"number": "1", "quantity": "100", "price": money(ltp - tick)}],
            bestAsks=[{"number": "1", "quantity": "100", "price": money(ltp)}],
        )

    # -- inspection -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        self._settle()
        return {
            "sessions": len(self.sessions),
            "orders": [
                {"orderNumber": o.number, "symbol": o.instrument.trading_symbol, "side": o.side,
                 "quantity": o.quantity, "price": money(o.price), "status": o.status}
                for o in self.orders.values()
            ],
            "trades": len(self.ledger.visible_trades()),
            "marginUsed": money(self._margin_used()),
        }  # fmt: skip


def _settling(settle: Callable[[], None], handler: Handler) -> Handler:
    def run(call: Call) -> Any:
        settle()
        return handler(call)

    return run
