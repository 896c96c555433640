"""Client-overhead benchmark: what the typed client and the overlays cost per call.

Part 1 - per call, side by side in one run, against one loopback Samco mock server: raw
httpx, the generated client, the generated client with the overlays, and the official SDK
(stocknotebridge, installed only in the benchmark environment), for the order book and place
order. Calls are interleaved round-robin so that machine noise hits every client alike.
Part 2 - parsing: a 5,000-order book and 50,000 candles with plain ``json.loads`` against the
generated models (and the overlays' spec validation on top).

Reports medians and ratios (Markdown) and writes a PNG of the ratios. Not a test: nothing is
asserted, the numbers are for reading.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
API_KEY, API_SECRET = "bench-api-key", "bench-api-secret"
ORDER = {
    "symbolName": "INFY",
    "exchange": "NSE",
    "transactionType": "BUY",
    "orderType": "L",
    "price": "1.00",
    "quantity": "1",
    "disclosedQuantity": "",
    "orderValidity": "DAY",
    "productType": "CNC",
    "afterMarketOrderFlag": "NO",
}


def median_us(samples: list[int]) -> float:
    return statistics.median(samples) / 1000


# -- part 1: per-call cost -------------------------------------------------------------------


def clients(url: str) -> dict[str, dict[str, Callable[[], Any]]]:
    """Per client: a zero-argument callable for each measured operation."""
    from broker_overlays import samco
    from broker_overlays.spec_catalog import RateWindow
    from samco_client import AuthenticatedClient
    from samco_client.api.orders import get_order_book, place_order
    from samco_client.models import PlaceOrderRequest

    token = httpx.post(f"{url}/session/token", json={"apiKey": API_KEY, "apiSecret": API_SECRET})
    session = token.json()["sessionToken"]
    body = PlaceOrderRequest.from_dict(ORDER)

    raw = httpx.Client(base_url=url, headers={"x-session-token": session})
    generated = AuthenticatedClient(
        base_url=url, token=session, prefix="", auth_header_name="x-session-token"
    )
    unlimited = [RateWindow(1_000_000, 1)]
    overlays = samco.connect(
        API_KEY,
        API_SECRET,
        base_url=url,
        rate_limits={c: unlimited for c in ("order", "data", "non-trading")},
    )
    result: dict[str, dict[str, Callable[[], Any]]] = {
        "raw httpx": {
            "order book": lambda: raw.get("/order/orderBook").json(),
            "place order": lambda: raw.post("/order/placeOrder", json=ORDER).json(),
        },
        "generated client": {
            "order book": lambda: get_order_book.sync(client=generated),
            "place order": lambda: place_order.sync(client=generated, body=body),
        },
        "generated + overlays": {
            "order book": lambda: get_order_book.sync(client=overlays),
            "place order": lambda: place_order.sync(client=overlays, body=body),
        },
    }
    try:
        from snapi_py_client.snapi_bridge import StocknoteAPIPythonBridge
    except ImportError:
        print("stocknotebridge not installed: skipping the official SDK", file=sys.stderr)
        return result
    sdk = StocknoteAPIPythonBridge()
    sdk.api_client.configuration.host = url
    sdk.set_session_token(session)
    result["official SDK (stocknotebridge)"] = {
        "order book": lambda: sdk.get_order_book(),
        "place order": lambda: sdk.place_order(body=dict(ORDER)),
    }
    return result


def per_call(url: str, iterations: int, warmup: int) -> dict[str, dict[str, tuple[float, float]]]:
    """Per client and operation: (median µs, median of per-round ratios to raw httpx).

    The ratio is paired: each round calls every client once, back to back, and divides each
    time by raw httpx's time in the same round, so that drifts of a shared, noisy machine
    (another process, the mock's growing order book) cancel out instead of piling up.
    """
    table = clients(url)
    samples: dict[str, dict[str, list[int]]] = {
        c: {op: [] for op in ops} for c, ops in table.items()
    }
    # One phase per operation (the order book does not grow while it is measured); inside a
    # phase the clients take turns call by call, starting with a different one each round.
    names = list(table)
    for op in ("order book", "place order"):
        for i in range(warmup + iterations):
            turn = names[i % len(names) :] + names[: i % len(names)]
            for name in turn:
                started = time.perf_counter_ns()
                table[name][op]()
                if i >= warmup:
                    samples[name][op].append(time.perf_counter_ns() - started)
    raw = samples["raw httpx"]
    return {
        c: {
            op: (
                median_us(s),
                statistics.median(t / r for t, r in zip(s, raw[op], strict=True)),
            )
            for op, s in ops.items()
        }
        for c, ops in samples.items()
    }


_WAITS = ("_socket.socket", "select", "poll", "lock' objects", "sleep")


def _package(filename: str) -> str:
    """The top-level package (or stdlib module) a profiled function lives in."""
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (C)"
    marker = "site-packages/"
    if marker in filename:
        return filename.split(marker, 1)[1].split("/", 1)[0].removesuffix(".py")
    parts = Path(filename).parts
    if "lib" in parts:  # the standard library: package or module name
        rest = parts[parts.index("lib") + 2 :]
        return rest[0].removesuffix(".py") if rest else filename
    return Path(filename).name


def stack_profile(url: str, calls: int) -> dict[str, dict[str, float]]:
    """Where raw httpx and the official SDK spend client time on the order book: profiled
    self time per call, by package (cProfile inflates every number alike; compare shares)."""
    import cProfile
    import pstats

    table = clients(url)
    out: dict[str, dict[str, float]] = {}
    for name in ("raw httpx", "official SDK (stocknotebridge)"):
        if name not in table:
            continue
        call = table[name]["order book"]
        for _ in range(50):
            call()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(calls):
            call()
        profiler.disable()
        by_package: dict[str, float] = {}
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        for (filename, _line, function), row in stats.items():
            if filename == "~" and any(w in function for w in _WAITS):
                key = "socket I/O, waiting for the server thread and the GIL"
            else:
                key = _package(filename)
            by_package[key] = by_package.get(key, 0.0) + row[2] / calls * 1e6
        out[name] = by_package
    return out


def stack_markdown(profile: dict[str, dict[str, float]]) -> str:
    names = list(profile)
    packages = sorted(
        {p for by in profile.values() for p in by},
        key=lambda p: -max(b.get(p, 0) for b in profile.values()),
    )
    lines = ["| package | " + " | ".join(f"{n} (µs/call, profiled)" for n in names) + " |"]
    lines.append("|---|" + "---:|" * len(names))
    for package in packages[:14]:
        cells = [f"{profile[n].get(package, 0.0):.0f}" for n in names]
        lines.append(f"| {package} | " + " | ".join(cells) + " |")
    totals = [f"**{sum(profile[n].values()):.0f}**" for n in names]
    lines.append("| **total** | " + " | ".join(totals) + " |")
    return "\n".join(lines)


# -- part 2: parsing -------------------------------------------------------------------------


def _examples(op_path: str, method: str = "get") -> dict[str, Any]:
    from broker_overlays.spec_catalog import catalog

    doc = catalog("samco").document
    media = doc["paths"][op_path][method]["responses"]["200"]["content"]["application/json"]
    return dict(next(iter(media["examples"].values()))["value"])


def parsing(repeat: int) -> dict[str, dict[str, float]]:
    from broker_overlays.spec_catalog import catalog
    from broker_overlays.spec_validation import validator
    from samco_client.models import IntradayCandlesResponse, OrderBookResponse

    book = _examples("/order/orderBook")
    row = book["orderBookDetails"][0]
    book["orderBookDetails"] = [
        {**row, "orderNumber": str(200616000000000 + i)} for i in range(5000)
    ]
    candles = _examples("/intraday/candleData")
    candle = candles["intradayCandleData"][0]
    candles["intradayCandleData"] = [copy.copy(candle) for _ in range(50_000)]
    check = validator("samco")
    cases = {
        "5,000-order book": (book, OrderBookResponse, catalog("samco").by_id("getOrderBook")),
        "50,000 candles": (
            candles,
            IntradayCandlesResponse,
            catalog("samco").by_id("getIntradayCandles"),
        ),
    }
    out: dict[str, dict[str, float]] = {}
    for name, (payload, model, op) in cases.items():
        raw = json.dumps(payload).encode()
        media = check.response_media(op, 200)
        assert media is not None
        ways: dict[str, Callable[[], Any]] = {
            "json.loads": lambda raw=raw: json.loads(raw),
            "typed (from_dict)": lambda raw=raw, model=model: model.from_dict(json.loads(raw)),
            "typed + spec validation": lambda raw=raw, model=model, schema=media[1]: (
                check.response_problems(schema, body := json.loads(raw)),
                model.from_dict(body),
            ),
        }
        samples: dict[str, list[int]] = {w: [] for w in ways}
        for _ in range(repeat):
            for way, fn in ways.items():
                started = time.perf_counter_ns()
                fn()
                samples[way].append(time.perf_counter_ns() - started)
        out[name] = {w: median_us(s) for w, s in samples.items()}
    return out


# -- report ----------------------------------------------------------------------------------


def markdown(
    calls: dict[str, dict[str, tuple[float, float]]], parse: dict[str, dict[str, float]]
) -> str:
    lines = [
        "| client | order book (median) | ratio | place order (median) | ratio |",
        # ratio: the median of per-round ratios to raw httpx (see per_call)
        "|---|---:|---:|---:|---:|",
    ]
    for name, ops in calls.items():
        cells = []
        for op in ("order book", "place order"):
            median, ratio = ops[op]
            cells += [f"{median:.0f} µs", f"{ratio:.2f}x"]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| payload | way | median | ratio to json.loads |", "|---|---|---:|---:|"]
    for payload, ways in parse.items():
        for way, value in ways.items():
            lines.append(
                f"| {payload} | {way} | {value / 1000:.1f} ms | {value / ways['json.loads']:.2f}x |"
            )
    return "\n".join(lines)


def plot(
    calls: dict[str, dict[str, tuple[float, float]]], parse: dict[str, dict[str, float]], path: Path
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.8))
    names = list(calls)
    for offset, op in enumerate(("order book", "place order")):
        ratios = [calls[n][op][1] for n in names]
        left.barh([i + offset * 0.4 for i in range(len(names))], ratios, height=0.4, label=op)
    left.set_yticks([i + 0.2 for i in range(len(names))], names)
    left.axvline(1, color="grey", lw=0.8)
    left.set_xlabel("per-call time / raw httpx (loopback mock)")
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, frameon=False)
    payloads = list(parse)
    ways = list(next(iter(parse.values())))
    for offset, way in enumerate(ways):
        ratios = [parse[p][way] / parse[p]["json.loads"] for p in payloads]
        right.bar([i + offset * 0.27 for i in range(len(payloads))], ratios, width=0.27, label=way)
    right.set_xticks([i + 0.27 for i in range(len(payloads))], payloads)
    right.set_ylabel("parse time / json.loads")
    right.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False, fontsize="small"
    )
    fig.suptitle("Client overhead, ratios measured side by side in one run")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--parse-repeat", type=int, default=15)
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "bench-client.png")
    parser.add_argument(
        "--profile-stacks",
        type=int,
        default=0,
        metavar="CALLS",
        help="also profile raw httpx and the official SDK client-side over CALLS order books",
    )
    args = parser.parse_args()
    from broker_overlays.mock import MockConfig, create_app
    from broker_overlays.mock.background import BackgroundServer

    app = create_app(
        "samco", config=MockConfig(rate_limit=False), api_key=API_KEY, api_secret=API_SECRET
    )
    with BackgroundServer(app) as url:
        calls = per_call(url, args.iterations, args.warmup)
    stacks = None
    if args.profile_stacks:  # on a fresh mock: the measured one's order book has grown
        fresh = create_app(
            "samco", config=MockConfig(rate_limit=False), api_key=API_KEY, api_secret=API_SECRET
        )
        with BackgroundServer(fresh) as url:
            stacks = stack_profile(url, args.profile_stacks)
    parse = parsing(args.parse_repeat)
    print(markdown(calls, parse))
    if stacks:
        print("\n" + stack_markdown(stacks))
    plot(calls, parse, args.plot)
    print(f"\nplot: {args.plot.relative_to(ROOT) if args.plot.is_relative_to(ROOT) else args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
