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


def per_call(url: str, iterations: int, warmup: int) -> dict[str, dict[str, float]]:
    table = clients(url)
    samples: dict[str, dict[str, list[int]]] = {
        c: {op: [] for op in ops} for c, ops in table.items()
    }
    # One phase per operation (the order book does not grow while it is measured); inside a
    # phase the clients take turns call by call.
    for op in ("order book", "place order"):
        for i in range(warmup + iterations):
            for name, ops in table.items():
                started = time.perf_counter_ns()
                ops[op]()
                if i >= warmup:
                    samples[name][op].append(time.perf_counter_ns() - started)
    return {c: {op: median_us(s) for op, s in ops.items()} for c, ops in samples.items()}


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


def markdown(calls: dict[str, dict[str, float]], parse: dict[str, dict[str, float]]) -> str:
    lines = [
        "| client | order book (median) | ratio | place order (median) | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    base = calls["raw httpx"]
    for name, ops in calls.items():
        cells = []
        for op in ("order book", "place order"):
            cells += [f"{ops[op]:.0f} µs", f"{ops[op] / base[op]:.2f}x"]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| payload | way | median | ratio to json.loads |", "|---|---|---:|---:|"]
    for payload, ways in parse.items():
        for way, value in ways.items():
            lines.append(
                f"| {payload} | {way} | {value / 1000:.1f} ms | {value / ways['json.loads']:.2f}x |"
            )
    return "\n".join(lines)


def plot(
    calls: dict[str, dict[str, float]], parse: dict[str, dict[str, float]], path: Path
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.8))
    names = list(calls)
    for offset, op in enumerate(("order book", "place order")):
        ratios = [calls[n][op] / calls["raw httpx"][op] for n in names]
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
    args = parser.parse_args()
    from broker_overlays.mock import MockConfig, create_app
    from broker_overlays.mock.background import BackgroundServer

    app = create_app(
        "samco", config=MockConfig(rate_limit=False), api_key=API_KEY, api_secret=API_SECRET
    )
    with BackgroundServer(app) as url:
        calls = per_call(url, args.iterations, args.warmup)
    parse = parsing(args.parse_repeat)
    print(markdown(calls, parse))
    plot(calls, parse, args.plot)
    print(f"\nplot: {args.plot.relative_to(ROOT) if args.plot.is_relative_to(ROOT) else args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
