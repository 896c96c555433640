"""The on-disk copies of the instrument masters, and when they are stale.

One file per broker and exchange (``samco-ALL.csv``: Samco publishes one file for every
exchange; ``gopocket-NFO.csv``) under :func:`default_dir`, each with a JSON sidecar
(``samco-ALL.json``): the URL it came from, its ``ETag`` / ``Last-Modified``, when it was
downloaded and last confirmed, and its size and SHA-256, so that a copy torn apart by a crash
or by two writers is never parsed. Files are written to a temporary name and moved into place
(``os.replace``), the CSV first, then the sidecar.

Freshness: both brokers' files are republished daily after 08:00 IST (Gopocket documents it,
gopocket.md §9; Samco documents nothing, and the same rule is applied to it, spec
``getScripMaster``). A copy confirmed (downloaded, or answered 304) at or after the latest
08:00 IST is fresh; an older one is re-checked with a conditional GET before use.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, Final

from broker_overlays.auth.clock import next_ist

__all__ = [
    "PUBLICATION",
    "CachedFile",
    "Metadata",
    "default_dir",
    "last_publication",
]

logger = logging.getLogger(__name__)

PUBLICATION: Final = time(8, 0)
"""When (IST) the brokers publish the day's instrument files, at the earliest."""


def last_publication(now: datetime) -> datetime:
    """The latest 08:00 IST at or before ``now`` (aware): a copy confirmed before it is stale."""
    return next_ist(now, PUBLICATION) - timedelta(days=1)


def default_dir() -> Path:
    """``$XDG_CACHE_HOME/broker-toolkit/instruments``, else ``~/.cache/broker-toolkit/
    instruments``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "broker-toolkit" / "instruments"


@dataclass(frozen=True, slots=True)
class Metadata:
    """The sidecar of one cached file."""

    url: str
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    """When the file itself was downloaded (HTTP 200)."""
    checked_at: datetime
    """When the broker last confirmed it (HTTP 200 or 304)."""
    size: int
    sha256: str

    def fresh(self, now: datetime) -> bool:
        """Confirmed at or after the latest publication."""
        return self.checked_at >= last_publication(now)

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["fetched_at"] = self.fetched_at.isoformat()
        data["checked_at"] = self.checked_at.isoformat()
        return json.dumps(data, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Metadata:
        """Raises ValueError (or KeyError / TypeError) when ``text`` is not a sidecar."""
        data = json.loads(text)
        times = {k: datetime.fromisoformat(data[k]) for k in ("fetched_at", "checked_at")}
        if any(t.tzinfo is None for t in times.values()):
            raise ValueError("naive timestamps")
        return cls(
            url=str(data["url"]),
            etag=None if data.get("etag") is None else str(data["etag"]),
            last_modified=None if data.get("last_modified") is None else str(data["last_modified"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            **times,
        )


@dataclass(frozen=True, slots=True)
class CachedFile:
    """The cached copy of one broker's file for one exchange."""

    folder: Path
    broker: str
    exchange: str

    @property
    def path(self) -> Path:
        return self.folder / f"{self.broker}-{self.exchange}.csv"

    @property
    def sidecar(self) -> Path:
        return self.folder / f"{self.broker}-{self.exchange}.json"

    def read(self, url: str) -> tuple[Metadata, bytes] | None:
        """The copy and its sidecar, when both are there, agree (size, SHA-256) and came from
        ``url``; else None (a torn, foreign or missing copy is downloaded again)."""
        try:
            meta = Metadata.from_json(self.sidecar.read_text("utf-8"))
            body = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("instrument cache %s unreadable (%s): downloading again", self.path, exc)
            return None
        if meta.url != url:
            return None
        if len(body) != meta.size or hashlib.sha256(body).hexdigest() != meta.sha256:
            logger.warning(
                "instrument cache %s does not match its sidecar: downloading again", self.path
            )
            return None
        return meta, body

    def write(self, body: bytes, meta: Metadata) -> Metadata:
        """Store ``body`` and its sidecar (size and SHA-256 filled in), each atomically."""
        meta = replace(meta, size=len(body), sha256=hashlib.sha256(body).hexdigest())
        self.folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.path, body)
        _atomic_write(self.sidecar, meta.to_json().encode("utf-8"))
        return meta

    def confirm(self, meta: Metadata, now: datetime) -> Metadata:
        """Record that the broker confirmed the copy (HTTP 304) at ``now``."""
        meta = replace(meta, checked_at=now)
        _atomic_write(self.sidecar, meta.to_json().encode("utf-8"))
        return meta


def _atomic_write(path: Path, data: bytes) -> None:
    """``data`` at ``path`` all at once: a temporary file in the same folder, then
    ``os.replace`` (readers see the old file or the new one, never a part)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
