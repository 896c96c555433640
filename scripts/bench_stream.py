"""Ticks per second through the streaming stack, on one loopback stream (see bench-stream).

(a) ``json.loads`` only: a bare ``websockets`` client parsing each frame, nothing else;
(b) typed: :class:`broker_overlays.streaming.samco.SamcoStream` parsing each frame into the
    generated ``QuoteTick``, merging it into a :class:`Tick` and delivering it through
    ``async for`` (policy ``block``: every tick delivered; and the default ``conflate``);
    p50/p99 latency from frame arrival (``Tick.received``) to the consumer;
(c) the official Samco SDK's loop (``StocknoteAPI.start_streaming``: websocket-client's
    ``run_forever`` calling ``on_message``, here overridden to ``json.loads`` each frame) in
    ``.venv-bench`` when it exists; its ``enableTrace(True)`` (a print per frame) is turned
    off to measure the loop, not the terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from broker_overlays.streaming import StreamOptions
from broker_overlays.streaming.samco import SamcoStream

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-session-token-0000"


def frames(n: int, symbols: int) -> list[str]:
    out = []
    for i in range(n):
        s = i % symbols
        out.append(json.dumps({
            "sym": f"{1000 + s}_NSE", "ltp": f"{1000 + i % 500}.{i % 100:02d}", "ltq": "15",
            "o": "1,275.00", "h": "1,289.95", "l": "1,271.10", "c": "1,276.85",
            "vol": f"{58_21_430 + i}", "oI": "", "avgPr": "1,280.12", "ch": "5.55",
            "chPer": "0.43", "bPr": "1,282.35", "bSz": "120", "aPr": "1,282.40", "aSz": "33",
            "tBQ": "4,12,880", "tSQ": "5,06,114", "ltt": "23 May 2024, 12:33:04 PM",
            "lTrdT": "23 May 2024, 12:33:04 PM", "streaming_type": "quote",
        }, separators=(",", ":")))  # fmt: skip
    return out


class Pusher:
    """Serves every connection: waits for its first (subscribe) frame, pushes all frames."""

    def __init__(self, payload: list[str]) -> None:
        self.payload = payload
        self.port = 0
        self.ready = threading.Event()
        self.stop: asyncio.Event | None = None

    async def handler(self, ws: ServerConnection) -> None:
        await ws.recv()
        for frame in self.payload:
            await ws.send(frame)
        await ws.wait_closed()

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self.stop = asyncio.Event()
        async with serve(self.handler, "127.0.0.1", 0, compression=None, max_queue=None) as srv:
            self.port = next(iter(srv.sockets)).getsockname()[1]
            self.ready.set()
            await self.stop.wait()


def serve_process(n: int, symbols: int, ports: multiprocessing.Queue[int]) -> None:
    pusher = Pusher(frames(n, symbols))
    threading.Thread(target=pusher.run, daemon=True).start()
    pusher.ready.wait(10)
    ports.put(pusher.port)
    threading.Event().wait()


def subscribe_frame(symbols: int) -> str:
    syms = [{"symbol": f"{1000 + s}_NSE"} for s in range(symbols)]
    body = {"streaming_type": "quote", "data": {"symbols": syms}, "request_type": "subscribe",
            "response_format": "json"}  # fmt: skip
    return json.dumps({"request": body}) + "\n"


async def json_only(url: str, n: int, symbols: int) -> dict[str, float]:
    async with connect(url, compression=None, max_size=2**22) as ws:
        await ws.send(subscribe_frame(symbols))
        count, start = 0, 0.0
        loads = json.loads
        async for raw in ws:
            if count == 0:
                start = time.perf_counter()
            loads(raw)
            count += 1
            if count == n:
                break
        elapsed = time.perf_counter() - start
    return {"ticks": n, "rate": (n - 1) / elapsed}


async def typed(url: str, n: int, symbols: int, policy: str) -> dict[str, float]:
    options = StreamOptions(policy=policy, buffer_size=1024, idle_timeout=None)  # type: ignore[arg-type]
    stream = SamcoStream(TOKEN, url=url, options=options)
    stream.subscribe(*(f"{1000 + s}_NSE" for s in range(symbols)))
    latencies: list[float] = []
    perf = time.perf_counter
    delivered, start = 0, 0.0
    async with stream:
        async for tick in stream:
            now = perf()
            if delivered == 0:
                start = tick.received
            latencies.append(now - tick.received)
            delivered += 1
            if stream.stats.ticks >= n and stream.pending == 0:
                break
        elapsed = perf() - start
    latencies.sort()
    return {
        "ticks": stream.stats.ticks,
        "delivered": delivered,
        "rate": (stream.stats.ticks - 1) / elapsed,
        "p50": latencies[len(latencies) // 2] * 1e6,
        "p99": latencies[int(len(latencies) * 0.99)] * 1e6,
    }


SDK_SCRIPT = r"""
import json, sys, time, websocket
websocket.enableTrace = lambda *a, **k: None   # the SDK turns tracing on: a print per frame
from snapi_py_client.snapi_bridge import StocknoteAPIPythonBridge as StocknoteAPI
url, n, symbols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
state = {"count": 0, "start": 0.0, "end": 0.0}
class Bench(StocknoteAPI):
    STREAMING_URL = url
    def on_message(self, ws, msg):
        if state["count"] == 0:
            state["start"] = time.perf_counter()
        json.loads(msg)
        state["count"] += 1
        if state["count"] == n:
            state["end"] = time.perf_counter()
            ws.close()
    def on_open(self, ws):
        frame = self._build_subscribe_frame("quote", self.streaming)
        self.ws.send(frame + "\n")
    def on_close(self, ws, code, msg):
        pass
api = Bench(session_token="bench-session-token-0000")
api.set_streaming_data([f"{1000 + s}_NSE" for s in range(symbols)], "quote")
api.start_streaming(verify_ssl=False)
print(json.dumps({"ticks": state["count"], "rate": (state["count"] - 1) / (state["end"] - state["start"])}))
"""


def sdk(url: str, n: int, symbols: int) -> dict[str, float] | str:
    python = ROOT / ".venv-bench" / "bin" / "python"
    if not python.exists():
        return "skipped: .venv-bench not set up (run scripts/bench once)"
    result = subprocess.run(
        [str(python), "-c", SDK_SCRIPT, url, str(n), str(symbols)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        return f"failed: {(result.stderr or result.stdout).strip().splitlines()[-1:]}"
    data: dict[str, float] = json.loads(lines[-1])
    return data


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--frames", type=int, default=200_000)
    args.add_argument("--symbols", type=int, default=50)
    args.add_argument("--runs", type=int, default=3, help="best of N runs per variant")
    args.add_argument("--no-sdk", action="store_true")
    opts = args.parse_args()
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    server = multiprocessing.Process(
        target=serve_process, args=(opts.frames, opts.symbols, ports), daemon=True
    )
    server.start()  # its own process: the server does not compete for the client's GIL
    url = f"ws://127.0.0.1:{ports.get(timeout=60)}/stream"
    n, syms = opts.frames, opts.symbols

    def best(fn: object) -> dict[str, float]:
        runs = [asyncio.run(fn()) for _ in range(opts.runs)]  # type: ignore[operator]
        return max(runs, key=lambda r: r["rate"])

    base = best(lambda: json_only(url, n, syms))
    block = best(lambda: typed(url, n, syms, "block"))
    conflate = best(lambda: typed(url, n, syms, "conflate"))
    sdk_result = sdk(url, n, syms) if not opts.no_sdk else "skipped (--no-sdk)"
    print(f"\n{n:,} Samco quote frames, {syms} symbols, loopback; best of {opts.runs}; "
          f"Python {sys.version.split()[0]}\n")  # fmt: skip
    print("| variant | ticks/s | vs json.loads | delivered | p50 µs | p99 µs |")
    print("|---|---:|---:|---:|---:|---:|")

    def row(name: str, r: dict[str, float]) -> None:
        ratio = r["rate"] / base["rate"]
        p50 = f"{r['p50']:.0f}" if "p50" in r else "-"
        p99 = f"{r['p99']:.0f}" if "p99" in r else "-"
        delivered = f"{int(r.get('delivered', r['ticks'])):,}"
        print(f"| {name} | {r['rate']:,.0f} | {ratio:.0%} | {delivered} | {p50} | {p99} |")

    row("json.loads only (websockets)", base)
    row("typed, async for, policy=block", block)
    row("typed, async for, policy=conflate", conflate)
    if isinstance(sdk_result, dict):
        row("Samco SDK loop (websocket-client) + json.loads", sdk_result)
    else:
        print(f"| Samco SDK loop | {sdk_result} | | | | |")
    ok = block["rate"] >= 0.5 * base["rate"]
    print(f"\ngoal typed >= 50% of json.loads: {'met' if ok else 'NOT met'} "
          f"({block['rate'] / base['rate']:.0%})")  # fmt: skip
    server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
