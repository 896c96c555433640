"""``confirm_postback``: a verified postback is checked against the broker's own status of the
order (read through the overlays' client from the mock broker), since the checksum does not
cover the postback's ``status``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_orders_resolution import Env, make_env

from broker_overlays.errors import BrokerFailureError, WebhookVerificationError
from broker_overlays.mock import server_of
from broker_overlays.signing import aconfirm_postback, confirm_postback, postback_checksum

SECRET = "postback-secret"
STAMP = "2026-06-08 09:24:25"


def postback(order_id: str, status: str, *, secret: str = SECRET) -> bytes:
    return json.dumps(
        {"order_id": order_id, "order_timestamp": STAMP, "status": status,
         "checksum": postback_checksum(order_id, STAMP, secret), "tradingsymbol": "SBIN"}
    ).encode()  # fmt: skip


@pytest.fixture(params=["gopocket", "gopocket-v1"])
def env(request: pytest.FixtureRequest) -> Env:
    return make_env(str(request.param))


def generation(env: Env) -> str:
    return "open-api-v1" if env.kind == "gopocket-v1" else "rest"


def history_reads(env: Env) -> int:
    server = server_of(env.app)
    return server.calls["getOrderHistory"] + server.calls["getOrderHistoryV1"]


def test_an_agreeing_postback_is_confirmed(env: Env) -> None:
    market: dict[str, Any] = (  # market orders carry their price protection
        {"price": "0", "price_type": "MKT", "mkt_protection": "2"} if env.kind == "gopocket" else
        {"price": "", "order_type": "MARKET", "market_protection_percent": "2"}
    )  # fmt: skip
    number = env.place(**market)
    confirmed = confirm_postback(
        env.client, postback(number, "COMPLETE"), SECRET, generation=generation(env)
    )
    assert confirmed.broker_status == "COMPLETE" and not confirmed.disagrees
    assert confirmed.order.order_number == number and confirmed.order_id == number


def test_an_altered_status_is_flagged_and_the_brokers_word_returned(env: Env) -> None:
    number = env.place()  # a limit order that stays open
    confirmed = confirm_postback(
        env.client, postback(number, "COMPLETE"), SECRET, generation=generation(env)
    )
    assert confirmed.postback_status == "COMPLETE"
    assert confirmed.broker_status == "OPEN" and confirmed.disagrees


def test_update_and_cancel_spellings() -> None:
    env = make_env("gopocket")
    number = env.place()
    assert not confirm_postback(env.client, postback(number, "UPDATE"), SECRET).disagrees
    env.state._cancel(number)
    confirmed = confirm_postback(env.client, postback(number, "CANCEL"), SECRET)
    assert confirmed.broker_status == "CANCELLED" and not confirmed.disagrees


def test_a_bad_checksum_reads_nothing(env: Env) -> None:
    number = env.place()
    before = history_reads(env)
    with pytest.raises(WebhookVerificationError):
        confirm_postback(env.client, postback(number, "COMPLETE", secret="other"), SECRET)
    with pytest.raises(WebhookVerificationError):
        confirm_postback(env.client, b"[" * 100_000, SECRET)
    assert history_reads(env) == before


def test_an_order_the_broker_does_not_list_is_refused() -> None:
    env = make_env("gopocket")
    env.place()
    with pytest.raises(BrokerFailureError, match="not found"):  # the broker's own answer
        confirm_postback(env.client, postback("99999999999999", "COMPLETE"), SECRET)


async def test_confirm_postback_async(env: Env) -> None:
    number = env.place()
    confirmed = await aconfirm_postback(
        env.client, postback(number, "REJECTED"), SECRET, generation=generation(env)
    )
    assert confirmed.broker_status == "OPEN" and confirmed.disagrees
