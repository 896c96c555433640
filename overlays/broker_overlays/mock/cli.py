"""Command line of the mock brokers: serve one broker's spec at the root of ``http://HOST:PORT``.

``scripts/mock-server samco|gopocket [--host H] [--port N] [--no-rate-limit] ...``; port 0
picks a free port. The banner names the base URL and the credentials the mock accepts, so a
client can be pointed at it straight away.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from collections.abc import Sequence
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette

from broker_overlays.mock import create_app
from broker_overlays.mock.app import CONTROL_PREFIX, MockConfig, server_of
from broker_overlays.mock.background import listening_socket
from broker_overlays.mock.faults import DroppedConnection, FaultConfig
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

DEFAULT_PORTS = {"samco": 8310, "gopocket": 8320}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="mock-server",
        description="Serve a spec-driven mock broker (Samco Trade API / Gopocket OpenAPI).",
    )
    brokers = top.add_subparsers(dest="broker", required=True, metavar="{samco,gopocket}")
    samco = brokers.add_parser("samco", help="Samco Trade API v3.2")
    samco.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help="accepted API key (default: %(default)s)"
    )
    samco.add_argument(
        "--api-secret", default=SAMCO_SECRET, help="accepted API secret (default: %(default)s)"
    )
    samco.add_argument(
        "--redirect-url", default=None, help="registered OAuth redirect URL (default: accept any)"
    )
    gopocket = brokers.add_parser("gopocket", help="Gopocket OpenAPI 1.0 (both generations)")
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
        faults = sub.add_argument_group("faults (also switchable at POST /__mock__/faults)")
        faults.add_argument("--latency-ms", type=int, default=0)
        faults.add_argument("--error-rate", type=float, default=0.0)
        faults.add_argument("--error-status", type=int, default=503)
        faults.add_argument("--malformed-rate", type=float, default=0.0)
        faults.add_argument("--drop-rate", type=float, default=0.0)
        faults.add_argument("--seed", type=int, default=None)
    return top  # fmt: skip


def app_from_args(args: argparse.Namespace) -> Starlette:
    config = MockConfig(
        rate_limit=not args.no_rate_limit,
        faults=FaultConfig(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            error_status=args.error_status,
            malformed_rate=args.malformed_rate,
            drop_rate=args.drop_rate,
            seed=args.seed,
        ),
    )
    if args.broker == "samco":
        return create_app(
            "samco",
            config=config,
            api_key=args.api_key,
            api_secret=args.api_secret,
            redirect_url=args.redirect_url,
        )
    return create_app(
        "gopocket",
        config=config,
        app_code=args.app_code,
        api_secret=args.api_secret,
        user_id=args.user_id,
        redirect_url=args.redirect_url,
    )


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
            "connect: broker_overlays.gopocket.connect(callback_url=<redirect Location>, "
            f"api_secret=API_SECRET, base_url={base_url!r})"
        )
    limits = "on (spec x-rate-limits)" if server.throttle is not None else "off"
    lines.append(f"rate limits: {limits}")
    lines.append(f"control: {base_url}{CONTROL_PREFIX}/faults  {base_url}{CONTROL_PREFIX}/state")
    return "\n".join(lines)


class _HideDrops(logging.Filter):
    """Dropped connections are injected faults, not application errors: log one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], DroppedConnection):
            record.msg, record.args, record.exc_info = "mock fault: connection dropped", (), None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def serve(app: Starlette, host: str, port: int) -> None:
    """Bind (port 0: a free port), print the banner, then serve until interrupted."""
    sock = listening_socket(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if sock.family == socket.AF_INET6 else host
    print(banner(app, f"http://{shown}:{bound}"), flush=True)
    config = uvicorn.Config(app, log_level="info", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    logging.getLogger("uvicorn.error").addFilter(_HideDrops())
    server.run(sockets=[sock])


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        app = app_from_args(args)
    except ValueError as exc:
        print(f"mock-server: {exc}", file=sys.stderr)
        return 2
    port = DEFAULT_PORTS[args.broker] if args.port is None else args.port
    try:
        serve(app, args.host, port)
    except OSError as exc:
        print(f"mock-server: cannot listen on {args.host}:{port}: {exc}", file=sys.stderr)
        return 1
    return 0
