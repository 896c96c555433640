"""Parse JSON that may be hostile: deeply nested, huge, or not UTF-8.

``json.loads`` raises ``RecursionError`` on a few thousand nested brackets and
``UnicodeDecodeError`` on invalid bytes (the C decoder guards its recursion, so catching
``RecursionError`` is safe and costs nothing on normal bodies); callers here must turn every such body into a typed
error (or a 4xx on the mock server), never let those escape. One function, used by the
transport, the postback verifier, the token store and the mock server.
"""

from __future__ import annotations

import json
from typing import Any


class JSONBodyError(ValueError):
    """The body is not acceptable JSON; ``reason`` is one of ``empty``, ``encoding``,
    ``syntax``, ``depth``, ``size``."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        super().__init__(detail)


def loads(data: bytes | str, *, max_bytes: int | None = None) -> Any:
    """``json.loads`` that raises only :class:`JSONBodyError` for bad input."""
    if max_bytes is not None and len(data) > max_bytes:
        raise JSONBodyError("size", f"body of {len(data)} bytes exceeds {max_bytes}")
    if not data:
        raise JSONBodyError("empty", "body is empty")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JSONBodyError("encoding", f"body is not UTF-8 ({exc.reason})") from None
    else:
        text = data
    try:
        return json.loads(text)
    except RecursionError:
        raise JSONBodyError("depth", "body nests too deeply to parse") from None
    except MemoryError:
        raise JSONBodyError("size", "body too large to parse") from None
    except ValueError as exc:
        if not text.strip():  # only on failure: no copy of a good body
            raise JSONBodyError("empty", "body is empty") from None
        raise JSONBodyError("syntax", f"body is not JSON ({exc})") from None
