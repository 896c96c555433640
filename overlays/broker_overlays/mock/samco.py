"""Samco wire adapter: sessions (API key/secret, OAuth 2.1, the deprecated legacy login flow,
web login codes), static IPs and baskets of its own, and Samco's field names, status words and
string numbers around the shared exchange engine (:mod:`broker_overlays.mock.engine`:
matching, positions, holdings, funds, the moving market), trigger book
(:mod:`~broker_overlays.mock.triggers`: GTT / OCO) and strategy analytics
(:mod:`~broker_overlays.mock.analytics`: payoff, breakevens, Greeks).

Samco words: book status ``Open`` / ``Partially Executed`` / ``Trigger Pending`` /
``Complete`` / ``Cancelled`` / ``Rejected`` / ``Validation Pending`` (the place response and
``getOrderStatus`` say ``PENDING`` / ``EXECUTED`` ...). A new order the risk checks reject is
booked as ``Rejected`` and answered as a failure. Business errors (unknown ids, wrong
credentials of the legacy calls included) answer HTTP 200 with ``status: Failure``. All
numbers are strings. Where integrations found Samco's answers to differ from the docs
(shared/reference/field-reports.md, section A3), the mock answers as Samco does: a wrong API key
or secret is ``errorCode`` EOAUTH001 / EOAUTH008, a session names ``srcIp``, ``primaryIp``
and ``secondaryIp`` (the IPs of :class:`SamcoAccount`, ``""`` when unset), modify answers
``ordernumber``, index intraday candles come under ``intradayCandleData``, quotes also under
``quoteDetails``, multi-quotes answer ``MCX`` for ``MFO``, ``netQuantity`` is unsigned (the
side is ``transactionType``) and the commodity limits mirror the equity ones.

* Market protection (SEBI's rule of April 2026): a ``MKT`` / ``SL-M`` order without
  ``marketProtection`` is refused as a business failure; with it, it is booked as a limit
  (stop-limit) order at the protection bound, ``marketProtection`` percent beyond the last
  price (the trigger), and shown as sent (its type and protection). A ``MKT`` GTT defaults to
  3 %, as the docs say.

* Baskets (create, rename, delete; add, modify, list, reorder and remove their orders) are kept
  per id; every call also finds a basket by ``basketName`` (the Python SDK's way), and a basket
  order by its symbol when no id is sent. Executing one places each of its orders through the engine as ``placeOrder`` does
  (``BO`` / ``CO`` orders with their legs); squaring it off closes, with market orders, what
  is still open of the positions its orders created; modify-and-retry places its rejected
  orders again with the fields sent; the span calculator prices its orders as
  ``calculateSpanMargin`` does.
* GTT and OCO triggers are kept per ``gttSummaryId`` (a modify issues a new id) in the trigger
  book. Before every call the market since the last call is checked minute by minute: a
  trigger whose price was reached (``triggeredAt``: that minute) places its order through the
  engine then, at that call's market (an OCO's other leg is cancelled), and the GTT is listed
  as ``triggered``; an F&O GTT past its contract's expiry is ``expired``.
* Legacy login: ``generateOtp`` keeps a 6-digit OTP for the account (shown in
  ``GET /__mock__/state``, the mock's SMS), ``secretKeyGenerator`` exchanges it once for a
  secret API key, ``accessToken/token`` that for an access token valid until 08:00 IST, and
  ``login`` (user id, password, optionally year of birth of :class:`SamcoAccount`) issues a
  session. ``ipRegistration`` / ``ipUpdate`` keep the PRIMARY / SECONDARY static IPs (public
  IPv4, one change per 7 days; the account's to begin with) that ``whoami`` and the session
  token compare with the caller's address. ``webSecretCode`` issues a 120-second code that
  ``webSecretCodeValidation`` turns into a session, once (the code may come as ``otp``, as
  the docs say, or as ``code``, as the Python README sends it).
* Quotes, index quotes, multi-quotes, market depth, option and future chains, symbol search,
  SPAN margin and every candle endpoint answer data of the moving market for the symbol and
  dates asked. Trade analytics, gains and losses and the personal index derive from the
  account's trades, positions and holdings valued on the moving market for the dates asked;
  the contracts analyser prices the contracts asked (payoff at expiry, Greeks, margin, value
  on the target date; the Python README's ``legs`` on NFO for today).

With an :class:`~broker_overlays.mock.engine.OrderAcceptance` rule (``order_acceptance=``, or
the ``order_acceptance`` attribute), a new order first shows as ``Validation Pending``
(``VALIDATION PENDING`` in ``getOrderStatus`` and the place response) for the rule's delay,
then is rejected with the rule's reason or goes through the risk checks as above.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import secrets
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from broker_overlays.auth.clock import IST, next_session_expiry
from broker_overlays.mock.analytics import FUTURE_GREEKS, Leg, net_greeks, payoff_curve
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
    Bracket,
    Order,
    Position,
    Refused,
    Ticket,
    Trade,
    margin_factor,
)
from broker_overlays.mock.prices import EPOCH, LAST, Candle, session_minutes
from broker_overlays.mock.triggers import TRIGGERED, WAITING, Gtt, TriggerBook, TriggerLeg
from broker_overlays.mock.universe import DERIVATIVES, Instrument
from broker_overlays.mock.wire import (
    ORDER_TYPE_CODES,
    ORDER_TYPES,
    ExchangeMock,
    Fields,
    csv_file,
    money,
    number,
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_API_SECRET", "SamcoAccount", "SamcoMock"]

DEFAULT_API_KEY: Final = "mock-samco-api-key"
DEFAULT_API_SECRET: Final = "mock-samco-api-secret"
REFRESH_LIFETIME: Final = timedelta(days=7)
CODE_LIFETIME: Final = timedelta(minutes=10)
OTP_LIFETIME: Final = timedelta(minutes=5)
"""Of a legacy login OTP."""
WEB_CODE_SECONDS: Final = 120
"""Lifetime of a web login code (the docs sample's ``timeRemainingInSeconds``)."""
IP_CHANGE_INTERVAL: Final = timedelta(days=7)
"""Static IPs change at most once in this long (DOCS:static-ip/ip-update)."""
DURATION: Final = re.compile(r"^([1-9][0-9]{0,2})([DWMY])$")
"""An analytics duration other than ``ALL``: ``1D``, ``3M``, ``1Y`` ..."""
DURATION_DAYS: Final = {"D": 1, "W": 7, "M": 30, "Y": 365}
MAX_DETAIL_DAYS: Final = 366
"""Analytics details answer at most the last this many days of the range asked."""

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
    "protection": "{kind} orders need marketProtection (a percentage of price protection, "
    "e.g. 2) under SEBI's market-order rule; send a limit order or set marketProtection",
}
FIELDS: Final = Fields("quantity", "price", "triggerPrice", "orderValidity", "disclosedQuantity")
MARKET_TYPES: Final = ("MKT", "SL-M")
"""Order types that execute at market: refused without ``marketProtection`` (the spec's
``x-market-protection``), else booked as a limit (stop-limit) order at the protection bound."""
INDEX_IDS: Final = {
    "NIFTY 50": "-21",
    "NIFTY BANK": "-22",
    "NIFTY NEXT 50": "-23",
    "SENSEX": "-101",
}
"""Samco's listing ids of indices (the spec's examples)."""


def _scrip_value(column: str, i: Instrument) -> str:
    """How each ScripMaster column (named by the spec's ``x-csv-columns``) is filled."""
    expiry = date.fromisoformat(i.expiry).strftime("%d/%m/%y") if i.expiry else ""
    values = {
        "exchange": i.exchange,
        "exchangeSegment": i.exchange,
        "symbolCode": i.listing_id,
        "tradingSymbol": i.trading_symbol,
        "name": i.symbol,
        "lastPrice": money(i.seed_price),
        "instrument": i.kind,
        "lotSize": str(i.lot_size),
        "strikePrice": i.strike if i.is_option else "",
        "expiryDate": expiry,
        "tickSize": i.tick_size,
    }
    return values.get(column, "")


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
    password: str = "mock-samco-password"
    """Trading password of the legacy login and static-IP calls."""
    year_of_birth: str = "1990"
    """``yob`` of the legacy login (optional there, as in the 2026 flow)."""
    primary_ip: str = ""
    """The app's registered PRIMARY static IP ("" = none registered)."""
    secondary_ip: str = ""
    """The app's registered SECONDARY static IP ("" = none registered)."""


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
    """A named list of orders kept for later execution, and what executing it placed."""

    basket_id: str
    name: str
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    results: dict[str, str] = field(default_factory=dict)
    """Basket order id -> the engine order its latest execution booked ("" if none was)."""
    sent: list[str] = field(default_factory=list)
    """Every engine order the basket placed (executions, retries, square-offs)."""


@dataclass
class _LegacyLogin:
    """State of the deprecated login flow: OTPs, secret API keys, access tokens."""

    otps: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    secret_keys: dict[str, str] = field(default_factory=dict)
    access_tokens: dict[str, tuple[str, datetime]] = field(default_factory=dict)


BASKET_ORDER_FIELDS: Final = (
    "symbolName", "exchange", "transactionType", "orderType", "orderValidity", "productType",
    "quantity", "disclosedQuantity", "price", "triggerPrice", "priceType", "squareOffValue",
    "stopLossValue", "valueType", "trailingStopLoss",
)  # fmt: skip
"""The order fields a basket order stores (the docs' create-order table)."""
GTT_LEGS: Final = {
    False: (("gtt", "", "triggerPrice", "limitPrice"),),
    True: (
        ("target", "TARGET", "targetTriggerPrice", "targetLimitPrice"),
        ("stopLoss", "STOPLOSS", "stoplossTriggerPrice", "stoplossLimitPrice"),
    ),
}
"""Triggers of a GTT / an OCO pair: (key, type, trigger price field, limit price field)."""
TRIGGER_STATUS: Final = {
    WAITING: "", TRIGGERED: "TRIGGERED", REJECTED: "REJECTED", CANCELLED: "CANCELLED"
}  # fmt: skip
"""Trigger statuses of the list (:mod:`~broker_overlays.mock.triggers`'s -> Samco's)."""


def _whole(value: Any, name: str) -> int:
    """A whole-number request field (a string or a JSON number) below 10**15; Failure naming
    it if not."""
    try:
        amount = Decimal(str(value))
        if amount == amount.to_integral_value() and abs(amount) < 10**15:
            return int(amount)
    except (InvalidOperation, ValueError, OverflowError):
        pass
    raise Failure(f"{name} is not a whole number below 10^15")


def _price_in(value: Any, name: str) -> tuple[Decimal, str]:
    """A price sent as a string or a JSON number: its value and its text as echoed back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        amount = number(value, name)
        return amount, format(amount, "f")
    text = "" if value is None else str(value)
    return number(text, name), text


def _turnover(trades: Iterable[Trade], side: str) -> str:
    """The value of the trades on ``side`` (BUY / SELL)."""
    return money(sum((t.quantity * t.price for t in trades if t.side == side), ZERO))


def _at_close(day: date) -> datetime:
    """The end of ``day``'s session (its closing price), ``day`` kept inside the market."""
    return session_minutes(min(max(day, EPOCH), LAST))[1]


_DOCUMENTATION_NETS: Final = tuple(
    ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)
"""Documentation addresses (the docs' samples): accepted as if public."""


def _public_ipv4(value: Any, name: str) -> str:
    """A public IPv4 address (private, loopback, link-local ... refused), as text."""
    try:
        address = ipaddress.IPv4Address(str(value).strip())
    except ValueError:
        raise Failure(f"{name} {value} is not an IPv4 address") from None
    if not address.is_global and not any(address in net for net in _DOCUMENTATION_NETS):
        raise Failure(f"{name} {address} is not a public IPv4 address")
    return str(address)


def _percent(value: Any) -> Decimal | None:
    """A ``marketProtection`` percentage (None when not set); Failure unless in (0, 100]."""
    text = str(value or "").strip()
    if not text:
        return None
    percent = number(text, "marketProtection")
    if not ZERO < percent <= 100:
        raise Failure("marketProtection must be a percentage above 0 and at most 100")
    return percent


def _caller(call: Call) -> str:
    """The IP address a request came from."""
    return call.request.client.host if call.request.client else ""


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
        """Forget sessions, logins, static IPs, baskets and GTTs (part of :meth:`reset`)."""
        self.sessions: dict[str, _Session] = {}
        self.refresh_tokens: dict[str, datetime] = {}
        self.codes: dict[str, _Grant] = {}
        self.legacy = _LegacyLogin()
        self.web_codes: dict[str, datetime] = {}
        self.static_ips: dict[str, str] = {
            kind: ip
            for kind, ip in (("PRIMARY", self.account.primary_ip),
                             ("SECONDARY", self.account.secondary_ip))
            if ip
        }  # fmt: skip
        """Registered static IPs by kind (PRIMARY, SECONDARY); the account's to begin with."""
        self._ips_changed: datetime | None = None
        self.baskets: dict[str, _Basket] = {}
        self._basket_ids = iter(range(1, 10**9))
        self._basket_order_ids = iter(range(1, 10**9))
        self.triggers = TriggerBook(first_id=945510, first_leg_id=1345970)

    def handler(self, operation_id: str) -> Handler | None:
        """Every handler first lets the clock act on the exchange and on the GTT triggers."""
        found = super().handler(operation_id)
        if found is None:
            return None

        def run(call: Call) -> Any:
            self.settle()
            return found(call)

        return run

    def settle(self) -> None:
        self.exchange.settle()
        self.triggers.check(self.exchange, self.clock(), self._place_leg)

    # -- sessions ---------------------------------------------------------------------------

    def credentials(self) -> dict[str, str]:
        return {
            "api key": self.account.api_key,
            "api secret": self.account.api_secret,
            "legacy user id": self.account.account_id,
            "legacy password": self.account.password,
            "legacy year of birth": self.account.year_of_birth,
        }

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
        """A wrong key answers ``errorCode`` EOAUTH001, a wrong secret EOAUTH008 (FR:A3.2);
        a session names the caller's IP and the registered ones ("" when unset, FR:A3.3)."""
        body = call.body
        if not _same(body["apiKey"], self.account.api_key):
            raise Failure("Invalid API key or the app is not active", 401, errorCode="EOAUTH001")
        if not _same(body["apiSecret"], self.account.api_secret):
            raise Failure("Invalid API secret", 401, errorCode="EOAUTH008")
        token = self._issue("session")
        expires = self.sessions[token].expires_at.astimezone(UTC)
        return self.envelope.success(
            "Session token generated successfully",
            sessionToken=token,
            tokenId=secrets.token_hex(16),
            validity=expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
            srcIp=_caller(call),
            primaryIp=self.static_ips.get("PRIMARY", ""),
            secondaryIp=self.static_ips.get("SECONDARY", ""),
            **self._account_details(),
        )

    @operation("logout")
    def logout(self, call: Call) -> dict[str, Any]:
        if call.token is not None:
            self.sessions.pop(call.token, None)
        return self.envelope.success("User has successfully logged out")

    # -- legacy login, web login codes, static IPs ------------------------------------------

    def _account_user(self, user: Any, what: str = "client id") -> None:
        if not _same(str(user), self.account.account_id):
            raise Failure(f"Invalid {what} {user}")

    @operation("legacyGenerateOtp")
    def legacy_generate_otp(self, call: Call) -> dict[str, Any]:
        self._account_user(call.body["uid"])
        otp = f"{secrets.randbelow(10**6):06d}"
        self.legacy.otps[self.account.account_id] = (otp, self.clock() + OTP_LIFETIME)
        return self.envelope.success("OTP sent to the registered mobile number and email")

    @operation("legacyGenerateSecretKey")
    def legacy_generate_secret_key(self, call: Call) -> dict[str, Any]:
        self._account_user(call.body["uid"])
        otp, expires = self.legacy.otps.pop(self.account.account_id, ("", self.clock()))
        if not otp or expires <= self.clock() or not _same(str(call.body["otp"]), otp):
            raise Failure("Invalid or expired OTP")  # an OTP works once, even when refused
        key = secrets.token_hex(16)
        self.legacy.secret_keys[key] = self.account.account_id
        return self.envelope.success("Secret API key generated successfully", secretApiKey=key)

    @operation("legacyGenerateAccessToken")
    def legacy_generate_access_token(self, call: Call) -> dict[str, Any]:
        self._account_user(call.body["uid"])
        owner = self.legacy.secret_keys.get(str(call.body["secretApiKey"]))
        if owner != self.account.account_id:
            raise Failure("Invalid secret API key")
        token = secrets.token_urlsafe(24)
        expires = next_session_expiry(self.clock())
        self.legacy.access_tokens[token] = (owner, expires)
        return self.envelope.success("Access token generated successfully", accessToken=token)

    def _logged_in(self, message: str) -> dict[str, Any]:
        return self.envelope.success(
            message, sessionToken=self._issue("session"), **self._account_details()
        )

    @operation("legacyLogin")
    def legacy_login(self, call: Call) -> dict[str, Any]:
        body = call.body
        owner, expires = self.legacy.access_tokens.get(str(body["accessToken"]), ("", self.clock()))
        if not (
            _same(str(body["userId"]), self.account.account_id)
            and _same(str(body["password"]), self.account.password)
            and _same(str(body.get("yob", self.account.year_of_birth)), self.account.year_of_birth)
        ):
            raise Failure("Invalid user id, password or year of birth")
        if owner != self.account.account_id or expires <= self.clock():
            raise Failure("Invalid or expired access token")
        return self._logged_in("Login successful")

    @operation("getWebSecretCode")
    def get_web_secret_code(self, call: Call) -> dict[str, Any]:
        alphabet = string.ascii_uppercase + string.digits
        code = "".join(secrets.choice(alphabet) for _ in range(8))
        self.web_codes[code] = self.clock() + timedelta(seconds=WEB_CODE_SECONDS)
        return self.envelope.success(
            "Web secret code generated successfully",
            data={"timeRemainingInSeconds": WEB_CODE_SECONDS, "OTP": code},
        )

    @operation("validateWebSecretCode")
    def validate_web_secret_code(self, call: Call) -> dict[str, Any]:
        """The code is ``otp`` (DOCS) or ``code`` (the Python README, which sends both)."""
        sent = [str(call.body[k]) for k in ("otp", "code") if k in call.body]
        code = next((c for c in sent if c in self.web_codes), "")
        expires = self.web_codes.pop(code, None)  # a code works once
        if expires is None or expires <= self.clock():
            raise Failure("Invalid, expired or already used web secret code")
        return self._logged_in("Web secret code validated successfully")

    def _change_ips(self, body: Mapping[str, Any], registered: bool) -> dict[str, Any]:
        self._account_user(body["clientId"])
        if not _same(str(body["password"]), self.account.password):
            raise Failure("Invalid password")
        if bool(self.static_ips) != registered:
            raise Failure(
                "Static IPs are already registered: change them with /ip/ipUpdate"
                if self.static_ips
                else "No static IP is registered: register one with /ip/ipRegistration"
            )
        now = self.clock()
        if self._ips_changed is not None and now < self._ips_changed + IP_CHANGE_INTERVAL:
            after = (self._ips_changed + IP_CHANGE_INTERVAL).astimezone(IST)
            raise Failure(
                f"Static IPs can be changed once in 7 days (next after {after:%Y-%m-%d %H:%M})"
            )
        ips = {"PRIMARY": _public_ipv4(body["primaryIp"], "primaryIp")}
        if body.get("secondaryIp"):
            ips["SECONDARY"] = _public_ipv4(body["secondaryIp"], "secondaryIp")
        self.static_ips, self._ips_changed = ips, now
        details = {"primaryIp": ips["PRIMARY"], "secondaryIp": ips.get("SECONDARY", "")}
        verb = "updated" if registered else "registered"
        return self.envelope.success(f"Static IP {verb} successfully", ipDetails=details)

    @operation("legacyRegisterStaticIp")
    def legacy_register_static_ip(self, call: Call) -> dict[str, Any]:
        return self._change_ips(call.body, registered=False)

    @operation("legacyUpdateStaticIp")
    def legacy_update_static_ip(self, call: Call) -> dict[str, Any]:
        return self._change_ips(call.body, registered=True)

    @operation("whoAmI")
    def who_am_i(self, call: Call) -> dict[str, Any]:
        source = _caller(call)
        matched = next((kind for kind, ip in self.static_ips.items() if ip == source), None)
        message = (
            f"Calling from registered {matched} IP ({source})."
            if matched
            else f"Calling from an IP that is not registered ({source})."
        )
        payload: dict[str, Any] = {
            "srcIp": source,
            "clientIp": source,
            **{f"{kind.lower()}Ip": ip for kind, ip in self.static_ips.items()},
            "matches": matched is not None,
            "matchedAs": matched,
            "data": {"ip": source, "registered": matched is not None},
        }
        return self.envelope.success(message, **payload)

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

    def _ticket(
        self, body: Mapping[str, Any], product: str, bracket: Bracket | None = None
    ) -> Ticket:
        exchange = str(body.get("exchange") or "NSE")
        instrument = self.instrument(exchange, str(body["symbolName"]))
        side, order_type = str(body["transactionType"]), str(body["orderType"])
        fields = FIELDS.new(body)
        engine_type = ORDER_TYPES.get(order_type, order_type)
        if order_type in MARKET_TYPES:
            engine_type, fields["price"] = self._protected(
                instrument, side, order_type, fields["trigger"], body.get("marketProtection")
            )
        return Ticket(
            instrument=instrument,
            side=side,
            order_type=engine_type,
            product=product,
            amo=body.get("afterMarketOrderFlag") == "YES",
            bracket=bracket,
            **fields,
        )

    def _protected(
        self, instrument: Instrument, side: str, order_type: str, trigger: Decimal, value: Any
    ) -> tuple[str, Decimal]:
        """A market (``MKT``) or stop-loss-market (``SL-M``) order as the engine books it: a
        limit (stop-limit) order at the protection bound, ``marketProtection`` percent beyond
        the last price (the trigger), on the tick grid. No protection: refused."""
        percent = _percent(value)
        if percent is None:
            raise Failure(self.exchange.message("protection", kind=order_type))
        reference = trigger if order_type == "SL-M" else self.exchange.price(instrument)
        sign = 1 if side == "BUY" else -1
        ticks = reference * (1 + sign * percent / 100) / instrument.tick
        steps = ticks.to_integral_value(rounding=ROUND_FLOOR if sign > 0 else ROUND_CEILING)
        return ("SL" if order_type == "SL-M" else "LIMIT"), max(steps, Decimal(1)) * instrument.tick

    @staticmethod
    def _wire(body: Mapping[str, Any]) -> dict[str, str]:
        """What the order book shows as sent: the order type and its market protection."""
        wire = {"orderType": str(body["orderType"])}
        if str(body.get("marketProtection") or "").strip():
            wire["marketProtection"] = str(body["marketProtection"]).strip()
        return wire

    @staticmethod
    def _order_type(order: Order) -> str:
        return order.wire.get("orderType") or ORDER_TYPE_CODES.get(
            order.order_type, order.order_type
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
            "orderType": self._order_type(order),
            "quantity": str(order.quantity),
            "filledQuantity": str(order.filled),
            "orderPrice": money(order.price),
            "filledPrice": money(order.average),
            "exchangeOrderNo": order.exchange_id,
            "orderValidity": order.validity,
            "orderTime": order.placed_at.strftime("%d/%m/%Y %H:%M:%S"),
        }

    def _order_response(
        self, order: Order, message: str, number_key: str = "orderNumber"
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            number_key: order.number,
            "exchangeOrderStatus": EXCHANGE_STATUS[order.status],
            "orderDetails": self._details(order),
        }
        return self.envelope.success(message, **payload)

    def _submit(
        self, body: Mapping[str, Any], product: str, label: str, bracket: Bracket | None = None
    ) -> dict[str, Any]:
        order = self.place(self._ticket(body, product, bracket), **self._wire(body))
        if order.status == REJECTED:
            raise Failure(order.rejection, orderNumber=order.number, exchangeOrderStatus="REJECTED")
        return self._order_response(order, f"{label} Order request placed successfully")

    @operation("placeOrder")
    def place_order(self, call: Call) -> dict[str, Any]:
        product = str(call.body["productType"])
        return self._submit(call.body, product, product)

    @staticmethod
    def _bracket(body: Mapping[str, Any], product: str) -> Bracket | None:
        """The exit legs of a ``BO`` (target / stop-loss distances) or ``CO`` (stop trigger)."""
        if product == "BO":
            return Bracket(
                "BO",
                target=number(body.get("squareOffValue"), "squareOffValue"),
                stop=number(body.get("stopLossValue"), "stopLossValue"),
            )
        if product == "CO":
            return Bracket("CO", stop=number(body.get("triggerPrice"), "triggerPrice"))
        return None

    @operation("placeBracketOrder")
    def place_bracket_order(self, call: Call) -> dict[str, Any]:
        return self._submit(call.body, "BO", "Bracket", self._bracket(call.body, "BO"))

    @operation("placeCoverOrder")
    def place_cover_order(self, call: Call) -> dict[str, Any]:
        return self._submit(call.body, "CO", "CO", self._bracket(call.body, "CO"))

    def _attempt(self, item: Mapping[str, Any], *, legs: bool) -> dict[str, Any]:
        """Place one order of a batch (bulk, basket) as ``placeOrder`` does (``legs``: a BO /
        CO with its exit legs): its answer, the failure envelope if it was refused."""
        try:
            try:
                product = str(item["productType"])
                bracket = self._bracket(item, product) if legs else None
                return self._submit(item, product, product, bracket)
            except Refused as exc:
                raise self.failure(exc) from None
        except Failure as exc:
            return self.envelope.failure(exc.message, **exc.payload)

    def _placed(self, answer: Mapping[str, Any]) -> bool:
        return answer.get("status") == self.envelope.success_value

    @operation("placeBulkOrder")
    def place_bulk_order(self, call: Call) -> dict[str, Any]:
        items = call.body["orders"] if "orders" in call.body else [call.body]
        responses = [self._attempt(item, legs=False) for item in items]
        numbers = [r["orderNumber"] for r in responses if self._placed(r)]
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
        """Answers the order number in lower-case ``ordernumber``, as Samco does (FR:A3.12).
        A market order (or a change to one) keeps or gets its protection bound."""
        number_ = call.path["orderNumber"]
        order = self._live(number_, "modified")
        body = call.body
        order_type = str(body["orderType"]) if body.get("orderType") else None
        changes = FIELDS.changes(body, order_type)
        kind = order_type or self._order_type(order)
        protection = body.get("marketProtection") or order.wire.get("marketProtection")
        if kind in MARKET_TYPES:
            trigger = order.trigger if changes["trigger"] is None else changes["trigger"]
            changes["order_type"], changes["price"] = self._protected(
                order.instrument, order.side, kind, trigger, protection
            )
        self.exchange.modify(order, **changes)
        order.wire.update(self._wire({"orderType": kind, "marketProtection": protection}))
        return self._order_response(order, f"Order {number_} modified successfully", "ordernumber")

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
                    "orderType": self._order_type(order),
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
                    "marketProtection": order.wire.get("marketProtection", ""),
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
                    "orderType": self._order_type(order),
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

    def _named_basket(self, body: Mapping[str, Any], id_key: str = "basketId") -> _Basket:
        """The basket a body (or query) names by ``basketId`` (``id_key``) or, Python SDK
        style, by ``basketName``."""
        if body.get(id_key) not in (None, ""):
            return self._basket(body[id_key])
        name = body.get("basketName")
        found = next((b for b in self.baskets.values() if b.name == name), None)
        if found is None:
            raise Failure(f"Basket {name} not found" if name else f"{id_key} is required")
        return found

    def _named_order(self, basket: _Basket, body: Mapping[str, Any]) -> str:
        """The id of the basket order a body names by ``basketOrderId`` / ``orderId`` or, when
        it sends no id (the Python SDK), by ``symbolName`` (the first order of that symbol)."""
        for key in ("basketOrderId", "orderId"):
            if body.get(key) not in (None, ""):
                self._basket_order(basket, body[key])
                return str(body[key])
        symbol = body.get("symbolName")
        found = next((k for k, o in basket.orders.items() if o.get("symbolName") == symbol), None)
        if found is None:
            what = f"of symbol {symbol}" if symbol else "named (basketOrderId is required)"
            raise Failure(f"No order {what} in basket {basket.basket_id}")
        return found

    @operation("listBasket")
    def list_basket(self, call: Call) -> dict[str, Any]:
        kind = call.query.get("listType") or "ALL"
        rows = [
            {"basketId": b.basket_id, "basketName": b.name, "orderCount": str(len(b.orders)),
             "executed": bool(b.sent)}
            for b in self.baskets.values()
            if kind == "ALL" or bool(b.sent) == (kind == "EXECUTED")
        ]  # fmt: skip
        return self.envelope.success("Basket listed successfully", baskets=rows)

    @operation("createBasket")
    def create_basket(self, call: Call) -> dict[str, Any]:
        basket = _Basket(str(next(self._basket_ids)), str(call.body["basketName"]))
        self.baskets[basket.basket_id] = basket
        return self.envelope.success("Basket created successfully", basketId=basket.basket_id)

    @operation("modifyBasket")
    def modify_basket(self, call: Call) -> dict[str, Any]:
        """Renames the basket ``basketId`` names; named by ``basketName`` alone (the Python
        SDK), the basket keeps its name."""
        basket = self._named_basket(call.body)
        basket.name = str(call.body["basketName"])
        return self.envelope.success("Basket modified successfully", basketId=basket.basket_id)

    @operation("deleteBasket")
    def delete_basket(self, call: Call) -> dict[str, Any]:
        basket = self._named_basket(call.body)
        del self.baskets[basket.basket_id]
        return self.envelope.success("Basket deleted successfully")

    @operation("listBasketOrder")
    def list_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._named_basket(call.query)
        orders = [{"basketOrderId": k, **v} for k, v in basket.orders.items()]
        return self.envelope.success(
            "Basket order listed successfully",
            basketDetails={"basketId": basket.basket_id, "basketName": basket.name},
            basketOrders=orders,
        )

    @operation("createBasketOrder")
    def create_basket_order(self, call: Call) -> dict[str, Any]:
        """The basket is ``basketID`` (docs), ``basketId`` (Node/Java) or ``basketName``
        (Python SDK); the order's missing fields get the defaults of ``placeOrder``."""
        body = call.body
        basket = self._named_basket(
            body, "basketID" if body.get("basketID") not in (None, "") else "basketId"
        )
        order_id = str(next(self._basket_order_ids))
        basket.orders[order_id] = {k: call.body[k] for k in BASKET_ORDER_FIELDS if k in call.body}
        return self.envelope.success(
            "Basket order created successfully", basketId=basket.basket_id, orderId=order_id
        )

    @operation("modifyBasketOrder")
    def modify_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._named_basket(call.body)
        order_id = self._named_order(basket, call.body)
        order = basket.orders[order_id]
        order.update({k: call.body[k] for k in BASKET_ORDER_FIELDS if k in call.body})
        return self.envelope.success(
            "Basket order modified successfully", basketId=basket.basket_id, orderId=str(order_id)
        )

    @operation("deleteBasketOrder")
    def delete_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._named_basket(call.body)
        del basket.orders[self._named_order(basket, call.body)]
        return self.envelope.success("Basket order deleted successfully")

    def _execute(self, basket: _Basket, order_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Place these orders of the basket as ``placeOrder`` does: one row per order."""
        rows = []
        for order_id in order_ids:
            item = basket.orders[order_id]
            answer = self._attempt(item, legs=True)
            placed = str(answer.get("orderNumber") or "")
            basket.results[order_id] = placed
            if placed:
                basket.sent.append(placed)
            row = {"basketOrderId": order_id, "symbolName": str(item.get("symbolName", "")),
                   "exchange": str(item.get("exchange") or "NSE"),
                   "transactionType": str(item.get("transactionType", "")),
                   "quantity": str(item.get("quantity", "")), "orderNumber": placed}  # fmt: skip
            fields = ("status", "statusMessage", "exchangeOrderStatus")
            rows.append({**row, **{k: answer[k] for k in fields if k in answer}})
        return rows

    def _executed(
        self, basket: _Basket, rows: list[dict[str, Any]], message: str
    ) -> dict[str, Any]:
        numbers = [row["orderNumber"] for row in rows if self._placed(row)]
        if not numbers:
            raise Failure(f"{message}: no order was placed", basketId=basket.basket_id,
                          orderNumbers=[], executedOrders=rows)  # fmt: skip
        return self.envelope.success(
            message, basketId=basket.basket_id, orderNumbers=numbers, executedOrders=rows
        )

    @operation("executeBasketOrder")
    def execute_basket_order(self, call: Call) -> dict[str, Any]:
        basket = self._named_basket(call.body)
        if not basket.orders:
            raise Failure(f"Basket {basket.basket_id} has no orders")
        # allatonce and chronologically both send the orders in basket order here.
        rows = self._execute(basket, list(basket.orders))
        return self._executed(basket, rows, f"Basket {basket.basket_id} executed")

    @operation("modifyAndRetryBasketOrder")
    def modify_and_retry_basket_order(self, call: Call) -> dict[str, Any]:
        """Apply each of ``orders[]`` to a failed order of the basket (named by ``basketOrderId``
        / ``orderId``, else the next failed order of its symbol, else the next failed one),
        then place the failed orders again (all of them when ``orders[]`` is empty)."""
        basket = self._named_basket(call.body)
        failed = [
            order_id
            for order_id, placed in basket.results.items()
            if order_id in basket.orders and (not placed or self.orders[placed].status == REJECTED)
        ]
        if not failed:
            raise Failure(f"Basket {basket.basket_id} has no failed orders to retry")
        plan: dict[str, Mapping[str, Any]] = {}
        for change in call.body.get("orders") or []:
            wanted = str(change.get("basketOrderId") or change.get("orderId") or "")
            left = [i for i in failed if i not in plan and (not wanted or i == wanted)]
            symbol = change.get("symbolName")
            same = [i for i in left if not wanted and basket.orders[i].get("symbolName") == symbol]
            if not left:
                what = f"order {wanted}" if wanted else "order"
                raise Failure(f"No failed {what} of basket {basket.basket_id} is left to retry")
            plan[(same or left)[0]] = change
        for order_id, change in plan.items():
            basket.orders[order_id].update(
                {k: change[k] for k in BASKET_ORDER_FIELDS if k in change}
            )
        retry = list(plan) or failed
        rows = self._execute(basket, retry)
        return self._executed(basket, rows, "Basket orders modified and retried")

    @operation("squareOffBasket")
    def square_off_basket(self, call: Call) -> dict[str, Any]:
        """Close what is still open of the positions the basket's orders (and their legs)
        created, with market orders; the closing orders count as the basket's too."""
        basket = self._named_basket(call.body)
        mine = set(basket.sent)
        net: dict[tuple[Instrument, str], int] = {}
        for order in self.orders.values():
            if order.filled and (order.number in mine or order.parent in mine):
                key = (order.instrument, order.product)
                net[key] = net.get(key, 0) + (
                    order.filled if order.side == "BUY" else -order.filled
                )
        rows = []
        for (instrument, product), quantity in net.items():
            pos = self.exchange.position(instrument, product)
            if not quantity or pos is None or pos.net_qty * quantity <= 0:
                continue  # closed already, or the account now holds the other side
            closing = self.exchange.square_off(instrument, product, abs(quantity))
            assert closing is not None  # the position is open
            basket.sent.append(closing.number)
            ok = closing.status != REJECTED
            rows.append(
                {"symbolName": instrument.symbol, "exchange": instrument.exchange,
                 "productType": product, "netQuantity": str(closing.quantity),
                 "transactionType": closing.side, "orderNumber": closing.number,
                 "status": self.envelope.success_value if ok else self.envelope.failure_value,
                 "statusMessage": "Position squared off" if ok else closing.rejection}
            )  # fmt: skip
        if not rows:
            raise Failure(f"No open position from basket {basket.basket_id} to square off")
        return self._executed(basket, rows, f"Basket {basket.basket_id} squared off")

    @operation("rearrangeBasketOrder")
    def rearrange_basket_order(self, call: Call) -> dict[str, Any]:
        """The orders named (one id, or a list) move to the front in that order; the others
        follow in their order. The full list of ids sets the whole execution order."""
        basket = self._basket(call.body["basketId"])
        named = call.body["basketOrderId"]
        first = [str(i) for i in (named if isinstance(named, list) else [named])]
        if len(set(first)) != len(first):
            raise Failure("basketOrderId names an order twice")
        for order_id in first:
            self._basket_order(basket, order_id)
        order_ids = first + [i for i in basket.orders if i not in first]
        basket.orders = {i: basket.orders[i] for i in order_ids}
        rows = [{"basketOrderId": i, **basket.orders[i]} for i in order_ids]
        return self.envelope.success(
            "Basket orders rearranged successfully", basketId=basket.basket_id, basketDetails=rows
        )

    @operation("calculateBasketSpan")
    def calculate_basket_span(self, call: Call) -> dict[str, Any]:
        """The margin of the basket's orders (of ``orders[]`` instead, when sent), priced as
        ``calculateSpanMargin`` prices its items."""
        basket = self._named_basket(call.body)
        orders = list(call.body.get("orders") or basket.orders.values())
        for item in orders:
            if not item.get("symbolName") or not item.get("quantity"):
                raise Failure("Every order needs symbolName and quantity")
        span, exposure, premium = self._margin(
            {"exchange": o.get("exchange") or "NSE", "tradingSymbol": o["symbolName"],
             "qty": o["quantity"], "price": o.get("price"), "productType": o.get("productType"),
             "transactionType": o.get("transactionType")}
            for o in orders
        )  # fmt: skip
        return self.envelope.success(
            "Span margin calculated successfully",
            basketId=basket.basket_id,
            spanMargin=money(span),
            totalMargin=money(span + exposure + premium),
        )

    # -- GTT / OCO --------------------------------------------------------------------------

    def _new_gtt(self, body: Mapping[str, Any], oco: bool, replaces: Gtt | None = None) -> Gtt:
        """A GTT (``oco``: an OCO pair) from an add / modify body, checked; a modify keeps the
        exchange and symbol of the GTT it ``replaces``."""
        instrument = self.instrument(str(body.get("exchange") or "NSE"), str(body["symbolName"]))
        if replaces is not None and instrument != replaces.instrument:
            raise Failure("exchange and symbolName must equal the original order's")
        side, product, order_type = (
            str(body[k]) for k in ("transactionType", "productType", "orderType")
        )
        if instrument.kind != "EQ" and product != "NRML":
            raise Failure("GTT orders on futures and options must be NRML")
        if oco and instrument.kind == "EQ" and product == "CNC" and side == "BUY":
            raise Failure("An OCO cannot be an equity delivery (CNC) BUY")
        quantity = _whole(body["quantity"], "quantity")
        if quantity <= 0:
            raise Failure("quantity must be positive")
        ltp = self.exchange.price(instrument)
        prices = []
        for key, kind, trigger_name, limit_name in GTT_LEGS[oco]:
            trigger = _price_in(body.get(trigger_name), trigger_name)
            limit = _price_in(body.get(limit_name), limit_name)
            if trigger[0] <= 0:
                raise Failure(f"{trigger_name} must be positive")
            if order_type == "L" and limit[0] <= 0:
                raise Failure(f"{limit_name} is required for L orders")
            prices.append((key, kind, trigger, limit))
        legs = {
            key: TriggerLeg(self.triggers.next_leg_id(), quantity, trigger, limit, ltp,
                            wire={"triggerPrice": trigger_text, "limitPrice": limit_text,
                                  "type": kind})
            for key, kind, (trigger, trigger_text), (limit, limit_text) in prices
        }  # fmt: skip
        if oco and legs["target"].rising == legs["stopLoss"].rising:
            raise Failure(
                "The target and stop-loss triggers must lie on either side of the last traded "
                f"price {money(ltp)}"
            )
        protection = str(body.get("marketProtection") or ("3" if order_type == "MKT" else ""))
        _percent(protection)  # the docs' default for MKT is 3 %
        now = self.now()
        wire = {"orderType": order_type, "marketProtection": protection}
        gtt = Gtt(self.triggers.next_id(), instrument, side, product, now, now, legs, wire)
        self.triggers.add(gtt, replaces)
        return gtt

    def _gtt(self, summary_id: Any, oco: bool) -> Gtt:
        """A GTT (an OCO pair) that has not triggered, by ``gttSummaryId``."""
        label = "OCO" if oco else "GTT"
        gtt = self.triggers.get(str(summary_id))
        if gtt is None or gtt.oco != oco:
            raise Failure(f"{label} {summary_id} not found")
        if gtt.triggered:
            raise Failure(f"{label} {summary_id} has triggered and cannot be changed")
        return gtt

    @staticmethod
    def _gtt_symbol(gtt: Gtt) -> dict[str, str]:
        instrument = gtt.instrument
        name = instrument.symbol if instrument.kind == "EQ" else instrument.trading_symbol
        return {"symbol": instrument.listing_id, "symbolName": name}

    def _leg(self, gtt: Gtt, leg: TriggerLeg, listed: bool) -> dict[str, str]:
        """One trigger as add / modify echo it (``listed``: as the list shows it)."""
        row = {"quantity": str(leg.quantity), "triggerPrice": leg.wire["triggerPrice"],
               "limitPrice": leg.wire["limitPrice"],
               "marketProtection": gtt.wire["marketProtection"],
               "triggerId": leg.trigger_id}  # fmt: skip
        if leg.wire["type"]:
            row["type"] = leg.wire["type"]
        if listed:
            fired = leg.triggered_at.strftime("%Y-%m-%d %H:%M:%S") if leg.triggered_at else ""
            row.update(status=TRIGGER_STATUS[leg.status], triggeredAt=fired,
                       gttId=leg.trigger_id, ltpAtCreation=money(leg.ltp_at_creation),
                       transactionType=gtt.side, rejectReason=leg.reject_reason,
                       orderNumber=leg.order_number)  # fmt: skip
        return row

    def _gtt_details(self, gtt: Gtt) -> dict[str, Any]:
        """``orderDetails`` of an add / modify answer."""
        details: dict[str, Any] = {"productType": gtt.product, "orderType": gtt.wire["orderType"],
                                   "transactionType": gtt.side, **self._gtt_symbol(gtt)}  # fmt: skip
        if gtt.oco:
            return {**details, **{k: self._leg(gtt, leg, False) for k, leg in gtt.legs.items()}}
        leg = self._leg(gtt, gtt.legs["gtt"], False)
        leg.pop("type", None)
        created = gtt.created_at.strftime("%Y-%m-%d %H:%M:%S")
        return {**details, **leg, "createdAt": created}

    def _gtt_answer(self, gtt: Gtt, message: str) -> dict[str, Any]:
        return self.envelope.success(
            message, gttSummaryId=gtt.gtt_id, orderDetails=self._gtt_details(gtt)
        )

    @operation("addGtt")
    def add_gtt(self, call: Call) -> dict[str, Any]:
        return self._gtt_answer(self._new_gtt(call.body, oco=False), "GTT CREATED")

    @operation("modifyGtt")
    def modify_gtt(self, call: Call) -> dict[str, Any]:
        old = self._gtt(call.body["gttSummaryId"], oco=False)
        return self._gtt_answer(self._new_gtt(call.body, False, replaces=old), "GTT MODIFIED")

    @operation("addOco")
    def add_oco(self, call: Call) -> dict[str, Any]:
        return self._gtt_answer(self._new_gtt(call.body, oco=True), "GTT CREATED")

    @operation("modifyOco")
    def modify_oco(self, call: Call) -> dict[str, Any]:
        old = self._gtt(call.body["gttSummaryId"], oco=True)
        return self._gtt_answer(self._new_gtt(call.body, True, replaces=old), "GTT MODIFIED")

    def _delete_gtt(self, call: Call, oco: bool, owner: str) -> dict[str, Any]:
        gtt = self._gtt(call.body["gttSummaryId"], oco)
        self.triggers.remove(gtt)
        return self.envelope.success(
            "GTT Deleted successfully",
            gttSummaryId=gtt.gtt_id,
            orderDetails={owner: self.account.account_id},
        )

    @operation("deleteGtt")
    def delete_gtt(self, call: Call) -> dict[str, Any]:
        return self._delete_gtt(call, oco=False, owner="userId")

    @operation("deleteOco")
    def delete_oco(self, call: Call) -> dict[str, Any]:
        return self._delete_gtt(call, oco=True, owner="clientId")

    @operation("listGttOco")
    def list_gtt_oco(self, call: Call) -> dict[str, Any]:
        kind = call.query.get("listType") or "active"
        today = self.now().date()
        rows = []
        for gtt in self.triggers.gtts.values():
            expired = gtt.expired(today)
            state = "triggered" if gtt.triggered else "expired" if expired else "active"
            if state != kind:
                continue
            summary = {
                "id": int(gtt.gtt_id), "userId": self.account.account_id,
                **self._gtt_symbol(gtt), "orderType": gtt.wire["orderType"],
                "productType": gtt.product, "gttType": "OCO" if gtt.oco else "SINGLE",
                "validTill": "FOREVER", "createdAt": gtt.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                "deletedAt": "", "gttSummaryId": gtt.gtt_id, "isExpired": expired,
            }  # fmt: skip
            triggers = {key: self._leg(gtt, leg, True) for key, leg in gtt.legs.items()}
            rows.append({"summary": summary, "triggers": triggers})
        return self.envelope.success("List of GTT / OCO orders received.", orderDetails=rows)

    def _place_leg(self, gtt: Gtt, leg: TriggerLeg) -> Order:
        """A fired leg's order: a limit order, or a protected market order (``MKT``)."""
        order_type, price = "LIMIT", leg.limit
        if gtt.wire["orderType"] == "MKT":
            order_type, price = self._protected(
                gtt.instrument, gtt.side, "MKT", ZERO, gtt.wire["marketProtection"]
            )
        ticket = Ticket(gtt.instrument, gtt.side, order_type, gtt.product, leg.quantity,
                        price=price)  # fmt: skip
        return self.place(ticket, **self._wire(gtt.wire))

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
            "netQuantity": str(abs(net)),  # unsigned; the side is transactionType (FR:A3.19)
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
                order = self.exchange.square_off(instrument, pos.product, quantity)
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
        return self.envelope.success(  # one fund pool, mirrored in both segments (FR:A3.23)
            "User Limit details retrieved successfully",
            equityLimit=equity,
            commodityLimit=dict(equity),
        )

    def _margin(self, items: Iterable[Mapping[str, Any]]) -> tuple[Decimal, Decimal, Decimal]:
        """SPAN, exposure margin and option premium of ``calculateSpanMargin`` items
        (``exchange``, ``tradingSymbol``, ``qty``; optional ``price``, ``productType``,
        ``transactionType``)."""
        span = exposure = premium = ZERO
        now = self.clock()
        for item in items:
            instrument = self.instrument(str(item["exchange"]), str(item["tradingSymbol"]))
            quantity = _whole(item["qty"], "qty")
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
        return span, exposure, premium

    @operation("calculateSpanMargin")
    def calculate_span_margin(self, call: Call) -> dict[str, Any]:
        span, exposure, premium = self._margin(call.body["request"])
        return self.envelope.success(
            "Span margin calculated",
            spanDetails={
                "totalRequirement": money(span + exposure + premium),
                "spanRequirement": money(span),
                "exposureMargin": money(exposure),
                "spreadBenefit": "0.00",
            },
        )

    # -- analytics --------------------------------------------------------------------------

    def _range(self, first: Any, last: Any, back: timedelta) -> tuple[date, date]:
        """The [fromDate, toDate] asked (toDate: today, fromDate: ``back`` before toDate by
        default); a range that starts after it ends or in the future is refused."""
        today = self.now().date()
        end = _day(last, today)
        start = _day(first, end - back if end - date.min >= back else date.min)
        if start > end:
            raise Failure(f"fromDate {start} is after toDate {end}")
        if start > today:
            raise Failure(f"fromDate {start} is in the future")
        return start, end

    def _trades_between(self, start: date, end: date) -> list[Trade]:
        return [t for t in self.exchange.trades if start <= t.time.astimezone(IST).date() <= end]

    @staticmethod
    def _names(instrument: Instrument) -> dict[str, str]:
        return {"symbolName": instrument.symbol, "tradingSymbol": instrument.trading_symbol,
                "exchange": instrument.exchange}  # fmt: skip

    def _closed_rows(self, start: date, end: date) -> list[dict[str, str]]:
        """Realised gains and losses of the quantity bought and sold between the dates."""
        trades = self._trades_between(start, end)
        rows = []
        for pos in self.exchange.positions(trades):
            closed = min(pos.buy_qty, pos.sell_qty)
            if not closed:
                continue
            last = max(t.time for t in trades
                       if t.instrument == pos.instrument and t.product == pos.product)  # fmt: skip
            rows.append(
                {**self._names(pos.instrument), "productType": pos.product,
                 "quantity": str(closed), "buyAverage": money(pos.avg_buy),
                 "sellAverage": money(pos.avg_sell),
                 "date": last.astimezone(IST).strftime("%Y-%m-%d"),
                 "gainAndLoss": money(pos.realized)}
            )  # fmt: skip
        return rows

    def _open_rows(self, end: date) -> list[dict[str, str]]:
        """Unrealised gains and losses of the holdings and open positions at the close of
        ``end`` (now, if that is later), on the moving market."""
        if end < EPOCH:
            return []  # before the market's history
        moment = min(_at_close(end), self.clock())
        held = [(h.instrument, "CNC", h.quantity, h.average_price) for h in self.holdings]
        positions = self.exchange.positions(t for t in self.exchange.trades if t.time <= moment)
        held += [
            (p.instrument, p.product, p.net_qty, p.average_price) for p in positions if p.net_qty
        ]
        rows = []
        for instrument, product, quantity, average in held:
            price = self.exchange.price(instrument, moment)
            rows.append(
                {**self._names(instrument), "productType": product, "quantity": str(quantity),
                 "averagePrice": money(average), "lastTradedPrice": money(price),
                 "date": moment.astimezone(IST).strftime("%Y-%m-%d"),
                 "gainAndLoss": money(quantity * (price - average))}
            )  # fmt: skip
        return rows

    @operation("getGainLoss")
    def get_gain_loss(self, call: Call) -> dict[str, Any]:
        start, end = self._range(call.body["fromDate"], call.body["toDate"], timedelta(0))
        status = call.body.get("status") or "open"
        rows = self._open_rows(end) if status == "open" else self._closed_rows(start, end)
        return self.envelope.success(
            "Gain loss retrieved successfully",
            fromDate=start.isoformat(),
            toDate=end.isoformat(),
            gains=[r for r in rows if Decimal(r["gainAndLoss"]) >= 0],
            losses=[r for r in rows if Decimal(r["gainAndLoss"]) < 0],
        )

    @operation("getAnalyticsSummary")
    def get_analytics_summary(self, call: Call) -> dict[str, Any]:
        body = call.body or {}
        duration = str(body.get("duration") or call.query.get("duration") or "ALL").upper()
        today = self.now().date()
        if duration == "ALL":
            first = min(
                (t.time.astimezone(IST).date() for t in self.exchange.trades), default=today
            )
            back = today - min(first, today)
        elif match := DURATION.match(duration):
            back = timedelta(days=int(match[1]) * DURATION_DAYS[match[2]])
        else:
            raise Failure(f"Invalid duration {duration} (ALL, 1Y, 6M, 3M, 1M, 1W, 1D)")
        start, end = self._range(body.get("fromDate"), body.get("toDate"), back)
        closed, held = self._closed_rows(start, end), self._open_rows(end)
        trades = [t for t in self._trades_between(start, end) if t.visible]
        ranked = sorted(closed + held, key=lambda r: Decimal(r["gainAndLoss"]))
        wins = sum(Decimal(r["gainAndLoss"]) > 0 for r in closed)

        def total(rows: list[dict[str, str]]) -> str:
            return money(sum((Decimal(r["gainAndLoss"]) for r in rows), ZERO))

        def performer(row: dict[str, str]) -> dict[str, str]:
            keys = ("symbolName", "tradingSymbol", "productType", "gainAndLoss")
            return {k: row[k] for k in keys}

        summary = {
            "duration": duration, "fromDate": start.isoformat(), "toDate": end.isoformat(),
            "totalTrades": str(len(trades)), "buyValue": _turnover(trades, "BUY"),
            "sellValue": _turnover(trades, "SELL"),
            "realisedGainAndLoss": total(closed), "unrealisedGainAndLoss": total(held),
            "winRatePercentage": money(Decimal(wins * 100) / len(closed)) if closed else "0.00",
            "bestPerformer": performer(ranked[-1]) if ranked else {},
            "worstPerformer": performer(ranked[0]) if ranked else {},
            "productPerformance": [
                {"productType": k, "realisedGainAndLoss": total([r for r in closed
                                                                 if r["productType"] == k])}
                for k in sorted({r["productType"] for r in closed})
            ],
        }  # fmt: skip
        return self.envelope.success("Analytics summary retrieved successfully", summary=summary)

    @operation("getAnalyticsDetails")
    def get_analytics_details(self, call: Call) -> dict[str, Any]:
        """One row per trading day of the range (the last MAX_DETAIL_DAYS days of it, up to
        today): the day's trades, realised P&L and the holdings' value at its close."""
        body = call.body or {}
        start, end = self._range(body.get("fromDate"), body.get("toDate"), timedelta(days=30))
        now = self.clock()
        last = min(end, now.astimezone(IST).date(), LAST)
        day = max(start, EPOCH)
        if last >= EPOCH:
            day = max(day, last - timedelta(days=MAX_DETAIL_DAYS - 1))
        rows = []
        while day <= last:
            if day.weekday() < 5:
                moment = min(_at_close(day), now)
                trades = self._trades_between(day, day)
                seen = [t for t in trades if t.visible]
                realised = sum((p.realized for p in self.exchange.positions(trades)), ZERO)
                worth = sum((h.quantity * self.exchange.price(h.instrument, moment)
                             for h in self.holdings), ZERO)  # fmt: skip
                rows.append(
                    {"date": day.isoformat(), "trades": str(len(seen)),
                     "buyValue": _turnover(seen, "BUY"), "sellValue": _turnover(seen, "SELL"),
                     "realisedGainAndLoss": money(realised), "holdingsValue": money(worth)}
                )  # fmt: skip
            day += timedelta(days=1)
        return self.envelope.success(
            "Analytics details retrieved successfully",
            fromDate=start.isoformat(),
            toDate=end.isoformat(),
            details=rows,
        )

    @operation("getPersonalIndex")
    def get_personal_index(self, call: Call) -> dict[str, Any]:
        """Net worth (cash, holdings at the market, trading P&L) as an index: 100 is the cash
        and the holdings at their cost; the change is since the previous close."""
        now = self.clock()
        cash = self.account.cash
        trading = sum((p.realized + p.unrealized for p in self.exchange.positions()), ZERO)
        held = [(h.quantity, h.average_price, h.instrument) for h in self.holdings]
        base = cash + sum((q * cost for q, cost, _ in held), ZERO)
        worth = cash + trading + sum((q * self.exchange.price(i, now) for q, _, i in held), ZERO)
        market = self.exchange.market
        before = cash + sum((q * market.previous_close(i, now) for q, _, i in held), ZERO)
        base, before = base or Decimal(1), before or Decimal(1)  # (an account of nothing)
        index, previous = worth * 100 / base, before * 100 / base
        change = money((worth - before) * 100 / before)
        values = {
            "index": money(index), "indexChange": money(index - previous),
            "indexChangePercentage": change, "latestTime": self.now().strftime("%Y-%m-%d %H:%M:%S"),
            "networthChange": money(worth - before), "networthChangePercentage": change,
            "fundReceipt": "0.00",
        }  # fmt: skip
        name = f"{(self.account.account_name.split() or [self.account.account_id])[0]} Index"
        return self.envelope.success(
            "Index Data retrieved successfully",
            indexData={"indexName": name, "networth": money(worth), "indexData": values},
        )

    def _contract(self, exchange: str, name: str) -> Instrument:
        instrument = self.instrument(exchange, name)
        if instrument.kind not in DERIVATIVES:
            raise Failure(f"{name} is not a futures or options contract")
        return instrument

    @operation("analyseContracts")
    def analyse_contracts(self, call: Call) -> dict[str, Any]:
        """Payoff at expiry (breakevens, maximum profit and loss on a grid of underlying
        prices around the spot), net Greeks, margin (as ``calculateSpanMargin``) and each
        contract's price on the target date on the moving market. The Python README's body
        (``legs`` only) is analysed on NFO, for today."""
        body, now = call.body, self.clock()
        exchange = str(body.get("exchange") or "NFO")
        today = now.astimezone(IST).date()
        target = min(max(_day(body.get("targetDate"), today), EPOCH), LAST)
        legs: list[Leg] = []
        for item in body.get("contracts") or []:
            instrument = self._contract(exchange, str(item["tradingSymbol"]))
            lots = _whole(item["lot"], "lot")
            side = str(item["transactionType"]).upper()
            legs.append(Leg(instrument, side, lots * instrument.lot_size,
                            number(item["price"], "price")))  # fmt: skip
        for item in body.get("legs") or []:
            instrument = self._contract(exchange, str(item.get("symbol") or ""))
            side = str(item.get("transactionType") or "BUY").upper()
            quantity = _whole(item.get("quantity"), "quantity")
            legs.append(Leg(instrument, side, quantity, self.exchange.price(instrument)))
        if not legs:
            raise Failure("No contracts to analyse")
        if any(leg.quantity <= 0 for leg in legs):
            raise Failure("Quantities and lots must be positive")
        if len({leg.instrument.series for leg in legs}) > 1:
            raise Failure("The contracts of a strategy must share one underlying")
        spot_of = self.instruments.spot(legs[0].instrument.series)
        curve = payoff_curve(legs, self.exchange.price(spot_of) if spot_of else None)
        greeks = net_greeks(
            (leg, self.exchange.market.greeks(leg.instrument, now)
                  if leg.instrument.is_option else FUTURE_GREEKS)
            for leg in legs
        )  # fmt: skip
        rows = []
        for leg in legs:
            instrument = leg.instrument
            on_target = self.exchange.price(instrument, _at_close(target))
            rows.append(
                {"tradingSymbol": instrument.trading_symbol, "transactionType": leg.side,
                 "quantity": str(leg.quantity), "lotSize": str(instrument.lot_size),
                 "price": money(leg.entry), "lastTradedPrice": money(self.exchange.price(instrument)),
                 "priceOnTargetDate": money(on_target),
                 "pnlOnTargetDate": money(leg.pnl(on_target))}
            )  # fmt: skip
        profit, loss, reward = curve.max_profit, curve.max_loss, curve.risk_reward
        span, exposure, premium = self._margin(
            {"exchange": leg.instrument.exchange, "tradingSymbol": leg.instrument.trading_symbol,
             "qty": leg.quantity, "price": leg.entry, "productType": "NRML",
             "transactionType": leg.side}
            for leg in legs
        )  # fmt: skip
        analysis = {
            "exchange": exchange, "targetDate": target.isoformat(),
            "underlying": legs[0].instrument.series, "spotPrice": money(curve.spot),
            "contracts": rows,
            "breakevens": [money(p) for p in curve.breakevens],
            "maxProfit": "Unlimited" if profit is None else money(profit),
            "maxLoss": "Unlimited" if loss is None else money(loss),
            "riskReward": "NA" if reward is None else money(reward),
            "greeks": {k: f"{v:.4f}".replace("-0.0000", "0.0000") for k, v in greeks.items()},
            "estimatedMargin": money(span + exposure + premium),
            "projectedPnlOnTargetDate": money(
                sum((Decimal(r["pnlOnTargetDate"]) for r in rows), ZERO)
            ),
            "payoff": [{"underlyingPrice": money(p), "payoff": money(v)} for p, v in curve.band()],
        }  # fmt: skip
        return self.envelope.success("Contracts analysed successfully", analysis=[analysis])

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
        """The quote flat at the top level (the SDK samples) and under ``quoteDetails`` (what
        a v3.2 integration reads, FR:A3.24): clients of either shape find it."""
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
        quote = {
            "symbolName": instrument.symbol,
            "tradingSymbol": instrument.trading_symbol,
            "exchange": instrument.exchange,
            "companyName": instrument.name,
            "lastTradedTime": self.now().strftime("%d/%m/%Y %H:%M:%S"),
            "lastTradedPrice": money(ltp),
            "previousClose": money(close),
            "changeValue": money(change),
            "changePercentage": money(change * 100 / close),
            "lowerCircuitLimit": money(close * Decimal("0.8")),
            "upperCircuitLimit": money(close * Decimal("1.2")),
            "openValue": money(stats.open),
            "highValue": money(stats.high),
            "lowValue": money(stats.low),
            "closeValue": money(close),
            "totalTradedVolume": str(stats.volume),
            "tickSize": instrument.tick_size,
            "listingId": instrument.listing_id,
            "bestBids": bids,
            "bestAsks": asks,
            **extra,
        }
        return self.envelope.success(
            "Quote details retrieved successfully", **quote, quoteDetails=dict(quote)
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
            "exchange": "MCX" if exchange == "MFO" else exchange,  # as Samco answers (FR:A3.27)
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
        return self.envelope.success(  # the key Samco sends, not the documented one (FR:A3.29)
            "Index intraday candle data retrieved successfully", intradayCandleData=rows
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

    # -- instrument master ------------------------------------------------------------------

    @operation("getScripMaster")
    def get_scrip_master(self, call: Call) -> Reply:
        """ScripMaster.csv of the tradable universe (indices are not in the file, FR:A2.8),
        columns as the spec lists them; ``symbolCode`` is the ``listingId`` the REST answers
        use (FR:A2.3), ``name`` what an equity order sends as ``symbolName`` (FR:A2.5), and
        ``expiryDate`` in the 2026 live download's ``DD/MM/YY`` (FR:A2.7)."""
        columns = self.csv_columns(call)
        rows = [[_scrip_value(c, i) for c in columns] for i in self.instruments]
        return csv_file(call, columns, rows, self.now())

    # -- inspection -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            "sessions": len(self.sessions),
            "legacyOtps": {uid: otp for uid, (otp, _) in self.legacy.otps.items()},
            "staticIps": dict(self.static_ips),
            "baskets": len(self.baskets),
            "gtts": len(self.triggers),
            **super().snapshot(),
        }
