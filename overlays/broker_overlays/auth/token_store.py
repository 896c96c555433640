"""Where session tokens live between requests and between runs.

A Samco token is good until 08:00 IST, so a script run several times a day should log in once
and reuse the token: :class:`FileTokenStore` keeps it in a JSON file readable by the owner
only. Keys name the broker and a hash of the app's identity (:func:`store_key`), never the raw
API key.

Several processes may share one token file. :class:`FileTokenStore` then

* merges on write (re-reads the file and replaces only its own key, under a cross-process
  lock), so that no process overwrites a token another one just saved;
* offers :meth:`FileTokenStore.renewal_lock`, which
  :class:`~broker_overlays.auth.token_auth.TokenAuth` holds while it re-reads the store and,
  only if no fresh token is there, logs in and saves: processes renew once between them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final, Protocol, runtime_checkable

import filelock

from broker_overlays.errors import BrokerError, ClientValidationError
from broker_overlays.redaction import Secret
from broker_overlays.safe_json import JSONBodyError
from broker_overlays.safe_json import loads as safe_loads

log = logging.getLogger("broker_overlays.auth")

_FILE_MODE: Final = 0o600
_DIR_MODE: Final = 0o700
_MAX_FILE_BYTES: Final = 1 << 20
"""A token file is a few hundred bytes per key; anything above 1 MiB is not one."""
DEFAULT_LOCK_TIMEOUT: Final = 60.0
"""Seconds to wait for another process's renewal (a login) or write before going ahead."""
DEFAULT_STALE_TEMP_AFTER: Final = 120.0
"""A temporary file older than this is stale even if a process with its pid runs (pid reuse)."""
_UNSET_VARIABLE: Final = re.compile(r"\$(?:[A-Za-z_]\w*|\{[^}]*\})")


class TokenStoreError(BrokerError):
    """The token store cannot be used safely, e.g. a token file readable by other users whose
    permissions cannot be tightened to 0600. Nothing was sent."""


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


@runtime_checkable
class RenewalLocking(Protocol):
    """A store shared by several processes: :class:`TokenAuth` holds ``renewal_lock(key)``
    around "re-read the store; only if no fresh token is there, log in and save"."""

    def renewal_lock(
        self, key: str, timeout: float | None = None
    ) -> AbstractContextManager[None]: ...


def store_key(broker: str, identity: str) -> str:
    """A store key for ``broker`` and an app/user identity (API key, app code + user id).

    Only a short SHA-256 prefix of the identity appears, so a token file or log line never
    reveals the API key.
    """
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return f"{broker}:{digest}"


class MemoryTokenStore:
    """Tokens for the life of the process (the default). One process: no renewal lock."""

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
    """Tokens in one JSON file, mode 0600 from the moment it exists (its folder, if the store
    creates it, 0700).

    ``path`` may use ``~`` and environment variables (``"~/.samco-token.json"``,
    ``"$XDG_STATE_HOME/samco.json"``).

    * Writes go to a temporary file ``.<name>.<pid>.<random>.tmp`` created 0600 next to the
      token file and moved over it with ``os.replace``: a reader never sees a half-written
      file. A temporary file left by a process that died mid-write (its pid is gone, or it is
      older than ``stale_temp_after`` seconds) is removed when the store is first used.
    * A file that cannot be used (not UTF-8, not JSON, not an object, nested too deep, wrong
      field types, a folder in its place, unreadable) is logged as a warning and treated as
      empty: the next call logs in afresh and the save replaces it.
    * A file readable or writable by others is tightened to 0600 when read; if that is not
      possible, :class:`TokenStoreError` is raised.
    * Saves re-read the file and replace only their key, under a cross-process lock
      (``.<name>.lock``); :meth:`renewal_lock` serialises logins per key across processes
      (``.<name>.<key hash>.renew.lock``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        stale_temp_after: float = DEFAULT_STALE_TEMP_AFTER,
    ) -> None:
        self.path = expand_path(path)
        self.lock_timeout = lock_timeout
        self.stale_temp_after = stale_temp_after
        self._lock = threading.Lock()
        self._prepared = False
        self._temp_pattern = re.compile(
            rf"\.{re.escape(self.path.name)}\.(?P<pid>\d+)\.[0-9a-f]{{32}}\.tmp"
        )

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    # -- TokenStore -----------------------------------------------------------------------

    def load(self, key: str) -> StoredToken | None:
        with self._lock:
            self._prepare()
            entry = self._read().get(key)
        if entry is None:
            return None
        try:
            return _decode(entry)
        except (KeyError, TypeError, ValueError, OverflowError):
            log.warning("ignoring an unreadable token entry in %s; a new login replaces it", self)
            return None

    def save(self, key: str, token: StoredToken) -> None:
        with self._lock:
            self._prepare()
            with self._write_lock():
                data = self._read()  # merge: entries saved meanwhile by others are kept
                data[key] = _encode(token)
                self._write(data)

    def delete(self, key: str) -> None:
        with self._lock:
            self._prepare()
            if not os.path.lexists(self.path):
                return
            with self._write_lock():
                data = self._read()
                if data.pop(key, None) is not None:
                    self._write(data)

    @contextlib.contextmanager
    def renewal_lock(self, key: str, timeout: float | None = None) -> Iterator[None]:
        """Held (across processes) while one process renews ``key``'s token, so that the
        others wait and then find the new token in the file instead of logging in again.

        After ``timeout`` seconds (default ``lock_timeout``), or if the lock file cannot be
        created, a warning is logged and the caller goes ahead without the lock.
        """
        with self._lock:
            self._prepare()
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        lock = self._acquire(f"{digest}.renew.lock", timeout, "renewal")
        try:
            yield
        finally:
            if lock is not None:
                lock.release()

    # -- reading --------------------------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        """The file's object, or ``{}`` (with a warning) when it is missing or unusable."""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, flags)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            self._unusable(_os_reason(exc))
            return {}
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                self._unusable("it is not a regular file")
                return {}
            if info.st_mode & 0o077:
                self._tighten(fd, info.st_mode)
            raw = _read_at_most(fd, _MAX_FILE_BYTES + 1)
        except OSError as exc:
            self._unusable(_os_reason(exc))
            return {}
        finally:
            os.close(fd)
        if not raw.strip():
            return {}  # an empty file: nothing stored yet
        try:
            data = safe_loads(raw, max_bytes=_MAX_FILE_BYTES)
        except JSONBodyError as exc:
            self._unusable(f"{exc.reason} error")
            return {}
        if not isinstance(data, dict):
            self._unusable("it is not a JSON object")
            return {}
        return data

    def _unusable(self, reason: str) -> None:
        log.warning("ignoring token file %s (%s); a new login replaces it", self.path, reason)

    def _tighten(self, fd: int, mode: int) -> None:
        try:
            if os.name == "posix":
                os.fchmod(fd, _FILE_MODE)
            else:  # pragma: no cover - no fchmod off POSIX
                os.chmod(self.path, _FILE_MODE)
        except OSError as exc:
            raise TokenStoreError(
                f"token file {self.path} is accessible to other users "
                f"(mode {stat.S_IMODE(mode):04o}) and cannot be made 0600 "
                f"({_os_reason(exc)}); fix it with chmod 600, or use another file"
            ) from None
        log.warning(
            "token file %s was accessible to other users (mode %04o); it is now 0600",
            self.path,
            stat.S_IMODE(mode),
        )

    # -- writing --------------------------------------------------------------------------

    def _write(self, data: dict[str, Any]) -> None:
        self._make_folder()
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _sync_folder(self.path.parent)

    def _make_folder(self) -> None:
        """Create the missing folders up to the token file's, each 0700."""
        missing: list[Path] = []
        folder = self.path.parent
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        for created in reversed(missing):
            with contextlib.suppress(FileExistsError):
                os.mkdir(created, _DIR_MODE)
                os.chmod(created, _DIR_MODE)  # whatever the umask

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        """Cross-process lock around read-modify-write, so that concurrent saves merge."""
        self._make_folder()
        lock = self._acquire("lock", None, "write")
        try:
            yield
        finally:
            if lock is not None:
                lock.release()

    def _acquire(self, suffix: str, timeout: float | None, what: str) -> filelock.FileLock | None:
        wait = self.lock_timeout if timeout is None else timeout
        try:
            self._make_folder()
            lock = filelock.FileLock(
                self.path.with_name(f".{self.path.name}.{suffix}"),
                timeout=wait,
                mode=_FILE_MODE,
                thread_local=False,  # one object per holder; may be released by another thread
            )
            lock.acquire()
        except filelock.Timeout:
            log.warning(
                "%s lock of %s not obtained within %.0f s; going ahead without it",
                what,
                self.path,
                wait,
            )
            return None
        except OSError as exc:
            log.warning(
                "cannot lock %s (%s); going ahead without the %s lock",
                self.path,
                _os_reason(exc),
                what,
            )
            return None
        return lock

    # -- stale temporary files ------------------------------------------------------------

    def _prepare(self) -> None:
        """At first use: remove temporary files (holding a token) left by a dead writer."""
        if self._prepared:
            return
        self._prepared = True
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return  # no folder yet (or unreadable: the read will say so)
        now = time.time()
        for name in names:
            match = self._temp_pattern.fullmatch(name)
            if match is None:
                continue
            temp = self.path.parent / name
            try:
                age = now - temp.lstat().st_mtime
                if _pid_alive(int(match["pid"])) and age < self.stale_temp_after:
                    continue  # a write in progress
                temp.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("cannot remove stale token temp file %s (%s)", temp, _os_reason(exc))
                continue
            log.warning("removed a temporary token file left by an interrupted write: %s", temp)


def expand_path(path: str | os.PathLike[str]) -> Path:
    """``path`` with ``~`` and environment variables expanded; a path that is empty or still
    names an unset variable or unknown user is a :class:`ClientValidationError`."""
    if not isinstance(path, str | os.PathLike):
        raise ClientValidationError(
            f"token file path must be a str or path, not {type(path).__name__}"
        )
    text = os.fspath(path)
    if not isinstance(text, str) or not text.strip():
        raise ClientValidationError("token file path is empty")
    expanded = os.path.expanduser(os.path.expandvars(text))
    unset = _UNSET_VARIABLE.search(expanded)
    if unset is not None:
        raise ClientValidationError(
            f"token file path {text!r} uses {unset.group()}, which is not set"
        )
    if expanded.startswith("~"):
        raise ClientValidationError(f"token file path {text!r}: cannot expand {expanded[:32]!r}")
    return Path(expanded)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); best effort."""
    if os.name != "posix":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (POSIX; elsewhere assume it does: age decides)."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False
    except OSError:
        return True  # EPERM: it exists, owned by someone else
    return True


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _encode(token: StoredToken) -> dict[str, Any]:
    return {
        "access_token": token.access_token.reveal(),
        "expires_at": _iso(token.expires_at),
        "refresh_token": token.refresh_token.reveal() if token.refresh_token else None,
        "refresh_expires_at": _iso(token.refresh_expires_at),
    }


def _decode(entry: object) -> StoredToken:
    """A token from a file entry; ``ValueError`` unless every field has the type written."""
    if not isinstance(entry, dict):
        raise ValueError("token entry is not an object")
    access = entry.get("access_token")
    if not isinstance(access, str) or not access:
        raise ValueError("access_token is not a non-empty string")
    refresh = entry.get("refresh_token")
    if refresh is not None and not isinstance(refresh, str):
        raise ValueError("refresh_token is not a string")
    return StoredToken(
        access_token=Secret(access),
        expires_at=_parse(entry.get("expires_at")),
        refresh_token=Secret(refresh) if refresh else None,
        refresh_expires_at=_parse(entry.get("refresh_expires_at")),
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("timestamp is not a string")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive timestamp in token file")
    return parsed
