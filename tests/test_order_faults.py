"""The fault-injection matrix: every order operation of both brokers (both Gopocket
generations) x every way an answer can be lost or spoiled AFTER the broker acted on it.

Each case calls the operation through the overlays (generated client + facade + transport)
against an in-process mock broker, with a valid request built from the spec's request
example (and, for modify/cancel/exit/convert, an order or position placed first without
faults). The mock's scripted fault runs the handler first (the order really is placed /
modified / cancelled) and then spoils the answer. The overlays must raise
:class:`OrderStateUnknownError` with the right reason, the request's identifying fields and
the order number when the spoiled body still carries it, and must not resend: the mock's
request log sees exactly one request for the operation.

The table "operation x fault -> error (reason)" is written to ``/tmp/order_fault_matrix.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from broker_overlays import gopocket, samco
from broker_overlays.errors import (
    BrokerError,
    MalformedResponseError,
    NetworkError,
    OrderRejectedError,
    OrderStateUnknownError,
    ServerError,
)
from broker_overlays.mock import MockConfig, MockServer, create_app, in_process, server_of
from broker_overlays.retry import RetryPolicy
from broker_overlays.spec_catalog import catalog

from conftest import BROKERS, spec
from opcall import Case, cases, operation_module

SAMCO_KEY, SAMCO_SECRET = "faults-key", "faults-secret"
GP_APP, GP_SECRET = "FAULTAPP", "faults-gopocket-secret"
BASE_URL = "http://mock.broker"
SHORT_TIMEOUT = 0.5
"""Client read timeout of the ``timeout`` cases (the mock holds the answer for an hour)."""
TABLE = Path("/tmp/order_fault_matrix.md")

ORDER_OPS = {b: [op.operation_id for op in catalog(b).operations if op.is_order] for b in BROKERS}

# (label, scripted kind, status)
FAULTS: list[tuple[str, str, int | None]] = [
    ("timeout", "timeout", None),
    ("drop", "drop", None),
    ("500", "status", 500),
    ("502", "status", 502),
    ("503", "status", 503),
    ("504", "status", 504),
    ("truncated", "truncated", None),
    ("non_json", "non_json", None),
    ("off_spec", "off_spec", None),
    ("deep_nesting", "deep_nesting", None),
]
REASONS = {"timeout": "timeout", "drop": "connection", "status": "server_error"}
"""Expected ``reason`` per kind; every other kind is "malformed"."""
BODY_FAULTS = {"status", "truncated", "non_json", "off_spec", "deep_nesting"}
"""Faults after which the client holds a response body (the others never get one)."""

RESULTS: dict[tuple[str, str], dict[str, str]] = {}


def test_the_matrix_covers_every_order_operation() -> None:
    assert len(ORDER_OPS["samco"]) == 19
    assert len(ORDER_OPS["gopocket"]) == 10
    assert {"placeOrder", "placeOrderV1", "modifyOrderV1"} <= set(ORDER_OPS["gopocket"])


# --------------------------------------------------------------------------- set-up


def example(broker: str, operation_id: str) -> Case:
    return next(c for c in cases(broker, spec(broker)) if c.operation_id == operation_id)


def with_body(case: Case, **fields: Any) -> Case:
    """The case with ``fields`` set in its body (in the first item of an array body)."""
    body = case.body
    if isinstance(body, list):
        body = [{**body[0], **fields}, *body[1:]]
    else:
        body = {**body, **fields}
    return replace(case, body=body)


def with_order_number(case: Case, number: str) -> Case:
    """The case acting on order ``number`` (path/query parameter or body field)."""
    params = {
        py: (where, name, number if name == "orderNumber" else value)
        for py, (where, name, value) in case.params.items()
    }
    body = case.body
    for key in ("orderNo", "brokerOrderId", "orderNumber", "gttSummaryId"):
        first = body[0] if isinstance(body, list) and body else body
        if isinstance(first, dict) and key in first:
            body = with_body(case, **{key: number}).body
    return replace(case, params=params, body=body)


@dataclass(frozen=True)
class Setup:
    """Calls made without faults before the faulted one: what they place, what they pass on."""

    operation: str
    fields: dict[str, str]
    pass_number: bool = True
    """Act on the order this set-up placed (modify, cancel, exit)."""


SAMCO_OPEN = Setup("placeOrder", {"price": "1200"})  # a RELIANCE limit buy that stays open
# The GTT examples' WIPRO contracts are not in the mock's universe: an IDEA GTT, an INFY OCO.
SAMCO_GTT = {"exchange": "NSE", "symbolName": "IDEA", "productType": "CNC", "quantity": "20",
             "triggerPrice": "15", "limitPrice": "15.05"}  # fmt: skip
SAMCO_OCO = {"exchange": "NSE", "symbolName": "INFY", "productType": "CNC", "quantity": "5",
             "targetTriggerPrice": "1520", "targetLimitPrice": "1519",
             "stoplossTriggerPrice": "1480", "stoplossLimitPrice": "1479"}  # fmt: skip
# Basket 1 of a fresh mock, holding a marketable SBIN buy (and, to retry, a refused TCS sell).
SAMCO_BASKET = [
    Setup("createBasket", {}, False),
    Setup("createBasketOrder", {"basketID": "1", "symbolName": "SBIN", "price": "700"}, False),
]
SAMCO_REFUSED = Setup(
    "createBasketOrder",
    {"basketID": "1", "symbolName": "TCS", "transactionType": "SELL", "productType": "CNC"},
    False,
)
SAMCO_EXECUTED = Setup("executeBasketOrder", {"basketId": "1"}, False)
GP_OPEN = Setup("placeOrder", {"tradingSymbol": "SBIN-EQ", "price": "590", "transType": "B"})
SETUPS: dict[tuple[str, str], list[Setup]] = {
    ("samco", "modifyOrder"): [SAMCO_OPEN],
    ("samco", "cancelOrder"): [SAMCO_OPEN],
    ("samco", "exitBracketOrder"): [Setup("placeBracketOrder", {})],
    ("samco", "exitCoverOrder"): [Setup("placeCoverOrder", {})],
    ("samco", "convertPosition"): [  # a filled RELIANCE BSE MIS buy of 18
        Setup("placeOrder", {"exchange": "BSE", "price": "1400", "quantity": "18"}, False)
    ],
    ("samco", "squareOffPositions"): [  # a filled TCS MIS buy of 250
        Setup("placeOrder", {"symbolName": "TCS", "price": "5000", "quantity": "250"}, False)
    ],
    ("samco", "modifyGtt"): [Setup("addGtt", SAMCO_GTT)],
    ("samco", "deleteGtt"): [Setup("addGtt", SAMCO_GTT)],
    ("samco", "modifyOco"): [Setup("addOco", SAMCO_OCO)],
    ("samco", "deleteOco"): [Setup("addOco", SAMCO_OCO)],
    ("samco", "executeBasketOrder"): SAMCO_BASKET,
    ("samco", "squareOffBasket"): [*SAMCO_BASKET, SAMCO_EXECUTED],
    ("samco", "modifyAndRetryBasketOrder"): [*SAMCO_BASKET, SAMCO_REFUSED, SAMCO_EXECUTED],
    ("gopocket", "modifyOrder"): [GP_OPEN],
    ("gopocket", "cancelOrder"): [GP_OPEN],
    ("gopocket", "modifyOrderV1"): [GP_OPEN],  # one order store for both generations
    ("gopocket", "cancelOrderV1"): [GP_OPEN],
    ("gopocket", "exitBracketOrderV1"): [
        Setup(
            "placeOrderV1",
            {
                "instrumentId": "3045",
                "exchange": "NSE",
                "orderComplexity": "BO",
                "orderType": "LIMIT",
                "price": "590",
                "slLegPrice": "5",
                "targetLegPrice": "10",
                "product": "INTRADAY",
            },
        )
    ],
    ("gopocket", "convertPosition"): [  # a filled SBIN CNC buy of 1
        Setup(
            "placeOrder",
            {"tradingSymbol": "SBIN-EQ", "price": "0", "priceType": "MKT", "product": "CNC"},
            False,
        )
    ],
    ("gopocket", "convertPositionV1"): [
        Setup(
            "placeOrder",
            {"tradingSymbol": "SBIN-EQ", "price": "0", "priceType": "MKT", "product": "CNC"},
            False,
        )
    ],
}


CASE_FIELDS: dict[tuple[str, str], dict[str, str]] = {
    ("samco", "addGtt"): SAMCO_GTT,
    ("samco", "modifyGtt"): SAMCO_GTT,
    ("samco", "addOco"): SAMCO_OCO,
    ("samco", "modifyOco"): SAMCO_OCO,
    ("samco", "executeBasketOrder"): {"basketId": "1"},
    ("samco", "squareOffBasket"): {"basketId": "1"},
    ("samco", "modifyAndRetryBasketOrder"): {"basketId": "1"},
}
"""Body fields of the faulted call that make its example act on what the set-up made."""
NEW_IDS = {"modifyGtt", "modifyOco"}
"""Samco answers a GTT / OCO modify with a new ``gttSummaryId`` (the old one stops working)."""


def first_number(body: Any) -> str | None:
    """The first order number in a (real, parsed) answer of the mock."""
    if isinstance(body, dict):
        for key in ("orderNumber", "orderNo", "brokerOrderId", "gttSummaryId"):
            if isinstance(body.get(key), str):
                return str(body[key])
        values = list(body.values())
    elif isinstance(body, list):
        values = body
    else:
        return None
    for value in values:
        found = first_number(value)
        if found:
            return found
    return None


@dataclass
class Broker:
    """An in-process mock broker and an overlay client logged in to it."""

    name: str
    app: Starlette
    client: Any

    @property
    def server(self) -> MockServer:
        return server_of(self.app)

    def call(self, case: Case) -> httpx.Response:
        module = operation_module(self.name, case.operation_id)
        response: httpx.Response = module.sync_detailed(client=self.client, **case.kwargs())
        return response

    async def acall(self, case: Case) -> httpx.Response:
        module = operation_module(self.name, case.operation_id)
        response: httpx.Response = await module.asyncio_detailed(
            client=self.client, **case.kwargs()
        )
        return response


def connect(name: str, *, timeout: float = 10.0, **options: Any) -> Broker:
    config = MockConfig(rate_limit=False)
    sync, async_ = in_process(
        app := create_app(name, config=config, api_key=SAMCO_KEY, api_secret=SAMCO_SECRET)
        if name == "samco"
        else create_app(name, config=config, app_code=GP_APP, api_secret=GP_SECRET)
    )
    opts: dict[str, Any] = {
        "base_url": BASE_URL, "transport": sync, "async_transport": async_, "timeout": timeout,
        "throttle": False, "account": f"faults-{id(app)}",
        "market_protection": "2",  # the matrix places market orders; protection is required
        **options,
    }  # fmt: skip
    if name == "samco":
        return Broker(name, app, samco.connect(SAMCO_KEY, SAMCO_SECRET, **opts))
    login = httpx.URL(gopocket.login_url(GP_APP))
    with httpx.Client(base_url=BASE_URL, transport=sync) as browser:
        callback = browser.get(login.path, params=login.params).headers["location"]
    client = gopocket.connect_callback(callback_url=callback, api_secret=GP_SECRET, **opts)
    return Broker(name, app, client)


def prepared(broker: Broker, operation_id: str) -> tuple[Case, str | None]:
    """The faulted call's case after its set-up calls, and the order it acts on (if any)."""
    case = example(broker.name, operation_id)
    if (broker.name, operation_id) in CASE_FIELDS:
        case = with_body(case, **CASE_FIELDS[(broker.name, operation_id)])
    number = None
    for setup in SETUPS.get((broker.name, operation_id), []):
        response = broker.call(with_body(example(broker.name, setup.operation), **setup.fields))
        assert response.status_code == 200, response.text
        placed = first_number(json.loads(response.content))
        assert placed or not setup.pass_number, response.text
        if setup.pass_number:
            number = placed
            case = with_order_number(case, placed)
    return case, number


# --------------------------------------------------------------------------- oracles


def is_scalar(value: Any) -> bool:
    """A non-empty string or a number (what identifies an order; booleans do not)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    return value != ""


def expected_fields(broker: str, case: Case) -> dict[str, str]:
    """The identifying fields the request carries, per the spec's ``x-order-identity``:
    the body (its first item; the first item of a list it holds), then query, then path."""
    rule = catalog(broker).order_identity
    body = case.body
    top = body[0] if isinstance(body, list) and body else body
    sources: list[dict[str, Any]] = []
    if isinstance(top, dict):
        sources.append(top)
        sources += [
            v[0] for v in top.values() if isinstance(v, list) and v and isinstance(v[0], dict)
        ]
    sources.append({name: v for where, name, v in case.params.values() if where == "query"})
    sources.append({name: v for where, name, v in case.params.values() if where == "path"})
    found: dict[str, str] = {}
    for role, names in rule.request_fields.items():
        for source in sources:
            values = [source.get(n) for n in names]
            value = next((str(v) for v in values if is_scalar(v)), None)
            if value is not None:
                found[role] = value
                break
    return found


def complete_number(broker: str, text: str) -> str | None:
    """An order number field whose value is complete (closed by a quote or delimiter)."""
    names = "|".join(re.escape(n) for n in catalog(broker).order_identity.order_number_fields)
    found = re.search(rf'"(?:{names})"\s*:\s*\[?\s*"?([A-Za-z0-9_.-]{{1,40}})"?\s*[,}}\]]', text)
    return found.group(1) if found else None


def session_tokens(broker: Broker) -> list[str]:
    return [str(token) for token in getattr(broker.server.state, "sessions", {})]


# --------------------------------------------------------------------------- the matrix

MATRIX = [
    pytest.param(b, op, label, kind, status, id=f"{b}:{op}:{label}")
    for b in BROKERS
    for op in ORDER_OPS[b]
    for label, kind, status in FAULTS
]


@pytest.fixture(scope="module", autouse=True)
def matrix_table() -> Iterator[None]:
    yield
    if not RESULTS:
        return
    labels = [label for label, _, _ in FAULTS]
    lines = [
        "| broker | operation | " + " | ".join(labels) + " |",
        "|---|---|" + "---|" * len(labels),
    ]
    for (broker, op), row in sorted(RESULTS.items()):
        lines.append(f"| {broker} | {op} | " + " | ".join(row.get(x, "-") for x in labels) + " |")
    legend = (
        "OSU(r) = OrderStateUnknownError(reason=r); '#': its order_number was read from the "
        "spoiled body; other entries name the error raised."
    )
    TABLE.write_text("\n".join([legend, "", *lines]) + "\n")
    print(f"\nfault matrix written to {TABLE}")


def short(exc: BaseException) -> str:
    if isinstance(exc, OrderStateUnknownError):
        return f"OSU({exc.reason}{', #' if exc.order_number else ''})"
    return type(exc).__name__


@pytest.mark.parametrize(("broker_name", "operation_id", "label", "kind", "status"), MATRIX)
def test_order_call_with_a_spoiled_answer_is_state_unknown(
    broker_name: str, operation_id: str, label: str, kind: str, status: int | None
) -> None:
    timeout = SHORT_TIMEOUT if kind == "timeout" else 10.0
    broker = connect(broker_name, timeout=timeout)
    case, number = prepared(broker, operation_id)
    server = broker.server
    orders_before = set(getattr(server.state, "orders", {}))
    server.faults.script(operation_id, kind, status=status)  # type: ignore[arg-type]

    started = datetime.now(UTC)
    with pytest.raises(BrokerError) as caught:
        broker.call(case)
    finished = datetime.now(UTC)
    exc = caught.value
    RESULTS.setdefault((broker_name, operation_id), {})[label] = short(exc)

    # The type and the reason.
    assert type(exc) is OrderStateUnknownError, f"{type(exc).__name__}: {exc}"
    assert not isinstance(exc, NetworkError | ServerError | MalformedResponseError)
    assert exc.reason == REASONS.get(kind, "malformed"), str(exc)
    assert exc.broker == broker_name and exc.operation == operation_id
    if kind == "status":
        assert exc.status_code == status
    elif kind in BODY_FAULTS:
        assert exc.status_code == 200

    # What identifies the order.
    op = catalog(broker_name).by_id(operation_id)
    info = exc.request
    assert info is not None
    assert (info.action, info.operation) == (op.order_action, operation_id)
    assert info.sent_at is not None and started <= info.sent_at <= finished
    fields = expected_fields(broker_name, case)
    assert dict(info.fields) == fields
    if op.order_action == "place" and operation_id not in {"executeBasketOrder"}:
        assert {"symbol", "quantity"} <= set(info.fields), dict(info.fields)
    if number is not None:
        assert info.get("orderNumber") == number

    # The body, as far as the client got one.
    if kind in BODY_FAULTS:
        assert exc.raw_body
        for token in session_tokens(broker):
            assert token not in exc.raw_body and token not in str(exc)
        carried = complete_number(broker_name, exc.raw_body)
        assert exc.order_number == carried, exc.raw_body[:300]
        if number is not None and kind == "off_spec" and operation_id not in NEW_IDS:
            assert exc.order_number == number  # the real answer, (un)wrapped
        placed = set(getattr(server.state, "orders", {})) - orders_before
        if kind == "off_spec" and op.order_action == "place" and len(placed) == 1:
            assert exc.order_number in placed
    else:
        assert exc.raw_body == "" and exc.order_number is None

    # The broker acted, the client never resent.
    [entry] = server.logged(operation_id)
    assert entry.handled, entry
    assert entry.fault == kind
    if kind in ("timeout", "drop"):
        assert entry.status is None
    else:
        assert entry.status == (status or 200)


@pytest.mark.parametrize("broker_name", BROKERS)
def test_a_spoiled_place_really_placed_the_order(broker_name: str) -> None:
    """Truncated and off-spec answers of a place call: the order is in the book, and the
    error names its order number where the body still carried it."""
    operation_id = "placeOrder"
    for kind in ("off_spec", "truncated", "timeout"):
        broker = connect(broker_name, timeout=SHORT_TIMEOUT)
        case, _ = prepared(broker, operation_id)
        broker.server.faults.script(operation_id, kind)
        with pytest.raises(OrderStateUnknownError) as caught:
            broker.call(case)
        orders = list(broker.server.state.orders)  # type: ignore[attr-defined]
        assert len(orders) == 1, kind
        if kind == "off_spec":
            assert caught.value.order_number == orders[0]
        if kind == "truncated" and broker_name == "samco":  # the number leads the body
            assert caught.value.order_number == orders[0]


# --------------------------------------------------------------------------- async path

ASYNC_CASES = [
    pytest.param(b, op, label, kind, status, id=f"{b}:{op}:{label}")
    for b, op in (("samco", "placeOrder"), ("gopocket", "placeOrderV1"))
    for label, kind, status in FAULTS
]


@pytest.mark.parametrize(("broker_name", "operation_id", "label", "kind", "status"), ASYNC_CASES)
async def test_async_order_call_with_a_spoiled_answer_is_state_unknown(
    broker_name: str, operation_id: str, label: str, kind: str, status: int | None
) -> None:
    broker = connect(broker_name, timeout=SHORT_TIMEOUT if kind == "timeout" else 10.0)
    case = example(broker_name, operation_id)
    await broker.acall(example(broker_name, "placeOrder"))  # logged in, one order placed
    broker.server.faults.script(operation_id, kind, status=status)  # type: ignore[arg-type]
    with pytest.raises(OrderStateUnknownError) as caught:
        await broker.acall(case)
    assert caught.value.reason == REASONS.get(kind, "malformed")
    assert caught.value.request is not None and caught.value.request.sent_at is not None
    assert len(broker.server.logged(operation_id)) == (2 if operation_id == "placeOrder" else 1)


# --------------------------------------------------------------------------- the other side


def test_a_failure_envelope_stays_a_rejection(broker: str) -> None:
    """A clear rejection (HTTP 200 failure envelope) is OrderRejectedError, not unknown."""
    client = connect(broker)
    operation_id = "modifyOrder"
    case = example(broker, operation_id)  # the example's order does not exist on the mock
    with pytest.raises(OrderRejectedError) as caught:
        client.call(case)
    assert "not found" in (caught.value.broker_message or "")
    assert not isinstance(caught.value, OrderStateUnknownError)
    assert len(client.server.logged(operation_id)) == 1


def test_a_4xx_with_a_broker_message_stays_a_rejection() -> None:
    """The mock refuses an invalid order with 400 + failure envelope (client validation off)."""
    client = connect("samco", validate_requests=False)
    case = with_body(example("samco", "placeOrder"), quantity="-5")
    with pytest.raises(OrderRejectedError) as caught:
        client.call(case)
    assert caught.value.status_code == 400
    assert "quantity" in (caught.value.broker_message or "")
    [entry] = client.server.logged("placeOrder")
    assert (entry.status, entry.handled) == (400, False)
    assert client.server.state.orders == {}  # type: ignore[attr-defined]


def test_a_dropped_login_is_not_state_unknown() -> None:
    client = connect("samco")
    client.server.faults.script("generateSessionToken", "drop")
    with pytest.raises(BrokerError) as caught:
        client.call(example("samco", "getOrderBook"))  # logs in first
    assert not isinstance(caught.value, OrderStateUnknownError)
    assert client.server.logged("getOrderBook") == []  # nothing was sent without a session


def test_a_502_on_the_order_book_is_a_server_error_after_retries(broker: str) -> None:
    retry = RetryPolicy(max_attempts=3, base_delay=0.001, max_delay=0.01)
    client = connect(broker, retry=retry)
    operation_id = "getOrderBook"
    client.call(example(broker, operation_id))  # logged in
    client.server.faults.script(operation_id, "status", status=502, count=3)
    with pytest.raises(ServerError) as caught:
        client.call(example(broker, operation_id))
    assert not isinstance(caught.value, OrderStateUnknownError)
    assert caught.value.status_code == 502
    assert len(client.server.logged(operation_id)) == 1 + 3  # an idempotent read is retried


def test_a_timeout_on_a_read_is_a_network_error() -> None:
    client = connect("samco", timeout=SHORT_TIMEOUT, retry=RetryPolicy(max_attempts=1))
    client.call(example("samco", "getOrderBook"))
    client.server.faults.script("getOrderBook", "timeout")
    with pytest.raises(NetworkError):
        client.call(example("samco", "getOrderBook"))


class _CutInsideTheNumber(httpx.BaseTransport):
    """A broker whose answer to a place call is cut off in the middle of the order number."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/session/token":
            body = {"status": "Success", "sessionToken": "t0k3n", "accountID": "A1"}
            return httpx.Response(200, json=body)
        cut = b'{"serverTime": "29/11/26 14:13:32", "status": "Success", "orderNumber": "2611'
        return httpx.Response(200, content=cut, headers={"content-type": "application/json"})


def test_a_body_cut_inside_the_order_number_names_no_order_number() -> None:
    client = samco.connect(
        SAMCO_KEY, SAMCO_SECRET, base_url=BASE_URL, transport=_CutInsideTheNumber(),
        throttle=False, account="cut-number",
    )  # fmt: skip
    module = operation_module("samco", "placeOrder")
    with pytest.raises(OrderStateUnknownError) as caught:
        module.sync_detailed(client=client, **example("samco", "placeOrder").kwargs())
    assert caught.value.reason == "malformed"
    assert caught.value.order_number is None  # a partial number would point at another order


class _CorruptGzip(_CutInsideTheNumber):
    """A broker whose answer to a place call claims gzip but is not."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/session/token":
            return super().handle_request(request)
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(200, content=b"\x1f\x8b not gzip", headers=headers)


def test_an_undecodable_answer_to_an_order_is_state_unknown() -> None:
    client = samco.connect(
        SAMCO_KEY, SAMCO_SECRET, base_url=BASE_URL, transport=_CorruptGzip(),
        throttle=False, account="corrupt-gzip",
    )  # fmt: skip
    module = operation_module("samco", "placeOrder")
    with pytest.raises(OrderStateUnknownError):
        module.sync_detailed(client=client, **example("samco", "placeOrder").kwargs())
