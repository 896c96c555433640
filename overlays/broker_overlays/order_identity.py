"""Read what identifies an order from an order call and its (possibly garbled) response.

The field names are data in each spec's root ``x-order-identity`` (read by
:class:`~broker_overlays.spec_catalog.SpecCatalog`): which request fields hold the symbol,
side, quantity, price, product, tag and order number, and which response fields carry the
broker's order number. Used to fill :class:`~broker_overlays.errors.OrderStateUnknownError`
and by :mod:`broker_overlays.orders` to find the order in the book.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from broker_overlays.errors import OrderRequestInfo
from broker_overlays.spec_catalog import Operation, OrderIdentityRule

_MAX_WALK = 10_000  # nodes visited when looking for an order number in a parsed body


def _candidates(body: Any) -> Iterator[Mapping[str, Any]]:
    """The body, its first array item, and the first item of any list it holds (bulk orders,
    square-off lists), in that order."""
    first = body[0] if isinstance(body, list) and body else body
    if isinstance(first, Mapping):
        yield first
        for value in first.values():
            if isinstance(value, list) and value and isinstance(value[0], Mapping):
                yield value[0]


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None


def request_info(
    op: Operation,
    rule: OrderIdentityRule,
    *,
    body: Any,
    query: Mapping[str, str],
    path_params: Mapping[str, str],
    sent_at: datetime | None = None,
) -> OrderRequestInfo:
    """The identifying fields of an order call: body first, then query, then path."""
    fields: dict[str, str] = {}
    sources: list[Mapping[str, Any]] = [*_candidates(body), query, path_params]
    for role, names in rule.request_fields.items():
        for source in sources:
            found = next((_scalar(source.get(n)) for n in names if _scalar(source.get(n))), None)
            if found is not None:
                fields[role] = found
                break
    return OrderRequestInfo(
        action=op.order_action or "", operation=op.operation_id, fields=fields, sent_at=sent_at
    )


def order_number_in(body: Any, rule: OrderIdentityRule) -> str | None:
    """The first order number found in a parsed response body (breadth-first, bounded)."""
    names = rule.order_number_fields
    queue: list[Any] = [body]
    seen = 0
    while queue and seen < _MAX_WALK:
        node = queue.pop(0)
        seen += 1
        if isinstance(node, Mapping):
            for name in names:
                value = node.get(name)
                if isinstance(value, list) and value:
                    value = value[0]
                text = _scalar(value)
                if text is not None:
                    return text
            queue.extend(v for v in node.values() if isinstance(v, Mapping | list))
        elif isinstance(node, list):
            queue.extend(v for v in node if isinstance(v, Mapping | list))
    return None


@cache
def _text_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in names)
    # The value must be closed (a quote, comma or bracket follows): a body cut inside the
    # number must not yield a shorter number that may belong to another order.
    return re.compile(
        rf'"(?:{alternatives})"\s*:\s*\[?\s*(?:"([A-Za-z0-9_.-]{{1,40}})"'
        rf"|([A-Za-z0-9_.-]{{1,40}})(?=\s*[,}}\]]))"
    )


def order_number_in_text(text: str, rule: OrderIdentityRule) -> str | None:
    """An order number in a body that is not (or not entirely) JSON, e.g. cut off mid-way."""
    if not rule.order_number_fields:
        return None
    found = _text_pattern(rule.order_number_fields).search(text[:1_000_000])
    return (found.group(1) or found.group(2)) if found else None
