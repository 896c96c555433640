"""Gopocket's checksums: the SSO login checksum and the order-postback (webhook) signature.

Both are a plain SHA-256 hex digest of concatenated strings with the app's API secret last
(no HMAC, no separators), exactly as the broker documents them. Verification compares in
constant time and never puts the expected checksum or the secret into an error.

**The postback checksum covers only ``order_id`` and ``order_timestamp``.** A postback whose
``status`` (or quantity, price ...) was altered on the way still verifies. So act on a
postback only through :func:`confirm_postback` (``aconfirm_postback``): it verifies the
checksum, then reads the order's status from the broker through the overlays' client and
returns the broker's word, flagging a postback that disagrees with it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from broker_overlays import safe_json
from broker_overlays.errors import WebhookVerificationError
from broker_overlays.redaction import Secret, register_secret

if TYPE_CHECKING:
    from broker_overlays.orders import BookOrder
    from gopocket_client.models.order_postback import OrderPostback

BROKER = "gopocket"
_POSTBACK_FIELDS = ("order_id", "order_timestamp", "checksum")

POSTBACK_MAX_BYTES: Final = 64 * 1024
"""Largest postback body accepted (64 KiB). A postback is one order's fields (about 1 KB in the
documented sample); anything far larger is refused before it is parsed."""


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
    The result is a plain dict (:func:`parse_postback` gives the generated model). Field names
    come from a docs page copied from another broker (UNVERIFIED for Gopocket), so a postback
    without them is refused rather than guessed at.

    Hostile bodies are refused with ``WebhookVerificationError`` before anything else: more
    than :data:`POSTBACK_MAX_BYTES` (64 KiB; for text, characters), not UTF-8, not JSON,
    nested too deeply to parse, or JSON that is not an object.

    The checksum does not cover ``status``: use :func:`confirm_postback` to act on one.
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
    if not isinstance(body, bytes | bytearray | str):
        raise _failed("postback body must be bytes, text or a mapping")
    try:
        data = safe_json.loads(bytes(body) if isinstance(body, bytearray) else body,
                               max_bytes=POSTBACK_MAX_BYTES)  # fmt: skip
    except safe_json.JSONBodyError as exc:
        raise _failed(f"postback body refused ({exc.reason}): {exc}") from None
    if not isinstance(data, dict):
        raise _failed("postback body is not a JSON object")
    return data


def _failed(reason: str) -> WebhookVerificationError:
    return WebhookVerificationError(reason, broker=BROKER, operation="orderPostback")


@dataclass(frozen=True)
class ConfirmedPostback:
    """A verified postback and the broker's own status of its order."""

    payload: Mapping[str, Any]
    """The verified postback (its ``status`` is NOT covered by the checksum)."""
    order_id: str
    postback_status: str | None
    broker_status: str
    """The order's status as the broker reports it now: act on this."""
    order: BookOrder
    """The broker's row the status was read from."""

    @property
    def disagrees(self) -> bool:
        """Whether the postback's status contradicts the broker's (tampering, or a postback
        that is out of date); an ``UPDATE`` agrees with any live status."""
        return not _same_status(self.postback_status, self.broker_status)


_POSTBACK_STATUS_ALIASES: Final = {"CANCEL": "CANCELLED", "CANCELED": "CANCELLED"}


def _same_status(postback: str | None, broker: str) -> bool:
    from broker_overlays.orders import classify_status

    if postback is None:
        return True
    said = " ".join(postback.upper().split())
    said = _POSTBACK_STATUS_ALIASES.get(said, said)
    if said == "UPDATE":
        return classify_status(BROKER, broker) in ("accepted", "undecided")
    return said == " ".join(broker.upper().split())


def _confirmed(payload: dict[str, Any], order: BookOrder | None) -> ConfirmedPostback:
    order_id = str(payload["order_id"])
    if order is None:
        raise _failed(f"the broker lists no order {order_id} (a postback for another account?)")
    status = payload.get("status")
    return ConfirmedPostback(
        payload=payload,
        order_id=order_id,
        postback_status=status if isinstance(status, str) else None,
        broker_status=order.status,
        order=order,
    )


def confirm_postback(
    client: Any,
    body: bytes | str | Mapping[str, Any],
    api_secret: str | Secret,
    *,
    generation: str = "rest",
) -> ConfirmedPostback:
    """:func:`verify_postback`, then the order's status read FROM THE BROKER.

    ``client`` is the overlays' Gopocket client of the account (the read goes through its
    throttle); ``generation`` picks ``getOrderHistory`` ("rest") or ``getOrderHistoryV1``
    ("open-api-v1"). Raises ``WebhookVerificationError`` for a bad checksum (nothing is read)
    or an order the broker does not list, and the read's typed error if it fails.
    """
    from broker_overlays.orders import order_status

    payload = verify_postback(body, api_secret)
    order = order_status(client, str(payload["order_id"]), generation=generation)
    return _confirmed(payload, order)


async def aconfirm_postback(
    client: Any,
    body: bytes | str | Mapping[str, Any],
    api_secret: str | Secret,
    *,
    generation: str = "rest",
) -> ConfirmedPostback:
    """:func:`confirm_postback` with the async operations of ``client``."""
    from broker_overlays.orders import aorder_status

    payload = verify_postback(body, api_secret)
    order = await aorder_status(client, str(payload["order_id"]), generation=generation)
    return _confirmed(payload, order)
