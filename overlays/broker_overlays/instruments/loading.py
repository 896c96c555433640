"""Loading a broker's instrument master: the cached copy, or a (conditional) download.

One flow (:mod:`broker_overlays.flows`) holds the logic; :func:`load` drives it blocking and
:func:`aload` on the event loop, where disk I/O and parsing run in a worker thread
(``asyncio.to_thread``) so that a 180,000-row file does not stall the loop.

Per file: a fresh cached copy (see :mod:`~broker_overlays.instruments.cache`) is parsed without
asking the network; a stale one is re-checked with ``If-None-Match`` / ``If-Modified-Since``
(a 304 only refreshes its sidecar); anything else is downloaded. A downloaded body is parsed
(and so checked: a Gopocket file must start with ``Exch,``, FR:B5.1; a header must hold the
spec's required columns) before it replaces the cached copy. Connection errors, 429 and 5xx
are retried twice (1 s, then 3 s; Gopocket's users retry too, FR:B5.1), then raised typed.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import format_datetime
from functools import partial
from pathlib import Path
from typing import Final, Literal, TypeAlias, TypeVar
from urllib.parse import quote

import httpx

from broker_overlays import arguments
from broker_overlays.clock import Clock, system_clock
from broker_overlays.errors import (
    ClientValidationError,
    InstrumentMasterError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from broker_overlays.flows import Flow, Io, Sleep, arun, run
from broker_overlays.instruments.cache import CachedFile, Metadata, default_dir
from broker_overlays.instruments.model import (
    Broker,
    FileStatus,
    Instrument,
    InstrumentMaster,
    MasterFile,
)
from broker_overlays.instruments.parsing import OPERATIONS, RAW_EXCERPT, parse_file
from broker_overlays.spec_catalog import catalog

__all__ = ["DEFAULT_EXCHANGES", "USER_AGENT", "Refresh", "aload", "load", "master_url"]

Refresh: TypeAlias = Literal["auto", "always", "never"]
"""``auto``: use a fresh copy, re-check a stale one; ``always``: re-check now (conditional
GET); ``never``: the cached copy only (no network; an error when there is none)."""

DEFAULT_EXCHANGES: Final[Mapping[Broker, tuple[str, ...] | None]] = {
    "samco": None,  # one file holds every exchange: all of them
    "gopocket": ("NSE", "BSE", "NFO"),  # a file per exchange (gopocket.md §9)
}
"""What :func:`load` reads when ``exchanges`` is not given."""

USER_AGENT: Final = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36"
)
"""A browser's User-Agent: what Gopocket's contract-master users send (FR:B5.1)."""

_REFRESH: Final[Mapping[str, Refresh]] = {"auto": "auto", "always": "always", "never": "never"}
_ACCEPT: Final[Mapping[Broker, str]] = {"samco": "text/csv, */*;q=0.5", "gopocket": "text/csv"}
_SAMCO_FILE: Final = "ALL"
_INDICES: Final = "INDICES"
_EXCHANGE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,15}")
_RETRY_DELAYS: tuple[float, ...] = (1.0, 3.0)
_RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
logger = logging.getLogger(__name__)
T = TypeVar("T")


def master_url(broker: Broker, exchange: str | None = None, base_url: str | None = None) -> str:
    """The URL of a master file: Samco's one ScripMaster.csv, or Gopocket's file of
    ``exchange`` (lower case, as its users send it). ``base_url`` replaces the spec's server
    (a mock broker serves both at its root)."""
    url = catalog(broker).operation_url(OPERATIONS[broker], base_url)
    if broker == "gopocket":
        if not exchange:
            raise ClientValidationError("a Gopocket master is per exchange: name one")
        url = url.replace("{exchange}", quote(exchange.lower(), safe=""))
    return url


# -- effects -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Http:
    """The HTTP client of one load (sync or async, whichever the driver uses)."""

    sync: httpx.Client | None = None
    async_: httpx.AsyncClient | None = None


@dataclass(slots=True)
class _Get:
    """GET ``url``: the blocking or the awaited way."""

    http: _Http
    url: str
    headers: Mapping[str, str]

    def run(self) -> httpx.Response:
        if self.http.sync is None:  # pragma: no cover - the driver always sets it
            raise RuntimeError("no sync client")
        return self.http.sync.get(self.url, headers=dict(self.headers))

    async def arun(self) -> httpx.Response:
        if self.http.async_ is None:  # pragma: no cover - the driver always sets it
            raise RuntimeError("no async client")
        return await self.http.async_.get(self.url, headers=dict(self.headers))


def _work(fn: Callable[[], T]) -> Io[T]:
    """Disk or CPU work: in place (sync driver), in a worker thread (async driver)."""
    return Io(fn, partial(asyncio.to_thread, fn))


# -- the flow ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Target:
    exchange: str
    """The cache key: Samco ``ALL``, Gopocket the file's exchange."""
    url: str
    default_type: str = ""


@dataclass(frozen=True, slots=True)
class _Plan:
    broker: Broker
    targets: tuple[_Target, ...]
    only: frozenset[str] | None
    """Samco: keep these exchanges of the one file (None: all)."""
    folder: Path
    refresh: Refresh
    clock: Clock
    http: _Http


def _text(plan: _Plan, body: bytes) -> str:
    text = body.decode("utf-8-sig", errors="replace")
    if plan.broker == "gopocket" and text.lstrip()[:5].lower() != "exch,":
        raise InstrumentMasterError(
            "not a Gopocket contract master: a valid file starts with 'Exch,' (FR:B5.1)",
            broker=plan.broker,
            operation=OPERATIONS[plan.broker],
            raw_body=text[:RAW_EXCERPT],
        )
    return text


def _rows(plan: _Plan, target: _Target, body: bytes) -> list[Instrument]:
    """The rows of a file (Samco: of the asked exchanges, each of which must be there)."""
    rows, listed = parse_file(plan.broker, _text(plan, body), exchanges=plan.only,
                              default_type=target.default_type)  # fmt: skip
    missing = sorted((plan.only or frozenset()) - listed)
    if missing:
        raise ClientValidationError(
            f"no {', '.join(missing)} instruments in the {plan.broker} master (it lists "
            f"{', '.join(sorted(listed)) or 'none'}; MCX derivatives are under MFO, FR:A2.4)",
            broker=plan.broker,
        )
    return rows


def _store(cache: CachedFile, body: bytes, meta: Metadata) -> Path | None:
    """Cache a checked body; a cache that cannot be written costs a warning, not the load."""
    try:
        cache.write(body, meta)
    except OSError as exc:
        logger.warning("instrument cache %s not written: %s", cache.path, exc)
        return None
    return cache.path


def _checked(plan: _Plan, url: str, response: httpx.Response) -> None:
    """Raise the typed error of a status that carries no file."""
    status = response.status_code
    if status == 200:
        return
    broker, operation = plan.broker, OPERATIONS[plan.broker]
    if status == 429:
        raise RateLimitedError(
            f"instrument master {url}: too many requests",
            broker=broker, operation=operation, status_code=status,
        )  # fmt: skip
    if status >= 500:
        raise ServerError(
            f"instrument master {url}: HTTP {status}",
            broker=broker, operation=operation, status_code=status,
        )  # fmt: skip
    raise InstrumentMasterError(
        f"instrument master {url}: HTTP {status}, no file",
        broker=broker, operation=operation, status_code=status,
        raw_body=response.content[:RAW_EXCERPT].decode("utf-8", "replace"),
    )  # fmt: skip


def _get(plan: _Plan, url: str, headers: Mapping[str, str]) -> Flow[httpx.Response]:
    """GET with the retries of the module docstring."""
    for attempt in range(len(_RETRY_DELAYS) + 1):
        last = attempt == len(_RETRY_DELAYS)
        try:
            response: httpx.Response = yield _Get(plan.http, url, headers)
        except httpx.TransportError as exc:
            if last:
                raise NetworkError(
                    f"instrument master {url}: {type(exc).__name__}: {exc}",
                    broker=plan.broker,
                    operation=OPERATIONS[plan.broker],
                ) from exc
        else:
            if response.status_code not in _RETRY_STATUSES or last:
                return response
        yield Sleep(_RETRY_DELAYS[attempt])
    raise AssertionError("unreachable")  # pragma: no cover


def _headers(broker: Broker, cached: Metadata | None) -> dict[str, str]:
    """What a GET sends: a browser's User-Agent and ``Accept`` (FR:B5.1), and the validators
    of the cached copy, if any (a conditional GET)."""
    headers = {"Accept": _ACCEPT[broker], "User-Agent": USER_AGENT}
    if cached is not None:
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        headers["If-Modified-Since"] = cached.last_modified or format_datetime(
            cached.fetched_at.astimezone(UTC), usegmt=True
        )
    return headers


def _file(plan: _Plan, target: _Target) -> Flow[tuple[list[Instrument], MasterFile]]:
    """One file's rows: from the cache, or after a (conditional) download. A cached copy that
    no longer parses (the spec's required columns changed) is downloaded again in full."""
    cache = CachedFile(plan.folder, plan.broker, target.exchange)
    cached: tuple[Metadata, bytes] | None = yield _work(partial(cache.read, target.url))
    now = plan.clock().astimezone(UTC)

    def done(
        rows: list[Instrument], status: FileStatus, meta: Metadata, path: Path | None
    ) -> tuple[list[Instrument], MasterFile]:
        file = MasterFile(target.exchange, target.url, path, status, meta.fetched_at, len(rows))
        return rows, file

    def unusable(exc: InstrumentMasterError) -> None:
        logger.warning("instrument cache %s unusable (%s): downloading again", cache.path, exc)

    if cached is None and plan.refresh == "never":
        raise InstrumentMasterError(
            f"no cached copy of {target.url} in {plan.folder} (refresh='never')",
            broker=plan.broker,
            operation=OPERATIONS[plan.broker],
        )
    if cached is not None:
        meta, body = cached
        if plan.refresh == "never" or (plan.refresh == "auto" and meta.fresh(now)):
            try:
                rows = yield _work(partial(_rows, plan, target, body))
            except InstrumentMasterError as exc:
                if plan.refresh == "never":
                    raise
                unusable(exc)
                cached = None
            else:
                return done(rows, "cached", meta, cache.path)
    response = yield from _get(plan, target.url, _headers(plan.broker, cached and cached[0]))
    if response.status_code == 304 and cached is not None:
        try:
            rows = yield _work(partial(_rows, plan, target, cached[1]))
        except InstrumentMasterError as exc:
            unusable(exc)
            response = yield from _get(plan, target.url, _headers(plan.broker, None))
        else:
            meta = yield _work(partial(cache.confirm, cached[0], now))
            return done(rows, "not-modified", meta, cache.path)
    _checked(plan, target.url, response)
    body = response.content
    rows = yield _work(partial(_rows, plan, target, body))  # checked before it is cached
    meta = Metadata(
        url=target.url,
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        fetched_at=now,
        checked_at=now,
        size=len(body),
        sha256="",
    )
    path = yield _work(partial(_store, cache, body, meta))
    return done(rows, "downloaded", meta, path)


def _master(plan: _Plan) -> Flow[InstrumentMaster]:
    rows: list[Instrument] = []
    files = []
    for target in plan.targets:
        found, file = yield from _file(plan, target)
        rows += found
        files.append(file)
    return InstrumentMaster(plan.broker, rows, files)


# -- entry points --------------------------------------------------------------------------------


def _plan(
    broker: object,
    exchanges: Iterable[str] | None,
    cache_dir: str | Path | None,
    base_url: str | None,
    refresh: object,
    clock: Clock | None,
    http: _Http,
) -> _Plan:
    if broker not in OPERATIONS:
        raise ClientValidationError(f"unknown broker {broker!r} (samco or gopocket)")
    known: Broker = "samco" if broker == "samco" else "gopocket"
    mode = _REFRESH.get(refresh) if isinstance(refresh, str) else None
    if mode is None:
        raise ClientValidationError(f"refresh must be 'auto', 'always' or 'never', not {refresh!r}")
    if isinstance(exchanges, str):
        exchanges = [exchanges]
    names = DEFAULT_EXCHANGES[known] if exchanges is None else tuple(exchanges)
    for name in names or ():
        if not isinstance(name, str) or not _EXCHANGE.fullmatch(name.strip()):
            raise ClientValidationError(f"{name!r} is not an exchange code", broker=known)
    wanted = None if names is None else tuple(dict.fromkeys(n.strip().upper() for n in names))
    if wanted == ():
        raise ClientValidationError("exchanges is empty", broker=known)
    if base_url is not None:
        arguments.http_url("base_url", base_url, broker=known)
    if known == "samco":
        targets: tuple[_Target, ...] = (_Target(_SAMCO_FILE, master_url(known, None, base_url)),)
        only = None if wanted is None else frozenset(wanted)
    else:
        targets = tuple(
            _Target(name, master_url(known, name, base_url), "INDEX" if name == _INDICES else "")
            for name in wanted or ()
        )
        only = None
    folder = Path(cache_dir).expanduser() if cache_dir is not None else default_dir()
    return _Plan(known, targets, only, folder, mode, clock or system_clock, http)


def _sync_client(timeout: float) -> httpx.Client:
    """The client of a load without ``client=``."""
    return httpx.Client(timeout=timeout, follow_redirects=True)


def _async_client(timeout: float) -> httpx.AsyncClient:
    """The client of an aload without ``client=``."""
    return httpx.AsyncClient(timeout=timeout, follow_redirects=True)


def load(
    broker: Broker,
    exchanges: Iterable[str] | None = None,
    *,
    cache_dir: str | Path | None = None,
    base_url: str | None = None,
    refresh: Refresh = "auto",
    client: httpx.Client | None = None,
    timeout: float = 60.0,
    clock: Clock | None = None,
) -> InstrumentMaster:
    """``broker``'s instrument master, from the daily cache or the broker.

    ``exchanges``: Samco: keep these of its one file (default all); Gopocket: the files to
    read (default NSE, BSE, NFO; INDICES too on request). ``cache_dir``: default
    :func:`~broker_overlays.instruments.cache.default_dir`. ``base_url``: replaces the spec's
    server (e.g. a mock broker's URL; the master's path is appended). ``refresh``: see
    :data:`Refresh`. ``client``: an httpx client to send with (default: one of our own,
    ``timeout`` seconds, following redirects). ``clock``: the current time (tests).
    """
    plan = _plan(broker, exchanges, cache_dir, base_url, refresh, clock, _Http())
    if client is not None:
        plan.http.sync = client
        return run(_master(plan))
    with _sync_client(timeout) as own:
        plan.http.sync = own
        return run(_master(plan))


async def aload(
    broker: Broker,
    exchanges: Iterable[str] | None = None,
    *,
    cache_dir: str | Path | None = None,
    base_url: str | None = None,
    refresh: Refresh = "auto",
    client: httpx.AsyncClient | None = None,
    timeout: float = 60.0,
    clock: Clock | None = None,
) -> InstrumentMaster:
    """:func:`load` on the event loop (``client``: an ``httpx.AsyncClient``)."""
    plan = _plan(broker, exchanges, cache_dir, base_url, refresh, clock, _Http())
    if client is not None:
        plan.http.async_ = client
        return await arun(_master(plan))
    async with _async_client(timeout) as own:
        plan.http.async_ = own
        return await arun(_master(plan))
