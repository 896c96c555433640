"""Keep secrets (API secrets, session/refresh tokens, checksums) out of logs, reprs and errors.

Auth code wraps every secret it handles in :class:`Secret` (whose repr/str never shows the
value) and registers it, so :func:`redact` can scrub it from any text, and the logging filter
installed by :func:`install_log_redaction` scrubs it from every record of the loggers that
see HTTP traffic.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any, Final

MASK: Final = "***"
_MIN_SECRET_LENGTH: Final = 4
# Shapes that are secret whatever their origin: JWTs, long hex digests (SHA-256 checksums),
# and the values of secret-named JSON fields or headers.
_PATTERNS: Final = (
    re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"),
    re.compile(r"\b[0-9a-fA-F]{64}\b"),
    re.compile(
        r"""(?ix)
        (["']?(?:api[_-]?secret|apiSecret|secret|password|session[_-]?token|sessionToken|
        access[_-]?token|accessToken|refresh[_-]?token|refreshToken|userSession|checkSum|
        checksum|token|authorization|x-session-token|code_verifier|otp)["']?\s*[:=]\s*)
        (?:"(?:[^"\\]|\\.)*"|'[^']*'|(?:Bearer\s+)?[^\s,&}"']+)
        """
    ),
)

_lock = threading.Lock()
_registered: set[str] = set()


class Secret:
    """A string that never shows itself in ``repr``/``str``/f-strings; ``.reveal()`` gets it."""

    __slots__ = ("__value",)

    def __init__(self, value: str) -> None:
        self.__value = value
        register_secret(value)

    def reveal(self) -> str:
        return self.__value

    def __repr__(self) -> str:
        return f"Secret({MASK})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.reveal() == self.__value

    def __hash__(self) -> int:
        return hash(self.__value)

    def __bool__(self) -> bool:
        return bool(self.__value)


def register_secret(value: str | None) -> None:
    """Remember ``value`` so that :func:`redact` masks it wherever it appears."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _registered.add(value)


def redact(text: str) -> str:
    """``text`` with every registered secret and every secret-shaped value masked."""
    with _lock:
        secrets = sorted(_registered, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(MASK, text)
    text = _PATTERNS[1].sub(MASK, text)
    return _PATTERNS[2].sub(lambda m: m.group(1) + MASK, text)


def redact_value(value: Any) -> Any:
    """Redact the strings inside a JSON-like value (dicts, lists, strings)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    return value


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (args applied) with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is not ours to fix
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


LOGGERS: Final = ("broker_overlays", "httpx", "httpcore", "samco_client", "gopocket_client")
_factory_installed = False


def install_log_redaction() -> None:
    """Redact every record created by the loggers that see requests, responses or secrets
    (``httpx``, ``httpcore.*``, ``broker_overlays.*``, the generated clients), at any level.

    Done in the log-record factory rather than with logger filters, because a filter on
    ``httpcore`` does not run for records of its children (``httpcore.http11``).
    """
    global _factory_installed
    with _lock:
        if _factory_installed:
            return
        previous = logging.getLogRecordFactory()
        redacting = RedactingFilter()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if record.name.split(".", 1)[0] in LOGGERS:
                redacting.filter(record)
            return record

        logging.setLogRecordFactory(factory)
        _factory_installed = True
