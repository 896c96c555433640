"""``place_and_confirm``: place once, then poll the broker's status until it accepts or rejects
the order, against mock brokers that decide late (delayed acceptance and rejection), with a
fake clock; both brokers, both Gopocket generations, sync and async."""

from __future__ import annotations

import pytest
from test_orders_resolution import KINDS, Env, make_env

from broker_overlays.errors import OrderStateUnknownError
from broker_overlays.mock import FaultConfig, server_of
from broker_overlays.mock.market import OrderAcceptance
from broker_overlays.orders import (
    Accepted,
    NotPlaced,
    Rejected,
    aplace_and_confirm,
    classify_status,
    place_and_confirm,
)

STATUS_READ = {"samco": "getOrderStatus", "gopocket": "getOrderHistory",
               "gopocket-v1": "getOrderHistoryV1"}  # fmt: skip


def confirm(env: Env, **options: object) -> object:
    settings: dict[str, object] = {"timeout": 10.0, "poll_interval": 0.5, "now": env.clock,
                                   "sleep": env.clock.sleep, **options}  # fmt: skip
    return place_and_confirm(env.client, env.operation, env.body(), **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
def test_delayed_acceptance(kind: str) -> None:
    env = make_env(kind, acceptance=OrderAcceptance(delay_s=2.0))
    outcome = confirm(env)
    assert isinstance(outcome, Accepted), outcome
    assert outcome.order_number == env.numbers()[-1]
    assert classify_status(env.broker, outcome.status) == "accepted"
    assert 2.0 <= env.clock.slept <= 3.0  # polled every 0.5 s until the broker decided
    assert server_of(env.app).calls[STATUS_READ[kind]] >= 5
    assert len(env.numbers()) == 1  # placed once


@pytest.mark.parametrize("kind", KINDS)
def test_delayed_rejection_reads_the_reason(kind: str) -> None:
    rule = OrderAcceptance(delay_s=1.5, reject_reason="RMS: price outside the band")
    env = make_env(kind, acceptance=rule)
    outcome = confirm(env)
    assert isinstance(outcome, Rejected), outcome
    assert outcome.order_number == env.numbers()[-1]
    assert outcome.reason == "RMS: price outside the band"
    assert env.clock.slept >= 1.5


@pytest.mark.parametrize("kind", KINDS)
async def test_delayed_acceptance_and_rejection_async(kind: str) -> None:
    env = make_env(kind, acceptance=OrderAcceptance(delay_s=1.0))
    outcome = await aplace_and_confirm(
        env.client, env.operation, env.body(), timeout=10.0, poll_interval=0.25,
        now=env.clock, sleep=env.clock.asleep,
    )  # fmt: skip
    assert isinstance(outcome, Accepted)
    env.state.order_acceptance = OrderAcceptance(delay_s=1.0, reject_reason="Scrip blocked")
    outcome = await aplace_and_confirm(
        env.client, env.operation, env.body(), timeout=10.0, poll_interval=0.25,
        now=env.clock, sleep=env.clock.asleep,
    )  # fmt: skip
    assert isinstance(outcome, Rejected) and outcome.reason == "Scrip blocked"


@pytest.mark.parametrize("kind", KINDS)
def test_no_decision_within_the_timeout_raises_state_unknown(kind: str) -> None:
    env = make_env(kind, acceptance=OrderAcceptance(delay_s=600))
    with pytest.raises(OrderStateUnknownError) as caught:
        confirm(env, timeout=5.0)
    error = caught.value
    assert error.reason == "timeout"
    assert error.order_number == env.numbers()[-1]
    assert error.request is not None and error.request.get("side") is not None
    assert env.clock.slept <= 5.0
    assert len(env.numbers()) == 1


def test_immediate_rejection_is_rejected() -> None:
    env = make_env("samco")
    outcome = place_and_confirm(
        env.client, env.operation, env.body(quantity="100000"), now=env.clock,
        sleep=env.clock.sleep,
    )  # fmt: skip
    assert isinstance(outcome, Rejected) and outcome.error is not None
    assert "Insufficient margin" in outcome.reason


def test_rms_rejection_after_acknowledgement_is_rejected() -> None:
    env = make_env("gopocket")
    outcome = place_and_confirm(
        env.client, env.operation, env.body(qty="100000"), now=env.clock, sleep=env.clock.sleep
    )
    assert isinstance(outcome, Rejected) and "Margin" in outcome.reason
    assert outcome.order_number == env.numbers()[-1]


def test_filled_order_is_accepted_as_complete() -> None:
    env = make_env("samco")
    outcome = place_and_confirm(
        env.client, env.operation, env.body(price="1300"), now=env.clock, sleep=env.clock.sleep
    )
    assert isinstance(outcome, Accepted) and outcome.status == "EXECUTED"


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_place_outcome_is_resolved_then_confirmed(kind: str) -> None:
    env = make_env(kind, acceptance=OrderAcceptance(delay_s=1.0))
    server_of(env.app).faults.script(env.place_op, "drop")
    outcome = confirm(env)
    assert isinstance(outcome, Accepted), outcome
    assert outcome.order_number == env.numbers()[-1] and len(env.numbers()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_place_that_never_ran_is_not_placed(kind: str) -> None:
    env = make_env(kind)
    env.place(price="590" if kind != "samco" else "1270")  # logs in; another order
    server_of(env.app).faults.configure(FaultConfig(error_rate=1.0, error_status=502))

    def sleep(seconds: float) -> None:  # the gateway recovers while the resolver waits
        server_of(env.app).faults.configure(FaultConfig())
        env.clock.sleep(seconds)

    outcome = confirm(env, sleep=sleep, min_delay=2.0, settle_interval=1.0)
    assert isinstance(outcome, NotPlaced), outcome
    assert len(env.numbers()) == 1


def test_resolution_that_stays_unknown_reraises_the_place_error() -> None:
    env = make_env("samco")
    env.place(price="1270")
    env.place()
    server_of(env.app).faults.script("placeOrder", "drop")
    with pytest.raises(OrderStateUnknownError) as caught:
        confirm(env)  # identical orders: ambiguous, so the place call's error is raised
    assert caught.value.reason == "connection"
    assert any("orders match" in note for note in caught.value.__notes__)


def test_not_a_place_operation_is_refused() -> None:
    from samco_client.api.orders import cancel_order

    env = make_env("samco")
    with pytest.raises(ValueError, match="not a samco place-order operation"):
        place_and_confirm(env.client, cancel_order, env.body())
