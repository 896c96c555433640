"""Gopocket checksums: the SSO checksum vector and order-postback verification."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from broker_overlays import catalog
from broker_overlays.errors import WebhookVerificationError
from broker_overlays.redaction import Secret, redact
from broker_overlays.signing import (
    parse_postback,
    postback_checksum,
    sso_checksum,
    verify_postback,
)

API_SECRET = "postback-api-secret-9"


def test_sso_checksum_matches_the_reference_example() -> None:
    expected = "52d642425531979d1a6434a428c137db9c989c3ed0a64b6107baf52353a4cb78"
    assert sso_checksum("AB1234", "AUTHCODE123", "SECRETXYZ") == expected
    assert sso_checksum("AB1234", Secret("AUTHCODE123"), Secret("SECRETXYZ")) == expected
    # The SDKs upper-case userId first.
    assert sso_checksum("ab1234", "AUTHCODE123", "SECRETXYZ") == expected
    # It is registered as a secret: log text never shows it.
    assert expected not in redact(f"checkSum sent: {expected}")


def test_sso_checksum_example_is_the_one_in_the_spec() -> None:
    op = catalog("gopocket").by_id("getUserDetails")
    spec_op = catalog("gopocket").document["paths"][op.path]["post"]
    example = spec_op["requestBody"]["content"]["application/json"]["examples"]["checksum"]["value"]
    assert example == {"checkSum": sso_checksum("AB1234", "AUTHCODE123", "SECRETXYZ")}


@pytest.mark.parametrize(
    ("order_id", "timestamp", "secret"),
    [
        ("220303000308932", "2022-03-03 09:24:25", "SECRETXYZ"),
        ("1", "2024-01-02 15:29:59", "s"),
        ("ORD-ü", "2024-01-02 00:00:00", "sécret"),
    ],
)
def test_postback_checksum_vectors(order_id: str, timestamp: str, secret: str) -> None:
    independent = hashlib.sha256((order_id + timestamp + secret).encode("utf-8")).hexdigest()
    assert postback_checksum(order_id, timestamp, secret) == independent
    assert postback_checksum(order_id, timestamp, Secret(secret)) == independent


def sample_postback() -> dict[str, Any]:
    """The spec's postback example, re-signed with this test's secret."""
    webhook = catalog("gopocket").document["webhooks"]["orderPostback"]["post"]
    body = dict(
        webhook["requestBody"]["content"]["application/json"]["examples"]["complete"]["value"]
    )
    raw = body["order_id"] + body["order_timestamp"] + API_SECRET
    body["checksum"] = hashlib.sha256(raw.encode()).hexdigest()
    return body


@pytest.mark.parametrize("form", ["bytes", "str", "mapping"])
def test_verify_postback_accepts_a_correct_checksum(form: str) -> None:
    body = sample_postback()
    raw = json.dumps(body)
    given: Any = {"bytes": raw.encode(), "str": raw, "mapping": body}[form]
    assert verify_postback(given, API_SECRET) == body
    assert verify_postback(given, Secret(API_SECRET)) == body


def test_verify_postback_accepts_an_upper_case_checksum() -> None:
    body = sample_postback()
    body["checksum"] = body["checksum"].upper()
    assert verify_postback(body, API_SECRET)["order_id"] == "220303000308932"


def test_parse_postback_gives_the_generated_model() -> None:
    model = parse_postback(json.dumps(sample_postback()), API_SECRET)
    assert model.order_id == "220303000308932"
    assert model.status == "COMPLETE"
    assert model.average_price == 470


def _tampered(field: str, value: Any) -> dict[str, Any]:
    body = sample_postback()
    body[field] = value
    return body


@pytest.mark.parametrize(
    "body",
    [
        _tampered("order_timestamp", "2022-03-03 09:24:26"),  # a signed field changed
        _tampered("order_id", "220303000308933"),
        _tampered("checksum", "0" * 64),  # checksum replaced
        _tampered("checksum", sample_postback()["checksum"][:-1]),  # truncated
        _tampered("checksum", "not hex at all ✓"),
    ],
    ids=["timestamp", "order_id", "zeros", "truncated", "garbage"],
)
def test_verify_postback_rejects_tampering(body: dict[str, Any]) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_postback(json.dumps(body), API_SECRET)


def test_verify_postback_rejects_another_apps_secret() -> None:
    with pytest.raises(WebhookVerificationError):
        verify_postback(sample_postback(), "some-other-secret")


@pytest.mark.parametrize("missing", ["checksum", "order_id", "order_timestamp"])
def test_verify_postback_rejects_unsigned_or_incomplete(missing: str) -> None:
    body = sample_postback()
    del body[missing]
    with pytest.raises(WebhookVerificationError, match=missing):
        verify_postback(body, API_SECRET)
    body[missing] = None
    with pytest.raises(WebhookVerificationError):
        verify_postback(body, API_SECRET)


@pytest.mark.parametrize(
    "raw",
    [b"not json", "", b"\xff\xfe\x00", "[1, 2]", '"just a string"', b"{'single': 'quotes'}"],
)
def test_verify_postback_rejects_non_json(raw: bytes | str) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_postback(raw, API_SECRET)


def test_verify_postback_rejects_wrong_types() -> None:
    with pytest.raises(WebhookVerificationError, match="types"):
        verify_postback(_tampered("checksum", 12345), API_SECRET)
    with pytest.raises(WebhookVerificationError, match="types"):
        verify_postback(_tampered("order_id", {"x": 1}), API_SECRET)


def test_verification_errors_leak_neither_checksum_nor_secret() -> None:
    body = sample_postback()
    expected = body["checksum"]
    body["order_timestamp"] = "2030-01-01 00:00:00"
    with pytest.raises(WebhookVerificationError) as info:
        verify_postback(body, API_SECRET)
    recomputed = postback_checksum(body["order_id"], body["order_timestamp"], API_SECRET)
    err = info.value
    for text in (str(err), repr(err), err.message, str(err.args)):
        for secret in (API_SECRET, expected, recomputed):
            assert secret not in text
    assert (err.broker, err.operation) == ("gopocket", "orderPostback")


# --------------------------------------------------------------------------- hostile bodies


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000,  # nests too deeply for json
        b'{"order_id": "' + b"1" * (10 * 1024 * 1024) + b'"}',  # 10 MB
        b'{"order_id": "\xff\xfe"}',  # not UTF-8
        b"[1, 2, 3]",  # JSON, not an object
        b'"order_id"',
        b"null",
        b"",
        "x" * (64 * 1024 + 1),  # text over the limit
    ],
    ids=["deep", "10MB", "utf8", "array", "string", "null", "empty", "long-text"],
)
def test_verify_postback_refuses_hostile_bodies(raw: bytes | str) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_postback(raw, API_SECRET)


def test_postback_size_limit_is_64_kib() -> None:
    from broker_overlays.signing import POSTBACK_MAX_BYTES

    assert POSTBACK_MAX_BYTES == 64 * 1024
    order_id, stamp = "220303000308932", "2022-03-03 09:24:25"
    body = {"order_id": order_id, "order_timestamp": stamp,
            "checksum": postback_checksum(order_id, stamp, API_SECRET)}  # fmt: skip
    padded = json.dumps({**body, "meta": {"pad": "x" * 60_000}}).encode()
    assert verify_postback(padded, API_SECRET)["order_id"] == order_id  # under the limit


def test_an_altered_status_still_verifies() -> None:
    """Why confirm_postback exists: the checksum does not cover the status."""
    order_id, stamp = "220303000308932", "2022-03-03 09:24:25"
    body = {"order_id": order_id, "order_timestamp": stamp, "status": "REJECTED",
            "checksum": postback_checksum(order_id, stamp, API_SECRET)}  # fmt: skip
    assert verify_postback({**body, "status": "COMPLETE"}, API_SECRET)["status"] == "COMPLETE"
