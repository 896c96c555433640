"""Token files: ``~`` and ``$VARS`` in paths, corrupt or unreadable content, permissions,
temporary files left by a writer killed mid-write, and processes sharing one file (one login
between them, no saved token lost)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import selectors
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import filelock
import httpx
import pytest
import respx

from broker_overlays import gopocket, samco
from broker_overlays.auth import FileTokenStore, StoredToken, TokenAuth, TokenStoreError
from broker_overlays.errors import ClientValidationError
from broker_overlays.redaction import Secret
from samco_client.api.orders import get_order_book

SAMCO = "https://tradeapi.samco.in"
LOGIN_OK = {"status": "Success", "statusMessage": "ok", "sessionToken": "fresh-session-token-1"}
BOOK = {"status": "Success", "orderBookDetails": []}
KEY = "samco:shared"
FILE_SECRET = "stored-access-token-0042"
LATER = datetime.now(UTC) + timedelta(hours=6)


def token(value: str, expires_at: datetime | None = LATER) -> StoredToken:
    return StoredToken(Secret(value), expires_at)


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def warnings_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="broker_overlays")
    return caplog


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


# --------------------------------------------------------------------------- paths


def test_tilde_is_the_home_folder_not_a_folder_named_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    store = FileTokenStore("~/.samco-token.json")  # the README's example
    assert store.path == home / ".samco-token.json"
    store.save(KEY, token("tok-home"))
    assert (home / ".samco-token.json").is_file()
    assert list(cwd.iterdir()) == []


@pytest.mark.parametrize("spelling", ["$TOKDIR/t.json", "${TOKDIR}/t.json", "~/../$TOKDIR/t.json"])
def test_environment_variables_are_expanded(
    spelling: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TOKDIR", str(tmp_path / "state") if "~" not in spelling else "state")
    store = FileTokenStore(spelling)
    expected = tmp_path / "state" / "t.json"
    assert os.path.normpath(store.path) == str(expected)
    store.save(KEY, token("tok-env"))
    assert expected.is_file()


@pytest.mark.parametrize("bad", ["", "   ", "$NOT_SET_ANYWHERE_42/t.json", "~no-such-user-42/t"])
def test_unusable_paths_are_refused_at_once(bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOT_SET_ANYWHERE_42", raising=False)
    with pytest.raises(ClientValidationError, match="token file path"):
        FileTokenStore(bad)


def test_from_env_expands_the_token_file_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("STATE", str(tmp_path / "state"))
    monkeypatch.setenv("SAMCO_API_KEY", "env-key")
    monkeypatch.setenv("SAMCO_API_SECRET", "env-secret")
    monkeypatch.setenv("SAMCO_TOKEN_FILE", "~/.samco-token.json")
    auth = samco.from_env().get_httpx_client().auth
    assert isinstance(auth, TokenAuth) and isinstance(auth.store, FileTokenStore)
    assert auth.store.path == tmp_path / ".samco-token.json"

    monkeypatch.setenv("GOPOCKET_SESSION", "gp-session-env-1")
    monkeypatch.setenv("GOPOCKET_TOKEN_FILE", "$STATE/gopocket.json")
    auth = gopocket.from_env().get_httpx_client().auth
    assert isinstance(auth, TokenAuth) and isinstance(auth.store, FileTokenStore)
    assert auth.store.path == tmp_path / "state" / "gopocket.json"


# --------------------------------------------------------------------------- corrupt content


def valid_entry(**changes: Any) -> dict[str, Any]:
    entry = {
        "access_token": FILE_SECRET,
        "expires_at": LATER.isoformat(),
        "refresh_token": None,
        "refresh_expires_at": None,
    }
    return {**entry, **changes}


CORRUPT: dict[str, bytes] = {
    "invalid utf-8": b'{"samco:shared": {"access_token": "\xff\xfe' + FILE_SECRET.encode() + b'"}}',
    "invalid json": b'{"samco:shared": {"access_token": "' + FILE_SECRET.encode() + b'"',
    "json list": json.dumps([valid_entry()]).encode(),
    "json string": json.dumps(FILE_SECRET).encode(),
    "100,000 nested brackets": b"[" * 100_000 + b"]" * 100_000,
    "100,000 nested objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "entry is a string": json.dumps({KEY: FILE_SECRET}).encode(),
    "access_token is a number": json.dumps({KEY: valid_entry(access_token=42)}).encode(),
    "access_token is empty": json.dumps({KEY: valid_entry(access_token="")}).encode(),
    "expires_at is a number": json.dumps({KEY: valid_entry(expires_at=1_800_000_000)}).encode(),
    "expires_at is not a date": json.dumps({KEY: valid_entry(expires_at="tomorrow")}).encode(),
    "expires_at is naive": json.dumps({KEY: valid_entry(expires_at="2030-01-01T08:00")}).encode(),
    "refresh_token is a list": json.dumps({KEY: valid_entry(refresh_token=[1])}).encode(),
    "NUL bytes": b"\x00" * 64,
    "too large": b'{"x": "' + b"a" * (2 << 20) + b'"}',
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_corrupt_content_is_a_warning_and_a_fresh_login(
    content: bytes, tmp_path: Path, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(content)
    path.chmod(0o600)
    assert FileTokenStore(path).load(KEY) is None
    assert warnings_of(warnings_log), "a corrupt token file must be reported"

    client = samco.connect("my-api-key", "my-api-secret", store=FileTokenStore(path))
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        get_order_book.sync(client=client)
    assert login.call_count == 1
    # The login's token replaced the corrupt file (for the key the client uses).
    assert json.loads(path.read_text("utf-8"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FILE_SECRET not in warnings_log.text
    assert "fresh-session-token-1" not in warnings_log.text


def test_an_empty_file_is_an_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(b"")
    store = FileTokenStore(path)
    assert store.load(KEY) is None
    store.save(KEY, token("tok-1"))
    assert store.load(KEY) == token("tok-1")


def test_a_folder_in_place_of_the_file(
    tmp_path: Path, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.mkdir()
    assert FileTokenStore(path).load(KEY) is None
    assert any("not a regular file" in m for m in warnings_of(warnings_log))
    client = samco.connect("my-api-key", "my-api-secret", store=FileTokenStore(path))
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        get_order_book.sync(client=client)
        get_order_book.sync(client=client)  # the token is kept in memory
    assert login.call_count == 1
    assert any("could not save" in m for m in warnings_of(warnings_log))
    assert path.is_dir()


def test_permission_denied_is_a_warning_and_a_fresh_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token(FILE_SECRET))
    real_open = os.open

    def denied(file: Any, flags: int, *args: Any, **kw: Any) -> int:
        if os.fspath(file) == str(path) and not flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kw)

    monkeypatch.setattr(os, "open", denied)  # the tests may run as root, who reads anything
    assert FileTokenStore(path).load(KEY) is None
    assert any("Permission denied" in m for m in warnings_of(warnings_log))
    client = samco.connect("my-api-key", "my-api-secret", store=FileTokenStore(path))
    with respx.mock() as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        book = router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        get_order_book.sync(client=client)
    assert login.call_count == 1
    assert book.calls.last.request.headers["x-session-token"] == "fresh-session-token-1"
    assert FILE_SECRET not in warnings_log.text


# --------------------------------------------------------------------------- permissions


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o660, 0o666, 0o640])
def test_loose_permissions_are_tightened_at_first_load(
    mode: int, tmp_path: Path, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token(FILE_SECRET))
    path.chmod(mode)
    assert FileTokenStore(path).load(KEY) == token(FILE_SECRET)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert any("now 0600" in m for m in warnings_of(warnings_log))
    assert FILE_SECRET not in warnings_log.text


def test_permissions_that_cannot_be_tightened_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token(FILE_SECRET))
    path.chmod(0o644)

    def refuse(fd: int, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")  # e.g. someone else's file

    monkeypatch.setattr(os, "fchmod", refuse)
    with pytest.raises(TokenStoreError, match="chmod 600") as caught:
        FileTokenStore(path).load(KEY)
    assert FILE_SECRET not in str(caught.value)

    client = samco.connect("my-api-key", "my-api-secret", store=FileTokenStore(path))
    with respx.mock(assert_all_called=False) as router:
        login = router.post(f"{SAMCO}/session/token").respond(200, json=LOGIN_OK)
        book = router.get(f"{SAMCO}/order/orderBook").respond(200, json=BOOK)
        with pytest.raises(TokenStoreError):
            get_order_book.sync(client=client)
    assert login.call_count == 0 and book.call_count == 0  # nothing was sent
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # left for the user to fix


def test_created_folders_are_0700_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "tokens.json"
    old = os.umask(0)
    try:
        FileTokenStore(path).save(KEY, token("tok-1"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --------------------------------------------------------------------------- temporary files


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # exited and reaped: its pid names no process now
    return child.pid


def test_stale_temporary_files_are_removed_at_first_use(
    tmp_path: Path, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token("tok-kept"))
    nonce = "0123456789abcdef0123456789abcdef"
    dead = tmp_path / f".tokens.json.{dead_pid()}.{nonce}.tmp"
    old = tmp_path / f".tokens.json.{os.getpid()}.{nonce[::-1]}.tmp"
    live = tmp_path / f".tokens.json.{os.getpid()}.{'f' * 32}.tmp"
    other = tmp_path / f".other.json.{dead_pid()}.{nonce}.tmp"  # not this store's
    for temp in (dead, old, live, other):
        temp.write_text('{"samco:shared": {"access_token": "half-written-secret"')
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))

    assert FileTokenStore(path).load(KEY) == token("tok-kept")
    assert not dead.exists() and not old.exists()
    assert live.exists() and other.exists()  # a write in progress; another file's
    assert sum("interrupted write" in m for m in warnings_of(warnings_log)) == 2


KILLED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from broker_overlays.auth.token_store import FileTokenStore, StoredToken
    from broker_overlays.redaction import Secret

    def stall(fd):  # the token is written and flushed; stop here until killed
        sys.stdout.write("in-write\\n")
        sys.stdout.flush()
        time.sleep(600)

    os.fsync = stall
    FileTokenStore(sys.argv[1]).save("samco:shared", StoredToken(Secret(sys.argv[2]), None))
    """
)


def read_line(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    assert proc.stdout is not None
    # A selector, not select.select(): in a long test session descriptors can pass 1024.
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout)
    assert ready, "child did not answer in time"
    return proc.stdout.readline().strip()


def test_a_writer_killed_mid_write_leaves_no_token_behind(
    tmp_path: Path, warnings_log: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token("tok-before", None))
    script = tmp_path / "writer.py"
    script.write_text(KILLED_WRITER)
    with subprocess.Popen(
        [sys.executable, str(script), str(path), "token-of-the-killed-writer"],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert read_line(proc) == "in-write"
        [temp] = temp_files(tmp_path)
        assert re.fullmatch(rf"\.tokens\.json\.{proc.pid}\.[0-9a-f]{{32}}\.tmp", temp.name)
        assert "token-of-the-killed-writer" in temp.read_text()  # what must not survive
        assert stat.S_IMODE(temp.stat().st_mode) == 0o600
        proc.kill()  # SIGKILL: no cleanup code runs
        assert proc.wait() == -9
    assert temp.exists()

    store = FileTokenStore(path)  # the next start
    assert store.load(KEY) == token("tok-before", None)  # the old file is intact
    assert temp_files(tmp_path) == []
    assert any("interrupted write" in m for m in warnings_of(warnings_log))


# --------------------------------------------------------------------------- several processes


RENEWER = textwrap.dedent(
    """
    import asyncio, os, sys, time
    from datetime import UTC, datetime, timedelta
    import httpx
    from broker_overlays.auth import FileTokenStore, StoredToken, TokenAuth
    from broker_overlays.redaction import Secret

    path, counter, mode = sys.argv[1], sys.argv[2], sys.argv[3]

    class CountingLogin:
        def fetch(self):
            with open(counter, "a") as f:  # one line per login, O_APPEND
                f.write(f"{os.getpid()}\\n")
            time.sleep(0.5)  # a slow login: the others arrive while it runs
            return StoredToken(
                Secret(f"session-of-{os.getpid()}"), datetime.now(UTC) + timedelta(hours=1)
            )

        async def afetch(self):
            return await asyncio.to_thread(self.fetch)

    auth = TokenAuth.for_broker(
        "samco", provider=CountingLogin(), store=FileTokenStore(path), key="samco:shared"
    )
    book = {"status": "Success", "orderBookDetails": []}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=book))
    url = "https://tradeapi.samco.in"
    print("ready", flush=True)
    sys.stdin.readline()  # the start signal: all processes go at once
    if mode == "async":
        async def main():
            async with httpx.AsyncClient(base_url=url, auth=auth, transport=transport) as c:
                return await c.get("/order/orderBook")
        response = asyncio.run(main())
    else:
        with httpx.Client(base_url=url, auth=auth, transport=transport) as c:
            response = c.get("/order/orderBook")
    print(response.request.headers["x-session-token"], flush=True)
    """
)


@pytest.fixture
def children(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()


def start_together(
    procs: list[subprocess.Popen[str]], script: Path, args: list[list[str]]
) -> list[str]:
    for extra in args:
        procs.append(
            subprocess.Popen(
                [sys.executable, str(script), *extra],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        assert read_line(proc) == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [read_line(proc, timeout=120) for proc in procs]
    assert [proc.wait(timeout=60) for proc in procs] == [0] * len(procs)
    return results


def test_processes_sharing_a_token_file_log_in_once(
    tmp_path: Path, children: list[subprocess.Popen[str]]
) -> None:
    path, counter = tmp_path / "tokens.json", tmp_path / "logins.txt"
    script = tmp_path / "renewer.py"
    script.write_text(RENEWER)
    modes = ["sync", "async", "sync", "async"]
    tokens = start_together(children, script, [[str(path), str(counter), m] for m in modes])
    logins = counter.read_text().split()
    assert len(logins) == 1, f"{len(logins)} logins for {len(modes)} processes"
    assert set(tokens) == {f"session-of-{logins[0]}"}  # everyone uses the one session
    assert FileTokenStore(path).load(KEY) is not None


SAVER = textwrap.dedent(
    """
    import sys
    from broker_overlays.auth import FileTokenStore, StoredToken
    from broker_overlays.redaction import Secret

    path, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = FileTokenStore(path)
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(rounds):
        store.save(f"samco:{name}", StoredToken(Secret(f"{name}-token-{n}"), None))
    print("done", flush=True)
    """
)


def test_concurrent_saves_from_several_processes_lose_nothing(
    tmp_path: Path, children: list[subprocess.Popen[str]]
) -> None:
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save("samco:bystander", token("bystander-token", None))
    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    names, rounds = ["alpha", "beta", "gamma"], 40
    start_together(children, script, [[str(path), name, str(rounds)] for name in names])
    store = FileTokenStore(path)
    for name in names:  # every process's last token is there: none overwrote another's key
        assert store.load(f"samco:{name}") == token(f"{name}-token-{rounds - 1}", None)
    assert store.load("samco:bystander") == token("bystander-token", None)
    assert temp_files(tmp_path) == []


class Logins:
    """An in-process login that counts and hands out login-1, login-2, ..."""

    def __init__(self, name: str) -> None:
        self.name, self.count = name, 0

    def fetch(self) -> StoredToken:
        self.count += 1
        return token(f"{self.name}-login-{self.count}")

    async def afetch(self) -> StoredToken:
        return self.fetch()


def accept(*tokens: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-session-token") in tokens:
            return httpx.Response(200, json=BOOK)
        return httpx.Response(401, json={"status": "Failure", "statusMessage": "expired"})

    return httpx.MockTransport(handler)


def test_a_renewal_saved_by_another_process_is_adopted_not_overwritten(tmp_path: Path) -> None:
    """Two "processes" (own store instances, own logins) on one file: A renews; B, holding
    the old token, gets a 401 and adopts A's token from the file instead of logging in and
    overwriting it."""
    path = tmp_path / "tokens.json"
    FileTokenStore(path).save(KEY, token("old-session"))
    a_login, b_login = Logins("a"), Logins("b")
    a = TokenAuth.for_broker("samco", provider=a_login, store=FileTokenStore(path), key=KEY)
    b = TokenAuth.for_broker("samco", provider=b_login, store=FileTokenStore(path), key=KEY)
    with httpx.Client(base_url=SAMCO, auth=b, transport=accept("old-session")) as client:
        client.get("/order/orderBook")  # B picks up the stored session
    assert b.token == token("old-session")
    # The broker expires the old session; A notices first and renews.
    with httpx.Client(base_url=SAMCO, auth=a, transport=accept("a-login-1")) as client:
        assert client.get("/order/orderBook").status_code == 200
    with httpx.Client(base_url=SAMCO, auth=b, transport=accept("a-login-1")) as client:
        response = client.get("/order/orderBook")
    assert response.status_code == 200
    assert response.request.headers["x-session-token"] == "a-login-1"
    assert (a_login.count, b_login.count) == (1, 0)
    assert FileTokenStore(path).load(KEY) == token("a-login-1")


async def test_async_renewal_waits_for_another_process_without_blocking_the_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tokens.json"
    other = FileTokenStore(path)  # stands in for another process renewing right now
    logins = Logins("here")
    auth = TokenAuth.for_broker(
        "samco", provider=logins, store=FileTokenStore(path, lock_timeout=20), key=KEY
    )
    held, release = threading.Event(), threading.Event()

    def other_process() -> None:
        with other.renewal_lock(KEY):
            held.set()
            release.wait(20)
            other.save(KEY, token("other-login-1"))

    thread = threading.Thread(target=other_process)
    thread.start()
    assert held.wait(10)
    try:
        async with httpx.AsyncClient(
            base_url=SAMCO, auth=auth, transport=accept("other-login-1")
        ) as client:
            call = asyncio.create_task(client.get("/order/orderBook"))
            ticks = 0
            for _ in range(10):  # the loop keeps running while the call waits for the lock
                await asyncio.sleep(0.02)
                ticks += 1
            assert ticks == 10 and not call.done()
            release.set()
            response = await asyncio.wait_for(call, 20)
    finally:
        release.set()
        thread.join()
    assert response.request.headers["x-session-token"] == "other-login-1"
    assert logins.count == 0


async def test_a_cancelled_wait_for_the_lock_releases_it_later(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    other = FileTokenStore(path)
    auth = TokenAuth.for_broker(
        "samco", provider=Logins("here"), store=FileTokenStore(path, lock_timeout=20), key=KEY
    )
    held, release = threading.Event(), threading.Event()

    def other_process() -> None:
        with other.renewal_lock(KEY):
            held.set()
            release.wait(20)

    thread = threading.Thread(target=other_process)
    thread.start()
    assert held.wait(10)
    async with httpx.AsyncClient(base_url=SAMCO, auth=auth, transport=accept()) as client:
        call = asyncio.create_task(client.get("/order/orderBook"))
        await asyncio.sleep(0.1)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    release.set()
    thread.join()
    # The worker thread got the lock after the cancel, and gave it back.
    lock = filelock.FileLock(
        path.with_name(f".{path.name}.{hashlib.sha256(KEY.encode()).hexdigest()[:16]}.renew.lock"),
        thread_local=False,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            lock.acquire(timeout=0)
            break
        except filelock.Timeout:
            assert time.monotonic() < deadline, "the cancelled renewal kept the lock"
            await asyncio.sleep(0.05)  # the release runs on this loop
    lock.release()
