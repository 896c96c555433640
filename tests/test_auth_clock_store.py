"""Samco's 08:00 IST cut-off and the token stores (memory, 0600 JSON file)."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from broker_overlays.auth.clock import IST, next_session_expiry, system_clock
from broker_overlays.auth.token_store import (
    FileTokenStore,
    MemoryTokenStore,
    StoredToken,
    TokenStore,
    store_key,
)
from broker_overlays.redaction import Secret


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 6, 8, 7, 59, 59, tzinfo=IST), datetime(2026, 6, 8, 8, 0, tzinfo=IST)),
        (datetime(2026, 6, 8, 8, 0, tzinfo=IST), datetime(2026, 6, 9, 8, 0, tzinfo=IST)),
        (datetime(2026, 6, 8, 8, 0, 1, tzinfo=IST), datetime(2026, 6, 9, 8, 0, tzinfo=IST)),
        (datetime(2026, 6, 8, 23, 30, tzinfo=IST), datetime(2026, 6, 9, 8, 0, tzinfo=IST)),
        # 02:29 UTC is 07:59 IST; 02:30 UTC is 08:00 IST (the PY sample's `validity`).
        (datetime(2026, 6, 8, 2, 29, tzinfo=UTC), datetime(2026, 6, 8, 2, 30, tzinfo=UTC)),
        (datetime(2026, 6, 8, 2, 30, tzinfo=UTC), datetime(2026, 6, 9, 2, 30, tzinfo=UTC)),
        (datetime(2026, 12, 31, 9, 0, tzinfo=IST), datetime(2027, 1, 1, 8, 0, tzinfo=IST)),
    ],
)
def test_next_session_expiry_is_the_next_0800_ist_strictly_after_now(
    now: datetime, expected: datetime
) -> None:
    assert next_session_expiry(now) == expected
    assert next_session_expiry(now).astimezone(IST).hour == 8


def test_next_session_expiry_rejects_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        next_session_expiry(datetime(2026, 6, 8, 7, 0))


def test_system_clock_is_aware() -> None:
    assert system_clock().utcoffset() is not None


def test_stored_token_validity_and_margin() -> None:
    expiry = datetime(2026, 6, 8, 8, 0, tzinfo=IST)
    token = StoredToken(Secret("tok-validity"), expiry)
    assert token.is_valid(expiry - timedelta(minutes=1))
    assert not token.is_valid(expiry)
    assert not token.is_valid(expiry - timedelta(seconds=10), timedelta(seconds=30))
    assert StoredToken(Secret("tok-forever"), None).is_valid(expiry + timedelta(days=400))


def test_store_key_hashes_the_identity() -> None:
    key = store_key("samco", "MY-RAW-API-KEY")
    assert key.startswith("samco:")
    assert "MY-RAW-API-KEY" not in key
    assert key == store_key("samco", "MY-RAW-API-KEY") != store_key("samco", "other")


def _token(n: int) -> StoredToken:
    now = datetime(2026, 6, 8, 9, 0, tzinfo=IST)
    return StoredToken(
        access_token=Secret(f"access-token-{n}"),
        expires_at=next_session_expiry(now),
        refresh_token=Secret(f"refresh-token-{n}"),
        refresh_expires_at=now + timedelta(days=7),
    )


@pytest.mark.parametrize("make", [MemoryTokenStore, "file"])
def test_stores_round_trip(make: object, tmp_path: Path) -> None:
    store: TokenStore = (
        FileTokenStore(tmp_path / "tokens.json") if make == "file" else MemoryTokenStore()
    )
    assert isinstance(store, TokenStore)
    assert store.load("samco:abc") is None
    store.save("samco:abc", _token(1))
    store.save("gopocket:def", StoredToken(Secret("gp-session-1"), None))
    assert store.load("samco:abc") == _token(1)
    assert store.load("gopocket:def") == StoredToken(Secret("gp-session-1"), None)
    store.delete("samco:abc")
    assert store.load("samco:abc") is None
    assert store.load("gopocket:def") is not None


def test_file_store_is_0600_and_shared_between_instances(tmp_path: Path) -> None:
    path = tmp_path / "state" / "tokens.json"
    FileTokenStore(path).save("samco:abc", _token(1))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # A second run (a new store instance on the same file) finds the token.
    second = FileTokenStore(path)
    assert second.load("samco:abc") == _token(1)
    second.save("samco:abc", _token(2))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileTokenStore(path).load("samco:abc") == _token(2)
    # No temporary file left; besides the token file only the (empty) cross-process lock.
    assert sorted(p.name for p in path.parent.iterdir()) == [".tokens.json.lock", "tokens.json"]
    assert b"access-token" not in (path.parent / ".tokens.json.lock").read_bytes()


def test_file_store_tightens_a_loose_file_on_write(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{}")
    path.chmod(0o644)
    FileTokenStore(path).save("samco:abc", _token(1))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_file_store_ignores_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("not json")
    store = FileTokenStore(path)
    assert store.load("samco:abc") is None
    store.save("samco:abc", _token(1))
    assert store.load("samco:abc") == _token(1)


def test_token_and_stores_never_show_secrets(tmp_path: Path) -> None:
    token = _token(1)
    texts = [repr(token), str(token), repr(MemoryTokenStore()), repr(FileTokenStore(tmp_path))]
    for text in texts:
        assert "access-token-1" not in text
        assert "refresh-token-1" not in text
