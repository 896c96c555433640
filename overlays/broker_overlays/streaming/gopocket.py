"""Gopocket market data and order updates over the Codifi Noren WebSocket.

:class:`GopocketStream` sends the connect frame (``x-auth``: ``ConnectRequest``, answered by
``ConnectAck``) with the ``susertoken`` made as the chosen ``x-token-derivation`` variant says
(the spec's default unless ``token_variant=`` picks another), subscribes by diff (touchline or
depth; ``x-subscribe-semantics: additive``), sends the application heartbeat of
``x-heartbeat`` at its interval, requests the order feed (``x-order-stream``) with
``orders=True`` and turns ``om`` frames into :class:`~broker_overlays.streaming.ticks.OrderEvent`.
``tk``/``dk`` snapshots and ``tf``/``df`` updates are merged into full records per instrument.

One session per account (``x-sessions-per-account``): a clean close with the spec's code right
after connecting means another session took over; after ``takeover_limit`` of them in a row the
stream raises :class:`~broker_overlays.streaming.errors.SessionTakenOverError` instead of
fighting the other session with reconnects.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import InvalidStatus

from broker_overlays.errors import ClientValidationError
from broker_overlays.redaction import Secret, register_secret
from broker_overlays.streaming.catalog import TokenVariant, stream_catalog
from broker_overlays.streaming.core import (
    CallableToken,
    InstrumentLike,
    StartClose,
    StreamClient,
    StreamOptions,
    TokenSource,
    _Refused,
    refused_status,
    token_source,
)
from broker_overlays.streaming.errors import StreamAuthError
from broker_overlays.streaming.ticks import (
    NOREN_FIELDS,
    NorenMerger,
    OrderEvent,
    Tick,
    decimal_of,
    int_of,
)
from gopocket_stream.models import (
    ConnectRequest,
    Heartbeat,
    OrderFeedRequest,
    OrderUpdate,
    SubscribeRequest,
    UnsubscribeRequest,
)
from gopocket_stream.models.subscribe_request_t import SubscribeRequestT

if TYPE_CHECKING:
    from broker_overlays.gopocket import GopocketSession

_SNAPSHOTS = frozenset({"TouchlineSnapshot", "DepthSnapshot"})
_UPDATES = frozenset({"TouchlineUpdate", "DepthUpdate"})
_DEPTH = frozenset({"DepthSnapshot", "DepthUpdate"})


def derive_token(credential: str, transform: str) -> str:
    """``susertoken`` from ``credential`` per an ``x-token-derivation`` transform."""
    if transform == "none":
        return credential
    inner = hashlib.sha256(credential.encode()).hexdigest().encode()
    if transform == "sha256-sha256-hex":
        return hashlib.sha256(inner).hexdigest()
    if transform == "sha256-sha256-base64":  # inner hash hex-encoded (unverified, see spec)
        return base64.b64encode(hashlib.sha256(inner).digest()).decode()
    raise ClientValidationError(f"unknown token transform {transform!r}", broker="gopocket")


class GopocketStream(StreamClient):
    """Gopocket's Noren WebSocket (see the module docs)."""

    broker = "gopocket"

    def __init__(
        self,
        credential: TokenSource | str | Secret,
        *,
        client_id: str,
        token_variant: str | None = None,
        orders: bool = False,
        url: str | None = None,
        options: StreamOptions | None = None,
    ) -> None:
        catalog = stream_catalog(self.broker)
        variants = catalog.token_variants()
        name = token_variant or catalog.default_token_variant or next(iter(variants))
        if name not in variants:
            raise ClientValidationError(
                f"token_variant must be one of {sorted(variants)}, not {name!r}",
                broker=self.broker,
            )
        if not client_id or not client_id.strip():
            raise ClientValidationError("client_id is required", broker=self.broker)
        self.variant: TokenVariant = variants[name]
        default_url = catalog.server_url(self.variant.servers[0] if self.variant.servers else None)
        super().__init__(
            url=url or default_url, tokens=token_source(credential, self.broker), options=options
        )
        self.client_id = client_id
        self.want_orders = orders
        examples = {
            "touchline": catalog.example("SubscribeRequest", "touchline-indices")["t"],
            "depth": catalog.example("SubscribeRequest", "depth")["t"],
        }
        self._touchline, self._depth = examples["touchline"], examples["depth"]
        self._unsubscribe_t = catalog.example("UnsubscribeRequest", "touchline")["t"]
        self._joiner = catalog.symbol_joiner or "#"
        self._per_frame = catalog.symbols_per_frame
        self._acks = {ack.message: ack for ack in catalog.auth_acks}
        self._classes = {
            rule.message: catalog.message_class(rule.message) for rule in catalog.dispatch_rules()
        }
        self._hb_frame = Heartbeat.from_dict(
            catalog.example(catalog.heartbeat.message or "Heartbeat")
        ).to_dict()
        self._merger = NorenMerger()

    def _ids(self) -> tuple[str, str]:
        return (
            self.variant.uid.format(clientId=self.client_id),
            self.variant.actid.format(clientId=self.client_id),
        )

    def _modes(self, depth: bool) -> tuple[str, ...]:
        return (self._depth,) if depth else (self._touchline,)

    def _heartbeat_frame(self) -> Mapping[str, Any] | None:
        return self._hb_frame

    async def _open(self, credential: Secret) -> ClientConnection:
        susertoken = derive_token(credential.reveal(), self.variant.transform)
        register_secret(susertoken)
        uid, actid = self._ids()
        try:
            ws = cast(ClientConnection, await self._connect(self.url))
        except InvalidStatus as exc:
            status = refused_status(exc)
            if status in (401, 403):
                raise _Refused(credential, f"upgrade refused with HTTP {status}", status) from None
            raise
        try:
            frame = ConnectRequest(
                t="c", uid=uid, actid=actid, susertoken=susertoken, source=self.variant.source
            ).to_dict()
            await self._send(ws, frame)
            await self._await_ack(ws, credential)
        except BaseException:
            await ws.close()
            raise
        return ws

    async def _await_ack(self, ws: ClientConnection, credential: Secret) -> None:
        async with asyncio.timeout(self.options.open_timeout):
            while True:
                data = json.loads(await ws.recv())
                name = self.dispatch(data)
                ack = self._acks.get(name or "")
                if ack is None:
                    continue  # e.g. a heartbeat reply before the ack
                value = data.get(ack.field)
                if value in ack.success:
                    return
                message = data.get("emsg") if isinstance(data.get("emsg"), str) else None
                raise _Refused(
                    credential, f"connect rejected ({ack.field}={value!r})", None, message
                )

    async def _after_subscribe(self, ws: ClientConnection) -> None:
        if self.want_orders:
            await self._send(ws, OrderFeedRequest(t="o", actid=self._ids()[1]).to_dict())

    def _chunks(self, keys: list[str]) -> list[list[str]]:
        size = self._per_frame or len(keys) or 1
        return [keys[i : i + size] for i in range(0, len(keys), size)]

    def _frames(
        self, mode: str, added: list[str], removed: list[str], full: list[str]
    ) -> list[Mapping[str, Any]]:
        frames: list[Mapping[str, Any]] = []
        for chunk in self._chunks(removed):
            frames.append(
                UnsubscribeRequest(t=self._unsubscribe_t, k=self._joiner.join(chunk)).to_dict()
            )
        for chunk in self._chunks(added):
            frames.append(
                SubscribeRequest(
                    t=cast(SubscribeRequestT, mode), k=self._joiner.join(chunk)
                ).to_dict()
            )
        return frames

    def _forget(self, keys: set[str]) -> None:
        for key in keys:
            self._merger.forget(key)

    def _parse(self, data: Any, received: float) -> Tick | OrderEvent | None:
        t = data.get("t") if isinstance(data, dict) else None
        name = self.dispatch(data) if t is not None else None
        if name is None:
            self.stats.ignored += 1
            return None
        if name in _SNAPSHOTS or name in _UPDATES:
            message = self._classes[name].from_dict(data)
            exchange, token = data.get("e"), data.get("tk")
            if not exchange or not token:
                self.stats.ignored += 1
                return None
            key = f"{exchange}|{token}"
            if not self.subscribed(key):
                return None
            merge = self._merger.snapshot if name in _SNAPSHOTS else self._merger.update
            record = merge(key, data)
            return Tick("gopocket", key, record, message, received, name in _DEPTH, NOREN_FIELDS)
        if name == "OrderUpdate":
            return order_event(OrderUpdate.from_dict(data), received)
        return None  # acknowledgements, heartbeat replies


def order_event(update: OrderUpdate, received: float = 0.0) -> OrderEvent:
    def text(value: object) -> str | None:
        return value if isinstance(value, str) and value else None

    return OrderEvent(
        broker="gopocket",
        order_number=update.norenordno,
        status=text(update.status),
        symbol=text(update.tsym),
        exchange=text(update.exch),
        side=text(update.trantype),
        quantity=int_of(text(update.qty)),
        filled_quantity=int_of(text(update.fillshares)),
        price=decimal_of(text(update.prc)),
        average_price=decimal_of(text(update.avgprc)),
        reason=text(update.rejreason),
        message=update,
        received=received,
    )


async def _web_key(session: GopocketSession) -> str:
    """``result[0].key`` of ``getUser`` through the session (re-read on every connect: the key
    rotates daily)."""
    from gopocket_client.api.rest_profile import get_user

    answer = await get_user.asyncio(client=session)
    for item in answer.result or []:
        key = item.key
        if isinstance(key, str) and key:
            return key
    raise StreamAuthError("getUser returned no WebSocket key", broker="gopocket")


def credential_for(
    session: GopocketSession, variant: TokenVariant, key: str | Secret | None
) -> TokenSource:
    """The credential of ``variant``: ``key`` when given, else what the session can get
    (``getUser``'s web key, or the session's access token for the hashed variants)."""
    if key is not None:
        return token_source(key, "gopocket")
    if variant.credential_operation == "getUser":
        return CallableToken(lambda: _web_key(session))
    if variant.credential_operation is not None:
        return token_source(session._controls.auth, "gopocket")
    raise ClientValidationError(
        f"token variant {variant.name!r} needs its credential passed as key=",
        broker="gopocket",
    )


def stream(
    session: GopocketSession,
    *instruments: InstrumentLike,
    client_id: str,
    depth: bool = False,
    orders: bool = False,
    token_variant: str | None = None,
    key: str | Secret | None = None,
    url: str | None = None,
    options: StreamOptions | None = None,
) -> GopocketStream:
    """A :class:`GopocketStream` of ``session``'s account (``client_id``)."""
    catalog = stream_catalog("gopocket")
    variants = catalog.token_variants()
    name = token_variant or catalog.default_token_variant or next(iter(variants))
    if name not in variants:
        raise ClientValidationError(
            f"token_variant must be one of {sorted(variants)}, not {name!r}", broker="gopocket"
        )
    client = GopocketStream(
        credential_for(session, variants[name], key),
        client_id=client_id,
        token_variant=name,
        orders=orders,
        url=url,
        options=options,
    )
    if instruments:
        client.subscribe(*instruments, depth=depth)
    return client


class GopocketOrderUpdates(StartClose):
    """Order events of the account from the Noren order feed (``om``): the same interface as
    :class:`~broker_overlays.streaming.samco.SamcoOrderUpdates`. Events are never dropped."""

    broker = "gopocket"

    def __init__(self, stream: GopocketStream) -> None:
        stream.want_orders = True
        self.stream = stream
        self._iter = stream.orders()

    async def start(self) -> Self:
        await self.stream.start()
        return self

    async def aclose(self) -> None:
        await self.stream.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> OrderEvent:
        return await self._iter.__anext__()

    def __repr__(self) -> str:
        return f"GopocketOrderUpdates({self.stream!r})"


def order_updates(
    session: GopocketSession,
    *,
    client_id: str,
    token_variant: str | None = None,
    key: str | Secret | None = None,
    url: str | None = None,
    options: StreamOptions | None = None,
) -> GopocketOrderUpdates:
    """Order events of ``session``'s account over the Noren socket."""
    return GopocketOrderUpdates(
        stream(
            session,
            client_id=client_id,
            orders=True,
            token_variant=token_variant,
            key=key,
            url=url,
            options=options,
        )
    )


__all__ = [
    "GopocketOrderUpdates",
    "GopocketStream",
    "derive_token",
    "order_updates",
    "stream",
]
