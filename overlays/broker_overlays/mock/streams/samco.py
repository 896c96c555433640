"""Samco's market-data stream, served by the mock at :data:`SAMCO_STREAM_PATH` (the real one
is ``wss://stream.samco.in``), as ``specs/streams/samco.asyncapi.yaml`` describes it:

* Login: the ``x-session-token`` header of the upgrade request, a session the mock issued
  (percent-encoded tokens are decoded first, FR:A1.3). Otherwise, or under a
  ``reject_auth`` fault, the socket is accepted and closed at once with 1008 (policy
  violation, reason ``Invalid session``); no frame is sent.
* Client frames: ``StreamRequest`` JSON, acted on only when the frame ends with ``\\n``
  (FR:A1.5; several ``\\n``-terminated requests in one frame are all acted on). A frame
  without it is logged as ``buffered`` and never takes effect, like the real server. Frames
  that are not ``StreamRequest`` s are ignored (logged ``ignored``).
* ``subscribe`` replaces the symbol set of its ``streaming_type`` (FR:A1.6); ``unsubscribe``
  removes symbols. Any streaming type is held; ``quote`` and ``quote2`` tick.
* Ticks: ``quote`` flat (``QuoteTick``, key ``sym``), ``quote2`` wrapped (``DepthEnvelope``,
  key ``symbol``, 5 levels), every value a string with Indian thousands separators
  (FR:A1.12). Symbol keys are the REST ``listingId`` (``2885_NSE``), indices their bare
  negative id (``-21`` Nifty 50, as ``getIndexQuote``). No application heartbeat: WebSocket
  pings are answered by the server library.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from starlette.websockets import WebSocket

from broker_overlays.auth.clock import IST
from broker_overlays.mock.app import MockServer
from broker_overlays.mock.engine import Exchange, cents
from broker_overlays.mock.samco import INDEX_IDS
from broker_overlays.mock.streams.common import (
    POLICY_VIOLATION,
    Connection,
    Frame,
    StreamHub,
    problems,
)
from broker_overlays.mock.universe import Instrument, Universe

__all__ = ["SAMCO_STREAM_PATH", "indian", "samco_key", "serve_samco"]

SAMCO_STREAM_PATH = "/stream"
"""Where the Samco mock serves its stream (``ws://<mock>/stream``)."""
PACKAGE = "samco_stream"
TICKING = ("quote", "quote2")


def indian(value: Decimal | int, places: int = 2) -> str:
    """``value`` with Indian digit grouping: ``5821430`` -> ``58,21,430``, ``1282.4`` ->
    ``1,282.40`` (FR:A1.12)."""
    text = f"{abs(value):.{places}f}" if places else str(abs(int(value)))
    whole, _, frac = text.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups: list[str] = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])
    sign = "-" if value < 0 else ""
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def samco_key(instrument: Instrument) -> str:
    """The stream key of an instrument: ``listingId``, or an index's negative id."""
    if instrument.kind == "INDEX":
        return INDEX_IDS.get(instrument.symbol, f"-{instrument.token}")
    return instrument.listing_id


def _lookup(universe: Universe) -> dict[str, Instrument]:
    return {samco_key(i): i for i in universe.all}


def _time(exchange: Exchange) -> str:
    return exchange.now().astimezone(IST).strftime("%d %b %Y, %I:%M:%S %p")


def quote_tick(exchange: Exchange, instrument: Instrument) -> dict[str, str]:
    """A flat ``quote`` tick at the mock clock's instant (the REST quote's numbers)."""
    stats = exchange.market.stats(instrument, exchange.clock())
    change = stats.ltp - stats.previous_close
    tick: dict[str, str] = {
        "sym": samco_key(instrument),
        "ltp": indian(stats.ltp),
        "o": indian(stats.open),
        "h": indian(stats.high),
        "l": indian(stats.low),
        "c": indian(stats.previous_close),
        "ch": indian(change),
        "chPer": indian(cents(change * 100 / stats.previous_close)),
        "oI": "",
        "ltt": _time(exchange),
    }
    if instrument.tradable:
        bids, asks = exchange.depth(instrument)
        best_bid, best_ask = (bids or [(stats.ltp, 0)])[0], (asks or [(stats.ltp, 0)])[0]
        tick.update(
            ltq=indian(instrument.lot_size, 0),
            vol=indian(stats.volume, 0),
            avgPr=indian(cents((stats.high + stats.low + stats.ltp) / 3)),
            bPr=indian(best_bid[0]),
            bSz=indian(best_bid[1], 0),
            aPr=indian(best_ask[0]),
            aSz=indian(best_ask[1], 0),
            tBQ=indian(sum(q for _, q in bids), 0),
            tSQ=indian(sum(q for _, q in asks), 0),
            lTrdT=tick["ltt"],
        )
    tick.update(_greeks(exchange, instrument))
    tick["streaming_type"] = "quote"
    return tick


def _greeks(exchange: Exchange, instrument: Instrument) -> dict[str, str]:
    if not instrument.is_option:
        return {}
    greeks = exchange.market.greeks(instrument, exchange.clock())
    return {name: f"{value:.4f}" for name, value in greeks.items() if name in _GREEKS}


_GREEKS = ("delta", "gamma", "theta", "vega", "iv")


def depth_tick(exchange: Exchange, instrument: Instrument) -> dict[str, Any]:
    """A ``quote2`` tick (``DepthEnvelope``): five levels each side, totals, greeks."""
    bids, asks = exchange.depth(instrument)

    def levels(side: list[tuple[Decimal, int]]) -> list[dict[str, str]]:
        return [
            {"no": str(1 + (q // instrument.lot_size) % 9), "price": indian(p), "qty": indian(q, 0)}
            for p, q in side
        ]

    data: dict[str, Any] = {
        "symbol": samco_key(instrument),
        "bidValues": levels(bids),
        "askValues": levels(asks),
        "tbq": indian(sum(q for _, q in bids), 0),
        "taq": indian(sum(q for _, q in asks), 0),
        **_greeks(exchange, instrument),
    }
    return {"response": {"data": data, "streaming_type": "quote2"}}


class SamcoStream:
    """The Samco protocol on top of the shared :class:`StreamHub`."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.hub: StreamHub = server.streams
        self.hub.ticks = self.ticks
        self._lookup: dict[str, Instrument] | None = None

    @property
    def _instruments(self) -> dict[str, Instrument]:
        """Stream key -> instrument (empty for a state without a universe)."""
        if self._lookup is None:
            universe = getattr(self.server.state, "instruments", None)
            self._lookup = _lookup(universe) if isinstance(universe, Universe) else {}
        return self._lookup

    def _exchange(self) -> Exchange:
        exchange: Exchange = getattr(self.server.state, "exchange")  # noqa: B009 - typed here
        return exchange

    def ticks(self, conn: Connection, force: bool) -> list[Frame]:
        with self.hub.lock:
            held = {k: sorted(v) for k, v in conn.subscriptions.items() if k in TICKING}
        return self._build(held)

    def _build(self, held: dict[str, list[str]]) -> list[Frame]:
        frames: list[Frame] = []
        if not any(held.values()):
            return frames
        with self.server.lock:
            exchange = self._exchange()
            exchange.settle()
            for key in held.get("quote", []):
                instrument = self._instruments.get(key)
                if instrument is not None:
                    frames.append(quote_tick(exchange, instrument))
            for key in held.get("quote2", []):
                instrument = self._instruments.get(key)
                if instrument is not None and instrument.tradable:
                    frames.append(depth_tick(exchange, instrument))
        return frames

    def on_text(self, conn: Connection, text: str) -> None:
        if not text.endswith("\n"):
            self.hub.log(conn, "in", text, "buffered")  # never acted upon (FR:A1.5)
            return
        self.hub.log(conn, "in", text)
        for line in text.split("\n"):
            if line.strip():
                self._request(conn, line)

    def _request(self, conn: Connection, line: str) -> None:
        try:
            request = json.loads(line)
        except ValueError:
            return
        if problems(PACKAGE, "StreamRequest", request):
            return
        body = request["request"]
        group = str(body["streaming_type"])
        keys = [s["symbol"] for s in body["data"]["symbols"]]
        if body["request_type"] == "subscribe":
            self.hub.set_subscriptions(conn, group, keys)
            if group in TICKING:  # the new set's first ticks at once
                for frame in self._build({group: sorted(set(keys))}):
                    conn.post(frame)
        else:
            self.hub.update_subscriptions(conn, group, remove=keys)

    def _session_ok(self, websocket: WebSocket) -> str | None:
        token = unquote(websocket.headers.get("x-session-token", "").strip())
        if not token or self.server.faults.stream_login():
            return None
        with self.server.lock:
            session = self.server.state.session(token)
        if session is None:
            return None
        state: Any = self.server.state
        account: str = getattr(state.account, "account_id", "")
        return account or "samco"

    async def __call__(self, websocket: WebSocket) -> None:
        await websocket.accept()
        conn = self.hub.open(websocket, websocket.url.path)
        account = self._session_ok(websocket)
        if account is None:
            await self.hub.close(conn, POLICY_VIOLATION, "Invalid session")
            self.hub.abandon(conn)
            return
        conn.account = account
        await self.hub.serve(conn, self.on_text)


def serve_samco(server: MockServer) -> SamcoStream:
    """The ASGI WebSocket endpoint of the Samco stream of ``server``."""
    return SamcoStream(server)
