"""The order postback (OpenAPI 3.1 ``webhooks``) validates real payloads and rejects bad ones."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from gopocket_client.models.order_postback import OrderPostback

from conftest import spec
from speclint import example_values, schema_validator


def _webhook_media() -> dict[str, Any]:
    post = spec("gopocket")["webhooks"]["orderPostback"]["post"]
    return dict(post["requestBody"]["content"]["application/json"])


def _sample() -> dict[str, Any]:
    values = example_values(_webhook_media(), spec("gopocket"))
    return copy.deepcopy(next(iter(values.values())))


def _errors(payload: dict[str, Any]) -> list[str]:
    validator = schema_validator(spec("gopocket"), _webhook_media()["schema"])
    return [e.message for e in validator.iter_errors(payload)]


def test_reference_sample_postback_validates_and_parses() -> None:
    sample = _sample()
    assert sample["order_id"] == "220303000308932"
    assert _errors(sample) == []
    parsed = OrderPostback.from_dict(sample)
    assert parsed.order_id == "220303000308932"
    assert parsed.to_dict() == sample


@pytest.mark.parametrize("field", ["order_id", "checksum", "order_timestamp"])
def test_postback_without_a_required_field_is_rejected(field: str) -> None:
    payload = _sample()
    del payload[field]
    assert any(field in message for message in _errors(payload))


def test_unknown_postback_status_is_accepted() -> None:
    payload = _sample()
    payload["status"] = "TRIGGER PENDING"
    assert _errors(payload) == []
