"""``broker-toolkit stream BROKER KEY...``: live ticks in the terminal.

By default against an in-process mock broker (started on a free localhost port, logged in
with its default account, needs the ``[mock]`` extra); with ``--base-url`` against that broker
(credentials from the environment as for ``candles``; ``--ws-url`` sets the stream URL, else
the spec's server). On a terminal a compact table is redrawn in place; otherwise one line per
tick (logs, pipes).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from broker_overlays.errors import BrokerError, ClientValidationError
from broker_overlays.streaming.core import StreamClient
from broker_overlays.streaming.ticks import Tick

_FACADES = {"samco": "broker_overlays.samco", "gopocket": "broker_overlays.gopocket"}
COLUMNS = ("key", "symbol", "ltp", "chg%", "volume", "bid", "ask", "time", "ticks")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="broker-toolkit stream",
        description="Show live ticks of stream keys (Samco 2885_NSE, -21; Gopocket NSE|2885) "
        "as a table updated in place, against an in-process mock broker by default.",
        epilog="exit codes: 0 done, 1 a broker or stream error, 2 usage error.",
    )
    top.add_argument("broker", choices=sorted(_FACADES))
    top.add_argument("keys", metavar="KEY", nargs="+", help="stream keys to subscribe")
    top.add_argument("--depth", action="store_true", help="subscribe 5-level depth too")
    top.add_argument("--seconds", type=float, default=None, metavar="N",
                     help="stop after N seconds (default: until Ctrl-C)")  # fmt: skip
    top.add_argument("--base-url", metavar="URL", default=None,
                     help="a broker's REST base URL instead of the in-process mock "
                     "(credentials from the environment)")  # fmt: skip
    top.add_argument("--ws-url", metavar="URL", default=None,
                     help="the stream URL (default: the mock's, or the spec's server)")  # fmt: skip
    top.add_argument("--client-id", default=None, help="Gopocket account (with --base-url)")
    return top


class Table:
    """Rows per key, redrawn in place on a TTY; one line per tick otherwise."""

    def __init__(self, out: TextIO, keys: Sequence[str]) -> None:
        self.out = out
        self.tty = out.isatty()
        self.rows: dict[str, Tick] = {}
        self.counts: dict[str, int] = dict.fromkeys(keys, 0)
        self.drawn = 0
        self.last = 0.0

    def update(self, tick: Tick) -> None:
        self.rows[tick.key] = tick
        self.counts[tick.key] = self.counts.get(tick.key, 0) + 1
        if not self.tty:
            self.out.write("  ".join(self._cells(tick)) + "\n")
            self.out.flush()
            return
        now = time.monotonic()
        if now - self.last >= 0.1:  # at most 10 redraws a second
            self.last = now
            self.draw()

    def _cells(self, tick: Tick) -> list[str]:
        when = tick.exchange_time
        return [
            tick.key,
            (tick.symbol or "")[:18],
            _s(tick.ltp),
            _s(tick.change_percent),
            _s(tick.volume),
            f"{_s(tick.bid)}x{_s(tick.bid_qty)}",
            f"{_s(tick.ask)}x{_s(tick.ask_qty)}",
            when.strftime("%H:%M:%S") if when else "-",
            str(self.counts.get(tick.key, 0)),
        ]

    def draw(self) -> None:
        lines = [COLUMNS, *(self._cells(t) for t in self.rows.values())]
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(COLUMNS))]
        text = "\n".join("  ".join(str(c).rjust(w) for c, w in zip(line, widths, strict=True))
                         for line in lines)  # fmt: skip
        up = f"\x1b[{self.drawn}F" if self.drawn else ""
        self.out.write(up + "\x1b[J" + text + "\n")
        self.out.flush()
        self.drawn = len(lines)


def _s(value: object) -> str:
    return "-" if value is None else str(value)


@contextlib.contextmanager
def _mock(broker: str) -> Iterator[tuple[Any, str, str | None]]:
    """(session, stream URL, Gopocket client id) on an in-process mock broker."""
    try:
        from broker_overlays.mock import create_app
        from broker_overlays.mock.background import BackgroundServer
    except ImportError as exc:
        raise ClientValidationError(
            f"the default mock broker needs the [mock] extra ({exc.name} is missing): "
            "pip install 'broker-openapi-toolkit[mock]', or pass --base-url"
        ) from None
    app = create_app(broker)
    with BackgroundServer(app) as base_url:
        ws_base = "ws" + base_url.removeprefix("http")
        if broker == "samco":
            from broker_overlays import samco
            from broker_overlays.mock.samco import SamcoAccount
            from broker_overlays.mock.streams.samco import SAMCO_STREAM_PATH

            account = SamcoAccount()
            session: Any = samco.connect(account.api_key, account.api_secret, base_url=base_url)
            yield session, ws_base + SAMCO_STREAM_PATH, None
        else:
            import httpx

            from broker_overlays import gopocket
            from broker_overlays.mock.gopocket import GopocketAccount
            from broker_overlays.streaming.catalog import stream_catalog

            gp = GopocketAccount()
            browser = httpx.get(f"{base_url}/", params={"appcode": gp.app_code})
            session = gopocket.connect_callback(
                callback_url=browser.headers["location"],
                api_secret=gp.api_secret,
                base_url=base_url,
            )
            catalog = stream_catalog("gopocket")
            path = catalog.server_url().split("/", 3)[3]
            yield session, f"{ws_base}/{path}", gp.user_id


async def _show(stream: StreamClient, table: Table, seconds: float | None) -> None:
    async with stream:
        async with asyncio.timeout(seconds):
            async for tick in stream:
                table.update(tick)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    table = Table(sys.stdout, args.keys)
    try:
        with contextlib.ExitStack() as stack:
            if args.base_url is None:
                session, ws_url, client_id = stack.enter_context(_mock(args.broker))
            else:
                facade = importlib.import_module(_FACADES[args.broker])
                session = stack.enter_context(facade.from_env(base_url=args.base_url))
                ws_url, client_id = args.ws_url, args.client_id
            ws_url = args.ws_url or ws_url
            if args.broker == "samco":
                stream: StreamClient = session.stream(*args.keys, depth=args.depth, url=ws_url)
            else:
                if not client_id:
                    raise ClientValidationError("--client-id is required for gopocket")
                stream = session.stream(
                    *args.keys, client_id=client_id, depth=args.depth, url=ws_url
                )
            with contextlib.suppress(TimeoutError):
                asyncio.run(_show(stream, table, args.seconds))
        if table.tty:
            table.draw()
        print(f"stream: {sum(table.counts.values())} ticks", file=sys.stderr)
        return 0
    except ClientValidationError as exc:
        print(f"stream: {exc}", file=sys.stderr)
        return 2
    except BrokerError as exc:
        print(f"stream: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
