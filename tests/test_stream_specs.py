"""The stream documents (specs/streams/*.asyncapi.yaml) and the message classes generated from
them (generated/samco_stream, generated/gopocket_stream).

- Each document is valid against the AsyncAPI 3.0.0 JSON Schema of ``@asyncapi/specs``
  (pinned in docs/package.json; installed into docs/node_modules by ``scripts/docs --install``,
  which this module runs when the schema is missing). Skipped when node or npm is missing,
  unless ``BROKER_TEST_REQUIRE_DOCS=1`` (CI), where that is a failure.
- Every message example validates against its payload schema, our ``x-`` extensions have
  their documented shape (tests/streamlint.py), and a broken document fails both checks.
- The generated classes exist under the agreed names and round-trip every example; real
  frames quoted by the field reports and the reference parse.
"""

from __future__ import annotations

import copy
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from broker_overlays.spec_catalog import BROKER_PACKAGES

import codegen
from conftest import ROOT, spec
from streamlint import dispatch, lint, message_directions

STREAMS = codegen.streams()
PACKAGES = {"samco": "samco_stream", "gopocket": "gopocket_stream"}
REQUIRED_SCHEMAS = {
    "samco": {
        "StreamRequest",
        "StreamRequestBody",
        "StreamRequestData",
        "StreamSymbol",
        "QuoteTick",
        "QuoteEnvelope",
        "QuoteEnvelopeResponse",
        "DepthEnvelope",
        "DepthResponse",
        "DepthData",
        "DepthLevel",
    },
    "gopocket": {
        "ConnectRequest",
        "ConnectAck",
        "ConnectAckAlt",
        "SubscribeRequest",
        "UnsubscribeRequest",
        "OrderFeedRequest",
        "OrderFeedAck",
        "Heartbeat",
        "HeartbeatAck",
        "TouchlineSnapshot",
        "TouchlineUpdate",
        "DepthSnapshot",
        "DepthUpdate",
        "OrderUpdate",
    },
}

# Frames as quoted by shared/reference (samco.md section 12, gopocket.md section 10.2) and the
# field reports (FR:A1.9, FR:B1.4-B1.8, FR:B2.1-B2.2); `...` values of the quotes filled in.
SAMCO_FRAMES: list[tuple[str, str, str]] = [
    (
        "FR:A1.9 flat quote",
        '{"sym":"2885_NSE","ltp":"1,282.40","streaming_type":"quote"}',
        "QuoteTick",
    ),
    (
        "samco.md 12 quote (PY311)",
        '{"response":{"data":{"aPr":"0.00","aSz":"0","avgPr":"0.00","bPr":"0.00","bSz":"0",'
        '"c":"29.65","ch":"0.38","chPer":"1.28","h":"30.28","l":"27.24",'
        '"lTrdT":"09 Jun 2020, 02:11:58 PM","ltp":"30.03","ltq":"0",'
        '"ltt":"09 Jun 2020, 02:11:58 PM","lttUTC":"09 Jun 2020, 08:41:58 AM","o":"29.65",'
        '"oI":"","oIChg":"","sym":"-53","tBQ":"0","tSQ":"0","ttv":"0.00","vol":"0",'
        '"yH":"0.00","yL":"0.00"},"streaming_type":"quote"}}',
        "QuoteEnvelope",
    ),
    (
        "samco.md 12 quote2 (PY)",
        '{"response":{"data":{"askValues":[{"no":"5","price":"89.20","qty":"4034"}],'
        '"bidValues":[{"no":"10","price":"89.15","qty":"4779"}],"symbol":"10753_NSE",'
        '"taq":"5471990","tbq":"1778050"},"streaming_type":"quote2"}}',
        "DepthEnvelope",
    ),
]
SAMCO_CLIENT_FRAMES = [
    '{"request":{"streaming_type":"quote","data":{"symbols":[{"symbol":"3045_NSE"}]},'
    '"request_type":"subscribe","response_format":"json"}}',
]
GOPOCKET_FRAMES: list[tuple[str, str, str]] = [
    ("FR:B1.4 ck", '{"t":"ck","s":"OK"}', "ConnectAck"),
    ("FR:B1.4 cf [AB]", '{"t":"cf","k":"OK"}', "ConnectAckAlt"),
    (
        "FR:B1.6 tk (SKY-APP keys)",
        '{"t":"tk","e":"NSE","tk":"26000","lp":"24812.35","pc":"0.42"}',
        "TouchlineSnapshot",
    ),
    (
        "FR:B1.6 tf partial",
        '{"t":"tf","e":"NSE","tk":"26000","lp":"24815.10"}',
        "TouchlineUpdate",
    ),
    ("FR:B1.8 hk", '{"t":"hk","ft":"1768468190"}', "HeartbeatAck"),
    ("FR:B2.1 ok", '{"t":"ok"}', "OrderFeedAck"),
    (
        "FR:B2.2 om (SKY-TEST)",
        '{"t":"om","norenordno":"26011500000081","trantype":"B","tsym":"EICHERMOT-EQ",'
        '"status":"PENDING","st_intrn":"ORDER ACK","reporttype":"NewAck","pcode":"I",'
        '"norentm":"14:39:38 15-01-2026","tm":"1768468178","kidid":"1","ntm":"x"}',
        "OrderUpdate",
    ),
]
GOPOCKET_CLIENT_FRAMES: list[tuple[str, str]] = [
    ('{"t":"t","k":"NSE|26000#BSE|1"}', "SubscribeRequest"),
    ('{"k":"NSE|22#BSE|500325","t":"t"}', "SubscribeRequest"),
    ('{"t":"u","k":"NSE|26000"}', "UnsubscribeRequest"),
    ('{"k":"","t":"h"}', "Heartbeat"),
    ('{"t":"o","actid":"GP1234"}', "OrderFeedRequest"),
    (
        '{"susertoken":"e7d852c05917a104da293c33486ef8c4ace5cac1c929e9ac14efd38af913a268",'
        '"t":"c","actid":"USERID_API","uid":"USERID_API","source":"API"}',
        "ConnectRequest",
    ),
]


@pytest.fixture(params=STREAMS)
def stream(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def doc_of(stream: str) -> dict[str, Any]:
    return codegen.bundle_stream(stream)


@pytest.fixture(scope="module")
def asyncapi_schema() -> dict[str, Any]:
    """The AsyncAPI 3.0.0 JSON Schema from docs/node_modules (installed if missing)."""
    path = codegen.asyncapi_schema_file()
    if not path.is_file():
        missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
        if missing:
            message = f"{', '.join(missing)} not found: the AsyncAPI schema comes from npm"
            if os.environ.get("BROKER_TEST_REQUIRE_DOCS") == "1":
                pytest.fail(message + " and BROKER_TEST_REQUIRE_DOCS=1")
            pytest.skip(message)
        result = subprocess.run(
            [str(ROOT / "scripts" / "docs"), "--install"],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert path.is_file(), f"{path} missing after scripts/docs --install"
    return dict(json.loads(path.read_text("utf-8")))


def _model(stream: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{PACKAGES[stream]}.models"), name)


def _validator(doc: dict[str, Any], name: str) -> Draft7Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
    return Draft7Validator(schema)


# -- the documents ----------------------------------------------------------------------------


def test_documents_are_valid_asyncapi(stream: str, asyncapi_schema: dict[str, Any]) -> None:
    assert codegen.stream_problems(doc_of(stream), asyncapi_schema) == []


def test_the_python_jsonschema_agrees(stream: str, asyncapi_schema: dict[str, Any]) -> None:
    errors = list(Draft7Validator(asyncapi_schema).iter_errors(doc_of(stream)))
    assert [e.message for e in errors] == []


@pytest.mark.parametrize(
    ("label", "edit"),
    [
        ("operation action", lambda d: d["operations"]["subscribe"].update(action="publish")),
        ("no info", lambda d: d.pop("info")),
        ("asyncapi 2", lambda d: d.update(asyncapi="2.6.0")),
        ("server without host", lambda d: next(iter(d["servers"].values())).pop("host")),
        ("unknown message field", lambda d: d["components"]["messages"]["QuoteTick"].update(x=1)),
        (
            "ws binding method",
            lambda d: next(iter(d["channels"].values()))["bindings"]["ws"].update(method="PUT"),
        ),
    ],
)
def test_a_broken_document_fails_the_asyncapi_schema(
    asyncapi_schema: dict[str, Any], label: str, edit: Any
) -> None:
    doc = copy.deepcopy(doc_of("samco"))
    edit(doc)
    assert codegen.stream_problems(doc, asyncapi_schema), label


def test_an_example_off_its_payload_fails() -> None:
    doc = copy.deepcopy(doc_of("gopocket"))
    example = doc["components"]["messages"]["TouchlineUpdate"]["examples"][0]["payload"]
    example["lp"] = 24815.1  # a number: the Noren wire only has strings
    problems = codegen.stream_problems(doc, None)
    assert any("TouchlineUpdate example 'ltp-change' at /lp" in p for p in problems), problems
    doc["components"]["messages"]["Heartbeat"]["examples"][0]["payload"]["k"] = "x"
    assert any("message Heartbeat" in p for p in codegen.stream_problems(doc, None))


def test_validate_fails_on_a_dangling_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "streams").mkdir()
    text = (ROOT / "specs" / "streams" / "samco.asyncapi.yaml").read_text("utf-8")
    broken = text.replace("#/components/schemas/DepthLevel", "#/components/schemas/NoSuchLevel")
    assert broken != text
    (tmp_path / "streams" / "samco.asyncapi.yaml").write_text(broken, "utf-8")
    monkeypatch.setattr(codegen, "SPECS", tmp_path)
    monkeypatch.setattr(codegen, "ROOT", tmp_path.parent)
    assert codegen.main(["--validate", "--stream", "samco"]) == 2
    assert "NoSuchLevel" in capsys.readouterr().err


def test_every_message_example_validates_against_its_payload(stream: str) -> None:
    doc = doc_of(stream)
    count = 0
    for name, message in doc["components"]["messages"].items():
        validator = _validator(doc, name)
        for example in message["examples"]:
            count += 1
            assert list(validator.iter_errors(example["payload"])) == [], (name, example["name"])
    assert count >= len(doc["components"]["messages"])


def test_the_agreed_schema_names_exist(stream: str) -> None:
    schemas = set(doc_of(stream)["components"]["schemas"])
    assert REQUIRED_SCHEMAS[stream] <= schemas, REQUIRED_SCHEMAS[stream] - schemas


def test_server_messages_are_open_and_values_are_strings(stream: str) -> None:
    """Feeds add fields: server messages accept unknown keys; every leaf value is a string."""
    doc = doc_of(stream)
    _, server = message_directions(doc)
    for name in server:
        schema = doc["components"]["schemas"][name]
        assert schema.get("additionalProperties", True) is not False, name
    for message in doc["components"]["messages"].values():
        for example in message["examples"]:
            assert all(isinstance(v, str) for v in _leaves(example["payload"])), example["name"]


def _leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in _leaves(value)]
    if isinstance(node, list):
        return [leaf for value in node for leaf in _leaves(value)]
    return [node]


# -- our extensions ---------------------------------------------------------------------------


def test_the_extensions_are_clean(stream: str) -> None:
    assert lint(doc_of(stream), spec(stream)) == []


def _samco() -> dict[str, Any]:
    return copy.deepcopy(doc_of("samco"))


def _gopocket() -> dict[str, Any]:
    return copy.deepcopy(doc_of("gopocket"))


def test_the_lint_catches_broken_extensions() -> None:
    doc = _samco()
    del doc["x-heartbeat"]
    doc["x-foo"] = {}
    problems = lint(doc, spec("samco"))
    assert "root: x-heartbeat missing" in problems
    assert "root: unknown extension x-foo" in problems

    doc = _samco()
    doc["x-heartbeat"]["intervalSeconds"] = "30"
    doc["x-reconnect"]["backoff"]["maxAttempts"] = 0
    del doc["x-depth-levels"]["x-source"]
    problems = lint(doc, spec("samco"))
    assert any(p.startswith("root: x-heartbeat/intervalSeconds") for p in problems), problems
    assert any(p.startswith("root: x-reconnect/backoff") for p in problems), problems
    assert any("x-depth-levels/: 'x-source' is a required property" in p for p in problems)

    doc = _samco()
    doc["x-order-stream"]["pollOperations"] = ["getOrderBok"]
    doc["x-dispatch"]["rules"][0]["message"] = "QuoteEnvelop"
    doc["x-dispatch"]["rules"].pop()  # the flat quote rule
    doc["x-symbol-key"]["examples"].append("2885-NSE")
    problems = lint(doc, spec("samco"))
    assert "x-order-stream.pollOperations: no REST operation 'getOrderBok'" in problems
    assert "x-dispatch: no message 'QuoteEnvelop'" in problems
    assert "x-dispatch: no rule for server message 'QuoteTick'" in problems
    assert "x-symbol-key: example '2885-NSE' does not match the pattern" in problems


def test_the_lint_checks_directions_tokens_and_sources() -> None:
    doc = _gopocket()
    doc["x-heartbeat"]["message"] = "HeartbeatAck"  # a server message
    variant = doc["x-token-derivation"]["variants"][-1]
    variant["example"]["susertoken"] = variant["example"]["susertoken"][::-1]
    doc["x-auth"]["ack"][0]["field"] = "status"
    doc["operations"]["connect"]["x-source"] = []
    del doc["components"]["schemas"]["OrderUpdate"]["description"]
    problems = lint(doc, spec("gopocket"))
    assert "x-heartbeat.message: 'HeartbeatAck' has the wrong direction" in problems
    assert "x-token-derivation.alice-blue-sha256-hex: example does not follow sha256-sha256-hex" in problems  # fmt: skip
    assert "x-auth.ack: 'status' is no field of ConnectAck" in problems
    assert "operations.connect: x-source (list of sources) missing" in problems
    assert "components.schemas.OrderUpdate: no description" in problems


def test_dispatch_sends_each_example_to_its_own_message(stream: str) -> None:
    doc = doc_of(stream)
    _, server = message_directions(doc)
    for name in server:
        for example in doc["components"]["messages"][name]["examples"]:
            assert dispatch(doc, example["payload"]) == name
    assert dispatch(doc, {"t": "zz"} if stream == "gopocket" else {"streaming_type": "x"}) is None


# -- the generated packages -------------------------------------------------------------------


def test_streams_are_not_rest_brokers() -> None:
    assert set(STREAMS) == set(PACKAGES)
    assert set(PACKAGES.values()).isdisjoint(BROKER_PACKAGES.values())
    assert set(codegen.brokers()) == set(BROKER_PACKAGES)


def test_the_packages_ship_their_document_and_only_messages(stream: str) -> None:
    package = importlib.import_module(PACKAGES[stream])
    folder = Path(str(package.__file__)).parent
    assert json.loads((folder / "asyncapi.json").read_text("utf-8")) == doc_of(stream)
    assert (folder / "py.typed").is_file()
    assert not (folder / "client.py").exists() and not (folder / "api").exists()
    models = importlib.import_module(f"{PACKAGES[stream]}.models")
    assert set(doc_of(stream)["components"]["messages"]) <= set(models.__all__)
    assert REQUIRED_SCHEMAS[stream] <= set(models.__all__)


def test_every_example_round_trips_through_its_class(stream: str) -> None:
    doc = doc_of(stream)
    for name, message in doc["components"]["messages"].items():
        cls = _model(stream, name)
        for example in message["examples"]:
            parsed = cls.from_dict(example["payload"])
            assert parsed.to_dict() == example["payload"], (name, example["name"])


def test_unknown_fields_are_kept() -> None:
    tick = _model("samco", "QuoteTick").from_dict(
        {"sym": "2885_NSE", "ltp": "1", "streaming_type": "quote", "newField": "x"}
    )
    assert tick.additional_properties == {"newField": "x"}
    update = _model("gopocket", "TouchlineUpdate").from_dict({"t": "tf", "e": "NSE", "xx": "1"})
    assert update.to_dict() == {"t": "tf", "e": "NSE", "xx": "1"}


def test_real_samco_frames_validate_and_parse() -> None:
    doc = doc_of("samco")
    for label, text, expected in SAMCO_FRAMES:
        frame = json.loads(text)
        assert dispatch(doc, frame) == expected, label
        assert list(_validator(doc, expected).iter_errors(frame)) == [], label
        parsed = _model("samco", expected).from_dict(frame)
        assert parsed.to_dict() == frame, label
    flat = _model("samco", "QuoteTick").from_dict(json.loads(SAMCO_FRAMES[0][1]))
    assert (flat.sym, flat.ltp, flat.streaming_type) == ("2885_NSE", "1,282.40", "quote")
    depth = _model("samco", "DepthEnvelope").from_dict(json.loads(SAMCO_FRAMES[2][1]))
    assert depth.response.data.symbol == "10753_NSE"
    assert [(b.no, b.price, b.qty) for b in depth.response.data.bid_values] == [
        ("10", "89.15", "4779")
    ]
    wrapped = _model("samco", "QuoteEnvelope").from_dict(json.loads(SAMCO_FRAMES[1][1]))
    assert (wrapped.response.data.sym, wrapped.response.data.o_i) == ("-53", "")
    for text in SAMCO_CLIENT_FRAMES:
        frame = json.loads(text)
        assert list(_validator(doc, "StreamRequest").iter_errors(frame)) == []
        request = _model("samco", "StreamRequest").from_dict(frame)
        assert request.request.data.symbols[0].symbol == "3045_NSE"
        assert request.to_dict() == frame


def test_real_noren_frames_validate_and_parse() -> None:
    doc = doc_of("gopocket")
    for label, text, expected in GOPOCKET_FRAMES:
        frame = json.loads(text)
        assert dispatch(doc, frame) == expected, label
        assert list(_validator(doc, expected).iter_errors(frame)) == [], label
        assert _model("gopocket", expected).from_dict(frame).to_dict() == frame, label
    om = _model("gopocket", "OrderUpdate").from_dict(json.loads(GOPOCKET_FRAMES[-1][1]))
    assert (om.norenordno, om.status, om.st_intrn, om.pcode) == (
        "26011500000081",
        "PENDING",
        "ORDER ACK",
        "I",
    )
    for text, expected in GOPOCKET_CLIENT_FRAMES:
        frame = json.loads(text)
        assert list(_validator(doc, expected).iter_errors(frame)) == [], text
        assert _model("gopocket", expected).from_dict(frame).to_dict() == frame


def test_client_frames_are_strict() -> None:
    doc = doc_of("gopocket")
    assert list(_validator(doc, "SubscribeRequest").iter_errors({"t": "t", "k": "26000"}))
    assert list(_validator(doc, "Heartbeat").iter_errors({"t": "h", "k": "", "x": "1"}))
    samco = doc_of("samco")
    frame = json.loads(SAMCO_CLIENT_FRAMES[0])
    frame["request"]["request_type"] = "add"
    assert list(_validator(samco, "StreamRequest").iter_errors(frame))
    with pytest.raises((TypeError, ValueError)):
        _model("gopocket", "Heartbeat").from_dict({"t": "x", "k": ""})


def test_check_covers_the_stream_packages(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache")
    for folder in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=ignore)
    source = repo / "specs" / "streams" / "samco.asyncapi.yaml"
    text = source.read_text("utf-8")
    edited = text.replace('"Best bid size."', '"Best bid size, edited."')
    assert edited != text
    source.write_text(edited, "utf-8")
    (repo / "generated" / "gopocket_stream" / "models" / "heartbeat.py").unlink()
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "codegen.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=repo,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    for name in (
        "generated/samco_stream/models/quote_data.py",
        "generated/samco_stream/asyncapi.json",
        "generated/gopocket_stream/models/heartbeat.py",
    ):
        assert name in result.stderr, result.stderr
    assert "generated/samco_client" not in result.stderr
