"""Gopocket's Noren JSON stream, served by the mock at :data:`GOPOCKET_STREAM_PATHS` (the
first, ``/NorenWSWEBCODIFI/``, is the spec's default server's path; ``/NorenWSWeb/`` and
``/NorenWS/`` are the same endpoint), as ``specs/streams/gopocket.asyncapi.yaml`` describes it:

* Login: the first frame must be ``ConnectRequest`` (``t: c``). ``susertoken`` is accepted
  in these forms (the spec's ``x-token-derivation`` variants), ``uid`` = ``actid`` = the mock
  user id (a ``_WEB`` / ``_API`` suffix allowed): the web key of ``getUser`` of a live session
  (default variant), a session token the mock issued as is (stands for the Noren ``jKey``),
  the base64 or hex double SHA-256 of a session token (inner round over the hex digest or
  the raw digest). Answer ``{"t":"ck","s":"OK","uid":...}``; otherwise (or under a
  ``reject_auth`` fault) ``{"t":"ck","s":"NOT_OK","emsg":"Invalid Session Key"}`` and close
  with 1008. Frames before the login other than ``c`` are ignored.
* ``t`` / ``d`` subscribe (additive; keys ``EXCH|token`` joined by ``#``): a ``tk`` / ``dk``
  snapshot per known key, then ``tf`` / ``df`` updates with the fields that changed
  (always with ``e`` and ``tk``; ``ft`` is the feed time, epoch seconds). ``u`` removes keys
  from both sets (clients send it for depth too), ``ud`` from depth only.
* ``h`` -> ``{"t":"hk","ft":...}``. No server idle timeout by default (the spec knows none;
  ``MockConfig.stream_idle_timeout_s`` sets one).
* ``o`` -> ``{"t":"ok"}``, then an ``om`` frame for every order state change of the account
  (placed over REST through the mock: new, open, partial fill, complete, cancelled,
  rejected, modified, triggered), with Noren field names (FR:B2.2): ``norentm``
  ``HH:mm:ss dd-MM-yyyy``, ``tm`` epoch seconds, the REST order number and status words.
* One live session per account (FR:B1.9): a new login closes the older connection of the
  account with 1000 about :data:`TAKEOVER_DELAY_S` later.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from decimal import Decimal
from typing import Any

from starlette.websockets import WebSocket

from broker_overlays.mock.app import MockServer
from broker_overlays.mock.engine import Event, Exchange, Order, cents
from broker_overlays.mock.gopocket import PRODUCT_CODES, REPORTS, STATUS
from broker_overlays.mock.streams.common import (
    POLICY_VIOLATION,
    Connection,
    Frame,
    StreamHub,
    problems,
)
from broker_overlays.mock.universe import Instrument

__all__ = ["GOPOCKET_STREAM_PATHS", "TAKEOVER_DELAY_S", "serve_gopocket", "token_variants"]

GOPOCKET_STREAM_PATHS = ("/NorenWSWEBCODIFI/", "/NorenWSWeb/", "/NorenWS/")
"""Where the Gopocket mock serves its stream (the first is the spec's default server's)."""
TAKEOVER_DELAY_S = 0.1
"""A second login of an account closes the first connection this much later (FR:B1.9)."""
PACKAGE = "gopocket_stream"
PRICE_TYPES = {"LIMIT": "LMT", "MARKET": "MKT", "SL": "SL-LMT", "SL-M": "SL-MKT"}
GROUPS = {"t": "touchline", "d": "depth"}


def token_variants(session: str) -> set[str]:
    """The ``susertoken`` forms of a session token the mock accepts (besides the web key)."""
    inner_hex = hashlib.sha256(session.encode()).hexdigest()
    inner_raw = hashlib.sha256(session.encode()).digest()
    forms = {session}
    for inner in (inner_hex.encode(), inner_raw):
        outer = hashlib.sha256(inner)
        forms.add(outer.hexdigest())
        forms.add(base64.b64encode(outer.digest()).decode())
    return forms


def _money(value: Decimal) -> str:
    return f"{cents(value):.2f}"


def _epoch(exchange: Exchange) -> str:
    return str(int(exchange.clock().timestamp()))


def touchline(exchange: Exchange, instrument: Instrument) -> dict[str, str]:
    """The full touchline record at the mock clock's instant (without ``t``)."""
    stats = exchange.market.stats(instrument, exchange.clock())
    change = stats.ltp - stats.previous_close
    record = {
        "e": instrument.exchange,
        "tk": instrument.token,
        "ts": instrument.trading_symbol,
        "pp": "2",
        "ls": str(instrument.lot_size),
        "ti": instrument.tick_size,
        "lp": _money(stats.ltp),
        "pc": _money(change * 100 / stats.previous_close),
        "c": _money(stats.previous_close),
        "o": _money(stats.open),
        "h": _money(stats.high),
        "l": _money(stats.low),
        "ft": _epoch(exchange),
    }
    if instrument.tradable:
        bids, asks = exchange.depth(instrument)
        record.update(
            ap=_money((stats.high + stats.low + stats.ltp) / 3),
            v=str(stats.volume),
            ltq=str(instrument.lot_size),
            tbq=str(sum(q for _, q in bids)),
            tsq=str(sum(q for _, q in asks)),
        )
        if bids:
            record.update(bp1=_money(bids[0][0]), bq1=str(bids[0][1]))
        if asks:
            record.update(sp1=_money(asks[0][0]), sq1=str(asks[0][1]))
    return record


def depth(exchange: Exchange, instrument: Instrument) -> dict[str, str]:
    """The full depth record (touchline, five levels each side, price bands)."""
    record = touchline(exchange, instrument)
    if instrument.tradable:
        bids, asks = exchange.depth(instrument)
        for prefix, side in (("b", bids), ("s", asks)):
            for n, (price, qty) in enumerate(side, start=1):
                record[f"{prefix}p{n}"] = _money(price)
                record[f"{prefix}q{n}"] = str(qty)
                record[f"{prefix}o{n}"] = str(1 + (qty // instrument.lot_size) % 9)
        close = Decimal(record["c"])
        record.update(uc=_money(close * Decimal("1.2")), lc=_money(close * Decimal("0.8")))
    return record


def order_update(order: Order, event: Event) -> dict[str, str]:
    """An ``om`` frame for ``event`` of ``order`` (FR:B2.2 field names)."""
    instrument = order.instrument
    at = event.time
    frame = {
        "t": "om",
        "norenordno": order.number,
        "pp": "2",
        "mult": "1",
        "prcftr": "1.000000",
        "exch": instrument.exchange,
        "tsym": instrument.trading_symbol,
        "trantype": order.side[0],
        "pcode": PRODUCT_CODES.get(order.product, order.product),
        "status": STATUS[event.status],
        "reporttype": REPORTS[event.kind],
        "tm": str(int(at.timestamp())),
        "norentm": at.strftime("%H:%M:%S %d-%m-%Y"),
        "prctyp": PRICE_TYPES.get(order.order_type, order.order_type),
        "qty": str(order.quantity),
        "prc": _money(order.price),
        "trgprc": _money(order.trigger),
        "fillshares": str(order.filled),
    }
    if event.kind == "new":
        frame["st_intrn"] = "ORDER ACK"
    if order.filled:
        frame["avgprc"] = _money(order.average)
    if event.kind == "rejected" and order.rejection:
        frame["rejreason"] = order.rejection
    return frame


class GopocketStream:
    """The Noren protocol on top of the shared :class:`StreamHub`."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.hub: StreamHub = server.streams
        self.hub.ticks = self.ticks
        self._tasks: set[asyncio.Task[None]] = set()
        self._last: dict[tuple[int, str, str], dict[str, str]] = {}
        """(connection, group, key) -> the record last sent (for partial updates)."""

    @property
    def state(self) -> Any:
        return self.server.state

    def _instrument(self, key: str) -> Instrument | None:
        exchange, _, token = key.partition("|")
        found: Instrument | None = self.state.instruments.by_token(exchange, token)
        return found

    # -- ticks ------------------------------------------------------------------------------

    def _frames(
        self, conn: Connection, group: str, keys: list[str], snapshot: bool, force: bool
    ) -> list[Frame]:
        frames: list[Frame] = []
        build = touchline if group == "touchline" else depth
        letter = "t" if group == "touchline" else "d"
        exchange: Exchange = self.state.exchange
        for key in keys:
            instrument = self._instrument(key)
            if instrument is None:
                continue
            record = build(exchange, instrument)
            last = self._last.get((conn.id, group, key))
            self._last[(conn.id, group, key)] = record
            if snapshot or last is None:
                frames.append({"t": f"{letter}k", **record})
                continue
            changed = {k: v for k, v in record.items() if last.get(k) != v}
            if changed or force:
                ident = {"e": record["e"], "tk": record["tk"], "ft": record["ft"]}
                frames.append({"t": f"{letter}f", **ident, **changed})
        return frames

    def ticks(self, conn: Connection, force: bool) -> list[Frame]:
        with self.hub.lock:
            held = {g: sorted(conn.subscriptions.get(g, ())) for g in GROUPS.values()}
            orders = bool(conn.subscriptions.get("orders"))
        frames: list[Frame] = []
        with self.server.lock:
            if orders:
                self.state.settle()  # fills of resting orders as the clock moves -> om
            for group, keys in held.items():
                frames += self._frames(conn, group, keys, False, force)
        return frames

    # -- client frames ----------------------------------------------------------------------

    def on_text(self, conn: Connection, text: str) -> None:
        self.hub.log(conn, "in", text)
        try:
            frame = json.loads(text)
        except ValueError:
            return
        kind = frame.get("t") if isinstance(frame, dict) else None
        if kind in GROUPS and not problems(PACKAGE, "SubscribeRequest", frame):
            group = GROUPS[kind]
            keys = [k for k in str(frame["k"]).split("#") if k]
            self.hub.update_subscriptions(conn, group, add=keys)
            with self.server.lock:
                for out in self._frames(conn, group, keys, True, True):
                    conn.post(out)
        elif kind in ("u", "ud") and not problems(PACKAGE, "UnsubscribeRequest", frame):
            keys = [k for k in str(frame["k"]).split("#") if k]
            for group in ("depth",) if kind == "ud" else GROUPS.values():
                self.hub.update_subscriptions(conn, group, remove=keys)
                for key in keys:
                    self._last.pop((conn.id, group, key), None)
        elif kind == "h" and not problems(PACKAGE, "Heartbeat", frame):
            conn.post({"t": "hk", "ft": _epoch(self.state.exchange)})
        elif kind == "o" and not problems(PACKAGE, "OrderFeedRequest", frame):
            self._order_feed(conn)

    def _order_feed(self, conn: Connection) -> None:
        if not conn.subscriptions.get("orders"):
            self.hub.set_subscriptions(conn, "orders", [str(conn.account)])
            events = self.state.order_events
            conn.cleanup.append(events.add(lambda o, e: conn.post_threadsafe(order_update(o, e))))
        conn.post({"t": "ok"})

    # -- login ------------------------------------------------------------------------------

    def _login(self, frame: Any) -> str | None:
        if not isinstance(frame, dict) or problems(PACKAGE, "ConnectRequest", frame):
            return None
        user = str(self.state.account.user_id)
        if {_base(frame["uid"]), _base(frame["actid"])} != {user}:
            return None
        if self.server.faults.stream_login():
            return None
        token = str(frame["susertoken"])
        with self.server.lock:
            sessions = dict(self.state.sessions)
            keys = dict(self.state.websocket_keys)
        for session in sessions:
            if keys.get(session) == token or token in token_variants(session):
                return user
        return None

    async def __call__(self, websocket: WebSocket) -> None:
        await websocket.accept()
        conn = self.hub.open(websocket, websocket.url.path)
        while True:
            try:
                text = await websocket.receive_text()
            except Exception:
                self.hub.abandon(conn)
                return
            try:
                frame = json.loads(text)
            except ValueError:
                frame = None
            if isinstance(frame, dict) and frame.get("t") == "c":
                break
            self.hub.log(conn, "in", text, "ignored")
        self.hub.log(conn, "in", text)
        account = self._login(frame)
        if account is None:
            reject = {"t": "ck", "s": "NOT_OK", "emsg": "Invalid Session Key"}
            await self.hub.send_now(conn, reject)
            await self.hub.close(conn, POLICY_VIOLATION, "Invalid Session Key")
            self.hub.abandon(conn)
            return
        conn.account = account
        for other in self.hub.live():
            if other is not conn and other.account == account:
                other.loop.call_soon_threadsafe(self._take_over, other)
        conn.post({"t": "ck", "s": "OK", "uid": str(frame["uid"])})
        try:
            await self.hub.serve(conn, self.on_text)
        finally:
            for key in [k for k in self._last if k[0] == conn.id]:
                del self._last[key]

    def _take_over(self, old: Connection) -> None:
        async def later() -> None:
            await asyncio.sleep(TAKEOVER_DELAY_S)
            await self.hub.close(old, 1000, "Session taken over")

        task = asyncio.ensure_future(later())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _base(uid: Any) -> str:
    text = str(uid)
    for suffix in ("_WEB", "_API"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def serve_gopocket(server: MockServer) -> GopocketStream:
    """The ASGI WebSocket endpoint of the Gopocket stream of ``server``."""
    return GopocketStream(server)
