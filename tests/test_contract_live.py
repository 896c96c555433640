"""``broker-toolkit contract-live``: a read-only conformance run, here against the mock brokers
over real localhost HTTP, with and without the mock's drift mode, for both brokers."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_overlays import contract_live, gopocket, samco
from broker_overlays.auth import gopocket_sso
from broker_overlays.drift_report import aggregate, read_records
from broker_overlays.mock import MockConfig, create_app, server_of
from broker_overlays.mock.background import BackgroundServer
from broker_overlays.mock.drift import KINDS, is_read
from broker_overlays.spec_catalog import catalog

BROKERS = ("samco", "gopocket")

# The instruments the Samco spec's request examples name (contracts of 2024, an index the
# default universe lacks), so that every example is answered instead of refused.
SAMCO_SYMBOLS = """\
exchange,token,symbol,seed_price,trading_symbol,name,type,lot_size,tick_size,underlying,expiry,strike,option_type
NSE,1333,HDFCBANK,1650.00,,HDFC BANK LTD,EQ,1,0.05,,,,
NFO,60001,HDFCBANK,,HDFCBANK24OCT1510CE,,OPTSTK,550,0.05,HDFCBANK,2024-10-31,1510,CE
NSE,26013,NIFTY NEXT 50,70000.00,,,INDEX,1,0.01,NIFTYNXT50,,,
NFO,60002,NIFTY,,NIFTY06JUN2423200PE,,OPTIDX,25,0.05,NIFTY,2024-06-06,23200,PE
BSE,12,BANKEX,56000.00,,,INDEX,1,0.01,BANKEX,,,
BFO,60003,BANKEX,,BANKEX2450656000CE,,OPTIDX,15,0.05,BANKEX,2024-05-06,56000,CE
NFO,60004,NIFTY,,NIFTY24OCT25500PE,,OPTIDX,25,0.05,NIFTY,2024-10-03,25500,PE
NFO,60005,NIFTY,24900.00,NIFTY24OCTFUT,,FUTIDX,25,0.05,NIFTY,2024-10-03,,
"""

LOGIN = {
    # The one call that is not a safe read: the login the run's session needs.
    "samco": "generateSessionToken",  # POST /session/token (samco.from_env, lazily)
    "gopocket": gopocket_sso.login_operation(gopocket_sso.DEFAULT_LOGIN_PATH),  # SSO exchange
}
LINKED = {
    # Reads whose arguments come from the user's own data (an order, a basket, the user id).
    "samco": ("getOrderStatus", "getTriggerOrders", "listBasketOrder", "calculateBasketSpan"),
    "gopocket": ("getOrderHistory", "getOrderHistoryV1"),
}


@dataclass
class LiveRun:
    broker: str
    code: int
    out: str
    log: Path
    drift: dict[str, Any]
    requests: list[dict[str, Any]]

    def lines(self, outcome: str) -> dict[str, str]:
        """operation -> detail of the result lines with ``outcome``."""
        found = {}
        for line in self.out.splitlines():
            match = re.match(rf"{outcome} +(\S+) *(.*)$", line)
            if match:
                found[match.group(1)] = match.group(2)
        return found


def _browser_callback(url: str, app_code: str) -> str:
    """The URL Gopocket's login page redirects to (a fresh single-use authCode)."""
    login = httpx.URL(gopocket.login_url(app_code))
    page = httpx.URL(url).copy_with(path=login.path, query=login.query)
    with httpx.Client() as browser:
        return browser.get(page).headers["location"]


def _seed(broker: str, url: str, creds: dict[str, str]) -> None:
    """The user's own data the linked reads need: one open order (and a Samco basket),
    placed through a separate session before the run."""
    if broker == "samco":
        with samco.connect(creds["api key"], creds["api secret"], base_url=url) as session:
            client = session.get_httpx_client()
            order = {"symbolName": "SBIN", "exchange": "NSE", "transactionType": "BUY",
                     "orderType": "L", "quantity": "1", "price": "590", "orderValidity": "DAY",
                     "productType": "CNC"}  # fmt: skip
            client.post("/order/placeOrder", json=order)
            client.post("/basket/createBasket", json={"basketName": "contract-live"})
        return
    callback = _browser_callback(url, creds["app code"])
    with gopocket.connect_callback(callback, creds["api secret"], base_url=url) as session:
        order = {"exchange": "NSE", "tradingSymbol": "SBIN-EQ", "qty": "1", "price": "590",
                 "product": "MIS", "transType": "B", "priceType": "L", "orderType": "Regular",
                 "ret": "DAY"}  # fmt: skip
        session.get_httpx_client().post("/od-rest/orders/execute", json=[order])


def live_run(broker: str, drift: bool, folder: Path, *extra: str, secret: str = "") -> LiveRun:
    symbols = None
    if broker == "samco":
        symbols = folder / "symbols.csv"
        symbols.write_text(SAMCO_SYMBOLS, "utf-8")
    app = create_app(broker, config=MockConfig(strict=True, drift=drift, symbols=symbols))
    creds = server_of(app).state.credentials()
    log = folder / f"drift-{broker}-{int(drift)}.jsonl"
    out = io.StringIO()
    with BackgroundServer(app) as url, pytest.MonkeyPatch.context() as env:
        for name in ("SAMCO_TOKEN_FILE", "SAMCO_BASE_URL", "GOPOCKET_SESSION",
                     "GOPOCKET_TOKEN_FILE", "GOPOCKET_BASE_URL", "BROKER_DRIFT_LOG",
                     "BROKER_RESPONSE_VALIDATION"):  # fmt: skip
            env.delenv(name, raising=False)
        _seed(broker, url, creds)
        if broker == "samco":
            env.setenv("SAMCO_API_KEY", creds["api key"])
            env.setenv("SAMCO_API_SECRET", secret or creds["api secret"])
        else:
            env.setenv("GOPOCKET_CALLBACK_URL", _browser_callback(url, creds["app code"]))
            env.setenv("GOPOCKET_API_SECRET", secret or creds["api secret"])
        with httpx.Client(base_url=url) as control:
            control.delete("/__mock__/requests")  # the run alone is inspected
            control.delete("/__mock__/drift")
            argv = [broker, "--base-url", url, "--drift-log", str(log), "--timeout", "10", *extra]
            with redirect_stdout(out):
                code = contract_live.main(argv)
            applied = control.get("/__mock__/drift").json()
            requests = control.get("/__mock__/requests").json()["requests"]
    return LiveRun(broker, code, out.getvalue(), log, applied, requests)


@pytest.fixture(scope="module", params=BROKERS)
def drifted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> LiveRun:
    return live_run(request.param, True, tmp_path_factory.mktemp("drifted"))


@pytest.fixture(scope="module", params=BROKERS)
def clean(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> LiveRun:
    return live_run(request.param, False, tmp_path_factory.mktemp("clean"))


def _only_safe_reads_and_the_login(run: LiveRun) -> None:
    spec = catalog(run.broker)
    operations = [entry["operation"] for entry in run.requests]
    assert operations, "the run made no calls"
    not_reads = [op for op in operations if not is_read(spec.by_id(op))]
    assert not_reads == [LOGIN[run.broker]], not_reads


# -- drift mode --------------------------------------------------------------------------------


def test_the_report_names_every_perturbation_the_mock_applied(drifted: LiveRun) -> None:
    assert drifted.code == 1
    applied = drifted.drift["applied"]
    assert drifted.drift["enabled"] and applied
    records, skipped = read_records([drifted.log])
    found = {(f.operation, f.field, f.kind) for f in aggregate(records)}
    assert skipped == 0
    for perturbation in applied:
        operation = perturbation["operation"]
        section = drifted.out[drifted.out.index(f"\n### {operation}\n") :]
        section = section[: section.find("\n### ", 1)]
        for expected in perturbation["expected"]:
            key = (operation, expected["field"], expected["kind"])
            assert key in found, (perturbation, sorted(found))
            assert f"| `{expected['field']}` | {expected['kind']} |" in section, perturbation
        assert operation in drifted.lines("drift") or operation in drifted.lines("ok")
    # each kind was applied somewhere, or the spec gives it no detectable target at all
    kinds = {p["kind"] for p in applied}
    assert kinds | set(drifted.drift["undetectable"]) == set(KINDS), drifted.drift
    assert {"retype", "nest"} <= kinds


def test_the_request_log_names_each_perturbation(drifted: LiveRun) -> None:
    described = {e["operation"]: e["drift"] for e in drifted.requests if e.get("drift")}
    applied = {p["operation"]: p for p in drifted.drift["applied"]}
    assert set(described) == set(applied)
    for operation, text in described.items():
        assert text.startswith(f"{applied[operation]['kind']} {applied[operation]['field']}: ")


def test_a_drifted_run_calls_only_safe_reads(drifted: LiveRun) -> None:
    _only_safe_reads_and_the_login(drifted)
    assert "## Spec edits" in drifted.out and "```yaml" in drifted.out


# -- without drift -----------------------------------------------------------------------------


def test_without_drift_the_run_is_clean(clean: LiveRun) -> None:
    assert clean.code == 0, clean.out
    assert not clean.lines("drift") and not clean.lines("error"), clean.out
    spec = catalog(clean.broker)
    ok, skipped = clean.lines("ok"), clean.lines("skipped")
    for op in spec.operations:
        if contract_live.safe_read(spec, op) is None:
            assert op.operation_id in ok, (op.operation_id, clean.out)
        else:
            assert skipped[op.operation_id]  # named, with the reason
    for name in LINKED[clean.broker]:  # filled from the user's own order/basket/profile
        assert name in ok


def test_a_clean_run_calls_only_safe_reads(clean: LiveRun) -> None:
    _only_safe_reads_and_the_login(clean)


# -- planning and the command line -------------------------------------------------------------


@pytest.mark.parametrize("broker", BROKERS)
def test_the_plan_calls_safe_reads_only_and_linked_ones_last(broker: str) -> None:
    spec = catalog(broker)
    calls, skipped = contract_live.plan(spec)
    planned = [op for op, _ in calls]
    assert all(op.idempotent and not op.is_order for op in planned)
    assert {r.operation for r in skipped} | {op.operation_id for op in planned} == {
        op.operation_id for op in spec.operations
    }
    needs = [bool(call.needs) for _, call in calls]
    assert needs == sorted(needs)  # those needing the user's data come last
    reasons = {r.operation: r.detail for r in skipped}
    assert reasons[LOGIN[broker]].startswith("session call")
    order = next(op for op in spec.operations if op.order_action == "place")
    assert reasons[order.operation_id] == "order operation (x-order-operation: place)"


def test_only_and_skip_select_operations(tmp_path: Path) -> None:
    spec = catalog("samco")
    calls, skipped = contract_live.plan(spec, only=["getQuote", "placeOrder", "getLimits"],
                                        skip=["getLimits"])  # fmt: skip
    assert [op.operation_id for op, _ in calls] == ["getQuote"]
    assert {r.operation: r.detail for r in skipped} == {
        "getLimits": "--skip",
        "placeOrder": "order operation (x-order-operation: place)",
    }


def test_usage_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        contract_live.main(["samco", "--only", "noSuchOperation"])
    assert caught.value.code == 2
    monkeypatch.delenv("SAMCO_API_KEY", raising=False)
    log = str(tmp_path / "log.jsonl")
    assert (
        contract_live.main(["samco", "--base-url", "http://127.0.0.1:9", "--drift-log", log]) == 2
    )
    assert "SAMCO_API_KEY" in capsys.readouterr().err


def test_a_refused_login_stops_the_run(tmp_path: Path) -> None:
    run = live_run("samco", False, tmp_path, "--only", "getQuote,getLimits", secret="wrong")
    assert run.code == 1
    errors = run.lines("error")
    assert len(errors) == 1 and "aborted" in next(iter(errors.values()))
    assert "not called: login failed" in run.out
    assert [e["operation"] for e in run.requests] == [LOGIN["samco"]]


@pytest.fixture(autouse=True)
def _quiet_drift_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level("ERROR", logger="broker_overlays.drift")
    yield


# -- the mock's drift mode ---------------------------------------------------------------------


def _quote_body() -> tuple[Any, Any]:
    """(operation, a conforming getQuote answer) from the Samco spec's example."""
    spec = catalog("samco")
    op = spec.by_id("getQuote")
    response = spec.resolve(spec.spec_operation(op)["responses"]["200"])
    media = response["content"]["application/json"]
    example = next(iter(media["examples"].values()))
    return op, spec.resolve(example)["value"]


def test_drift_is_deterministic_per_seed_and_leaves_the_input_alone() -> None:
    from broker_overlays.mock.drift import Drifter

    op, body = _quote_body()
    original = repr(body)
    first, one = Drifter("samco", seed=3).perturb(op, 200, body)
    second, two = Drifter("samco", seed=3).perturb(op, 200, body)
    assert one is not None and one == two and first == second and first != body
    assert repr(body) == original
    seeds = {Drifter("samco", seed=s).perturb(op, 200, body)[1] for s in range(8)}
    assert len(seeds) > 1  # the seed changes the choice


def test_drift_spares_orders_failures_and_non_2xx() -> None:
    from broker_overlays.mock.drift import Drifter

    spec = catalog("samco")
    drifter = Drifter("samco")
    op, body = _quote_body()
    place = spec.by_id("placeOrder")
    failure = {"status": "Failure", "statusMessage": "no"}
    assert drifter.perturb(place, 200, {"status": "Success", "orderNumber": "1"})[1] is None
    assert drifter.perturb(op, 200, failure) == (failure, None)
    assert drifter.perturb(op, 400, body)[1] is None
    assert Drifter("samco", enabled=False).perturb(op, 200, body)[1] is None


def test_the_drift_endpoint_switches_and_reports() -> None:
    from broker_overlays.mock import in_process

    app = create_app("samco", config=MockConfig(drift=True, drift_seed=5))
    transport, _ = in_process(app)
    with httpx.Client(transport=transport, base_url="http://mock") as control:
        assert control.get("/__mock__/drift").json() == {
            "enabled": True, "seed": 5, "applied": [], "operationsSeen": 0, "undetectable": []
        }  # fmt: skip
        assert (
            control.post("/__mock__/drift", json={"enabled": False, "seed": 2}).json()["seed"] == 2
        )
        assert not server_of(app).drift.enabled
        for bad in ({"enabled": "yes"}, {"seed": 1.5}, {"rate": 1}, [1]):
            answer = control.post("/__mock__/drift", json=bad)
            assert answer.status_code == 400 and "Invalid drift settings" in answer.text
    transport.close()
