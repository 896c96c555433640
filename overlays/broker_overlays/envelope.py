"""Recognise a failure envelope in a 2xx response, using the spec's root ``x-envelope`` rule.

Samco answers business failures with HTTP 200 and ``status: Failure``; Gopocket with
``status: Not_ok`` / ``stat: Not_ok`` (sometimes inside an outer array). Which fields hold the
status and message, and which values mean success, is data in each spec, not code here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias, get_args

ErrorKind: TypeAlias = Literal[
    "invalid-api-key",
    "invalid-api-secret",
    "ip-not-registered",
    "session-expired",
    "invalid-input",
    "not-permitted",
]
ERROR_KINDS: frozenset[str] = frozenset(get_args(ErrorKind))


@dataclass(frozen=True)
class EnvelopeRule:
    """Root ``x-envelope``: which fields carry the status and message, which values succeed."""

    status_fields: tuple[str, ...]
    success_values: frozenset[str]
    message_fields: tuple[str, ...]
    code_fields: tuple[str, ...] = ()
    """Fields whose whole value may be a broker error code (``errorCode``; Codifi's
    ``message: "EC087"``)."""
    error_codes: Mapping[str, ErrorKind] = field(default_factory=dict)
    """``errorCodes``: code -> what it means, for a specific typed error."""
    item_fields: tuple[str, ...] = ()
    """``itemFields``: array fields of an order call's answer whose items carry their own
    status (Codifi: ``result[i].status``), so that an ``Ok`` envelope can hold a failed order."""

    def item_failures(self, body: Any) -> tuple[int, list[tuple[str, str]]]:
        """(items seen, (status, message) of each failed item) in the ``item_fields`` of
        ``body``; items without a status field count as seen, not failed."""
        seen, failed = 0, []
        if isinstance(body, dict):
            for name in self.item_fields:
                items = body.get(name)
                if not isinstance(items, list):
                    continue
                for item in items:
                    seen += 1
                    found = self.failure(item) if isinstance(item, dict) else None
                    if found is not None:
                        failed.append(found)
        return seen, failed

    def failure(self, body: Any) -> tuple[str, str] | None:
        """(status value, broker message) of the first failed envelope in ``body``, if any."""
        for item in body if isinstance(body, list) else [body]:
            if not isinstance(item, dict):
                continue
            for name in self.status_fields:
                value = item.get(name)
                if isinstance(value, str) and value.lower() not in self.success_values:
                    return value, self.message(item)
        return None

    def error_code(self, body: Any) -> tuple[str, ErrorKind] | None:
        """(code, kind) of the first known error code in ``body`` (or its first item)."""
        if not self.error_codes:
            return None
        item = body[0] if isinstance(body, list) and body else body
        if not isinstance(item, dict):
            return None
        for name in self.code_fields:
            value = item.get(name)
            if isinstance(value, str):
                kind = self.error_codes.get(value.strip().upper())
                if kind is not None:
                    return value.strip().upper(), kind
        return None

    @classmethod
    def from_spec(cls, rule: Mapping[str, Any]) -> EnvelopeRule:
        codes = rule.get("errorCodes") or {}
        return cls(
            status_fields=tuple(rule.get("statusFields", ("status",))),
            success_values=frozenset(v.lower() for v in rule.get("successValues", ())),
            message_fields=tuple(rule.get("messageFields", ())),
            code_fields=tuple(rule.get("codeFields", ())),
            item_fields=tuple(rule.get("itemFields", ())),
            error_codes={
                str(code).upper(): entry["error"]
                for code, entry in codes.items()
                if isinstance(entry, Mapping) and entry.get("error") in ERROR_KINDS
            },
        )

    def message(self, item: dict[str, Any]) -> str:
        for name in self.message_fields:
            value = item.get(name)
            if isinstance(value, str) and value:
                return value
        return ""


def envelope_rule(broker: str) -> EnvelopeRule:
    """The failure-envelope rule of ``broker`` (read by its :class:`SpecCatalog`)."""
    from broker_overlays.spec_catalog import catalog  # the catalog imports this module

    return catalog(broker).envelope
