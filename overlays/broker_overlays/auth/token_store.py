"""Where session tokens live between requests and between runs.

A Samco token is good until 08:00 IST, so a script run several times a day should log in once
and reuse the token: :class:`FileTokenStore` keeps it in a JSON file readable by the owner
only. Keys name the broker and a hash of the app's identity (:func:`store_key`), never the raw
API key.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from broker_overlays.redaction import Secret

log = logging.getLogger("broker_overlays.auth")

_FILE_MODE = 0o600
_DIR_MODE = 0o700


@dataclass(frozen=True, slots=True)
class StoredToken:
    """A session (access) token with its expiry and, for OAuth, the refresh token.

    ``expires_at`` is ``None`` when the broker gives no expiry (Gopocket: valid until logout).
    """

    access_token: Secret
    expires_at: datetime | None
    refresh_token: Secret | None = None
    refresh_expires_at: datetime | None = None

    def is_valid(self, now: datetime, margin: timedelta = timedelta(0)) -> bool:
        """Whether the access token is still usable ``margin`` from ``now``."""
        return self.expires_at is None or now + margin < self.expires_at

    def can_refresh(self, now: datetime) -> bool:
        """Whether a refresh token is held and not past its own expiry."""
        if not self.refresh_token:
            return False
        return self.refresh_expires_at is None or now < self.refresh_expires_at


@runtime_checkable
class TokenStore(Protocol):
    """Persistence for :class:`StoredToken` values, by key."""

    def load(self, key: str) -> StoredToken | None: ...

    def save(self, key: str, token: StoredToken) -> None: ...

    def delete(self, key: str) -> None: ...


def store_key(broker: str, identity: str) -> str:
    """A store key for ``broker`` and an app/user identity (API key, app code + user id).

    Only a short SHA-256 prefix of the identity appears, so a token file or log line never
    reveals the API key.
    """
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return f"{broker}:{digest}"


class MemoryTokenStore:
    """Tokens for the life of the process (the default)."""

    def __init__(self) -> None:
        self._tokens: dict[str, StoredToken] = {}
        self._lock = threading.Lock()

    def load(self, key: str) -> StoredToken | None:
        with self._lock:
            return self._tokens.get(key)

    def save(self, key: str, token: StoredToken) -> None:
        with self._lock:
            self._tokens[key] = token

    def delete(self, key: str) -> None:
        with self._lock:
            self._tokens.pop(key, None)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(keys={len(self._tokens)})"


class FileTokenStore:
    """Tokens in one JSON file, mode 0600 from the moment it exists.

    Writes go to a new file created with ``os.open(..., 0o600)`` in the same folder and are
    moved over the old one with ``os.replace``, so a reader never sees a half-written file and
    the token is never world-readable, not even briefly.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def load(self, key: str) -> StoredToken | None:
        with self._lock:
            entry = self._read().get(key)
        if not isinstance(entry, dict):
            return None
        try:
            return _decode(entry)
        except (KeyError, TypeError, ValueError):
            log.warning("ignoring an unreadable token entry in %s", self.path)
            return None

    def save(self, key: str, token: StoredToken) -> None:
        with self._lock:
            data = self._read()
            data[key] = _encode(token)
            self._write(data)

    def delete(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(key, None) is not None:
                self._write(data)

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return {}
        if self.path.stat().st_mode & 0o077:
            log.warning("token file %s is readable by others; it is rewritten 0600", self.path)
        try:
            data = json.loads(text)
        except ValueError:
            log.warning("ignoring unreadable token file %s", self.path)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=_DIR_MODE)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


def _encode(token: StoredToken) -> dict[str, Any]:
    return {
        "access_token": token.access_token.reveal(),
        "expires_at": _iso(token.expires_at),
        "refresh_token": token.refresh_token.reveal() if token.refresh_token else None,
        "refresh_expires_at": _iso(token.refresh_expires_at),
    }


def _decode(entry: dict[str, Any]) -> StoredToken:
    refresh = entry.get("refresh_token")
    return StoredToken(
        access_token=Secret(str(entry["access_token"])),
        expires_at=_parse(entry.get("expires_at")),
        refresh_token=Secret(str(refresh)) if refresh else None,
        refresh_expires_at=_parse(entry.get("refresh_expires_at")),
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("naive timestamp in token file")
    return parsed
