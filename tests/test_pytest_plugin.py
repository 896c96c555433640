"""The pytest plugin: a user tests trading code offline in three lines."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import pytest
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import PlaceOrderRequest
from gopocket_client.api.rest_orders import get_order_book as gp_book


def test_samco_three_lines(samco_session):
    book = get_order_book.sync(client=samco_session)
    assert book.order_book_details == []


def test_samco_trades_against_the_mock(samco_session, samco_mock):
    order = PlaceOrderRequest(symbol_name="RELIANCE", exchange="NSE", transaction_type="BUY",
                              order_type="L", price="1", quantity="1", order_validity="DAY",
                              product_type="MIS")
    placed = place_order.sync(client=samco_session, body=order)
    assert placed.order_number
    assert len(samco_mock.server.logged("placeOrder")) == 1


def test_gopocket_three_lines(gopocket_session):
    assert gp_book.sync(client=gopocket_session) is not None


@pytest.mark.asyncio
async def test_samco_ticks_in_three_lines(samco_live):
    async with samco_live.session.stream("2885_NSE", url=samco_live.stream_url) as stream:
        assert (await anext(stream)).ltp is not None


@pytest.mark.asyncio
async def test_gopocket_ticks_in_three_lines(gopocket_live):
    user = gopocket_live.credentials["user id"]
    stream = gopocket_live.session.stream("NSE|2885", client_id=user, url=gopocket_live.stream_url)
    async with stream:
        assert (await anext(stream)).key == "NSE|2885"
"""


def test_the_plugin_gives_connected_sessions(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)
