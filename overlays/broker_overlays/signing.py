"""Gopocket's checksums: the SSO login checksum and the order-postback (webhook) signature.

Both are a plain SHA-256 hex digest of concatenated strings with the app's API secret last
(no HMAC, no separators), exactly as the broker documents them. Verification compares in
constant time and never puts the expected checksum or the secret into an error.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from broker_overlays.errors import WebhookVerificationError
from broker_overlays.redaction import Secret, register_secret

if TYPE_CHECKING:
    from gopocket_client.models.order_postback import OrderPostback

BROKER = "gopocket"
_POSTBACK_FIELDS = ("order_id", "order_timestamp", "checksum")


def _reveal(value: str | Secret) -> str:
    return value.reveal() if isinstance(value, Secret) else value


def _sha256_hex(*parts: str) -> str:
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()


def sso_checksum(user_id: str, auth_code: str | Secret, api_secret: str | Secret) -> str:
    """``checkSum`` for getUserDetails: SHA-256 lower-case hex of userId + authCode + apiSecret.

    The docs give the bare formula; both Codifi SDKs upper-case ``userId`` before hashing,
    which is done here too (Gopocket user ids are upper-case, so it only matters for input
    typed in lower case). The result is registered for redaction: it is a one-time credential.
    """
    checksum = _sha256_hex(user_id.upper(), _reveal(auth_code), _reveal(api_secret))
    register_secret(checksum)
    return checksum


def postback_checksum(order_id: str, order_timestamp: str, api_secret: str | Secret) -> str:
    """A postback's ``checksum``: SHA-256 hex of order_id + order_timestamp + api_secret."""
    return _sha256_hex(order_id, order_timestamp, _reveal(api_secret))


def verify_postback(
    body: bytes | str | Mapping[str, Any], api_secret: str | Secret
) -> dict[str, Any]:
    """The decoded postback if its ``checksum`` is right; else
    :class:`~broker_overlays.errors.WebhookVerificationError`.

    Pass the raw request body (bytes or text) as received, or an already-decoded mapping.
    The result is a plain dict (:func:`parse_postback` gives the generated model). Field names come from a docs page copied from another broker
    (UNVERIFIED for Gopocket), so a postback without them is refused rather than guessed at.
    """
    payload = _decode(body)
    missing = [name for name in _POSTBACK_FIELDS if payload.get(name) in (None, "")]
    if missing:
        raise _failed(f"postback is missing {', '.join(missing)} (unsigned or not a postback)")
    order_id, timestamp, received = (payload[name] for name in _POSTBACK_FIELDS)
    if not isinstance(received, str) or not all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in (order_id, timestamp)
    ):
        raise _failed("postback fields order_id, order_timestamp, checksum have wrong types")
    expected = postback_checksum(str(order_id), str(timestamp), api_secret)
    if not hmac.compare_digest(expected.encode("ascii"), received.strip().lower().encode("utf-8")):
        raise _failed("postback checksum does not match (tampered, or signed with another secret)")
    return payload


def parse_postback(
    body: bytes | str | Mapping[str, Any], api_secret: str | Secret
) -> OrderPostback:
    """:func:`verify_postback`, then the generated ``OrderPostback`` model of the payload."""
    # Imported here so that checksum functions work without the generated package.
    from gopocket_client.models.order_postback import OrderPostback

    payload = verify_postback(body, api_secret)
    try:
        return OrderPostback.from_dict(payload)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise _failed("postback is signed but does not match the OrderPostback schema") from exc


def _decode(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _failed("postback body is not JSON") from exc
    if not isinstance(data, dict):
        raise _failed("postback body is not a JSON object")
    return data


def _failed(reason: str) -> WebhookVerificationError:
    return WebhookVerificationError(reason, broker=BROKER, operation="orderPostback")
