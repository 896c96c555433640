"""What the checked-in templates (scripts/codegen/templates) promise about the generated code:
one call shape, success types, readable unset fields, open response enums, and a ``from_dict``
that builds the same object ``__init__`` would."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import pytest

from broker_overlays.spec_catalog import BROKER_PACKAGES, catalog

BROKERS = sorted(BROKER_PACKAGES)


def _operation_modules(broker: str) -> Iterator[ModuleType]:
    api = importlib.import_module(f"{BROKER_PACKAGES[broker]}.api")
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            yield module


@pytest.mark.parametrize("broker", BROKERS)
def test_every_argument_of_every_operation_is_keyword_only(broker: str) -> None:
    modules = list(_operation_modules(broker))
    assert len(modules) > 10
    for module in modules:
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            function = getattr(module, name)
            kinds = {p.name: p.kind for p in inspect.signature(function).parameters.values()}
            assert "client" in kinds, (module.__name__, name)
            positional = [n for n, k in kinds.items() if k is not inspect.Parameter.KEYWORD_ONLY]
            assert not positional, (module.__name__, name, positional)


@pytest.mark.parametrize("broker", BROKERS)
def test_sync_returns_the_success_type_not_an_optional_union(broker: str) -> None:
    types = importlib.import_module(f"{BROKER_PACKAGES[broker]}.types")
    envelope = getattr(
        importlib.import_module(f"{BROKER_PACKAGES[broker]}.models"), "Envelope", None
    )
    for module in _operation_modules(broker):
        returned = inspect.signature(module.sync).return_annotation
        members = set(typing.get_args(returned)) if typing.get_args(returned) else {returned}
        assert type(None) not in members, module.__name__
        assert envelope is None or envelope not in members, module.__name__
        detailed = inspect.signature(module.sync_detailed).return_annotation
        assert typing.get_origin(detailed) is types.Response, module.__name__


@pytest.mark.parametrize("broker", BROKERS)
def test_unset_prints_as_unset(broker: str) -> None:
    types = importlib.import_module(f"{BROKER_PACKAGES[broker]}.types")
    assert repr(types.UNSET) == "UNSET"
    assert not types.UNSET


def test_an_unset_field_reads_unset_in_a_model_repr() -> None:
    from samco_client.models import OrderBookEntry

    text = repr(OrderBookEntry.from_dict({"orderNumber": "1"}))
    assert "order_number='1'" in text
    assert "trigger_price=UNSET" in text
    assert "object at 0x" not in text


def _closed_response_enums(broker: str) -> list[str]:
    """Places in a response schema where an enum is not paired with a plain string."""
    doc = catalog(broker).document
    schemas = doc["components"]["schemas"]
    found: list[str] = []
    seen: set[str] = set()

    def target(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def walk(node: Any, where: str) -> None:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                walk(schemas[name], name)
            return
        if len(node.get("enum", ())) > 1:
            found.append(where)
        for key in ("anyOf", "oneOf"):
            parts = node.get(key, [])
            open_string = any(
                isinstance(p, dict) and p.get("type") == "string" and "enum" not in p for p in parts
            )
            for part in parts:
                if open_string and "enum" in target(part):
                    continue  # Literal[...] | str: values shown, any string accepted
                walk(part, where)
        for name, sub in node.get("properties", {}).items():
            walk(sub, f"{where}.{name}")
        for key in ("items", "additionalProperties", "allOf"):
            subs = node.get(key)
            for sub in subs if isinstance(subs, list) else [subs]:
                walk(sub, f"{where}[]")

    for item in doc["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
                for media in response.get("content", {}).values():
                    walk(media.get("schema"), f"{operation['operationId']}:{status}")
    return found


@pytest.mark.parametrize("broker", BROKERS)
def test_response_enums_stay_open(broker: str) -> None:
    """A broker adding an enum value must not break parsing: every enum reachable from a
    response is ``Literal[...] | str`` in the generated types."""
    assert _closed_response_enums(broker) == []


def test_open_enums_show_their_values_in_the_types() -> None:
    from samco_client.models import OrderBookEntry
    from samco_client.models.exchange import Exchange

    assert OrderBookEntry.__annotations__["exchange"] == "Exchange | str | Unset"
    assert typing.get_args(Exchange) == ("BFO", "BSE", "CDS", "MCX", "MFO", "NFO", "NSE")
    entry = OrderBookEntry.from_dict({"exchange": "NEWX"})
    assert entry.exchange == "NEWX"  # an unknown value parses as the string it is


def _response_examples(broker: str) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    for case in catalog(broker).operations:
        module = catalog(broker).generated_module(case)
        if module is None:
            continue
        spec_op = catalog(broker).spec_operation(case)
        media = spec_op["responses"].get("200", {}).get("content", {}).get("application/json")
        if not media:
            continue
        for example in media.get("examples", {}).values():
            if isinstance(example.get("value"), dict):
                yield case.operation_id, module, example["value"]


@pytest.mark.parametrize("broker", BROKERS)
def test_from_dict_builds_what_init_builds(broker: str) -> None:
    """``from_dict`` sets fields on a bare instance; the result equals the object built by
    ``__init__`` from the same fields, serialises back to its input, and keeps the class of a
    subclass."""
    checked = 0
    for operation_id, module, value in _response_examples(broker):
        parsed = module._parse_response(
            client=_client(broker),
            response=_Fake(value),
        )
        if not attrs.has(type(parsed)):
            continue
        model = type(parsed)
        fields = {
            a.name: getattr(parsed, a.name)
            for a in attrs.fields(model)
            if a.init and a.name != "additional_properties"
        }
        rebuilt = model(**fields)
        if hasattr(parsed, "additional_properties"):
            rebuilt.additional_properties = dict(parsed.additional_properties)
        assert rebuilt == parsed, operation_id
        assert parsed.to_dict() == json.loads(json.dumps(value)), operation_id

        class Sub(model):  # type: ignore[misc, valid-type]
            pass

        assert type(Sub.from_dict(value)) is Sub
        checked += 1
    assert checked > 10


def test_unknown_fields_are_kept_and_known_ones_are_not_duplicated() -> None:
    from samco_client.models import OrderBookEntry

    entry = OrderBookEntry.from_dict({"orderNumber": "1", "brandNew": 3})
    assert entry.additional_properties == {"brandNew": 3}
    assert OrderBookEntry.from_dict({"orderNumber": "1"}).additional_properties == {}
    assert entry.to_dict() == {"orderNumber": "1", "brandNew": 3}


class _Fake:
    """The part of an httpx.Response the generated ``_parse_response`` reads."""

    status_code = 200

    def __init__(self, body: Any) -> None:
        self._body = body
        self.content = json.dumps(body).encode()

    def json(self) -> Any:
        return self._body


def _client(broker: str) -> Any:
    package = importlib.import_module(BROKER_PACKAGES[broker])
    return package.Client(base_url="http://example.invalid")
