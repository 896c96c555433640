"""Response validation modes (strict / warn / off) and the drift log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_overlays.drift import DRIFT_LOG_ENV, MODE_ENV, DriftLog, DriftRecord, default_mode
from broker_overlays.errors import MalformedResponseError, OrderStateUnknownError
from broker_overlays.transport import BrokerTransport
from samco_client import Client
from samco_client.api.orders import get_order_book, place_order
from samco_client.models import OrderBookResponse, PlaceOrderRequest
from samco_client.types import UNSET

ENTRY = {"orderNumber": "250101000000001", "tradingSymbol": "INFY-EQ", "orderStatus": "Open"}
ORDER = {
    "symbolName": "INFY",
    "exchange": "NSE",
    "transactionType": "BUY",
    "orderType": "L",
    "price": "1500",
    "quantity": "1",
    "orderValidity": "DAY",
    "productType": "CNC",
}


def client(body: Any, mode: str | None, log: DriftLog | None = None) -> Client:
    transport = BrokerTransport(
        "samco",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
        response_validation=mode,  # type: ignore[arg-type]  # None: the default
        drift_log=log,
    )
    generated = Client(base_url="https://tradeapi.samco.in")
    generated.set_httpx_client(httpx.Client(base_url=generated._base_url, transport=transport))
    return generated


def book(body: Any, mode: str | None, log: DriftLog | None = None) -> Any:
    return get_order_book.sync(client=client(body, mode, log))  # type: ignore[arg-type]


def records(path: Path) -> list[DriftRecord]:
    return [DriftRecord.from_json(line) for line in path.read_text().splitlines()]


def test_strict_raises_with_the_raw_body_and_still_records(tmp_path: Path) -> None:
    log = tmp_path / "drift.jsonl"
    body = {"status": "Success", "orderBookDetails": [{**ENTRY, "orderNumber": 250101}]}
    with pytest.raises(MalformedResponseError) as caught:
        book(body, "strict", DriftLog(log))
    assert "orderBookDetails/[]/orderNumber" in str(caught.value)
    assert "250101" in caught.value.raw_body
    (record,) = [r for r in records(log) if r.kind != "extra"]
    assert (record.operation, record.field, record.kind) == (
        "getOrderBook",
        "orderBookDetails/[]/orderNumber",
        "type",
    )
    assert record.example == "250101"
    assert record.schema == "#/components/schemas/OrderBookEntry"


def test_warn_returns_what_parses_and_records_it(tmp_path: Path) -> None:
    log = tmp_path / "drift.jsonl"
    body = {"status": "Success", "orderBookDetails": [{**ENTRY, "orderNumber": 250101}]}
    parsed = book(body, "warn", DriftLog(log))
    assert isinstance(parsed, OrderBookResponse)
    assert parsed.order_book_details[0].order_number == 250101  # as the broker sent it
    assert [r.kind for r in records(log)] == ["type"]


def test_warn_drops_a_value_the_parser_cannot_take(tmp_path: Path) -> None:
    """An object where a list was declared would crash the generated parser: it is left out
    (read as unset) and recorded, and the rest of the answer is returned."""
    log = tmp_path / "drift.jsonl"
    body = {"status": "Success", "statusMessage": "ok", "orderBookDetails": {"x": 1}}
    parsed = book(body, "warn", DriftLog(log))
    assert isinstance(parsed, OrderBookResponse)
    assert parsed.order_book_details is UNSET
    assert parsed.status_message == "ok"
    assert {(r.field, r.kind) for r in records(log)} == {("orderBookDetails", "type")}


def test_warn_raises_typed_when_even_the_repair_cannot_parse(tmp_path: Path) -> None:
    body = {"status": "Success", "orderBookDetails": [7]}  # an item that is no order at all
    with pytest.raises(MalformedResponseError, match="beyond what the client can parse"):
        book(body, "warn", DriftLog(tmp_path / "d.jsonl"))


def test_off_checks_nothing(tmp_path: Path) -> None:
    log = tmp_path / "drift.jsonl"
    body = {"status": "Success", "orderBookDetails": [{**ENTRY, "orderNumber": 250101}]}
    assert isinstance(book(body, "off", DriftLog(log)), OrderBookResponse)
    assert not log.exists()


def test_order_calls_stay_strict_in_warn_mode(tmp_path: Path) -> None:
    generated = client({"status": "Success", "orderNumber": 12}, "warn", DriftLog())
    with pytest.raises(OrderStateUnknownError) as caught:
        place_order.sync(client=generated, body=PlaceOrderRequest.from_dict(ORDER))  # type: ignore[arg-type]
    assert caught.value.reason == "malformed"


def test_extra_fields_are_recorded_only_with_a_log_and_never_raise(tmp_path: Path) -> None:
    body = {"status": "Success", "orderBookDetails": [{**ENTRY, "brandNewField": "x"}]}
    assert isinstance(book(body, "strict", DriftLog(None)), OrderBookResponse)
    log = tmp_path / "drift.jsonl"
    assert isinstance(book(body, "strict", DriftLog(log)), OrderBookResponse)
    (record,) = records(log)
    assert (record.field, record.kind) == ("orderBookDetails/[]/brandNewField", "extra")


def test_one_log_line_per_operation_field_and_kind(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log = DriftLog(tmp_path / "drift.jsonl")
    body = {"status": "Success", "orderBookDetails": [{**ENTRY, "orderNumber": 1}]}
    with caplog.at_level(logging.WARNING, logger="broker_overlays.drift"):
        for _ in range(3):
            book(body, "warn", log)
    assert len([r for r in caplog.records if "orderNumber" in r.getMessage()]) == 1
    assert len(records(tmp_path / "drift.jsonl")) == 3  # every occurrence is kept in the file


def test_defaults_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_mode() == "strict"  # under pytest
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert default_mode() == "warn"
    monkeypatch.setenv(MODE_ENV, "off")
    assert default_mode() == "off"
    monkeypatch.setenv(DRIFT_LOG_ENV, str(tmp_path / "env.jsonl"))
    assert DriftLog().path == tmp_path / "env.jsonl"
    assert DriftLog(tmp_path / "explicit.jsonl").path == tmp_path / "explicit.jsonl"
