"""The mock brokers against hostile input and as a fault injector: body limits, deep nesting,
bad encodings, checked fault settings, scripted faults, the request log and in-process
timeouts. (The overlays' side of scripted faults: test_order_faults.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from test_mock_core import BAD_REQUESTS, PROTECTED, failure_value, login, message

from broker_overlays.mock import (
    AsyncTransport,
    FaultConfig,
    MockConfig,
    SyncTransport,
    create_app,
    server_of,
)
from broker_overlays.mock.app import MAX_BODY_BYTES, MAX_CONTROL_BODY_BYTES, MAX_JSON_DEPTH
from broker_overlays.mock.faults import DEEP_NESTING, MAX_SCRIPT_ENTRIES, SCRIPT_KINDS
from broker_overlays.spec_catalog import catalog, deref
from broker_overlays.spec_validation import validator

from conftest import spec

NO_LIMITS = MockConfig(rate_limit=False)
ORDER_PATH = {"samco": "/order/placeOrder", "gopocket": "/od-rest/orders/execute"}
ORDER_ID = "placeOrder"


@pytest.fixture
def app(broker: str) -> Starlette:
    return create_app(broker, config=NO_LIMITS)


@pytest.fixture
def client(app: Starlette) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncTransport(app), base_url="http://mock", timeout=10) as c:
        yield c


def is_failure(broker: str, response: httpx.Response) -> bool:
    body = response.json()
    return isinstance(body, dict) and failure_value(broker) in body.values()


def valid_order(broker: str) -> Any:
    body = BAD_REQUESTS[broker][2]
    if broker == "samco":
        return {**body, "quantity": "5"}
    return [{**body[0], "transType": "B"}]


# --------------------------------------------------------------------------- hostile bodies


def test_an_oversized_body_is_413_before_anything_runs(
    client: httpx.Client, app: Starlette, broker: str
) -> None:
    headers = login(client, broker)
    big = b'{"x": "' + b"a" * MAX_BODY_BYTES + b'"}'
    response = client.post(ORDER_PATH[broker], content=big, headers=headers)
    assert response.status_code == 413 and is_failure(broker, response)
    assert str(MAX_BODY_BYTES) in message(response.json())
    [entry] = server_of(app).logged(ORDER_ID)
    assert (entry.status, entry.handled) == (413, False)


def test_an_oversized_streamed_body_is_413(client: httpx.Client, broker: str) -> None:
    """No Content-Length (chunked): the limit applies to what is read."""

    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"[" + b"0," * 40_000 + b"0]"

    response = client.post(ORDER_PATH[broker], content=chunks())
    assert response.status_code == 413 and is_failure(broker, response)


def test_a_body_at_the_limit_is_read(client: httpx.Client, broker: str) -> None:
    headers = login(client, broker)
    body = json.dumps(valid_order(broker)).encode()
    padded = body + b" " * (MAX_BODY_BYTES - len(body))
    response = client.post(ORDER_PATH[broker], content=padded, headers=headers)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"[" * DEEP_NESTING, "nests too deeply"),
        (
            b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1),
            f"deeper than {MAX_JSON_DEPTH}",
        ),
        (b'{"symbolName": "SB\xffIN"}', "not UTF-8"),
        (b"\xfe\xff\x00{", "not UTF-8"),
    ],
    ids=["100k-brackets", "65-levels", "invalid-utf8", "utf16-bom"],
)
@pytest.mark.parametrize("validate", [True, False])
def test_hostile_json_is_400_in_the_envelope(
    broker: str, content: bytes, says: str, validate: bool
) -> None:
    app = create_app(broker, config=MockConfig(rate_limit=False, validate_requests=validate))
    with httpx.Client(transport=SyncTransport(app), base_url="http://mock") as client:
        headers = login(client, broker)
        response = client.post(ORDER_PATH[broker], content=content, headers=headers)
    assert response.status_code == 400, response.text
    assert is_failure(broker, response) and says in message(response.json())
    assert server_of(app).calls[ORDER_ID] == 0


def test_nesting_up_to_the_limit_is_parsed(client: httpx.Client, broker: str) -> None:
    headers = login(client, broker)
    deep = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    response = client.post(ORDER_PATH[broker], content=deep, headers=headers)
    assert response.status_code == 400  # the spec refuses it, not the depth limit
    assert "deeper" not in message(response.json())


def test_a_401_wins_over_a_bad_body(client: httpx.Client, broker: str) -> None:
    response = client.post(ORDER_PATH[broker], content=b"[" * 1000)
    assert response.status_code == 401


# --------------------------------------------------------------------------- the fault endpoint

BAD_SETTINGS: list[tuple[Any, str]] = [
    ({"latency_ms": -1}, "latency_ms"),
    ({"latency_ms": 60_001}, "latency_ms"),
    ({"latency_ms": "5"}, "latency_ms"),
    ({"latency_ms": True}, "latency_ms"),
    ({"latency_ms": 1.5}, "latency_ms"),
    ({"error_rate": 1.5}, "error_rate"),
    ({"error_rate": -0.1}, "error_rate"),
    ({"error_rate": "0.5"}, "error_rate"),
    ({"drop_rate": 0.6, "error_rate": 0.6}, "exceed 1"),
    ({"error_status": 404}, "error_status"),
    ({"error_status": 503.0}, "error_status"),
    ({"seed": "x"}, "seed"),
    ({"typo_rate": 1}, "typo_rate"),
    ([1, 2], "JSON object"),
    ({"script": {"operation": "placeOrder"}}, "list"),
    ({"script": ["placeOrder"]}, "object"),
    ({"script": [{"operation": "placeOrderz", "fault": "drop"}]}, "placeOrderz"),
    ({"script": [{"operation": "placeOrder", "fault": "explode"}]}, "explode"),
    ({"script": [{"operation": "placeOrder"}]}, "fault"),
    ({"script": [{"fault": "drop"}]}, "operation"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "count": 0}]}, "count"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "count": 10_001}]}, "count"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "count": "1"}]}, "count"),
    ({"script": [{"operation": "placeOrder", "fault": "status", "status": 404}]}, "5xx"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "status": 502}]}, "status"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "seconds": 1}]}, "seconds"),
    ({"script": [{"operation": "placeOrder", "fault": "timeout", "seconds": 0}]}, "seconds"),
    ({"script": [{"operation": "placeOrder", "fault": "timeout", "seconds": 3601}]}, "seconds"),
    ({"script": [{"operation": "placeOrder", "fault": "drop", "when": "now"}]}, "when"),
    (
        {"script": [{"operation": "placeOrder", "fault": "drop"}] * (MAX_SCRIPT_ENTRIES + 1)},
        str(MAX_SCRIPT_ENTRIES),
    ),
]


@pytest.mark.parametrize(("settings", "says"), BAD_SETTINGS, ids=lambda v: str(v)[:40])
def test_bad_fault_settings_are_400_and_change_nothing(
    client: httpx.Client, broker: str, settings: Any, says: str
) -> None:
    current = {"error_rate": 0.1, "script": [{"operation": ORDER_ID, "fault": "drop"}]}
    before = client.post("/__mock__/faults", json=current).json()
    response = client.post("/__mock__/faults", json=settings)
    assert response.status_code == 400
    assert is_failure(broker, response) and says in message(response.json())
    assert client.get("/__mock__/faults").json() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[" * 10_000, b'{"error_rate": NaN}', b'{"seed": "\xff"}'],
    ids=["empty", "syntax", "deep", "nan", "utf8"],
)
def test_unparseable_fault_settings_are_400(
    client: httpx.Client, broker: str, content: bytes
) -> None:
    response = client.post("/__mock__/faults", content=content)
    assert response.status_code == 400 and is_failure(broker, response)


def test_oversized_fault_settings_are_413(client: httpx.Client, broker: str) -> None:
    response = client.post("/__mock__/faults", content=b" " * (MAX_CONTROL_BODY_BYTES + 1))
    assert response.status_code == 413 and is_failure(broker, response)


def test_a_script_is_posted_listed_and_consumed(client: httpx.Client, app: Starlette) -> None:
    script = [
        {"operation": ORDER_ID, "fault": "status", "status": 504, "count": 2},
        {"operation": ORDER_ID, "fault": "timeout", "seconds": 2.5},
    ]
    answer = client.post("/__mock__/faults", json={"latency_ms": 5, "script": script}).json()
    assert answer["latency_ms"] == 5
    assert answer["script"] == [
        {"operation": ORDER_ID, "fault": "status", "status": 504, "count": 2},
        {"operation": ORDER_ID, "fault": "timeout", "count": 1, "seconds": 2.5},
    ]
    faults = server_of(app).faults
    assert [faults.draw(ORDER_ID).status for _ in range(2)] == [504, 504]
    held = faults.draw(ORDER_ID)
    assert (held.kind, held.hold, held.latency) == ("timeout", 2.5, 0.005)
    assert faults.draw(ORDER_ID).kind == "none" and faults.pending() == []
    assert client.post("/__mock__/faults", json={}).json() == {
        **FaultConfig().to_json(),
        "script": [],
        "stream": [],
    }


def test_scripts_apply_per_operation_in_order(app: Starlette) -> None:
    faults = server_of(app).faults
    faults.script(ORDER_ID, "drop")
    faults.script("getOrderBook", "non_json", count=2)
    faults.script(ORDER_ID, "truncated")
    assert faults.draw("getOrderBook").kind == "non_json"
    assert faults.draw(ORDER_ID).kind == "drop"
    assert faults.draw(ORDER_ID).kind == "truncated"
    assert faults.draw("getOrderBook").kind == "non_json"
    assert faults.draw("getOrderBook").kind == "none"
    with pytest.raises(ValueError, match="nope"):
        faults.script("nope", "drop")
    assert faults.draw().kind == "none"  # random faults: off


# --------------------------------------------------------------------------- scripted answers


def spoiled(broker: str, kind: str, **options: Any) -> tuple[httpx.Response, Starlette]:
    app = create_app(broker, config=NO_LIMITS)
    with httpx.Client(transport=SyncTransport(app), base_url="http://mock", timeout=10) as client:
        headers = login(client, broker)
        server_of(app).faults.script(ORDER_ID, kind, **options)  # type: ignore[arg-type]
        response = client.post(ORDER_PATH[broker], json=valid_order(broker), headers=headers)
    return response, app


def test_status_faults_look_like_a_gateway_or_the_broker(broker: str) -> None:
    for status in (502, 503, 504):
        response, app = spoiled(broker, "status", status=status)
        assert response.status_code == status
        assert response.headers["content-type"].startswith("text/html")
        assert f"<title>{status} " in response.text
        assert len(server_of(app).state.orders) == 1  # type: ignore[attr-defined]
    response, _ = spoiled(broker, "status", status=500)
    assert response.status_code == 500 and is_failure(broker, response)


def test_truncated_non_json_and_deep_answers(broker: str) -> None:
    response, app = spoiled(broker, "truncated")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    assert response.content.startswith(b"[{" if broker == "gopocket" else b'{"serverTime"')
    assert len(server_of(app).state.orders) == 1  # type: ignore[attr-defined]

    response, _ = spoiled(broker, "non_json")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.text.lstrip().startswith("<!DOCTYPE html>")

    response, _ = spoiled(broker, "deep_nesting")
    assert response.status_code == 200 and response.content == b"[" * DEEP_NESTING


def test_drop_and_timeout_after_the_order_was_placed(broker: str) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        spoiled(broker, "drop")
    app = create_app(broker, config=NO_LIMITS)
    with httpx.Client(transport=SyncTransport(app), base_url="http://m", timeout=0.3) as client:
        headers = login(client, broker)
        server_of(app).faults.script(ORDER_ID, "timeout")
        with pytest.raises(httpx.ReadTimeout):
            client.post(ORDER_PATH[broker], json=valid_order(broker), headers=headers)
        assert len(server_of(app).state.orders) == 1  # type: ignore[attr-defined]
        [entry] = server_of(app).logged(ORDER_ID)
        assert (entry.fault, entry.handled, entry.status) == ("timeout", True, None)
        # A short hold answers late, with the real answer.
        server_of(app).faults.script(ORDER_ID, "timeout", seconds=0.05)
        late = client.post(ORDER_PATH[broker], json=valid_order(broker), headers=headers)
        assert late.status_code == 200 and server_of(app).logged(ORDER_ID)[-1].status == 200


def json_200_operations(broker: str) -> list[tuple[str, bytes]]:
    """(operationId, its 200 example as bytes) of every operation answering JSON."""
    doc = spec(broker)
    found = []
    for op in catalog(broker).operations:
        responses = doc["paths"][op.path][op.method.lower()]["responses"]
        media = deref(doc, responses["200"]).get("content", {}).get("application/json")
        if media is None:
            continue
        examples = [deref(doc, e).get("value") for e in (media.get("examples") or {}).values()]
        value = media.get("example", examples[0] if examples else None)
        found.append((op.operation_id, json.dumps(value).encode()))
    return found


def test_off_spec_answers_really_break_the_spec(broker: str) -> None:
    """For every JSON operation (order calls included), the off_spec body fails the 200
    schema, and keeps the real answer (wrapped or unwrapped) where the schema allows that."""
    server = server_of(create_app(broker, config=NO_LIMITS))
    check = validator(broker)
    operations = json_200_operations(broker)
    assert len(operations) > 20
    for operation_id, real in operations:
        op = catalog(broker).by_id(operation_id)
        media = check.response_media(op, 200)
        assert media is not None
        assert check.response_problems(media[1], json.loads(real)) == [], operation_id
        body = json.loads(server.off_spec_body(op, real))
        assert check.response_problems(media[1], body), operation_id
        if op.is_order:
            real_body = json.loads(real)
            kept = real_body[0] if isinstance(real_body, list) else [real_body]
            assert body == kept, operation_id


def test_off_spec_answer_of_a_real_order(broker: str) -> None:
    response, app = spoiled(broker, "off_spec")
    assert response.status_code == 200
    op = catalog(broker).by_id(ORDER_ID)
    media = validator(broker).response_media(op, 200)
    assert media is not None
    assert validator(broker).response_problems(media[1], response.json())
    number = next(iter(server_of(app).state.orders))  # type: ignore[attr-defined]
    assert number in response.text


# --------------------------------------------------------------------------- request log


def test_every_request_to_an_operation_is_logged(broker: str, tmp_path: Path) -> None:
    log_file = tmp_path / "requests.jsonl"
    config = MockConfig(rate_limit=False, request_log=str(log_file), request_log_size=50)
    app = create_app(broker, config=config)
    with httpx.Client(transport=SyncTransport(app), base_url="http://mock") as client:
        assert client.get(PROTECTED[broker]).status_code == 401
        headers = login(client, broker)
        assert client.get(PROTECTED[broker], headers=headers).status_code == 200
        method, path, bad, _ = BAD_REQUESTS[broker]
        assert client.request(method, path, json=bad, headers=headers).status_code == 400
        client.get("/no/such/path")  # not an operation: not logged
        server_of(app).faults.configure(FaultConfig(error_rate=1.0, error_status=503))
        assert client.get(PROTECTED[broker], headers=headers).status_code == 503
        server_of(app).faults.configure(FaultConfig())
        listed = client.get("/__mock__/requests").json()["requests"]
        book = catalog(broker).find("GET", PROTECTED[broker])
        assert book is not None
        only = client.get("/__mock__/requests", params={"operation": book.operation_id}).json()
    statuses = [(e["operation"], e["status"], e["fault"], e["handled"]) for e in listed]
    assert statuses[0] == (book.operation_id, 401, None, False)
    assert statuses[-3:] == [
        (book.operation_id, 200, None, True),
        (ORDER_ID, 400, None, False),
        (book.operation_id, 503, "error", False),
    ]
    assert [e["status"] for e in only["requests"]] == [401, 200, 503]
    assert all(e["method"] in ("GET", "POST") and e["path"].startswith("/") for e in listed)
    lines = [json.loads(line) for line in log_file.read_text().splitlines()]
    assert lines == listed
    assert set(lines[0]) == {"time", "operation", "method", "path", "status", "fault", "handled"}


def test_the_request_log_is_bounded_and_can_be_cleared(broker: str) -> None:
    app = create_app(broker, config=MockConfig(rate_limit=False, request_log_size=3))
    with httpx.Client(transport=SyncTransport(app), base_url="http://mock") as client:
        for _ in range(5):
            client.get(PROTECTED[broker])
        assert len(server_of(app).requests) == 3
        assert client.delete("/__mock__/requests").json() == {"requests": []}
        client.get(PROTECTED[broker])
        assert len(server_of(app).requests) == 1
        client.post("/__mock__/reset")
        assert len(server_of(app).requests) == 0


# --------------------------------------------------------------------------- in-process timeouts


def test_sync_transport_honours_the_read_timeout(app: Starlette, broker: str) -> None:
    server_of(app).faults.configure(FaultConfig(latency_ms=2000))
    with httpx.Client(transport=SyncTransport(app), base_url="http://m", timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout) as caught:
            client.get(PROTECTED[broker])
        assert caught.value.request.url.path == PROTECTED[broker]
        [entry] = server_of(app).requests  # delivered, abandoned during the latency
        assert (entry.status, entry.handled) == (None, False)
    with httpx.Client(transport=SyncTransport(app), base_url="http://m", timeout=None) as client:
        server_of(app).faults.configure(FaultConfig(latency_ms=300))
        assert client.get(PROTECTED[broker]).status_code == 401  # no timeout: waits


async def test_async_transport_honours_the_read_timeout(app: Starlette, broker: str) -> None:
    server_of(app).faults.script(catalog(broker).find("GET", PROTECTED[broker]).operation_id, "timeout")  # type: ignore[union-attr]  # fmt: skip
    async with httpx.AsyncClient(
        transport=AsyncTransport(app), base_url="http://m", timeout=httpx.Timeout(10, read=0.2)
    ) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(PROTECTED[broker])
        assert (await client.get(PROTECTED[broker])).status_code == 401  # the next one is fine


def test_every_script_kind_is_documented() -> None:
    import broker_overlays.mock.faults as faults

    for kind in SCRIPT_KINDS:
        assert f"``{kind}``" in (faults.__doc__ or "")
