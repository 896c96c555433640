"""The spec-driven core of the mock brokers, for both brokers: routes, envelopes, auth,
validation, rate limits and faults. Broker state is exercised in test_mock_samco/gopocket."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from broker_overlays.mock import (
    Call,
    FaultConfig,
    MockBroker,
    MockConfig,
    SpecConformanceError,
    build_app,
    checked_client,
    create_app,
    in_process,
    operation,
    server_of,
    spec_problems,
)
from broker_overlays.signing import sso_checksum
from broker_overlays.spec_catalog import RateWindow, catalog
from broker_overlays.spec_validation import validator

from conftest import BROKERS, spec
from opcall import cases

SAMCO_KEY, SAMCO_SECRET = "mock-samco-api-key", "mock-samco-api-secret"
GP_APP, GP_SECRET = "MOCKAPP", "mock-gopocket-api-secret"
PROTECTED = {"samco": "/order/orderBook", "gopocket": "/od-rest/info/orderbook"}
NO_LIMITS = MockConfig(rate_limit=False, strict=True)


def login(client: httpx.Client, broker: str) -> dict[str, str]:
    """Session headers from the mock's own login flow."""
    if broker == "samco":
        body = {"apiKey": SAMCO_KEY, "apiSecret": SAMCO_SECRET}
        token = client.post("/session/token", json=body).json()["sessionToken"]
        return {"x-session-token": token}
    callback = httpx.URL(client.get("/", params={"appcode": GP_APP}).headers["location"])
    checksum = sso_checksum(callback.params["userId"], callback.params["authCode"], GP_SECRET)
    answer = client.post("/am/sso/vendor/auth/getUserDetails", json={"checkSum": checksum})
    return {"Authorization": f"Bearer {answer.json()['result'][0]['accessToken']}"}


def failure_value(broker: str) -> str:
    return {"samco": "Failure", "gopocket": "Not_ok"}[broker]


def message(body: dict[str, Any]) -> str:
    return str(body.get("statusMessage") or body.get("message") or body.get("emsg"))


@pytest.fixture
def client(broker: str) -> Iterator[httpx.Client]:
    with checked_client(create_app(broker, config=NO_LIMITS)) as c:
        yield c


# --------------------------------------------------------------------------- every operation

EXAMPLE_CASES = {
    (case.broker, case.operation_id): case for b in BROKERS for case in cases(b, spec(b))
}
CREDENTIAL_EXAMPLES = {("samco", "generateSessionToken"), ("samco", "exchangeOAuthToken")}


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, httpx.Client]]:
    made = {b: checked_client(create_app(b, config=NO_LIMITS)) for b in BROKERS}
    yield made
    for c in made.values():
        c.close()


@pytest.mark.parametrize("key", sorted(EXAMPLE_CASES), ids=lambda k: f"{k[0]}:{k[1]}")
def test_every_operation_answers_its_request_example_within_the_spec(
    key: tuple[str, str], clients: dict[str, httpx.Client]
) -> None:
    case = EXAMPLE_CASES[key]
    client = clients[case.broker]
    headers = login(client, case.broker)  # fresh: the logout example ends its session
    extra = {"json": case.body} if case.has_body else {}
    response = client.request(
        case.method, case.url_path(), params=case.query(), headers=headers, **extra
    )
    # The credential examples hold placeholders: the mock refuses them, in the envelope.
    assert response.status_code == (401 if key in CREDENTIAL_EXAMPLES else 200), response.text
    assert spec_problems(case.broker, response) == []


def test_every_spec_operation_is_routed(broker: str) -> None:
    app = create_app(broker, config=NO_LIMITS)
    paths = {getattr(route, "path", None) for route in app.routes}
    assert {op.path for op in catalog(broker).operations} <= paths


# --------------------------------------------------------------------------- envelopes, routing


def test_unknown_path_answers_the_failure_envelope(client: httpx.Client, broker: str) -> None:
    response = client.get("/no/such/endpoint")
    assert response.status_code == 404
    body = response.json()
    assert failure_value(broker) in body.values()
    assert "/no/such/endpoint" in message(body)
    schema = spec(broker)["components"]["schemas"]["Envelope"]
    assert (
        validator(broker).response_problems({"$ref": "#/components/schemas/Envelope"}, body) == []
    )
    assert set(body) <= set(schema["properties"])


def test_wrong_method_is_405_in_the_envelope(client: httpx.Client, broker: str) -> None:
    response = client.delete(PROTECTED[broker])
    assert response.status_code == 405
    assert failure_value(broker) in response.json().values()


def test_envelope_fields_come_from_the_spec(client: httpx.Client, broker: str) -> None:
    body = client.get("/nope").json()
    if broker == "samco":
        assert set(body) == {"serverTime", "msgId", "status", "statusMessage"}
        assert len(body["serverTime"]) == len("16/06/20 18:03:48")
    else:
        assert body == {"status": "Not_ok", "message": "No such endpoint: GET /nope", "result": []}


def test_gopocket_trailing_slashes_are_significant() -> None:
    with checked_client(create_app("gopocket", config=NO_LIMITS)) as client:
        headers = login(client, "gopocket")
        assert client.get("/open-api/order/v1/limits/", headers=headers).status_code == 200
        assert client.get("/open-api/order/v1/limits", headers=headers).status_code == 404
        assert client.get("/open-api/order/v1/positions/", headers=headers).status_code == 404


def test_gopocket_chart_operations_are_served_at_the_root_too() -> None:
    with checked_client(create_app("gopocket", config=NO_LIMITS)) as client:
        body = {"securityId": "11536", "exchangeSegment": "NSE_EQ", "instrument": "EQUITY"}
        response = client.post("/charts/intraday", json=body, headers=login(client, "gopocket"))
        assert response.status_code == 200
        assert set(response.json()) >= {"open", "close", "start_Time"}


# --------------------------------------------------------------------------- auth, validation


@pytest.mark.parametrize(
    "headers", [{}, {"x-session-token": "forged"}, {"Authorization": "Bearer forged"}]
)
def test_missing_or_wrong_session_is_401_in_the_envelope(
    client: httpx.Client, broker: str, headers: dict[str, str]
) -> None:
    response = client.get(PROTECTED[broker], headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert failure_value(broker) in body.values()
    assert "session" in message(body).lower()


def test_pre_auth_operations_need_no_session(client: httpx.Client, broker: str) -> None:
    if broker == "samco":
        response = client.post(
            "/session/token", json={"apiKey": SAMCO_KEY, "apiSecret": SAMCO_SECRET}
        )
    else:
        response = client.get("/contract/csv/nse")
    assert response.status_code == 200


BAD_REQUESTS: dict[str, tuple[str, str, Any, str]] = {
    "samco": (
        "POST",
        "/order/placeOrder",
        {"symbolName": "SBIN", "transactionType": "BUY", "orderType": "L", "price": "600",
         "quantity": "-5", "orderValidity": "DAY", "productType": "MIS"},
        "body/quantity",
    ),
    "gopocket": (
        "POST",
        "/od-rest/orders/execute",
        [{"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "1", "price": "600",
          "product": "MIS", "transType": "BUY", "priceType": "L", "orderType": "Regular",
          "ret": "DAY"}],
        "body/0/transType",
    ),
}  # fmt: skip


def test_a_bad_field_is_400_naming_it(client: httpx.Client, broker: str) -> None:
    method, path, body, field = BAD_REQUESTS[broker]
    response = client.request(method, path, json=body, headers=login(client, broker))
    assert response.status_code == 400
    assert field in message(response.json())
    assert server_of_client_orders(client) == 0  # nothing was placed


def server_of_client_orders(client: httpx.Client) -> int:
    return len(client.get("/__mock__/state").json()["orders"])


def test_missing_query_parameter_is_400(client: httpx.Client, broker: str) -> None:
    path = {"samco": "/order/getOrderStatus", "gopocket": "/od-rest/info/history"}[broker]
    method = "GET" if broker == "samco" else "POST"
    extra = {} if broker == "samco" else {"json": {}}
    response = client.request(method, path, headers=login(client, broker), **extra)
    assert response.status_code == 400
    assert {"samco": "'orderNumber'", "gopocket": "orderNo"}[broker] in message(response.json())


# --------------------------------------------------------------------------- rate limits


def test_rate_limit_answers_429_with_retry_after(broker: str) -> None:
    config = MockConfig(rate_limits={"non-trading": (RateWindow(2, 60),)}, strict=True)
    with checked_client(create_app(broker, config=config)) as client:
        headers = login(client, broker)  # samco's login is non-trading too
        statuses = [client.get(PROTECTED[broker], headers=headers) for _ in range(3)]
    limited = statuses[-1]
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert failure_value(broker) in limited.json().values()
    assert spec_problems(broker, limited) == []


def test_rate_limits_follow_the_spec_windows_by_default(broker: str) -> None:
    server = server_of(create_app(broker))
    assert server.throttle is not None
    spec_windows = catalog(broker).rate_windows()
    assert set(server.throttle.windows) == set(spec_windows)
    assert server_of(create_app(broker, config=MockConfig(rate_limit=False))).throttle is None


# --------------------------------------------------------------------------- faults


def test_fault_switch_control_endpoint(client: httpx.Client, broker: str) -> None:
    settings = {"latency_ms": 0, "error_rate": 0.25, "error_status": 502, "malformed_rate": 0.25,
                "drop_rate": 0.25, "seed": 7}  # fmt: skip
    expected = {**settings, "script": [], "stream": []}
    assert client.post("/__mock__/faults", json=settings).json() == expected
    assert client.get("/__mock__/faults").json() == expected
    state = client.get("/__mock__/state").json()
    assert state["broker"] == broker and state["faults"] == expected
    refused = client.post("/__mock__/faults", json={"error_rate": 2})
    assert refused.status_code == 400
    assert client.post("/__mock__/faults", json={"typo_rate": 1}).status_code == 400
    assert client.post("/__mock__/faults", json={}).json()["error_rate"] == 0.0


def test_error_fault_answers_5xx_before_anything_runs(broker: str) -> None:
    app = create_app(broker, config=NO_LIMITS)
    with checked_client(app) as client:
        headers = login(client, broker)
        server_of(app).faults.configure(FaultConfig(error_rate=1.0, error_status=502))
        response = client.get(PROTECTED[broker], headers=headers)
    assert response.status_code == 502
    assert failure_value(broker) in response.json().values()
    assert server_of(app).calls[catalog(broker).find("GET", PROTECTED[broker]).operation_id] == 0  # type: ignore[union-attr]


def test_malformed_fault_garbles_the_body(broker: str) -> None:
    app = create_app(broker, config=NO_LIMITS)
    sync, _ = in_process(app)
    with httpx.Client(transport=sync, base_url="http://mock") as client:  # unchecked: off-spec
        headers = login(client, broker)
        server_of(app).faults.configure(FaultConfig(malformed_rate=1.0, seed=3))
        bodies = [client.get(PROTECTED[broker], headers=headers) for _ in range(8)]
    kinds = {r.headers["content-type"].split(";")[0] for r in bodies}
    assert kinds == {"application/json", "text/html"}  # truncated JSON and HTML pages
    for response in bodies:
        assert response.status_code == 200
        with pytest.raises(ValueError):
            response.json()


def test_drop_fault_aborts_the_connection_after_the_handler_ran(broker: str) -> None:
    app = create_app(broker, config=NO_LIMITS)
    with checked_client(app) as client:
        headers = login(client, broker)
        server_of(app).faults.configure(FaultConfig(drop_rate=1.0))
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(PROTECTED[broker], headers=headers)
        server_of(app).faults.configure(FaultConfig())
        assert client.get(PROTECTED[broker], headers=headers).status_code == 200
    operation_id = catalog(broker).find("GET", PROTECTED[broker]).operation_id  # type: ignore[union-attr]
    assert server_of(app).calls[operation_id] == 2


def test_latency_fault_delays_answers(broker: str) -> None:
    app = create_app(
        broker, config=MockConfig(rate_limit=False, faults=FaultConfig(latency_ms=150))
    )
    with checked_client(app) as client:
        started = time.monotonic()
        client.get("/contract/csv/nse" if broker == "gopocket" else "/ip/whoami")
        assert time.monotonic() - started >= 0.15


def test_faults_are_deterministic_with_a_seed() -> None:
    def kinds(seed: int) -> list[str]:
        server = server_of(create_app("samco"))
        server.faults.configure(
            FaultConfig(error_rate=0.3, malformed_rate=0.3, drop_rate=0.3, seed=seed)
        )
        return [server.faults.draw().kind for _ in range(40)]

    assert kinds(11) == kinds(11)
    assert kinds(11) != kinds(12)
    assert set(kinds(11)) == {"none", "error", "malformed", "drop"}


def test_fault_config_is_checked() -> None:
    with pytest.raises(ValueError):
        FaultConfig(error_rate=0.6, drop_rate=0.6)
    with pytest.raises(ValueError):
        FaultConfig(error_status=404)


# --------------------------------------------------------------------------- the core itself


class _Sloppy(MockBroker):
    """A broker state whose handler answers off-spec (a number where a string belongs)."""

    broker = "samco"

    def session(self, token: str) -> object | None:
        return token if token == "ok" else None

    @operation("getLimits")
    def limits(self, call: Call) -> dict[str, Any]:
        return self.envelope.success(equityLimit={"marginUsed": 5})


def test_strict_mode_catches_off_spec_handler_answers() -> None:
    app = build_app("samco", _Sloppy(), config=MockConfig(rate_limit=False, strict=True))
    with checked_client(app) as client, pytest.raises(SpecConformanceError, match="marginUsed"):
        client.get("/limit/getLimits", headers={"x-session-token": "ok"})


def test_handlers_must_name_spec_operations() -> None:
    class Typo(_Sloppy):
        @operation("getLimitz")
        def typo(self, call: Call) -> None: ...

    with pytest.raises(ValueError, match="getLimitz"):
        build_app("samco", Typo())


def test_operations_without_a_handler_answer_their_spec_example() -> None:
    # Both mocks handle every operation: a state handling one only shows the fallback.
    with checked_client(build_app("samco", _Sloppy(), config=NO_LIMITS)) as client:
        response = client.get("/ip/whoami", headers={"x-session-token": "ok"})
    example = spec("samco")["paths"]["/ip/whoami"]["get"]["responses"]["200"]["content"]
    assert response.json() == next(iter(example["application/json"]["examples"].values()))["value"]


class _Broken(_Sloppy):
    @operation("getLimits")
    def limits(self, call: Call) -> dict[str, Any]:
        raise RuntimeError("bug")


async def test_a_crashing_handler_answers_a_500_envelope() -> None:
    app = build_app("samco", _Broken(), config=MockConfig(rate_limit=False))
    transport = httpx.ASGITransport(app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        response = await client.get("/limit/getLimits", headers={"x-session-token": "ok"})
    assert response.status_code == 500
    assert response.json()["statusMessage"] == "Internal error in the mock (RuntimeError)"


def test_static_ip_rule_is_enforced_when_configured() -> None:
    config = MockConfig(rate_limit=False, static_ips=frozenset({"203.0.113.10"}))
    with checked_client(create_app("samco", config=config)) as client:  # calls from 127.0.0.1
        headers = login(client, "samco")
        assert client.get("/order/orderBook", headers=headers).status_code == 200  # not x-static-ip
        refused = client.post("/order/placeOrder", json=BAD_REQUESTS["samco"][2], headers=headers)
    assert refused.status_code == 403
    assert refused.json()["statusMessage"] == "The IP is not the registered static IP"


def test_head_requests_are_answered_like_get() -> None:
    with checked_client(create_app("gopocket", config=NO_LIMITS)) as client:
        response = client.head("/contract/csv/nse")
    assert response.status_code == 200 and response.content == b""


def test_reset_restores_the_seeded_state(broker: str) -> None:
    with checked_client(create_app(broker, config=NO_LIMITS)) as client:
        headers = login(client, broker)
        assert client.post("/__mock__/reset").json() == {"reset": True}
        assert client.get(PROTECTED[broker], headers=headers).status_code == 401
