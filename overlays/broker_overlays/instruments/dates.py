"""Expiry dates in the formats the instrument masters are known to use.

Samco's ``expiryDate`` format is disputed (FR:A2.7): ``DD/MM/YY`` (a 2026 live download),
``yyyy-MM-dd`` (2021), ``30-Jul-2026`` (a fixture). Gopocket writes ``YYYY-MM-DD``, but
``DD-MM-YYYY`` on CDS (gopocket.md §9), and Codifi's zipped JSON variant epoch milliseconds
(FR:B5.3). :func:`parse_date` reads all of them; numeric day-first forms are read day first
(the Indian convention every source uses), never month first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Final

from broker_overlays.auth.clock import IST

__all__ = ["parse_date"]

_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
        start=1,
    )
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})(?: .*)?")
_MONTH_NAME = re.compile(r"(\d{1,2})[-/ ]?([A-Za-z]{3})[A-Za-z]*[-/ ,]*(\d{4}|\d{2})(?: .*)?")
_COMPACT = re.compile(r"(20\d{2})(\d{2})(\d{2})")
_EPOCH_MS = re.compile(r"\d{12,13}")


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_date(text: str) -> date | None:
    """The date in ``text`` (``2026-12-31``, ``31/12/26``, ``31-12-2026``, ``31-Dec-2026``,
    ``31 DEC 26``, ``20261231``, epoch milliseconds), or None when it holds none."""
    value = text.strip()
    if not value:
        return None
    try:
        if found := _ISO.fullmatch(value):
            y, m, d = found.groups()
            return date(int(y), int(m), int(d))
        if found := _DAY_FIRST.fullmatch(value):
            d, m, y = found.groups()
            return date(_year(y), int(m), int(d))
        if found := _MONTH_NAME.fullmatch(value):
            d, name, y = found.groups()
            month = _MONTHS.get(name.upper())
            return None if month is None else date(_year(y), month, int(d))
        if found := _COMPACT.fullmatch(value):
            y, m, d = found.groups()
            return date(int(y), int(m), int(d))
        if _EPOCH_MS.fullmatch(value):
            return datetime.fromtimestamp(int(value) / 1000, UTC).astimezone(IST).date()
    except (ValueError, OverflowError, OSError):
        return None
    return None
