"""Protocol facts of each broker's market-data WebSocket, read from the AsyncAPI document
bundled inside its generated message package (``samco_stream/asyncapi.json``,
``gopocket_stream/asyncapi.json``): the root ``x-`` extensions (auth, frame terminator,
subscribe semantics, heartbeat, reconnect, symbol keys, dispatch, order stream, token
derivation, limits, default server) and the payload schemas. No protocol constant is kept in
code; the streaming clients ask this module."""

from __future__ import annotations

import importlib
import importlib.resources
import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType, ModuleType
from typing import Any, Literal, cast

STREAM_PACKAGES = {"samco": "samco_stream", "gopocket": "gopocket_stream"}

SubscribeMode = Literal["replace-per-streaming-type", "additive"]


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """``x-heartbeat``: protocol pings (Samco) or an application frame (Noren)."""

    kind: Literal["protocol-ping", "app-frame"]
    interval: float
    pong_timeout: float | None
    idle_timeout: float | None
    message: str | None
    reply: str | None


@dataclass(frozen=True, slots=True)
class Reconnect:
    """``x-reconnect``: exponential backoff or a fixed schedule; :meth:`delay` applies full
    jitter (a uniform draw between 0 and the step), capped at the policy's maximum."""

    initial: float
    factor: float
    maximum: float
    max_attempts: int | None
    schedule: tuple[float, ...] = ()
    refresh_credentials: bool = True
    max_connection_seconds: float | None = None
    """The server ends a connection after this long (Samco: 24 h, FR:A1.15)."""
    reconnect_before_seconds: float | None = None
    """Reconnect proactively this long before ``max_connection_seconds``."""

    @property
    def connection_lifetime(self) -> float | None:
        """Seconds after which a connection is replaced proactively (None: never)."""
        if self.max_connection_seconds is None:
            return None
        return max(self.max_connection_seconds - (self.reconnect_before_seconds or 0.0), 0.0)

    def step(self, attempt: int) -> float:
        """The un-jittered wait before reconnect ``attempt`` (1-based)."""
        n = max(attempt, 1) - 1
        if self.schedule:
            return self.schedule[min(n, len(self.schedule) - 1)]
        return float(min(self.maximum, self.initial * self.factor**n))

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Full jitter: uniform in ``[0, step(attempt)]``."""
        return (rng or random).uniform(0.0, self.step(attempt))

    def scaled(self, factor: float) -> Reconnect:
        """The same policy with every wait multiplied by ``factor`` (tests, impatient apps)."""
        return Reconnect(
            self.initial * factor,
            self.factor,
            self.maximum * factor,
            self.max_attempts,
            tuple(s * factor for s in self.schedule),
            self.refresh_credentials,
            self.max_connection_seconds,
            self.reconnect_before_seconds,
        )


@dataclass(frozen=True, slots=True)
class AuthAck:
    message: str
    field: str
    success: frozenset[str]


@dataclass(frozen=True, slots=True)
class TokenVariant:
    """One entry of ``x-token-derivation.variants`` (Gopocket)."""

    name: str
    credential_operation: str | None
    transform: str
    uid: str
    actid: str
    source: str
    servers: tuple[str, ...]
    verified: bool


@dataclass(frozen=True, slots=True)
class DispatchRule:
    path: tuple[str, ...]
    equals: str
    message: str


class StreamCatalog:
    """The streaming facts of one broker (``stream_catalog("samco")``)."""

    def __init__(self, broker: str, document: Mapping[str, Any]) -> None:
        self.broker = broker
        self.document = document
        package = STREAM_PACKAGES[broker]
        self.models: ModuleType = importlib.import_module(f"{package}.models")

    def ext(self, name: str) -> Mapping[str, Any]:
        value = self.document.get(f"x-{name}")
        if not isinstance(value, Mapping):
            raise KeyError(f"{self.broker} AsyncAPI document has no x-{name}")
        return value

    # -- servers ----------------------------------------------------------------------------

    def server_url(self, name: str | None = None) -> str:
        """``protocol://host/pathname`` of server ``name`` (default: ``x-default-server``)."""
        key = name or str(self.ext("default-server")["server"])
        server = self.document["servers"][key]
        path = server.get("pathname") or "/"
        return f"{server['protocol']}://{server['host']}{path}"

    # -- auth -------------------------------------------------------------------------------

    @property
    def auth(self) -> Mapping[str, Any]:
        return self.ext("auth")

    @property
    def auth_header(self) -> str | None:
        header = self.auth.get("header")
        return str(header) if header else None

    @property
    def percent_decode(self) -> bool:
        return bool(self.auth.get("percentDecode"))

    @property
    def auth_acks(self) -> tuple[AuthAck, ...]:
        return tuple(
            AuthAck(str(a["message"]), str(a["field"]), frozenset(map(str, a["successValues"])))
            for a in self.auth.get("ack") or ()
        )

    def token_variants(self) -> dict[str, TokenVariant]:
        derivation = self.document.get("x-token-derivation") or {}
        return {
            str(v["name"]): TokenVariant(
                name=str(v["name"]),
                credential_operation=v.get("credentialOperation"),
                transform=str(v["transform"]),
                uid=str(v["uid"]),
                actid=str(v["actid"]),
                source=str(v["source"]),
                servers=tuple(v.get("servers") or ()),
                verified=bool(v.get("verified")),
            )
            for v in derivation.get("variants", ())
        }

    @property
    def default_token_variant(self) -> str | None:
        derivation = self.document.get("x-token-derivation") or {}
        value = derivation.get("default")
        return str(value) if value else None

    # -- framing and subscriptions -------------------------------------------------------------

    @property
    def terminator(self) -> str:
        return str(self.ext("frame-terminator").get("value") or "")

    @property
    def subscribe_mode(self) -> SubscribeMode:
        mode = str(self.ext("subscribe-semantics")["mode"])
        if mode not in ("replace-per-streaming-type", "additive"):
            raise ValueError(f"unknown x-subscribe-semantics.mode {mode!r}")
        return cast(SubscribeMode, mode)

    @property
    def resubscribe_after_unsubscribe(self) -> bool:
        return bool(self.ext("subscribe-semantics").get("resubscribeAfterUnsubscribe"))

    @property
    def symbols_per_frame(self) -> int | None:
        value = self.ext("limits").get("symbolsPerFrame")
        return int(value) if value else None

    @property
    def symbols_per_connection(self) -> int | None:
        value = self.ext("limits").get("symbolsPerConnection")
        return int(value) if value else None

    @property
    def symbol_pattern(self) -> re.Pattern[str]:
        return re.compile(str(self.ext("symbol-key")["pattern"]))

    @property
    def symbol_joiner(self) -> str | None:
        joiner = self.ext("symbol-key").get("joiner")
        return str(joiner) if joiner else None

    @property
    def depth_levels(self) -> int:
        return int(self.ext("depth-levels")["levels"])

    def streaming_types(self) -> Mapping[str, Mapping[str, Any]]:
        """Samco's ``x-streaming-types.types`` (empty for brokers without one)."""
        types = (self.document.get("x-streaming-types") or {}).get("types") or {}
        return MappingProxyType(dict(types))

    # -- liveness ---------------------------------------------------------------------------

    @property
    def heartbeat(self) -> Heartbeat:
        h = self.ext("heartbeat")
        return Heartbeat(
            kind=h["kind"],
            interval=float(h["intervalSeconds"]),
            pong_timeout=_opt_float(h.get("pongTimeoutSeconds")),
            idle_timeout=_opt_float(h.get("idleTimeoutSeconds")),
            message=h.get("message"),
            reply=h.get("reply"),
        )

    @property
    def reconnect(self) -> Reconnect:
        r = self.ext("reconnect")
        backoff = r["backoff"]
        schedule = tuple(float(s) for s in backoff.get("scheduleSeconds") or ())
        return Reconnect(
            initial=float(backoff.get("initialSeconds", schedule[0] if schedule else 1.0)),
            factor=float(backoff.get("factor", 1.0)),
            maximum=float(backoff.get("maxSeconds", max(schedule, default=60.0))),
            max_attempts=backoff.get("maxAttempts"),
            schedule=schedule,
            refresh_credentials=bool(r.get("refreshCredentials", True)),
            max_connection_seconds=_opt_float(r.get("maxConnectionSeconds")),
            reconnect_before_seconds=_opt_float(r.get("reconnectBeforeSeconds")),
        )

    @property
    def sessions_per_account(self) -> Mapping[str, Any]:
        return self.ext("sessions-per-account")

    @property
    def order_stream(self) -> Mapping[str, Any]:
        return self.ext("order-stream")

    # -- messages ---------------------------------------------------------------------------

    def dispatch_rules(self) -> tuple[DispatchRule, ...]:
        return tuple(
            DispatchRule(tuple(r["path"]), str(r["equals"]), str(r["message"]))
            for r in self.ext("dispatch")["rules"]
        )

    def message_class(self, message: str) -> Any:
        """The generated class of ``message`` (payload schema = class name)."""
        return getattr(self.models, message)

    def example(self, message: str, name: str | None = None) -> dict[str, Any]:
        examples: Sequence[Mapping[str, Any]] = self.document["components"]["messages"][
            message
        ].get("examples", ())
        for ex in examples:
            if name is None or ex.get("name") == name:
                return dict(ex["payload"])
        raise KeyError(f"{self.broker}: no example {name!r} of {message}")

    def schemas(self) -> Mapping[str, Any]:
        return MappingProxyType(self.document["components"]["schemas"])


def _opt_float(value: object) -> float | None:
    return None if value is None else float(cast(float | str, value))


@cache
def stream_catalog(broker: str) -> StreamCatalog:
    """The streaming catalog of ``broker`` ("samco" or "gopocket")."""
    package = STREAM_PACKAGES[broker]
    text = importlib.resources.files(package).joinpath("asyncapi.json").read_text("utf-8")
    return StreamCatalog(broker, json.loads(text))
