"""The composed transport: spec validation, safe retries, never-resent orders, typed errors."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest
import respx

from broker_overlays.errors import (
    BrokerError,
    BrokerFailureError,
    ClientValidationError,
    ForbiddenError,
    InvalidCredentialsError,
    MalformedResponseError,
    NetworkError,
    OrderRejectedError,
    OrderStateUnknownError,
    RateLimitedError,
    ServerError,
)
from broker_overlays.retry import RetryPolicy
from broker_overlays.transport import BrokerTransport
from gopocket_client import Client as GopocketClient
from gopocket_client.api.rest_charts import get_historical_data
from gopocket_client.api.rest_orders import get_order_book as gp_order_book
from gopocket_client.api.rest_orders import place_order as gp_place_order
from gopocket_client.models import HistoricalDataRequest
from gopocket_client.models import PlaceOrderRequest as GpPlaceOrderRequest
from samco_client import Client as SamcoClient
from samco_client.api.orders import cancel_order, get_order_book, place_order
from samco_client.api.session import generate_session_token
from samco_client.models import OrderBookResponse, PlaceOrderRequest, SessionTokenRequest

SAMCO = "https://tradeapi.samco.in"
GOPOCKET = "https://web.gopocket.in"
ORDER = PlaceOrderRequest(
    symbol_name="RELIANCE",
    exchange="NSE",
    transaction_type="BUY",
    order_type="L",
    price="1282",
    quantity="15",
    order_validity="DAY",
    product_type="MIS",
)
BOOK = {"status": "Success", "statusMessage": "ok", "orderBookDetails": [{"orderNumber": "1"}]}


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


def samco(sleeps: Sleeps | None = None, **kw: Any) -> SamcoClient:
    sleeps = sleeps if sleeps is not None else Sleeps()
    transport = BrokerTransport(
        "samco",
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        retry=RetryPolicy(random=lambda: 0.5),
        **kw,
    )
    client = SamcoClient(base_url=SAMCO)
    client.set_httpx_client(httpx.Client(base_url=SAMCO, transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=SAMCO, transport=transport))
    return client


def gopocket(**kw: Any) -> GopocketClient:
    transport = BrokerTransport("gopocket", sleep=Sleeps(), **kw)
    client = GopocketClient(base_url=GOPOCKET)
    client.set_httpx_client(httpx.Client(base_url=GOPOCKET, transport=transport))
    return client


# -- retries ----------------------------------------------------------------------------------


def test_read_is_retried_on_503_with_backoff() -> None:
    sleeps = Sleeps()
    with respx.mock() as router:
        route = router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json=BOOK)]
        )
        parsed = get_order_book.sync(client=samco(sleeps))
    assert isinstance(parsed, OrderBookResponse)
    assert route.call_count == 3
    assert sleeps == [0.375, 0.75]  # 0.5 * 2^(n-1), equal jitter at random() = 0.5


async def test_read_is_retried_on_connection_error_async() -> None:
    sleeps = Sleeps()
    with respx.mock() as router:
        route = router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=BOOK)]
        )
        parsed = await get_order_book.asyncio(client=samco(sleeps))
    assert isinstance(parsed, OrderBookResponse)
    assert route.call_count == 2 and len(sleeps) == 1


def test_retry_after_is_honoured_as_a_floor() -> None:
    sleeps = Sleeps()
    with respx.mock() as router:
        router.get(f"{SAMCO}/order/orderBook").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": "3"}),
                httpx.Response(200, json=BOOK),
            ]
        )
        get_order_book.sync(client=samco(sleeps))
    assert sleeps == [3.0]


def test_retry_after_beyond_the_cap_raises_instead_of_sleeping() -> None:
    sleeps = Sleeps()
    with respx.mock() as router:
        route = router.get(f"{SAMCO}/order/orderBook").respond(
            429, headers={"Retry-After": "120"}, json={"status": "Failure"}
        )
        with pytest.raises(RateLimitedError) as info:
            get_order_book.sync(client=samco(sleeps))
    assert route.call_count == 1 and sleeps == []
    assert info.value.retry_after == 120.0


def test_reads_give_up_after_max_attempts() -> None:
    with respx.mock() as router:
        route = router.get(f"{SAMCO}/order/orderBook").respond(503)
        with pytest.raises(ServerError):
            get_order_book.sync(client=samco())
    assert route.call_count == RetryPolicy().max_attempts


@pytest.mark.parametrize("error", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")])
def test_place_order_is_never_resent_after_a_timeout(error: Exception) -> None:
    with respx.mock() as router:
        route = router.post(f"{SAMCO}/order/placeOrder").mock(side_effect=error)
        with pytest.raises(OrderStateUnknownError) as info:
            place_order.sync(client=samco(), body=ORDER)
    assert route.call_count == 1
    assert "NOT resent" in str(info.value) and "order book" in str(info.value)
    assert info.value.operation == "placeOrder"


async def test_place_order_is_never_resent_after_a_timeout_async() -> None:
    with respx.mock() as router:
        route = router.post(f"{SAMCO}/order/placeOrder").mock(side_effect=httpx.ReadTimeout("x"))
        with pytest.raises(OrderStateUnknownError):
            await place_order.asyncio(client=samco(), body=ORDER)
    assert route.call_count == 1


def test_cancel_is_not_retried_on_503_and_its_outcome_is_unknown() -> None:
    with respx.mock() as router:
        route = router.delete(f"{SAMCO}/order/cancelOrder").respond(503)
        with pytest.raises(OrderStateUnknownError) as info:
            cancel_order.sync(client=samco(), order_number="200616000000350")
    assert route.call_count == 1
    assert info.value.reason == "server_error" and info.value.status_code == 503
    assert info.value.request is not None
    assert info.value.request.action == "cancel"
    assert info.value.request.get("orderNumber") == "200616000000350"
    assert not isinstance(info.value, ServerError | NetworkError | MalformedResponseError)


def test_connect_error_on_an_order_says_nothing_was_executed() -> None:
    with respx.mock() as router:
        route = router.post(f"{SAMCO}/order/placeOrder").mock(side_effect=httpx.ConnectError("no"))
        with pytest.raises(NetworkError) as info:
            place_order.sync(client=samco(), body=ORDER)
    assert not isinstance(info.value, OrderStateUnknownError)
    assert "nothing was executed" in str(info.value)
    assert route.call_count == 1


# -- client-side validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "problem"),
    [({"quantity": "-5"}, "body/quantity"), ({"exchange": "XYZ"}, "body/exchange")],
)
def test_bad_input_is_rejected_before_sending(changes: dict[str, str], problem: str) -> None:
    body = attrs.evolve(ORDER, **changes)  # the constructor does not check; the spec does
    with respx.mock(assert_all_called=False) as router:
        route = router.post(f"{SAMCO}/order/placeOrder").respond(200, json={})
        with pytest.raises(ClientValidationError) as info:
            place_order.sync(client=samco(), body=body)
    assert route.call_count == 0
    assert any(p.startswith(problem) for p in info.value.problems)
    assert info.value.operation == "placeOrder"


def test_missing_required_query_parameter_is_rejected_before_sending() -> None:
    client = samco()
    with respx.mock(assert_all_called=False) as router:
        route = router.delete(f"{SAMCO}/order/cancelOrder").respond(200, json={})
        with pytest.raises(ClientValidationError, match="orderNumber"):
            client.get_httpx_client().delete("/order/cancelOrder")
    assert route.call_count == 0


# -- typed errors from realistic responses ------------------------------------------------------

FAILURE = {
    "serverTime": "16/06/20 18:03:48",
    "msgId": "0b9e75c7-c624-4c77-bfbf-6d4e53536948",
    "status": "Failure",
    "statusMessage": "Insufficient funds",
}


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (200, FAILURE, OrderRejectedError, "Insufficient funds"),
        (403, {**FAILURE, "statusMessage": "The IP is not the registered static IP"},
         ForbiddenError, "The IP is not the registered static IP"),
        (429, FAILURE, RateLimitedError, "Insufficient funds"),
        (500, {"status": "Failure", "statusMessage": "Internal error"}, OrderStateUnknownError,
         "Internal error"),
        (400, {"status": "Failure", "statusMessage": "Invalid price"}, OrderRejectedError, "Invalid price"),
    ],
)  # fmt: skip
def test_order_errors_carry_broker_operation_status_and_message(
    status: int, body: dict[str, Any], error: type[BrokerError], message: str
) -> None:
    with respx.mock() as router:
        router.post(f"{SAMCO}/order/placeOrder").respond(status, json=body)
        with pytest.raises(error) as info:
            place_order.sync(client=samco(), body=ORDER)
    exc = info.value
    assert (exc.broker, exc.operation, exc.status_code) == ("samco", "placeOrder", status)
    assert exc.broker_message == message


def test_failure_envelope_on_a_read_is_a_broker_failure_not_an_order_rejection() -> None:
    with respx.mock() as router:
        router.get(f"{SAMCO}/order/orderBook").respond(200, json=FAILURE)
        with pytest.raises(BrokerFailureError) as info:
            get_order_book.sync(client=samco())
    assert not isinstance(info.value, OrderRejectedError)


def test_wrong_credentials_on_the_login_call() -> None:
    body = SessionTokenRequest(api_key="key-123456", api_secret="secret-abcdef")
    with respx.mock() as router:
        router.post(f"{SAMCO}/session/token").respond(401, json=FAILURE)
        with pytest.raises(InvalidCredentialsError):
            generate_session_token.sync(client=samco(), body=body)


def test_non_json_body_is_malformed_and_carries_the_raw_body() -> None:
    with respx.mock() as router:
        router.get(f"{SAMCO}/order/orderBook").respond(
            200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
        )
        with pytest.raises(MalformedResponseError) as info:
            get_order_book.sync(client=samco())
    assert info.value.raw_body == "<html>maintenance</html>"


def test_body_against_the_spec_is_malformed_with_secrets_masked() -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"
    body = {"status": "Success", "orderBookDetails": {"not": "a list"}, "sessionToken": token}
    with respx.mock() as router:
        router.get(f"{SAMCO}/order/orderBook").respond(200, json=body)
        with pytest.raises(MalformedResponseError) as info:
            get_order_book.sync(client=samco())
    assert "orderBookDetails" in str(info.value)
    assert "not" in info.value.raw_body and token not in info.value.raw_body
    assert token not in str(info.value)


def test_gopocket_not_ok_in_a_wrapped_array_is_an_order_rejection() -> None:
    body = [{"status": "Not_ok", "message": "RMS: margin exceeds", "result": []}]
    order = GpPlaceOrderRequest(
        exchange="NSE", trading_symbol="SBIN-EQ", qty="1", price="600", product="MIS",
        trans_type="B", price_type="L", order_type="Regular", ret="DAY",
    )  # fmt: skip
    with respx.mock() as router:
        router.post(f"{GOPOCKET}/od-rest/orders/execute").respond(200, json=body)
        with pytest.raises(OrderRejectedError) as info:
            gp_place_order.sync(client=gopocket(), body=[order])
    assert info.value.broker_message == "RMS: margin exceeds"


def test_gopocket_error_envelope_on_a_read() -> None:
    with respx.mock() as router:
        router.get(f"{GOPOCKET}/od-rest/info/orderbook").respond(
            200, json={"status": "Not_ok", "message": "Session Expired"}
        )
        with pytest.raises(BrokerFailureError, match="Session Expired"):
            gp_order_book.sync(client=gopocket())


# -- routing to operation-level servers -----------------------------------------------------------


def _chart_request() -> HistoricalDataRequest:
    return HistoricalDataRequest.from_dict(
        {"symbol": "TCS", "exchangeSegment": "NSE_EQ", "instrument": "EQUITY",
         "expiryCode": 0, "fromDate": "2022-01-08", "toDate": "2022-02-08"}
    )  # fmt: skip


def test_chart_operations_go_to_their_own_host() -> None:
    body = {
        "open": [1.0],
        "high": [1.0],
        "low": [1.0],
        "close": [1.0],
        "volume": [1],
        "start_Time": [1],
    }
    with respx.mock() as router:
        route = router.post("https://api.gopocket.in/charts/historical").respond(200, json=body)
        get_historical_data.sync(client=gopocket(), body=_chart_request())
    assert route.call_count == 1
    assert route.calls.last.request.headers["Host"] == "api.gopocket.in"


def test_chart_host_can_be_overridden_for_a_mock_broker() -> None:
    body = {"open": [], "high": [], "low": [], "close": [], "volume": [], "start_Time": []}
    with respx.mock() as router:
        route = router.post("http://127.0.0.1:9000/charts/historical").respond(200, json=body)
        get_historical_data.sync(
            client=gopocket(servers={"https://api.gopocket.in": "http://127.0.0.1:9000"}),
            body=_chart_request(),
        )
    assert json.loads(route.calls.last.request.content)["symbol"] == "TCS"
