"""One ``httpx.Auth`` for both brokers: put the session token on each request, renew it.

Samco sends the token bare in ``x-session-token``; Gopocket as ``Authorization: Bearer``.
That difference is two parameters (read from each spec's security scheme by
:meth:`TokenAuth.for_broker`), not two classes. Renewal is single-flight: however many threads
or asyncio tasks find the token expired (or get a 401) at once, one of them logs in and the
others reuse its token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import AbstractContextManager
from datetime import timedelta
from typing import Any, Protocol, TypeAlias, runtime_checkable

import httpx

from broker_overlays.auth.clock import Clock, system_clock
from broker_overlays.auth.token_store import (
    MemoryTokenStore,
    RenewalLocking,
    StoredToken,
    TokenStore,
)
from broker_overlays.errors import TokenExpiredError
from broker_overlays.flows import Flow, arun, run
from broker_overlays.redaction import Secret
from broker_overlays.spec_catalog import Operation, Router, catalog

log = logging.getLogger("broker_overlays.auth")

DEFAULT_REFRESH_MARGIN = timedelta(seconds=30)


@runtime_checkable
class TokenProvider(Protocol):
    """Something that can obtain a fresh token: a login, a refresh-token grant."""

    def fetch(self) -> StoredToken: ...

    async def afetch(self) -> StoredToken: ...


class TokenAuth(httpx.Auth):
    """Session-token auth for a generated client (sync and async).

    Before a request: renew if the token is missing or expires within ``refresh_margin``
    (per ``clock``). After a 401: renew once and resend once (a 401 means the call was not
    executed, so resending is safe); a second 401, or a 401 with nothing to renew from
    (``provider=None``, a static token), raises :class:`~broker_overlays.errors.TokenExpiredError`.

    Single flight: threads share one ``threading.Lock``, asyncio tasks one ``asyncio.Lock``
    per event loop; whoever gets the lock second finds the new token (in memory or in the
    store) and reuses it instead of logging in again. Across processes, a store that offers a
    ``renewal_lock`` (:class:`~broker_overlays.auth.token_store.FileTokenStore`) is locked
    around "re-read the store; only if no fresh token is there, log in and save", so
    processes sharing one token file log in once between them (the async path waits for that
    lock in a worker thread, never on the event loop). A sync and an async renewal that start
    at the very same moment are not serialised against each other (blocking the event loop
    on a thread lock could deadlock a sync call made from inside it); both then get a
    working token.
    """

    # The body must be buffered so that the request can be resent after a 401.
    requires_request_body = True

    def __init__(
        self,
        *,
        broker: str,
        header_name: str,
        prefix: str = "",
        provider: TokenProvider | None = None,
        token: StoredToken | None = None,
        store: TokenStore | None = None,
        key: str | None = None,
        clock: Clock = system_clock,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        expired_hint: str = "obtain a new session token",
    ) -> None:
        self.broker = broker
        self.header_name = header_name
        self.prefix = prefix
        self.provider = provider
        self.store: TokenStore = store if store is not None else MemoryTokenStore()
        self.key = key or f"{broker}:default"
        self.clock = clock
        self.refresh_margin = refresh_margin
        self.expired_hint = expired_hint
        self._token: StoredToken | None = None
        # A token that was already inside the margin when it arrived (e.g. fetched at 07:59:50
        # for an 08:00 cut-off) is used until it really expires, instead of renewing per call.
        self._no_margin_for: Secret | None = None
        self._thread_lock = threading.Lock()
        self._guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._unweakable_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._no_catalog = False
        self.router: Router | None = None
        """Maps requests to operations; set by the client builder to honour a base path."""
        if token is not None:
            self._install(token)

    @classmethod
    def for_broker(
        cls,
        broker: str,
        *,
        provider: TokenProvider | None = None,
        token: StoredToken | None = None,
        store: TokenStore | None = None,
        key: str | None = None,
        clock: Clock = system_clock,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        expired_hint: str = "obtain a new session token",
    ) -> TokenAuth:
        """A :class:`TokenAuth` whose header comes from ``broker``'s spec security scheme."""
        header_name, prefix = security_header(broker)
        return cls(
            broker=broker,
            header_name=header_name,
            prefix=prefix,
            provider=provider,
            token=token,
            store=store,
            key=key,
            clock=clock,
            refresh_margin=refresh_margin,
            expired_hint=expired_hint,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(broker={self.broker!r}, header={self.header_name!r}, "
            f"key={self.key!r}, renewable={self.provider is not None})"
        )

    # -- public helpers -------------------------------------------------------------------

    @property
    def token(self) -> StoredToken | None:
        """The token currently held in memory (``None`` before the first request)."""
        return self._token

    def invalidate(self) -> None:
        """Forget the token here and in the store (after a logout or revoke)."""
        self._token = None
        self.store.delete(self.key)

    def current(self) -> StoredToken:
        """A token fit to send now: the held one while fresh, else renewed (single flight,
        as for a request); for clients that carry the token elsewhere (WebSocket upgrades)."""
        return run(self._current_flow())

    async def acurrent(self) -> StoredToken:
        return await arun(self._current_flow())

    def renew(self, refused: Secret) -> StoredToken:
        """A new token after the broker refused ``refused`` (as after a 401): someone else's
        renewal is adopted, else the provider logs in; without one,
        :class:`~broker_overlays.errors.TokenExpiredError`."""
        return run(self._renew_flow(refused))

    async def arenew(self, refused: Secret) -> StoredToken:
        return await arun(self._renew_flow(refused))

    def _current_flow(self) -> Flow[StoredToken]:
        token = self._token
        if token is not None and self._fresh(token):
            return token
        return (yield from self._renewal(token, None, after_401=False))

    def _renew_flow(self, refused: Secret) -> Flow[StoredToken]:
        held = self._token
        stale = (
            held
            if held is not None and held.access_token == refused
            else StoredToken(access_token=refused, expires_at=None)
        )
        return (yield from self._renewal(stale, None, after_401=True))

    # -- httpx flows ----------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.read()
        flow, reply = self._steps(request), None
        while (step := _advance(flow, reply)) is not None:
            reply = (yield step) if isinstance(step, httpx.Request) else run(step)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow, reply = self._steps(request), None
        while (step := _advance(flow, reply)) is not None:
            reply = (yield step) if isinstance(step, httpx.Request) else await arun(step)

    def _steps(self, request: httpx.Request) -> _AuthFlow:
        """The decisions for one request, for both httpx flows above: yields the request to
        send (and is sent the response) or a renewal to run (and is sent its token). The
        common case, a fresh token in hand, runs no sub-flow."""
        operation = self._operation(request)
        token = self._sendable(operation)
        if token is None:
            yield from self._flow(request, operation)
            return
        self._apply(request, token)
        response = yield request
        if response.status_code == 401:
            yield from self._renew_and_resend(request, token, operation)

    def _sendable(self, operation: Operation | None) -> StoredToken | None:
        """The token to send right away: held, fresh, and the operation needs one."""
        token = self._token
        if token is None or (operation is not None and not operation.requires_auth):
            return None
        return token if self._fresh(token) else None

    def _flow(self, request: httpx.Request, operation: Operation | None) -> _AuthFlow:
        """:meth:`_steps` without a fresh token in hand: a login call, or a renewal first."""
        if operation is not None and not operation.requires_auth:
            yield request  # login calls carry no session header
            return
        token = self._token
        if token is None or not self._fresh(token):
            token = yield self._renewal(token, operation, after_401=False)
        self._apply(request, token)
        response = yield request
        if response.status_code == 401:
            yield from self._renew_and_resend(request, token, operation)

    def _renew_and_resend(
        self, request: httpx.Request, token: StoredToken, operation: Operation | None
    ) -> _AuthFlow:
        """After a 401 to ``token``: renew once and resend; a second 401 means expired."""
        log.info("%s: HTTP 401, renewing the session once and resending", self.broker)
        renewed = yield self._renewal(token, operation, after_401=True)
        self._apply(request, renewed)
        response = yield request
        if response.status_code == 401:
            self._discard(renewed)
            raise self._expired(operation, "the broker still refused the renewed session")

    # -- renewal --------------------------------------------------------------------------

    def _renewal(
        self, stale: StoredToken | None, operation: Operation | None, *, after_401: bool
    ) -> Flow[StoredToken]:
        with (yield _SingleFlight(self)):
            adopted = self._adopt(stale)
            if adopted is not None:
                return adopted
            provider = self.provider
            if provider is None:
                return self._without_provider(stale, operation, after_401=after_401)
            # Other processes sharing the store: whoever holds its lock logs in; the others
            # then find the new token in the store (re-read under the lock) and adopt it.
            with (yield _StoreRenewalLock(self)):
                adopted = self._adopt(stale)
                if adopted is not None:
                    return adopted
                log.info("%s: renewing the session token", self.broker)
                token: StoredToken = yield _Login(provider)
                self._install(token)
                log.info("%s: session token renewed", self.broker)
                return token

    def _store_lock(self, timeout: float | None = None) -> AbstractContextManager[None]:
        """The store's cross-process renewal lock for this key (a :class:`FileTokenStore`
        shared by several processes); a no-op for stores without one."""
        if isinstance(self.store, RenewalLocking):
            return self.store.renewal_lock(self.key, timeout)
        return contextlib.nullcontext()

    def _adopt(self, stale: StoredToken | None) -> StoredToken | None:
        """A usable token someone else obtained meanwhile (this process or, via the store,
        another one), so that waiters do not log in again."""
        for candidate in (self._token, self._load_stored()):
            if candidate is None:
                continue
            if stale is not None and candidate.access_token == stale.access_token:
                continue
            if self._fresh(candidate):
                self._token = candidate
                return candidate
        return None

    def _without_provider(
        self, stale: StoredToken | None, operation: Operation | None, *, after_401: bool
    ) -> StoredToken:
        if not after_401 and stale is not None and stale.is_valid(self.clock()):
            return stale  # inside the margin but not expired: nothing better to send
        if stale is not None:
            self._discard(stale)
        if after_401:
            raise self._expired(operation, "the broker refused the session")
        raise self._expired(operation, "no valid session token", status_code=None)

    def _fresh(self, token: StoredToken) -> bool:
        margin = (
            timedelta(0)
            if self._no_margin_for is not None and token.access_token == self._no_margin_for
            else self.refresh_margin
        )
        return token.is_valid(self.clock(), margin)

    def _install(self, token: StoredToken) -> None:
        now = self.clock()
        if token.is_valid(now) and not token.is_valid(now, self.refresh_margin):
            self._no_margin_for = token.access_token
        self._token = token
        try:
            self.store.save(self.key, token)
        except OSError:
            log.warning("%s: could not save the session token to %r", self.broker, self.store)

    def _load_stored(self) -> StoredToken | None:
        try:
            return self.store.load(self.key)
        except OSError:
            log.warning("%s: could not read the token store %r", self.broker, self.store)
            return None

    def _discard(self, token: StoredToken) -> None:
        """Drop a token the broker refused, so the next call does not send it again."""
        if self._token is not None and self._token.access_token == token.access_token:
            self._token = None
        stored = self._load_stored()
        if stored is not None and stored.access_token == token.access_token:
            self.store.delete(self.key)

    def _async_lock(self) -> asyncio.Lock:
        """The renewal lock of the running event loop (an asyncio.Lock is bound to one loop)."""
        loop = asyncio.get_running_loop()
        with self._guard:
            try:
                lock = self._async_locks.get(loop)
                if lock is None:
                    lock = self._async_locks[loop] = asyncio.Lock()
                return lock
            except TypeError:  # a loop implementation without weakref support
                if self._unweakable_lock is None or self._unweakable_lock[0] is not loop:
                    self._unweakable_lock = (loop, asyncio.Lock())
                return self._unweakable_lock[1]

    # -- small pieces ---------------------------------------------------------------------

    def _apply(self, request: httpx.Request, token: StoredToken) -> None:
        request.headers[self.header_name] = self.prefix + token.access_token.reveal()

    def _operation(self, request: httpx.Request) -> Operation | None:
        """The request's spec operation, resolved once and kept in ``request.extensions``
        for the transport (the auth flow is the first overlay to see a request)."""
        if self._no_catalog:
            return None
        try:
            if self.router is None:
                self.router = catalog(self.broker).router()
            return self.router.resolve(request)
        except (ImportError, KeyError, OSError, ValueError):  # no generated package / spec
            self._no_catalog = True
            return None

    def _expired(
        self, operation: Operation | None, reason: str, status_code: int | None = 401
    ) -> TokenExpiredError:
        return TokenExpiredError(
            f"session expired or revoked: {reason}; {self.expired_hint}",
            broker=self.broker,
            operation=operation.operation_id if operation is not None else None,
            status_code=status_code,
        )


_AuthFlow: TypeAlias = Generator[httpx.Request | Flow[StoredToken], Any, None]


def _advance(flow: _AuthFlow, reply: Any) -> httpx.Request | Flow[StoredToken] | None:
    """The flow's next step after ``reply``; None when it has ended."""
    try:
        return flow.send(reply)
    except StopIteration:
        return None


class _Held:
    """A lock or context manager an effect has entered: leaving the ``with`` releases it."""

    __slots__ = ("_exit",)

    def __init__(self, exit: Callable[..., bool | None]) -> None:
        self._exit = exit

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> bool:
        return bool(self._exit(*exc_info))


class _SingleFlight:
    """Effect: take this process's renewal lock (threads share one ``threading.Lock``,
    asyncio tasks one ``asyncio.Lock`` per event loop)."""

    __slots__ = ("auth",)

    def __init__(self, auth: TokenAuth) -> None:
        self.auth = auth

    def run(self) -> _Held:
        lock = self.auth._thread_lock
        lock.acquire()
        return _Held(lambda *_: lock.release())

    async def arun(self) -> _Held:
        lock = self.auth._async_lock()
        await lock.acquire()
        return _Held(lambda *_: lock.release())


class _StoreRenewalLock:
    """Effect: take the store's cross-process renewal lock (a no-op for most stores).

    Sync: waited for in place, except inside a running event loop (a sync call made from a
    coroutine), where only an immediately free lock is taken. Async: the (bounded) wait
    happens in a worker thread, never on the event loop."""

    __slots__ = ("auth",)

    def __init__(self, auth: TokenAuth) -> None:
        self.auth = auth

    def run(self) -> _Held:
        lock = self.auth._store_lock(timeout=0.0 if _in_event_loop() else None)
        lock.__enter__()
        return _Held(lock.__exit__)

    async def arun(self) -> _Held:
        lock = self.auth._store_lock()
        if isinstance(lock, contextlib.nullcontext):
            return _Held(lock.__exit__)
        entering = asyncio.ensure_future(asyncio.to_thread(lock.__enter__))
        try:
            await asyncio.shield(entering)
        except asyncio.CancelledError:
            # Cancelled while waiting: release the lock as soon as the thread gets it.
            entering.add_done_callback(lambda done: _exit_entered(lock, done))
            raise
        return _Held(lock.__exit__)


class _Login:
    """Effect: obtain a fresh token from the provider (``fetch`` or ``afetch``)."""

    __slots__ = ("provider",)

    def __init__(self, provider: TokenProvider) -> None:
        self.provider = provider

    def run(self) -> StoredToken:
        return self.provider.fetch()

    async def arun(self) -> StoredToken:
        return await self.provider.afetch()


def _in_event_loop() -> bool:
    """Whether this thread runs an event loop (a sync call made from inside a coroutine):
    then waiting for a lock an async renewal of the same loop holds would deadlock."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _exit_entered(lock: AbstractContextManager[None], entering: asyncio.Future[None]) -> None:
    if not entering.cancelled() and entering.exception() is None:
        lock.__exit__(None, None, None)


def security_header(broker: str) -> tuple[str, str]:
    """(header name, value prefix) of ``broker``'s session token, from its spec."""
    return catalog(broker).security_header
