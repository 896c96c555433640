"""End-to-end trading session against both mock brokers, through the overlays and the
generated clients: login, quote/profile, place, order book, modify, cancel, a fill, positions.

The mock brokers run in this process (uvicorn on loopback ports) with their embedded default
credentials, so nothing here touches a real broker or real money.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from broker_overlays import gopocket, samco
from broker_overlays.errors import BrokerError, ClientValidationError
from broker_overlays.mock import MockConfig, create_app
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.gopocket import GopocketAccount
from broker_overlays.mock.samco import SamcoAccount
from gopocket_client.api.rest_orders import cancel_order as gp_cancel_order
from gopocket_client.api.rest_orders import get_order_book as gp_get_order_book
from gopocket_client.api.rest_orders import modify_order as gp_modify_order
from gopocket_client.api.rest_orders import place_order as gp_place_order
from gopocket_client.api.rest_portfolio import get_positions as gp_get_positions
from gopocket_client.api.rest_profile import get_profile
from gopocket_client.api.v1_orders import get_order_book_v1
from gopocket_client.models import CancelOrderRequest
from gopocket_client.models import ModifyOrderRequest as GpModifyOrderRequest
from gopocket_client.models import PlaceOrderRequest as GpPlaceOrderRequest
from gopocket_client.types import Unset as GpUnset
from samco_client.api.limits import get_limits
from samco_client.api.market_data import get_quote
from samco_client.api.orders import (
    cancel_order,
    get_order_book,
    get_order_status,
    modify_order,
    place_order,
)
from samco_client.api.portfolio import get_positions
from samco_client.models import ModifyOrderRequest, PlaceOrderRequest
from samco_client.types import Unset as SamcoUnset

T = TypeVar("T")


def present(value: T | SamcoUnset | GpUnset) -> T:
    """A field the demo reads that the broker may leave out (UNSET): here it must be there."""
    if isinstance(value, SamcoUnset | GpUnset):
        raise ValueError("the broker left out a field the demo reads")
    return value


class Session:
    """Runs and prints the steps of one broker session; counts what failed."""

    def __init__(self, title: str) -> None:
        self.failures = 0
        print(f"\n== {title}")

    def step(self, label: str, call: Callable[[], T], show: Callable[[T], str]) -> T | None:
        started = time.perf_counter()
        try:
            result = call()
        except BrokerError as exc:
            self.failures += 1
            print(f"  FAIL {label:<34} {type(exc).__name__}: {exc}")
            return None
        ms = (time.perf_counter() - started) * 1000
        print(f"  ok   {label:<34} {show(result)}  ({ms:.1f} ms)")
        return result


def samco_session(base_url: str, account: SamcoAccount) -> int:
    s = Session(f"Samco Trade API v3.2 - mock broker at {base_url}")
    client = samco.connect(account.api_key, account.api_secret, base_url=base_url)
    quote = s.step(
        "login + quote INFY (NSE)",
        lambda: get_quote.sync(client=client, symbol_name="INFY", exchange="NSE"),
        lambda q: f"LTP {q.last_traded_price}",
    )
    ltp = float(str(getattr(quote, "last_traded_price", "1500")))
    order = PlaceOrderRequest(
        symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
        price=f"{ltp * 0.95:.2f}", quantity="10", order_validity="DAY", product_type="MIS",
    )  # fmt: skip
    placed: Any = s.step(
        "place limit BUY 10 @ 5% below LTP",
        lambda: place_order.sync(client=client, body=order),
        lambda r: f"order {r.order_number}, {r.exchange_order_status}",
    )
    number = str(getattr(placed, "order_number", ""))
    s.step(
        "order book",
        lambda: get_order_book.sync(client=client),
        lambda r: ", ".join(
            f"{o.order_number} {o.order_status}" for o in present(r.order_book_details)
        ),
    )
    change = ModifyOrderRequest(price=f"{ltp * 0.96:.2f}", quantity="12", order_validity="DAY")
    s.step(
        "modify: 12 @ 4% below LTP",
        lambda: modify_order.sync(order_number=number, client=client, body=change),
        lambda r: str(r.status_message),
    )
    s.step(
        "order status",
        lambda: get_order_status.sync(client=client, order_number=number),
        lambda r: (
            f"{r.order_status}, qty {present(r.order_details).quantity} @ {present(r.order_details).order_price}"
        ),
    )
    s.step(
        "cancel",
        lambda: cancel_order.sync(client=client, order_number=number),
        lambda r: str(r.status_message),
    )
    marketable = PlaceOrderRequest(
        symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
        price=f"{ltp * 1.01:.2f}", quantity="5", order_validity="DAY", product_type="MIS",
    )  # fmt: skip
    s.step(
        "place marketable BUY 5 (fills)",
        lambda: place_order.sync(client=client, body=marketable),
        lambda r: f"order {r.order_number}, {r.exchange_order_status}",
    )
    s.step(
        "day positions",
        lambda: get_positions.sync(client=client, position_type="DAY"),
        lambda r: "; ".join(
            f"{p.trading_symbol} net {p.net_quantity} avg {p.average_price}"
            for p in present(r.position_details)
        ),
    )
    s.step(
        "limits",
        lambda: get_limits.sync(client=client),
        lambda r: f"equity net available {present(r.equity_limit).net_available_margin}",
    )
    bad = PlaceOrderRequest.from_dict({**order.to_dict(), "quantity": "0"})
    try:
        place_order.sync(client=client, body=bad)
        s.failures += 1
        print("  FAIL bad input was sent")
    except ClientValidationError as exc:
        print(f"  ok   {'bad input stopped before sending':<34} {exc.problems[0]}")
    return s.failures


def gopocket_session(base_url: str, account: GopocketAccount) -> int:
    s = Session(f"Gopocket OpenAPI 1.0 - mock broker at {base_url}")
    browser = httpx.get(f"{base_url}/", params={"appcode": account.app_code})
    callback = browser.headers.get("location", "")
    query = parse_qs(urlsplit(callback).query)
    print(
        f"  ok   {'browser SSO login (simulated)':<34} redirect with authCode, userId={query['userId'][0]}"
    )
    client: Any = s.step(
        "checksum exchange -> user session",
        lambda: gopocket.connect_callback(
            callback_url=callback, api_secret=account.api_secret, base_url=base_url
        ),
        lambda c: "Bearer session obtained",
    )
    if client is None:
        return s.failures
    s.step(
        "profile",
        lambda: get_profile.sync(client=client),
        lambda r: f"{present(r.result)[0].client_name} ({present(r.result)[0].user_id})",
    )
    limit = GpPlaceOrderRequest(
        exchange="NSE", trading_symbol="SBIN-EQ", qty="2", price="590.00", product="MIS",
        trans_type="B", price_type="L", order_type="Regular", ret="DAY", source="API",
    )  # fmt: skip
    placed: Any = s.step(
        "place LMT BUY 2 SBIN-EQ @ 590",
        lambda: gp_place_order.sync(client=client, body=[limit]),
        lambda r: f"order {present(r[0].result)[0].order_no}",
    )
    number = placed[0].result[0].order_no if placed else ""
    s.step(
        "order book",
        lambda: gp_get_order_book.sync(client=client),
        lambda r: ", ".join(f"{o.order_no} {o.order_status}" for o in present(r.result)),
    )
    change = GpModifyOrderRequest(
        order_no=number, exchange="NSE", trading_symbol="SBIN-EQ", qty="3", price="592.00",
        ret="DAY", price_type="L", trans_type="B",
    )  # fmt: skip
    s.step(
        "modify: 3 @ 592",
        lambda: gp_modify_order.sync(client=client, body=change),
        lambda r: f"order {present(r.result)[0].order_no} modified",
    )
    s.step(
        "cancel",
        lambda: gp_cancel_order.sync(client=client, body=[CancelOrderRequest(order_no=number)]),
        lambda r: f"order {present(r[0].result)[0].order_no} cancelled",
    )
    market = GpPlaceOrderRequest(
        exchange="NSE", trading_symbol="SBIN-EQ", qty="4", price="0", product="MIS",
        trans_type="B", price_type="MKT", order_type="Regular", ret="DAY", source="API",
        mkt_protection="2",  # market orders carry price protection (SEBI, April 2026)
    )  # fmt: skip
    s.step(
        "place MKT BUY 4 SBIN-EQ, 2% market protection (fills)",
        lambda: gp_place_order.sync(client=client, body=[market]),
        lambda r: f"order {present(r[0].result)[0].order_no}",
    )
    s.step(
        "positions",
        lambda: gp_get_positions.sync(client=client),
        lambda r: "; ".join(f"{p.trading_symbol} net {p.net_qty}" for p in present(r.result)),
    )
    s.step(
        "order book via open-api/v1 layout",
        lambda: get_order_book_v1.sync(client=client),
        lambda r: f"{len(present(r.result))} orders seen by the newer API generation",
    )
    return s.failures


def main() -> int:
    samco_account, gopocket_account = SamcoAccount(), GopocketAccount()
    config = MockConfig()  # the spec's rate limits are on, as at the real brokers
    samco_app = create_app("samco", config=config)
    gopocket_app = create_app("gopocket", config=config)
    with BackgroundServer(samco_app) as samco_url, BackgroundServer(gopocket_app) as gopocket_url:
        failures = samco_session(samco_url, samco_account)
        failures += gopocket_session(gopocket_url, gopocket_account)
    print(f"\n{'All steps succeeded.' if not failures else f'{failures} step(s) failed.'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
