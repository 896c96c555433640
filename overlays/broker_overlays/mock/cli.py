"""Command line of the mock brokers: serve one broker's spec at the root of ``http://HOST:PORT``.

``scripts/mock-server samco|gopocket [--host H] [--port N] [--no-rate-limit] ...``; port 0
picks a free port. ``--list-symbols`` prints the symbol universe (the default instruments,
plus those of ``--symbols FILE``, a CSV file: see :mod:`broker_overlays.mock.universe`) and
exits; ``--market-seed N`` seeds the market's random walk. The banner names the base URL and the credentials the mock accepts, so a
client can be pointed at it straight away. ``--request-log FILE`` appends every request to a
spec operation to FILE as JSON lines. ``--drift`` perturbs the answers of read operations the
way real brokers drift (``--drift-seed N``; ``GET /__mock__/drift`` says what was applied).
SIGTERM (and Ctrl-C) stop the server with exit code 0
within about a second, even while a ``timeout`` fault holds a request open.
"""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
from collections.abc import Sequence
from types import FrameType
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette

from broker_overlays.mock import create_app
from broker_overlays.mock.app import (
    CONTROL_PREFIX,
    MAX_BODY_BYTES,
    MAX_CONTROL_BODY_BYTES,
    MAX_JSON_DEPTH,
    MockConfig,
    server_of,
)
from broker_overlays.mock.background import SHUTDOWN_GRACE_S, MockUvicorn, listening_socket
from broker_overlays.mock.faults import (
    MAX_LATENCY_MS,
    MAX_SCRIPT_COUNT,
    SCRIPT_KINDS,
    STREAM_FAULT_KINDS,
    TIMEOUT_HOLD_S,
    DroppedConnection,
    FaultConfig,
    StreamFault,
)
from broker_overlays.mock.gopocket import (
    DEFAULT_API_SECRET as GOPOCKET_SECRET,
)
from broker_overlays.mock.gopocket import (
    DEFAULT_APP_CODE,
    DEFAULT_REDIRECT_URL,
    DEFAULT_USER_ID,
)
from broker_overlays.mock.samco import DEFAULT_API_KEY
from broker_overlays.mock.samco import DEFAULT_API_SECRET as SAMCO_SECRET
from broker_overlays.mock.universe import Universe, load_symbols, universe_table

DEFAULT_PORTS = {"samco": 8310, "gopocket": 8320}

LIMITS = "\n".join(
    [
        "limits (the broker's failure envelope, never a 500):",
        f"  {f'request body over {MAX_BODY_BYTES} bytes (1 MiB)':<62} -> 413",
        f"  {f'JSON body not UTF-8, not JSON, nested over {MAX_JSON_DEPTH} levels':<62} -> 400",
        f"  {f'POST {CONTROL_PREFIX}/faults body over {MAX_CONTROL_BODY_BYTES} bytes':<62} -> 413",
        f"  fault settings: latency_ms 0..{MAX_LATENCY_MS}, rates in [0, 1] (sum <= 1),",
        f"  {'error_status 5xx; unknown keys, operations, kinds; wrong types':<62} -> 400",
        "scripted faults (applied after the handler ran, e.g. the order is placed):",
        f'  POST {CONTROL_PREFIX}/faults {{"script": [{{"operation": "placeOrder",',
        f'    "fault": KIND, "count": 1..{MAX_SCRIPT_COUNT}, "status": 5xx (status only),',
        f'    "seconds": 0..{TIMEOUT_HOLD_S:g} (timeout only)}}]}}',
        f"  KIND: {', '.join(SCRIPT_KINDS)}",
        "streams (WebSocket; samco ws://HOST:PORT/stream, gopocket .../NorenWSWEBCODIFI/):",
        f"  GET {CONTROL_PREFIX}/streams[?frames=1&closed=1]: connections, subscriptions,",
        "    frame logs (last 500 a connection)",
        f'  POST {CONTROL_PREFIX}/streams {{"action": "drop"|"stall"|"malformed"|"off_spec"|',
        '    "burst", "connection": ID (default all), "code": N, "seconds": S, "ticks": N}',
        f'  POST {CONTROL_PREFIX}/faults {{"stream": [{{"fault": SKIND, "after": N frames,',
        '    "count": N, "seconds": S (stall), "code": N (drop)}]}',
        f"  SKIND: {', '.join(STREAM_FAULT_KINDS)}",
        f"request log: GET {CONTROL_PREFIX}/requests[?operation=ID] (DELETE clears it)",
        f"drift mode: GET {CONTROL_PREFIX}/drift (what was applied, per operation and field);",
        f'  POST {CONTROL_PREFIX}/drift {{"enabled": true|false, "seed": N}}; DELETE forgets',
        "  what was applied",
        f"SIGTERM stops the server with exit code 0 within about {SHUTDOWN_GRACE_S} s,",
        "even while a request is held open.",
        "",
        "symbol universe (prices move from the seed price with the clock; --symbols FILE adds",
        "CSV rows: exchange,token,symbol,seed_price[,trading_symbol,name,type,lot_size,",
        "tick_size,underlying,expiry,strike,option_type]):",
        *("  " + line for line in universe_table().splitlines()),
    ]
)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit mock",
        description="Serve a spec-driven mock broker (Samco Trade API / Gopocket OpenAPI).",
        epilog=LIMITS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    brokers = top.add_subparsers(dest="broker", required=True, metavar="{samco,gopocket}")
    samco = brokers.add_parser(
        "samco",
        help="Samco Trade API v3.2",
        epilog=LIMITS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    samco.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help="accepted API key (default: %(default)s)"
    )
    samco.add_argument(
        "--api-secret", default=SAMCO_SECRET, help="accepted API secret (default: %(default)s)"
    )
    samco.add_argument(
        "--redirect-url", default=None, help="registered OAuth redirect URL (default: accept any)"
    )
    gopocket = brokers.add_parser(
        "gopocket",
        help="Gopocket OpenAPI 1.0 (both generations)",
        epilog=LIMITS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    gopocket.add_argument(
        "--app-code", default=DEFAULT_APP_CODE, help="accepted app code (default: %(default)s)"
    )
    gopocket.add_argument(
        "--api-secret",
        default=GOPOCKET_SECRET,
        help="API secret of the checksum (default: %(default)s)",
    )
    gopocket.add_argument(
        "--user-id", default=DEFAULT_USER_ID, help="the user who logs in (default: %(default)s)"
    )
    gopocket.add_argument(
        "--redirect-url",
        default=DEFAULT_REDIRECT_URL,
        help="the app's redirect URL (default: %(default)s)",
    )
    for sub in (samco, gopocket):
        sub.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s)")
        sub.add_argument(
            "--port",
            type=int,
            default=None,
            help="port; 0 picks a free one (default: 8310 samco, 8320 gopocket)",
        )
        sub.add_argument(
            "--no-rate-limit", action="store_true", help="do not enforce the spec's rate limits"
        )
        sub.add_argument(
            "--symbols",
            metavar="FILE",
            default=None,
            help="a CSV file of instruments added to the default universe (columns: see below)",
        )
        sub.add_argument(
            "--market-seed", type=int, default=0, help="seed of the market's random walk (0)"
        )
        sub.add_argument(
            "--list-symbols",
            action="store_true",
            help="print the symbol universe (with --symbols) and exit",
        )
        sub.add_argument(
            "--request-log",
            metavar="FILE",
            default=None,
            help="append every request to a spec operation to FILE, one JSON object a line "
            "(time, operation, method, path, status, fault, drift, handled)",
        )
        drift = sub.add_argument_group("drift (also switchable at POST /__mock__/drift)")
        drift.add_argument(
            "--drift",
            action="store_true",
            help="perturb successful JSON answers of read operations (x-idempotent, no "
            "x-order-operation) the way real brokers drift: one perturbation per operation "
            "(renamed field, string<->number, missing field, new enum value, changed nesting), "
            "only where the spec check can detect it (a new value of an open enum, or a "
            "missing optional field, is not applied); the request log and GET /__mock__/drift "
            "name each one",
        )
        drift.add_argument(
            "--drift-seed",
            type=int,
            default=0,
            help="seed of the drift choices: same seed, same perturbation per operation (0)",
        )
        faults = sub.add_argument_group("faults (also switchable at POST /__mock__/faults)")
        faults.add_argument(
            "--latency-ms",
            type=int,
            default=0,
            help=f"delay every answer (0..{MAX_LATENCY_MS})",
        )
        faults.add_argument(
            "--error-rate",
            type=float,
            default=0.0,
            help="share of requests answered --error-status before anything runs ([0, 1])",
        )
        faults.add_argument(
            "--error-status", type=int, default=503, help="the 5xx of --error-rate (default 503)"
        )
        faults.add_argument(
            "--malformed-rate",
            type=float,
            default=0.0,
            help="share of answers garbled after the handler ran ([0, 1])",
        )
        faults.add_argument(
            "--drop-rate",
            type=float,
            default=0.0,
            help="share of connections dropped after the handler ran ([0, 1])",
        )
        faults.add_argument("--seed", type=int, default=None, help="seed of the random faults")
        streams = sub.add_argument_group(
            "streams (WebSocket; faults also at POST /__mock__/faults, actions at /__mock__/streams)"
        )
        streams.add_argument(
            "--stream-interval-ms",
            type=int,
            default=200,
            help="tick every subscribed symbol this often (0: only on demand; default 200)",
        )
        streams.add_argument(
            "--stream-idle-timeout",
            type=float,
            default=None,
            metavar="SECONDS",
            help="close a stream connection silent for this long (default: never)",
        )
        streams.add_argument(
            "--stream-fault",
            action="append",
            default=[],
            metavar="KIND[:key=value,...]",
            help="arm a stream fault (repeatable), e.g. drop:after=100,code=1011, "
            "stall:seconds=3,after=10, malformed:after=5, off_spec, reject_auth:count=2; "
            f"KIND: {', '.join(STREAM_FAULT_KINDS)}",
        )
    return top  # fmt: skip


def stream_fault(spec: str) -> StreamFault:
    """``KIND[:key=value,...]`` (``--stream-fault``) as a fault; ValueError if bad."""
    kind, _, rest = spec.partition(":")
    data: dict[str, object] = {"fault": kind}
    for item in filter(None, rest.split(",")):
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {item!r}")
        data[key.strip()] = float(value) if key.strip() == "seconds" else int(value)
    return StreamFault.from_json(data)


def app_from_args(args: argparse.Namespace) -> Starlette:
    config = MockConfig(
        rate_limit=not args.no_rate_limit,
        request_log=args.request_log,
        symbols=args.symbols,
        seed=args.market_seed,
        drift=args.drift,
        drift_seed=args.drift_seed,
        stream_interval_ms=args.stream_interval_ms,
        stream_idle_timeout_s=args.stream_idle_timeout,
        faults=FaultConfig(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            error_status=args.error_status,
            malformed_rate=args.malformed_rate,
            drop_rate=args.drop_rate,
            seed=args.seed,
        ),
    )
    stream_faults = [stream_fault(spec) for spec in args.stream_fault]
    if args.broker == "samco":
        app = create_app(
            "samco",
            config=config,
            api_key=args.api_key,
            api_secret=args.api_secret,
            redirect_url=args.redirect_url,
        )
    else:
        app = create_app(
            "gopocket",
            config=config,
            app_code=args.app_code,
            api_secret=args.api_secret,
            user_id=args.user_id,
            redirect_url=args.redirect_url,
        )
    faults = server_of(app).faults
    for entry in stream_faults:
        faults.script_stream(
            entry.kind, after=entry.after, count=entry.count, seconds=entry.seconds, code=entry.code
        )
    return app


def banner(app: Starlette, base_url: str) -> str:
    server = server_of(app)
    state = server.state
    lines = [f"mock {server.broker} broker serving its spec", f"base_url: {base_url}", "accepts:"]
    lines += [f"  {name}: {value}" for name, value in state.credentials().items()]
    creds = state.credentials()
    if server.broker == "samco":
        query = urlencode({"api_key": creds["api key"], "redirect_url": "<your redirect URL>"})
        lines.append(f"oauth consent: {base_url}/app/oauth/authorize?{query}")
        lines.append(
            f"connect: broker_overlays.samco.connect(API_KEY, API_SECRET, base_url={base_url!r})"
        )
    else:
        lines.append(f"browser login: {base_url}/?{urlencode({'appcode': creds['app code']})}")
        lines.append(
            "connect: broker_overlays.gopocket.connect_callback(callback_url=<redirect Location>, "
            f"api_secret=API_SECRET, base_url={base_url!r})"
        )
    limits = "on (spec x-rate-limits)" if server.throttle is not None else "off"
    lines.append(f"rate limits: {limits}")
    if server.drift.enabled:
        lines.append(
            f"drift: on (seed {server.drift.seed}; applied: {base_url}{CONTROL_PREFIX}/drift)"
        )
    lines.append(f"control: {base_url}{CONTROL_PREFIX}/faults  {base_url}{CONTROL_PREFIX}/state")
    return "\n".join(lines)


class _HideDrops(logging.Filter):
    """Dropped connections are injected faults, not application errors: log one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], DroppedConnection):
            record.msg, record.args, record.exc_info = "mock fault: connection dropped", (), None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class _Stopped(Exception):
    """SIGTERM/SIGINT before or after uvicorn handled it (uvicorn re-raises the signal)."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def serve(app: Starlette, host: str, port: int) -> None:
    """Bind (port 0: a free port), print the banner, then serve until SIGTERM / SIGINT.

    uvicorn handles the signal while it serves (held requests are cancelled after a short
    grace period) and raises it again once stopped; the handlers installed here turn that
    into a normal return, so that the process exits 0 instead of dying by the signal.
    """
    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        sock = listening_socket(host, port)
        bound = sock.getsockname()[1]
        shown = f"[{host}]" if sock.family == socket.AF_INET6 else host
        # uvicorn configures logging here: before the banner, so that a signal right after
        # it cannot interrupt dictConfig (which would wrap _Stopped into a ValueError).
        config = uvicorn.Config(
            app,
            log_level="info",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
        )
        server = MockUvicorn(config, app)
        logging.getLogger("uvicorn.error").addFilter(_HideDrops())
        print(banner(app, f"http://{shown}:{bound}"), flush=True)
        server.run(sockets=[sock])
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.list_symbols:
        try:
            universe = Universe()
            if args.symbols:
                universe = universe.extended(load_symbols(args.symbols))
        except (OSError, ValueError) as exc:
            print(f"mock-server: {args.symbols}: {exc}", file=sys.stderr)
            return 2
        print(universe_table(universe))
        return 0
    try:
        app = app_from_args(args)
    except OSError as exc:
        print(f"mock-server: cannot read the symbols file: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"mock-server: {exc}", file=sys.stderr)
        return 2
    if args.request_log is not None:
        try:
            with open(args.request_log, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            print(f"mock-server: cannot write the request log: {exc}", file=sys.stderr)
            return 2
    port = DEFAULT_PORTS[args.broker] if args.port is None else args.port
    try:
        serve(app, args.host, port)
    except OSError as exc:
        print(f"mock-server: cannot listen on {args.host}:{port}: {exc}", file=sys.stderr)
        return 1
    return 0
