"""Recognise a failure envelope in a 2xx response, using the spec's root ``x-envelope`` rule.

Samco answers business failures with HTTP 200 and ``status: Failure``; Gopocket with
``status: Not_ok`` / ``stat: Not_ok`` (sometimes inside an outer array). Which fields hold the
status and message, and which values mean success, is data in each spec, not code here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EnvelopeRule:
    """Root ``x-envelope``: which fields carry the status and message, which values succeed."""

    status_fields: tuple[str, ...]
    success_values: frozenset[str]
    message_fields: tuple[str, ...]

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

    @classmethod
    def from_spec(cls, rule: Mapping[str, Any]) -> EnvelopeRule:
        return cls(
            status_fields=tuple(rule.get("statusFields", ("status",))),
            success_values=frozenset(v.lower() for v in rule.get("successValues", ())),
            message_fields=tuple(rule.get("messageFields", ())),
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
