"""Instrument-master texts -> values: decimals, lot sizes, option types, stripped text.

Shared by the parser (once per distinct text of a file) and by the rows' own fields, which
convert on access (:class:`~broker_overlays.instruments.model.Instrument`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Final, Literal

__all__ = ["OPTIONS", "lot", "option", "positive", "strike"]

OPTIONS: Final[dict[str, Literal["CE", "PE"]]] = {"CE": "CE", "PE": "PE"}
"""The option types, each mapped to itself (a look-up that also types the result)."""


def _decimal(text: str) -> Decimal | None:
    value = text.strip()
    if not value:
        return None
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def positive(text: str) -> Decimal | None:
    """The number in ``text`` when it is above zero, else None (blank, ``0``, ``-1``, junk)."""
    number = _decimal(text)
    return number if number is not None and number > 0 else None


def lot(text: str) -> int:
    """A lot size: a whole number of at least 1, else 1."""
    number = _decimal(text)
    if number is None or number < 1 or number != number.to_integral_value():
        return 1
    return int(number)


def option(text: str) -> Literal["CE", "PE"] | None:
    """``CE`` or ``PE`` (any case, outer spaces ignored), else None (futures' ``XX``)."""
    return OPTIONS.get(text.strip().upper())


class _Strikes(dict[str, Decimal | None]):
    """Strike text -> :func:`positive`, remembered (a chain repeats the same strikes across
    expiries and both option types); emptied when it outgrows :data:`_STRIKES_KEPT`."""

    def __missing__(self, text: str) -> Decimal | None:
        if len(self) >= _STRIKES_KEPT:
            self.clear()
        value = self[text] = positive(text)
        return value


_STRIKES_KEPT: Final = 100_000
strike: Final = _Strikes().__getitem__
"""The strike of a strike text (:func:`positive`, remembered)."""
