"""Working on many rows at once: the collector paused, scans that run in C."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["positions", "quiet_gc"]


@contextmanager
def quiet_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a master's rows (or indexes) are built.

    Hundreds of thousands of new tuples set off a collection every 700 allocations and
    several full ones that walk every row made so far, none of which can free anything
    (rows hold no cycles): measured, a third of the parse time. Restored afterwards, also
    on an error; a no-op when the collector is already off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def positions(items: list[Any], value: object) -> Iterator[int]:
    """Where ``value`` is in ``items``, in order (``list.index``: each scan runs in C)."""
    at = -1
    while True:
        try:
            at = items.index(value, at + 1)
        except ValueError:
            return
        yield at
