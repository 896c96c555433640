"""The generated clients with every overlay on, trading against the mock brokers in process:
login, place, order book, modify, cancel, positions (sync and async), OAuth, and the typed
errors the overlays raise for the mock's faults."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from broker_overlays import gopocket, samco
from broker_overlays.errors import (
    MalformedResponseError,
    OrderRejectedError,
    OrderStateUnknownError,
    RateLimitedError,
    TokenExpiredError,
)
from broker_overlays.mock import FaultConfig, MockConfig, create_app, in_process, server_of
from broker_overlays.spec_catalog import RateWindow
from gopocket_client.api.contract_master import get_contract_master
from gopocket_client.api.rest_charts import get_intraday_data
from gopocket_client.api.rest_orders import cancel_order as gp_cancel
from gopocket_client.api.rest_orders import get_order_book as gp_book
from gopocket_client.api.rest_orders import get_trade_book as gp_trades
from gopocket_client.api.rest_orders import modify_order as gp_modify
from gopocket_client.api.rest_orders import place_order as gp_place
from gopocket_client.api.rest_portfolio import get_positions as gp_positions
from gopocket_client.api.v1_orders import get_order_book_v1, place_order_v1
from gopocket_client.models import (
    CancelOrderRequest,
    IntradayDataRequest,
    ModifyOrderRequest,
    PlaceOrderRequest,
)
from gopocket_client.models import PlaceOrderV1Request as GpV1Order
from samco_client.api.orders import (
    cancel_order,
    get_order_book,
    get_order_status,
    get_trade_book,
    modify_order,
    place_order,
)
from samco_client.api.portfolio import get_positions
from samco_client.api.session import logout
from samco_client.models import ModifyOrderRequest as SamcoModify
from samco_client.models import PlaceOrderRequest as SamcoOrder

from conftest import frozen_clock

SAMCO_URL, GOPOCKET_URL = "http://mock.samco", "http://mock.gopocket"
KEY, SECRET = "e2e-key", "e2e-secret"
APP, GP_SECRET = "E2EAPP", "e2e-gopocket-secret"
STRICT = MockConfig(strict=True)


def samco_order(price: str, quantity: str = "5") -> SamcoOrder:
    return SamcoOrder(
        symbol_name="RELIANCE", exchange="NSE", transaction_type="BUY", order_type="L",
        price=price, quantity=quantity, order_validity="DAY", product_type="MIS",
    )  # fmt: skip


def transports(app: Starlette) -> dict[str, Any]:
    sync, async_ = in_process(app)
    return {"transport": sync, "async_transport": async_}


@pytest.fixture
def samco_app() -> Starlette:
    return create_app("samco", config=STRICT, clock=frozen_clock(), api_key=KEY, api_secret=SECRET)


def samco_client(app: Starlette, account: str, **options: Any) -> Any:
    return samco.connect(
        KEY, SECRET, base_url=SAMCO_URL, account=account, **transports(app), **options
    )


# --------------------------------------------------------------------------- samco


def test_samco_end_to_end(samco_app: Starlette) -> None:
    client = samco_client(samco_app, "e2e-sync")
    placed = place_order.sync(client=client, body=samco_order("1280"))  # logs in lazily
    number = placed.order_number
    assert placed.exchange_order_status == "PENDING"
    [row] = get_order_book.sync(client=client).order_book_details
    assert (row.order_number, row.order_status) == (number, "Open")

    modified = modify_order.sync(
        order_number=number,
        client=client,
        body=SamcoModify(order_validity="DAY", quantity="3", price="1279"),
    )
    assert modified.order_details.quantity == "3"
    cancelled = cancel_order.sync(client=client, order_number=number)
    assert cancelled.order_number == number
    assert get_order_status.sync(client=client, order_number=number).order_status == "CANCELLED"
    with pytest.raises(OrderRejectedError, match="cancelled"):
        cancel_order.sync(client=client, order_number=number)

    filled = place_order.sync(client=client, body=samco_order("1300"))
    assert filled.exchange_order_status == "EXECUTED"
    [trade] = get_trade_book.sync(client=client).trade_book_details
    assert trade.order_number == filled.order_number
    [pos] = get_positions.sync(client=client, position_type="DAY").position_details
    assert (pos.trading_symbol, pos.net_quantity) == ("RELIANCE-EQ", "5")
    assert server_of(samco_app).calls["generateSessionToken"] == 1


async def test_samco_end_to_end_async(samco_app: Starlette) -> None:
    client = samco_client(samco_app, "e2e-async")
    placed = await place_order.asyncio(client=client, body=samco_order("1280"))
    book = await get_order_book.asyncio(client=client)
    assert [r.order_number for r in book.order_book_details] == [placed.order_number]
    await modify_order.asyncio(
        order_number=placed.order_number,
        client=client,
        body=SamcoModify(order_validity="DAY", price="1300"),
    )
    [pos] = (await get_positions.asyncio(client=client, position_type="NET")).position_details
    assert pos.net_quantity == "5"


def test_samco_logs_in_again_after_logout(samco_app: Starlette) -> None:
    client = samco_client(samco_app, "e2e-relogin")
    get_order_book.sync(client=client)
    logout.sync(client=client)  # the server forgets the token; the client still holds it
    get_order_book.sync(client=client)  # 401 -> TokenAuth logs in once more
    assert server_of(samco_app).calls["generateSessionToken"] == 2


def test_samco_oauth_end_to_end(samco_app: Starlette) -> None:
    redirect = "https://app.example/callback"
    options = samco.ClientOptions(base_url=SAMCO_URL, account="e2e-oauth", **transports(samco_app))
    flow = samco.oauth(KEY, redirect, options=options)
    request = flow.authorization_url(redirect, pkce=True)
    consent = httpx.URL(request.url)  # the real consent page; the mock serves the same path
    with httpx.Client(base_url=SAMCO_URL, transport=in_process(samco_app)[0]) as browser:
        location = browser.get(consent.path, params=consent.params).headers["location"]
    code = flow.parse_callback(location, request.state)
    token = flow.exchange_code(code, redirect, request.code_verifier)
    client = samco.connect_oauth(flow, token, options=options)
    assert get_order_book.sync(client=client).status == "Success"
    assert token.refresh_token is not None
    flow.revoke(token.refresh_token)
    flow.revoke(token.access_token)
    with pytest.raises(TokenExpiredError):
        get_order_book.sync(client=client)  # both revoked: only a new browser login helps


# --------------------------------------------------------------------------- gopocket


@pytest.fixture
def gopocket_app() -> Starlette:
    return create_app(
        "gopocket", config=STRICT, clock=frozen_clock(), app_code=APP, api_secret=GP_SECRET
    )


def gopocket_client(app: Starlette, account: str) -> Any:
    login = httpx.URL(gopocket.login_url(APP))  # the real login page; same path on the mock
    with httpx.Client(base_url=GOPOCKET_URL, transport=in_process(app)[0]) as browser:
        callback = browser.get(login.path, params=login.params).headers["location"]
    return gopocket.connect_callback(
        callback_url=callback, api_secret=GP_SECRET, base_url=GOPOCKET_URL, account=account,
        market_protection="2", **transports(app),  # the session places a market order
    )  # fmt: skip


def gp_order(**fields: str) -> PlaceOrderRequest:
    values = {"exchange": "NSE", "trading_symbol": "SBIN-EQ", "qty": "1", "price": "595",
              "product": "MIS", "trans_type": "B", "price_type": "L", "order_type": "Regular",
              "ret": "DAY"}  # fmt: skip
    return PlaceOrderRequest(**{**values, **fields})


def test_gopocket_end_to_end(gopocket_app: Starlette) -> None:
    client = gopocket_client(gopocket_app, "e2e-gp")
    [ack] = gp_place.sync(client=client, body=[gp_order()])
    number = ack.result[0].order_no
    [row] = gp_book.sync(client=client).result
    assert (row.order_no, row.order_status) == (number, "OPEN")
    modified = gp_modify.sync(
        client=client,
        body=ModifyOrderRequest(order_no=number, exchange="NSE", trading_symbol="SBIN-EQ", qty="2",
                                price="599", ret="DAY", price_type="L", trans_type="B"),
    )  # fmt: skip
    assert modified.result[0].order_no == number
    [cancelled] = gp_cancel.sync(client=client, body=[CancelOrderRequest(order_no=number)])
    assert cancelled.status == "Ok"
    assert gp_book.sync(client=client).result[0].order_status == "CANCELLED"

    gp_place.sync(client=client, body=[gp_order(price="0", price_type="MKT", qty="4")])
    [pos] = gp_positions.sync(client=client).result
    assert (pos.trading_symbol, pos.net_qty) == ("SBIN-EQ", "4")
    [trade] = gp_trades.sync(client=client).result
    assert trade.fillprc == "600.00"


def test_gopocket_other_host_and_csv_operations_reach_the_mock(gopocket_app: Starlette) -> None:
    client = gopocket_client(gopocket_app, "e2e-gp-hosts")
    body = IntradayDataRequest(security_id="3045", exchange_segment="NSE_EQ", instrument="EQUITY")
    candles = get_intraday_data.sync(client=client, body=body)  # spec: on api.gopocket.in
    assert candles is not None and len(candles.open_) >= 1  # generated: the session's minutes
    csv = get_contract_master.sync_detailed(exchange="nse", client=client)
    assert csv.status_code == 200 and csv.content.startswith(b"Exch,Token,Symbol,")
    assert server_of(gopocket_app).calls["getIntradayData"] == 1


async def test_gopocket_v1_end_to_end_async(gopocket_app: Starlette) -> None:
    client = gopocket_client(gopocket_app, "e2e-gp-v1")
    order = GpV1Order(instrument_id="14366", exchange="NSE", transaction_type="BUY", quantity="10",
                      order_complexity="REGULAR", product="INTRADAY", order_type="MARKET", validity="DAY")  # fmt: skip
    placed = await place_order_v1.asyncio(client=client, body=[order])
    number = placed.result[0].broker_order_id
    book = await get_order_book_v1.asyncio(client=client)
    assert [(r.broker_order_id, r.order_status) for r in book.result] == [(number, "COMPLETE")]


# --------------------------------------------------------------------------- faults, typed


@pytest.fixture
def faulty(samco_app: Starlette) -> Iterator[tuple[Any, Starlette]]:
    client = samco_client(samco_app, "e2e-faults")
    get_order_book.sync(client=client)  # logged in
    yield client, samco_app
    server_of(samco_app).faults.configure(FaultConfig())


def test_dropped_order_call_is_order_state_unknown(faulty: tuple[Any, Starlette]) -> None:
    client, app = faulty
    server_of(app).faults.configure(FaultConfig(drop_rate=1.0))
    with pytest.raises(OrderStateUnknownError):
        place_order.sync(client=client, body=samco_order("1280"))
    server_of(app).faults.configure(FaultConfig())
    # The order did reach the broker: that is why the client must check the book.
    assert len(get_order_book.sync(client=client).order_book_details) == 1
    assert server_of(app).calls["placeOrder"] == 1  # and it was never resent


def test_malformed_answer_is_typed(faulty: tuple[Any, Starlette]) -> None:
    client, app = faulty
    server_of(app).faults.configure(FaultConfig(malformed_rate=1.0, seed=1))
    with pytest.raises(MalformedResponseError):
        get_order_book.sync(client=client)


def test_5xx_fault_on_an_order_is_state_unknown(faulty: tuple[Any, Starlette]) -> None:
    client, app = faulty
    server_of(app).faults.configure(FaultConfig(error_rate=1.0, error_status=503))
    before = server_of(app).calls.copy()
    # The client cannot tell a gateway's 503 before the broker from one after it.
    with pytest.raises(OrderStateUnknownError) as caught:
        place_order.sync(client=client, body=samco_order("1280"))
    assert caught.value.reason == "server_error"
    assert server_of(app).calls == before  # this mock fault ran nothing


def test_broker_429_is_rate_limited_error() -> None:
    config = MockConfig(strict=True, rate_limits={"order": (RateWindow(1, 60),)})
    app = create_app("samco", config=config, api_key=KEY, api_secret=SECRET)
    client = samco_client(app, "e2e-429")
    place_order.sync(client=client, body=samco_order("1280"))
    with pytest.raises(RateLimitedError) as caught:
        place_order.sync(client=client, body=samco_order("1280"))
    assert caught.value.status_code == 429 and caught.value.retry_after is not None
