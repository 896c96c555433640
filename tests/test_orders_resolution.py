"""``resolve_unknown``: an order call whose outcome is unknown, looked up in the mock brokers'
books (both brokers, both Gopocket generations, sync and async) under every fault of the
mock's fault matrix. The faults are the mock's scripted faults (the handler runs, then the
answer is spoiled), and its random 5xx before anything runs (nothing was placed).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest

from broker_overlays import gopocket, samco
from broker_overlays.errors import OrderStateUnknownError
from broker_overlays.mock import FaultConfig, MockConfig, build_app, in_process, server_of
from broker_overlays.mock.gopocket import GopocketMock
from broker_overlays.mock.market import OrderAcceptance
from broker_overlays.mock.samco import SamcoMock
from broker_overlays.orders import (
    Found,
    NotPlaced,
    StillUnknown,
    aresolve_unknown,
    parse_broker_time,
    resolve_unknown,
)
from broker_overlays.retry import RetryPolicy
from gopocket_client.api.rest_orders import cancel_order as gp_cancel
from gopocket_client.api.rest_orders import place_order as gp_place
from gopocket_client.api.v1_orders import place_order_v1
from gopocket_client.models import CancelOrderRequest, PlaceOrderRequest, PlaceOrderV1Request
from samco_client.api.orders import place_order
from samco_client.models import PlaceOrderRequest as SamcoOrder

FAULTS = ("timeout", "drop", "status", "truncated", "non_json", "off_spec", "deep_nesting")
KINDS = ("samco", "gopocket", "gopocket-v1")
_accounts = itertools.count()


class FakeClock:
    """Real time plus an offset that ``sleep`` advances: shared by the mock and the resolver,
    and consistent with the transport's (real) ``sent_at``."""

    def __init__(self) -> None:
        self.offset = timedelta()
        self.slept = 0.0

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def sleep(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)
        self.slept += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Env:
    kind: str
    broker: str
    state: Any
    app: Any
    client: Any
    clock: FakeClock
    operation: ModuleType
    place_op: str

    def body(self, **changes: str) -> Any:
        if self.kind == "samco":
            values = {"symbol_name": "RELIANCE", "exchange": "NSE", "transaction_type": "BUY",
                      "order_type": "L", "price": "1280", "quantity": "5",
                      "order_validity": "DAY", "product_type": "MIS"}  # fmt: skip
            return SamcoOrder(**{**values, **changes})
        if self.kind == "gopocket":
            values = {"exchange": "NSE", "trading_symbol": "SBIN-EQ", "qty": "1", "price": "595",
                      "product": "MIS", "trans_type": "B", "price_type": "L",
                      "order_type": "Regular", "ret": "DAY"}  # fmt: skip
            return [PlaceOrderRequest(**{**values, **changes})]
        values = {"instrument_id": "3045", "exchange": "NSE", "transaction_type": "BUY",
                  "quantity": "1", "price": "595", "order_complexity": "REGULAR",
                  "product": "INTRADAY", "order_type": "LIMIT", "validity": "DAY"}  # fmt: skip
        return [PlaceOrderV1Request(**{**values, **changes})]

    def place(self, **changes: str) -> str:
        """Place an order normally; its order number."""
        response = self.operation.sync_detailed(client=self.client, body=self.body(**changes))
        parsed = response.parsed
        if self.kind == "samco":
            return str(parsed.order_number)
        if self.kind == "gopocket":
            return str(parsed[0].result[0].order_no)
        return str(parsed.result[0].broker_order_id)

    def unknown(self, fault: str, **changes: str) -> OrderStateUnknownError:
        """Place with a scripted fault; the OrderStateUnknownError it raises."""
        server_of(self.app).faults.script(
            self.place_op,
            fault,  # type: ignore[arg-type]
            **({"status": 502} if fault == "status" else {}),
        )
        with pytest.raises(OrderStateUnknownError) as caught:
            self.operation.sync_detailed(client=self.client, body=self.body(**changes))
        return caught.value

    def numbers(self) -> list[str]:
        return [o.number for o in self.state.orders.values()]

    def resolve(self, error: OrderStateUnknownError, **options: Any) -> Any:
        options = {"now": self.clock, "sleep": self.clock.sleep, **options}
        return resolve_unknown(self.client, error, **options)


def make_env(kind: str, *, timeout: float = 0.5, acceptance: OrderAcceptance | None = None) -> Env:
    clock = FakeClock()
    options: dict[str, Any] = {
        "timeout": timeout,
        "account": f"resolve-{next(_accounts)}",
        "retry": RetryPolicy(base_delay=0.01, max_delay=0.02),  # reads retry fast here
    }
    if kind == "samco":
        state: Any = SamcoMock(clock=clock, order_acceptance=acceptance)
        app = build_app("samco", state, config=MockConfig(strict=True))
        sync, async_ = in_process(app)
        client = samco.connect(
            "mock-samco-api-key", "mock-samco-api-secret", base_url="http://mock.samco",
            transport=sync, async_transport=async_, **options,
        )  # fmt: skip
        return Env(kind, "samco", state, app, client, clock, place_order, "placeOrder")
    state = GopocketMock(clock=clock, order_acceptance=acceptance)
    app = build_app("gopocket", state, config=MockConfig(strict=True))
    sync, async_ = in_process(app)
    client = gopocket.connect(
        state.issue_session(), base_url="http://mock.gopocket", transport=sync,
        async_transport=async_, **options,
    )  # fmt: skip
    if kind == "gopocket":
        return Env(kind, "gopocket", state, app, client, clock, gp_place, "placeOrder")
    return Env(kind, "gopocket", state, app, client, clock, place_order_v1, "placeOrderV1")


@pytest.fixture(params=KINDS)
def env(request: pytest.FixtureRequest) -> Env:
    return make_env(str(request.param))


# --------------------------------------------------------------------------- found


@pytest.mark.parametrize("fault", FAULTS)
def test_executed_order_is_found_after_every_fault(env: Env, fault: str) -> None:
    env.place(price="590" if env.kind != "samco" else "1270")  # another order in the book
    error = env.unknown(fault)
    placed = env.numbers()[-1]  # the mock ran the handler: the order is in its book
    resolution = env.resolve(error)
    assert isinstance(resolution, Found), resolution
    assert resolution.order_number == placed
    assert resolution.order.model is not None and resolution.order.row
    assert env.clock.slept == 0  # found at the first read: no settle wait
    # nothing but reads after the faulty place: the resolver never resends
    assert len(env.numbers()) == 2


async def test_found_async(env: Env) -> None:
    error = env.unknown("timeout")
    resolution = await aresolve_unknown(env.client, error, now=env.clock, sleep=env.clock.asleep)
    assert isinstance(resolution, Found)
    assert resolution.order_number == env.numbers()[-1]


def test_order_number_in_the_error_is_looked_up_directly(env: Env) -> None:
    error = env.unknown("off_spec")
    if error.order_number is None:
        pytest.skip("this off-spec body hides the order number")
    env.place()  # an identical order placed afterwards cannot confuse a lookup by number
    resolution = env.resolve(error)
    assert isinstance(resolution, Found) and resolution.order_number == error.order_number


def test_a_rejected_order_is_found_with_its_reason() -> None:
    env = make_env("gopocket")
    error = env.unknown("truncated", qty="100000")  # RMS rejects it in the book
    resolution = env.resolve(error)
    assert isinstance(resolution, Found)
    assert resolution.status == "REJECTED" and "Margin" in resolution.order.reason


# --------------------------------------------------------------------------- not placed


def test_not_placed_needs_two_empty_reads_after_the_minimum_delay(env: Env) -> None:
    env.place()
    server_of(env.app).faults.configure(FaultConfig(error_rate=1.0, error_status=503))
    changes = {"quantity": "7"} if env.kind != "gopocket" else {"qty": "7"}
    with pytest.raises(OrderStateUnknownError) as caught:
        env.operation.sync_detailed(client=env.client, body=env.body(**changes))
    server_of(env.app).faults.configure(FaultConfig())
    error = caught.value
    assert error.reason == "server_error" and error.request is not None
    assert error.request.sent_at is not None
    book_op = {"samco": "getOrderBook", "gopocket": "getOrderBook", "gopocket-v1": "getOrderBookV1"}
    before = server_of(env.app).calls[book_op[env.kind]]
    resolution = env.resolve(error, min_delay=4.0, settle_interval=1.5)
    assert isinstance(resolution, NotPlaced), resolution
    assert resolution.reads == 2
    # the first counted read started >= sent_at + min_delay, the second >= 1.5 s later
    assert resolution.checked_at >= error.request.sent_at + timedelta(seconds=5.5)
    assert server_of(env.app).calls[book_op[env.kind]] - before == 3  # early, +4 s, +1.5 s
    assert len(env.numbers()) == 1  # and nothing was resent


def test_an_order_appearing_between_reads_is_found() -> None:
    env = make_env("samco")
    error = env.unknown("drop")
    number = env.numbers()[-1]
    hidden = env.state.orders.pop(number)  # a lagging book: not visible at the first read

    def sleep(seconds: float) -> None:
        env.clock.sleep(seconds)
        env.state.orders[number] = hidden

    resolution = env.resolve(error, sleep=sleep)
    assert isinstance(resolution, Found) and resolution.order_number == number


# --------------------------------------------------------------------------- still unknown


def test_unreadable_book_is_still_unknown(env: Env) -> None:
    error = env.unknown("timeout")
    server_of(env.app).faults.configure(FaultConfig(error_rate=1.0, error_status=503))
    resolution = env.resolve(error, max_wait=8.0)  # 5xx is retried until the deadline
    assert isinstance(resolution, StillUnknown)
    assert "could not be read" in resolution.reason and resolution.error is not None
    assert env.clock.slept >= 2.0  # tried again after a settle interval


@pytest.mark.parametrize("fault", ["non_json", "deep_nesting"])
def test_garbled_book_is_still_unknown(fault: str) -> None:
    env = make_env("samco")
    error = env.unknown("timeout")
    server_of(env.app).faults.script("getOrderBook", fault)  # type: ignore[arg-type]
    resolution = env.resolve(error)
    assert isinstance(resolution, StillUnknown) and resolution.error is not None


def test_two_identical_orders_are_ambiguous(env: Env) -> None:
    env.place()
    env.place()
    error = env.unknown("drop")  # no order number in the answer
    assert error.order_number is None
    resolution = env.resolve(error)
    assert isinstance(resolution, StillUnknown), resolution
    assert len(resolution.candidates) == 3  # the two before and ours: none picked
    assert "none was picked" in resolution.reason


def test_time_discriminates_identical_orders_placed_earlier(env: Env) -> None:
    env.clock.offset = timedelta(seconds=-60)
    env.place()
    env.place()
    env.clock.offset = timedelta()
    error = env.unknown("non_json")
    resolution = env.resolve(error)
    assert isinstance(resolution, Found), resolution
    assert resolution.order_number == env.numbers()[-1]


def test_tag_discriminates_identical_orders_on_v1() -> None:
    env = make_env("gopocket-v1")
    env.place(order_tag="other")
    env.place(order_tag="")
    error = env.unknown("drop", order_tag="mine-42")
    resolution = env.resolve(error)
    assert isinstance(resolution, Found) and resolution.order.row["orderTag"] == "mine-42"


def test_deadline_before_the_book_settles_is_still_unknown(env: Env) -> None:
    env.place(price="590" if env.kind != "samco" else "1270")  # (Samco logs in lazily)
    server_of(env.app).faults.configure(FaultConfig(error_rate=1.0, error_status=503))
    with pytest.raises(OrderStateUnknownError) as caught:
        env.operation.sync_detailed(client=env.client, body=env.body())
    server_of(env.app).faults.configure(FaultConfig())
    resolution = env.resolve(caught.value, max_wait=3.0)
    assert isinstance(resolution, StillUnknown) and "deadline" in resolution.reason


def test_cancel_with_unknown_outcome_reports_the_current_state() -> None:
    env = make_env("gopocket")
    number = env.place()
    server_of(env.app).faults.script("cancelOrder", "drop")
    with pytest.raises(OrderStateUnknownError) as caught:
        gp_cancel.sync_detailed(client=env.client, body=[CancelOrderRequest(order_no=number)])
    resolution = env.resolve(caught.value)
    assert isinstance(resolution, Found)
    assert (resolution.order_number, resolution.status) == (number, "CANCELLED")


def test_pending_validation_order_is_found_pending() -> None:
    env = make_env("samco", acceptance=OrderAcceptance(delay_s=30))
    error = env.unknown("timeout")
    resolution = env.resolve(error)
    assert isinstance(resolution, Found) and resolution.status == "Validation Pending"


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16-Jun-2020 18:03:47", datetime(2020, 6, 16, 12, 33, 47, tzinfo=UTC)),
        ("13:14:55 15-11-2023", datetime(2023, 11, 15, 7, 44, 55, tzinfo=UTC)),
        ("15-11-2023 13:14:55", datetime(2023, 11, 15, 7, 44, 55, tzinfo=UTC)),
        ("16/06/2020 18:03:47", datetime(2020, 6, 16, 12, 33, 47, tzinfo=UTC)),
        ("2020-06-16T18:03:47+05:30", datetime(2020, 6, 16, 12, 33, 47, tzinfo=UTC)),
        ("1592310827", datetime(2020, 6, 16, 12, 33, 47, tzinfo=UTC)),
        ("06:39:50 PM", datetime(2020, 6, 17, 13, 9, 50, tzinfo=UTC)),
        ("garbage", None),
        ("", None),
    ],
)
def test_broker_times_parse_tolerantly(text: str, expected: datetime | None) -> None:
    from datetime import date

    assert parse_broker_time(text, date(2020, 6, 17)) == expected
