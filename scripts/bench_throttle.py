"""Benchmark the throttle where the broker counts: arrivals at a (mock) broker's server.

A loopback HTTP server (the Samco mock broker, enforcing the spec's documented windows
*exactly*, served by uvicorn) is wrapped in an ASGI recorder that stamps every arriving
request with ``time.monotonic()``. Client processes, started as subprocesses of this script,
acquire the throttle, wait a random 0..``--jitter-ms`` ms (the network between admission and
the broker), then send the request. Scenarios:

- ``memory``: 4 threads in one process, :class:`MemoryBackend`;
- ``sqlite``: 3 processes x 4 threads sharing one :class:`SQLiteBackend` file;
- ``redis``: 3 processes x 4 threads sharing one :class:`RedisBackend` (a private
  redis-server, started like the test fixture, or ``BROKER_TEST_REDIS_URL``);
- ``orders``: the overlays' Samco client with default settings (``samco.connect``), 4
  threads placing orders as fast as it lets them (no injected jitter: its own path only).

For every scenario and margin it reports what the server saw in each window of the category
(sliding, closed, every length the spec gives; Samco order: 10/1 s and 200/60 s): arrivals,
the most arrivals in any window against the limit, how many arrivals were over the limit in
the window ending at them, the broker's 429s, and the utilisation of the binding window (the
most used window that the run spans). Utilisation is the sustained rate against the window,
``T * (N - L) / sum(a[i + L] - a[i])``: the L-th next arrival comes on average that much
later than the window allows (100 % = the limit). Plain ``arrivals / (limit x seconds)``
(arrivals within the run) is shown too, but it is quantised by a whole window's limit: at
10/s an 18 s run holds 18 or 19 bursts of 10 whether each window is enforced 1000 or 1050 ms
long, so it cannot show what a margin costs.

Runs last 18 s by default (``--seconds``): at 10/s, 20 s would also use up the 200/min
window, and the 1 s window is the one whose edges a margin must protect. Callers still
waiting for the throttle when a run ends are abandoned (reported as "waiting at the end").

``scripts/bench-throttle [--seconds 18] [--scenarios memory,sqlite,redis,orders]
[--margins default,exact] [--jitter-ms 20] [--out docs/bench-throttle.md]``; a margin is
``default``, ``exact``, or ``GUARD_MS[/HEADROOM]`` (e.g. ``40`` or ``0/0.1``). Exit status 1
if a run with the default margin missed the goal (no window over the limit, no 429, binding
utilisation >= 95 %).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from broker_overlays.spec_catalog import RateWindow, catalog
from broker_overlays.throttle import (
    DEFAULT_MARGIN,
    EXACT_MARGIN,
    Backend,
    MemoryBackend,
    RedisBackend,
    SafetyMargin,
    SQLiteBackend,
    Throttle,
)

ROOT = Path(__file__).resolve().parent.parent
BROKER = "samco"
CATEGORY = "order"
PATH = "/order/placeOrder"  # a Samco "order" operation; unauthenticated: 401 within the limit
SCENARIOS = ("memory", "sqlite", "redis", "orders")
PING = "/__bench__/ping"  # answered by the recorder itself: warms connections, not counted
GRACE = 3.0  # seconds after a run for the calls already admitted to arrive

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# --------------------------------------------------------------------------- margins


def parse_margin(text: str) -> tuple[str, SafetyMargin]:
    """``default`` | ``exact`` | ``GUARD_MS[/HEADROOM]`` -> (label, margin)."""
    if text == "default":
        margin = DEFAULT_MARGIN
        return f"default ({describe(margin)})", margin
    if text == "exact":
        return "exact", EXACT_MARGIN
    guard, _, headroom = text.partition("/")
    margin = SafetyMargin(guard_ms=int(guard), headroom=float(headroom or 0))
    return describe(margin), margin


def describe(margin: SafetyMargin) -> str:
    if margin.is_exact:
        return "exact"
    parts = [f"guard {margin.guard_ms} ms"] if margin.guard_ms else []
    parts += [f"headroom {margin.headroom:g}"] if margin.headroom else []
    return ", ".join(parts)


# --------------------------------------------------------------------------- server side


@dataclass
class Arrival:
    at: float  # server's time.monotonic() when the request reached the app
    wall: float  # server's time.time(), to compare with the client's admission stamp
    path: str
    admitted_wall: float | None  # client's time.time() right after admission (if sent)
    status: int = 0


class ArrivalRecorder:
    """Pure-ASGI wrapper: stamps each HTTP request on arrival, then notes its status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.arrivals: list[Arrival] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        at, wall = time.monotonic(), time.time()
        if scope["path"] == PING:
            await send({"type": "http.response.start", "status": 204, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        headers = dict(scope["headers"])
        raw = headers.get(b"x-bench-admitted")
        arrival = Arrival(at, wall, scope["path"], float(raw) if raw else None)
        self.arrivals.append(arrival)

        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                arrival.status = int(message["status"])
            await send(message)

        await self.app(scope, receive, noting)


@dataclass
class Served:
    url: str
    recorder: ArrivalRecorder


def serve_mock(stack: ExitStack) -> Served:
    """A fresh Samco mock (fresh budgets), rate limits on, behind the recorder."""
    from broker_overlays.mock import MockConfig, create_app
    from broker_overlays.mock.background import BackgroundServer

    recorder = ArrivalRecorder(create_app(BROKER, config=MockConfig(rate_limit=True)))
    url = stack.enter_context(BackgroundServer(recorder))  # type: ignore[arg-type]
    return Served(url, recorder)


# --------------------------------------------------------------------------- client side


def worker(config: dict[str, Any]) -> None:
    """One client process: ``threads`` threads acquire, wait the jitter, then POST."""
    margin = SafetyMargin(guard_ms=config["guard_ms"], headroom=config["headroom"])
    backend: Backend
    if config["backend"] == "memory":
        backend = MemoryBackend()
    elif config["backend"] == "sqlite":
        backend = SQLiteBackend(config["target"])
    else:
        backend = RedisBackend(config["target"], prefix=config["namespace"])
    throttle = Throttle.for_broker(
        BROKER, backend=backend, account=config["namespace"], margin=margin
    )
    clients = [httpx.Client(base_url=config["url"], timeout=60) for _ in range(config["threads"])]
    for client in clients:
        client.get(PING)  # open the keep-alive connection before the clock starts
    counts = {"admitted": 0, "errors": 0}
    lock = threading.Lock()

    def run(index: int, client: httpx.Client, start_at: float) -> None:
        rng = random.Random(config["seed"] * 1000 + index)
        jitter = config["jitter_ms"] / 1000
        time.sleep(max(0.0, start_at - time.time()))
        while time.time() < start_at + config["seconds"]:
            throttle.acquire(CATEGORY)
            admitted = time.time()
            with lock:
                counts["admitted"] += 1
            time.sleep(rng.uniform(0, jitter))
            try:
                client.post(PATH, json={}, headers={"x-bench-admitted": f"{admitted:.6f}"})
            except httpx.HTTPError:
                with lock:
                    counts["errors"] += 1

    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    threads = [
        threading.Thread(target=run, args=(i, client, start_at), daemon=True)
        for i, client in enumerate(clients)
    ]
    finish(threads, start_at + config["seconds"], counts)


def orders(config: dict[str, Any]) -> None:
    """The overlays' Samco client with default settings: ``threads`` threads place orders."""
    from broker_overlays import samco
    from broker_overlays.errors import BrokerError
    from broker_overlays.mock.samco import DEFAULT_API_KEY, DEFAULT_API_SECRET
    from samco_client.api.limits import get_limits
    from samco_client.api.orders import place_order
    from samco_client.models import PlaceOrderRequest

    order = PlaceOrderRequest(
        symbol_name="INFY", exchange="NSE", transaction_type="BUY", order_type="L",
        price="1000.00", quantity="1", order_validity="DAY", product_type="MIS",
    )  # fmt: skip
    clients = []
    for _ in range(config["threads"]):
        client = samco.connect(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=config["url"])
        get_limits.sync(client=client)  # log in ("non-trading" budget) before the clock starts
        clients.append(client)
    counts: dict[str, int] = {"admitted": 0, "errors": 0}
    lock = threading.Lock()

    def run(client: Any, start_at: float) -> None:
        time.sleep(max(0.0, start_at - time.time()))
        while time.time() < start_at + config["seconds"]:
            outcome = "admitted"
            try:
                place_order.sync(client=client, body=order)
            except BrokerError as exc:
                outcome = type(exc).__name__
            with lock:
                counts[outcome] = counts.get(outcome, 0) + 1
                if outcome != "admitted":
                    counts["errors"] += 1

    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    threads = [
        threading.Thread(target=run, args=(client, start_at), daemon=True) for client in clients
    ]
    finish(threads, start_at + config["seconds"], counts)


def finish(threads: Sequence[threading.Thread], deadline: float, counts: dict[str, int]) -> None:
    """Run the callers until the deadline (plus time for calls in flight), report, exit.

    Callers still waiting for the throttle then (e.g. for a minute window that a 20 s run
    filled) are abandoned rather than waited for: the run measures its own seconds only.
    """
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline + GRACE - time.time()))
    counts["waiting at the end"] = sum(thread.is_alive() for thread in threads)
    print(json.dumps(counts), flush=True)
    os._exit(0)  # without joining the abandoned callers


def run_clients(configs: Sequence[dict[str, Any]], mode: str) -> tuple[float, list[dict[str, int]]]:
    """Start the client processes, start them together once all are ready; (start, counts)."""
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, mode, json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for config in configs
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if line.strip() != "ready":
                raise RuntimeError(f"client process did not start (said {line!r})")
        start_at = time.time() + 0.5
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"{start_at}\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, _ = proc.communicate(timeout=600)
            if proc.returncode != 0:
                raise RuntimeError(f"client process failed ({proc.returncode})")
            results.append(json.loads(out.strip().splitlines()[-1]))
        return start_at, results
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


# --------------------------------------------------------------------------- analysis


def max_in_window(times: Sequence[float], length: float) -> int:
    """Most arrivals (sorted) in any closed window ``[t, t + length]``."""
    best = start = 0
    for end, at in enumerate(times):
        while at - times[start] > length:
            start += 1
        best = max(best, end - start + 1)
    return best


def over_limit(times: Sequence[float], length: float, limit: int) -> int:
    """Arrivals that are beyond ``limit`` in the closed window of ``length`` ending at them."""
    return sum(1 for i in range(limit, len(times)) if times[i] - times[i - limit] <= length)


def sustained(times: Sequence[float], length: float, limit: int) -> float:
    """Sustained rate against the window (1.0 = the limit); see the module docstring."""
    n = len(times)
    if n <= limit:
        return n / limit
    gaps = sum(times[n - limit :]) - sum(times[:limit])  # == sum(times[i + L] - times[i])
    return length * (n - limit) / gaps if gaps > 0 else float("inf")


@dataclass
class WindowResult:
    window: RateWindow
    max_arrivals: int
    over: int
    utilisation: float
    plain: float | None  # arrivals in the run / (limit x seconds / T), if the run spans T


@dataclass
class Result:
    scenario: str
    margin: str
    seconds: float
    clients: str
    admitted: int
    arrivals: int
    rejected_429: int
    errors: dict[str, int]
    windows: list[WindowResult] = field(default_factory=list)
    delays_ms: list[float] = field(default_factory=list)
    safety: SafetyMargin = EXACT_MARGIN

    @property
    def binding(self) -> WindowResult:
        """The most used of the windows the run spans (a 60 s window cannot bind a 18 s
        run's rate; its share of the budget is still reported)."""
        spanned = [w for w in self.windows if w.window.seconds <= self.seconds] or self.windows
        return max(spanned, key=lambda w: w.utilisation)

    @property
    def ok(self) -> bool:
        return (
            all(w.over == 0 for w in self.windows)
            and self.rejected_429 == 0
            and self.binding.utilisation >= 0.95
        )


def analyse(
    scenario: str,
    margin: str,
    run: tuple[float, float],
    clients: str,
    counts: Sequence[dict[str, int]],
    arrivals: Sequence[Arrival],
) -> Result:
    mine = sorted((a for a in arrivals if a.path == PATH), key=lambda a: a.at)
    times = [a.at for a in mine]
    start_at, seconds = run
    in_run = sum(1 for a in mine if start_at <= a.wall < start_at + seconds)
    errors: dict[str, int] = {}
    for c in counts:
        for key, value in c.items():
            if key != "admitted" and value:
                errors[key] = errors.get(key, 0) + value
    result = Result(
        scenario=scenario,
        margin=margin,
        seconds=seconds,
        clients=clients,
        admitted=sum(c["admitted"] for c in counts),
        arrivals=len(mine),
        rejected_429=sum(1 for a in mine if a.status == 429),
        errors=errors,
        delays_ms=[(a.wall - a.admitted_wall) * 1000 for a in mine if a.admitted_wall is not None],
    )
    for window in catalog(BROKER).rate_windows()[CATEGORY]:
        length = float(window.seconds)
        plain = in_run / (window.limit * seconds / length) if length <= seconds else None
        result.windows.append(
            WindowResult(
                window=window,
                max_arrivals=max_in_window(times, length),
                over=over_limit(times, length, window.limit),
                utilisation=sustained(times, length, window.limit),
                plain=plain,
            )
        )
    return result


# --------------------------------------------------------------------------- scenarios


def run_scenario(
    name: str, label: str, margin: SafetyMargin, args: argparse.Namespace, stack: ExitStack
) -> Result:
    with ExitStack() as local:
        served = serve_mock(local)
        processes = 1 if name in ("memory", "orders") else args.processes
        base: dict[str, Any] = {
            "url": served.url,
            "seconds": args.seconds,
            "threads": args.threads,
            "jitter_ms": args.jitter_ms,
            "guard_ms": margin.guard_ms,
            "headroom": margin.headroom,
            "namespace": f"bench-{uuid.uuid4().hex[:12]}",
            "backend": name,
            "target": "",
        }
        if name == "sqlite":
            tmp = local.enter_context(tempfile.TemporaryDirectory(prefix="bench-throttle-"))
            base["target"] = str(Path(tmp) / "throttle.db")
        elif name == "redis":
            base["target"] = redis_url(stack)
        configs = [{**base, "seed": args.seed * 100 + i} for i in range(processes)]
        mode = "_orders" if name == "orders" else "_worker"
        print(f"[bench] {name}, margin {label}, {args.seconds:g} s ...", file=sys.stderr)
        start_at, counts = run_clients(configs, mode)
        arrivals = list(served.recorder.arrivals)
    clients = f"{processes} x {args.threads} threads"
    result = analyse(name, label, (start_at, args.seconds), clients, counts, arrivals)
    result.safety = margin
    return result


_REDIS: list[str] = []


def redis_url(stack: ExitStack) -> str:
    """``BROKER_TEST_REDIS_URL`` or a private redis-server for the whole run."""
    if not _REDIS:
        url = os.environ.get("BROKER_TEST_REDIS_URL")
        if not url:
            sys.path.insert(0, str(ROOT / "tests"))
            from redis_server import running_redis

            url = stack.enter_context(running_redis())
        _REDIS.append(url)
    return _REDIS[0]


# --------------------------------------------------------------------------- report


def pct(value: float) -> str:
    return f"{value:.1%}"


def results_table(results: Sequence[Result]) -> str:
    """One row per run: what the server saw in each window, 429s, utilisation, verdict."""
    if not results:
        return ""
    heads = [
        f"max in any {w.window.seconds} s (limit {w.window.limit})" for w in results[0].windows
    ]
    lines = [
        "| scenario | clients | margin | admitted | arrivals | "
        + " | ".join(heads)
        + " | windows over | 429s | utilisation | arrivals/(limit x s) | verdict |",
        "|---|---|---|---:|---:|" + "---:|" * len(heads) + "---:|---:|---:|---:|---|",
    ]
    for r in results:
        b = r.binding
        maxima = " | ".join(
            f"**{w.max_arrivals}**" if w.over else str(w.max_arrivals) for w in r.windows
        )
        plain = pct(b.plain) if b.plain is not None else "-"
        lines.append(
            f"| {r.scenario} | {r.clients} | {r.margin} | {r.admitted} | {r.arrivals} "
            f"| {maxima} | {sum(w.over for w in r.windows)} | {r.rejected_429} "
            f"| {pct(b.utilisation)} ({b.window.limit}/{b.window.seconds} s) | {plain} "
            f"| {'ok' if r.ok else 'FAIL'} |"
        )
    return "\n".join(lines)


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def delay_table(results: Sequence[Result]) -> str:
    lines = [
        "| scenario | margin | requests | min | median | p99 | max | spread (max - min) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        d = r.delays_ms
        if not d:
            continue
        lines.append(
            f"| {r.scenario} | {r.margin} | {len(d)} | {min(d):.1f} | {statistics.median(d):.1f} "
            f"| {quantile(d, 0.99):.1f} | {max(d):.1f} | {max(d) - min(d):.1f} |"
        )
    return "\n".join(lines)


def errors_note(results: Sequence[Result]) -> str:
    notes = [
        f"- {r.scenario} ({r.margin}), at the clients: "
        + ", ".join(f"{n} x {k}" for k, n in sorted(r.errors.items()))
        for r in results
        if r.errors
    ]
    return "\n".join(notes)


def ceilings(results: Sequence[Result]) -> str:
    """What each guard allows at most: a full window every ``T + guard + 1`` ms (closed)."""
    margins = {r.margin: r.safety for r in results}
    shortest = min(catalog(BROKER).rate_windows()[CATEGORY], key=lambda w: w.seconds)
    parts = []
    for label, margin in margins.items():
        enforced = margin.enforced(shortest)
        ceiling = enforced.limit / shortest.limit * shortest.seconds * 1000 / (enforced.ms + 1)
        parts.append(f"{label}: {ceiling:.1%}")
    if not parts:
        return ""
    return f"Ceiling of the utilisation of the {shortest.seconds} s window, by margin: " + (
        "; ".join(parts) + "."
    )


def report(results: Sequence[Result], args: argparse.Namespace, command: str) -> str:
    windows = ", ".join(
        f"{w.limit}/{w.seconds} s" for w in catalog(BROKER).rate_windows()[CATEGORY]
    )
    parts = [
        "# Throttle benchmark: arrivals counted at the broker's server",
        "",
        f"Generated by `{command}` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"({os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}).",
        "",
        f"Server: the Samco mock on loopback (uvicorn), counting `{CATEGORY}` calls ({windows}) "
        "exactly and answering 429 beyond them; an ASGI recorder stamps every arrival. Clients: "
        f"throttle, then a random 0-{args.jitter_ms:g} ms delay (network jitter), then "
        f"`POST {PATH}` ({args.seconds:g} s per run). `orders`: the overlays' Samco client with "
        "default settings placing orders from 4 threads, no injected delay. Windows are sliding "
        "and closed; **bold** maxima are over the limit; *windows over* counts arrivals beyond "
        "the limit in the window ending at them; *utilisation* is the sustained rate against "
        "the binding window (100 % = the limit; see `scripts/bench_throttle.py`), "
        "*arrivals/(limit x s)* the plain ratio, quantised by up to one window's limit at the "
        "run's edges. Verdict ok: no window over, no 429, utilisation >= 95 %. How the default "
        "margin was chosen from these figures: `overlays/broker_overlays/throttle.py` (module "
        "docstring).",
        "",
        results_table(results),
        "",
        ceilings(results),
        "",
        "Delay from admission (client's clock, right after `acquire`) to arrival (server), ms:",
        "",
        delay_table(results),
    ]
    notes = errors_note(results)
    if notes:
        parts += ["", notes]
    return "\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=18.0, help="per run (default 18)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--margins", default="default,exact", help="default, exact, G[/H]")
    parser.add_argument("--jitter-ms", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=4, help="per client process")
    parser.add_argument("--processes", type=int, default=3, help="for sqlite and redis")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the report (Markdown) here")
    args = parser.parse_args()
    margins = [parse_margin(m) for m in args.margins.split(",")]
    results = []
    with ExitStack() as stack:
        for name in args.scenarios.split(","):
            if name not in SCENARIOS:
                raise SystemExit(f"unknown scenario {name!r} (choose from {SCENARIOS})")
            # The overlays' client runs with its defaults only.
            for label, margin in [parse_margin("default")] if name == "orders" else margins:
                results.append(run_scenario(name, label, margin, args, stack))
                print(results_table(results[-1:]), file=sys.stderr, flush=True)
    command = shlex.join(["scripts/bench-throttle", *sys.argv[1:]])
    text = report(results, args, command)
    print(text)
    if args.out:
        args.out.write_text(text)
    defaults = [r for r in results if r.margin.startswith("default")]
    return 0 if all(r.ok for r in defaults) else 1


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] in ("_worker", "_orders"):  # a client process
        (worker if sys.argv[1] == "_worker" else orders)(json.loads(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
