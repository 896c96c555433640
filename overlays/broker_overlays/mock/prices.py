"""The moving market of the mock exchange: a seeded random walk per price series, read by clock.

Every instrument follows a *series* (its ``underlying``: an index, its futures and options share
one). A series has one log-price level per trading day (Monday to Friday, 1990-2099; a
mean-reverting random walk) and, inside the session 09:15-15:30 IST, one level per minute (a
bridge from the day's open to its close). The walk is a pure function of ``(seed, series,
day)``: the same seed gives the same market in every process, whatever was asked before.

Prices are anchored at the moment the market was made (the mock's start or reset): at that
instant every instrument trades at its seed price, and all other prices are scaled from it. So
a mock started outside market hours, or a test whose fake clock does not cross a minute,
sees the seed prices; advance the clock by minutes and the price moves. Options are priced
from their underlying (Black-Scholes, no rates). Outside the session the price stays at the
last close. Candles (any range inside 1990-2099, not cut at the clock) and quotes derive from
the same walk.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from broker_overlays.auth.clock import IST
from broker_overlays.mock.universe import Instrument, Universe

__all__ = ["Candle", "DayStats", "Market", "MarketMaker", "session_minutes"]

EPOCH = date(1990, 1, 1)  # a Monday
LAST = date(2099, 12, 31)
SESSION_OPEN = time(9, 15)
SESSION_MINUTES = 375  # 09:15-15:30
MAX_CANDLES = 2000
"""At most this many candles per answer (the earliest of the range)."""
MAX_MINUTES = 30_000
"""At most this many one-minute candles are generated for one intraday answer."""
_THETA = 0.002  # daily mean reversion of the log level: prices stay within about +-50%


def _trading_index(day: date) -> int:
    """Weekdays from EPOCH up to (not including) ``day``."""
    days = (day - EPOCH).days
    return days // 7 * 5 + min(days % 7, 5)


def _day_of(index: int) -> date:
    return EPOCH + timedelta(days=index // 5 * 7 + index % 5)


def session_minutes(day: date) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of ``day``'s session, in IST."""
    start = datetime.combine(day, SESSION_OPEN, tzinfo=IST)
    return start, start + timedelta(minutes=SESSION_MINUTES)


@dataclass(frozen=True, slots=True)
class MarketMaker:
    """The liquidity the mock exchange always shows: ``levels`` price levels a tick apart on
    each side, the first at the current price, each worth about ``level_value`` rupees (at
    least one lot); what a client takes comes back at the next minute."""

    levels: int = 5
    level_value: Decimal = Decimal(1_000_000)

    def quantity(self, instrument: Instrument, price: Decimal) -> int:
        lots = int(self.level_value / max(price, Decimal("0.01")) / instrument.lot_size)
        return max(1, lots) * instrument.lot_size


@dataclass(frozen=True, slots=True)
class Candle:
    start: datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: int


@dataclass(frozen=True, slots=True)
class DayStats:
    """The day so far of one instrument (what a quote shows)."""

    ltp: Decimal
    open: Decimal
    high: Decimal
    low: Decimal
    previous_close: Decimal
    volume: int


@dataclass(slots=True)
class _Day:
    open: float
    closes: list[float]
    highs: list[float]
    lows: list[float]
    volumes: list[float]


def _ncdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


class Market:
    """Prices, quotes and candles of a universe, as functions of time (see the module doc)."""

    def __init__(
        self,
        universe: Universe,
        *,
        anchor: datetime,
        seed: int = 0,
        maker: MarketMaker | None = None,
    ) -> None:
        self.universe = universe
        self.seed = seed
        self.maker = maker or MarketMaker()
        self.anchor = anchor
        self._levels: dict[str, list[float]] = {}
        self._rngs: dict[str, random.Random] = {}
        self._days: dict[tuple[str, int], _Day] = {}
        self._anchors: dict[str, float] = {}

    # -- the walk ---------------------------------------------------------------------------

    def _sigma(self, series: str) -> float:
        spot = self.universe.spot(series)
        return 0.010 if spot is not None and spot.kind == "INDEX" else 0.016

    def _close(self, series: str, index: int) -> float:
        """Log level at the close of trading day ``index`` (0 before the epoch)."""
        if index < 0:
            return 0.0
        levels = self._levels.setdefault(series, [])
        rng = self._rngs.setdefault(series, random.Random(f"{self.seed}:{series}:daily"))
        width = self._sigma(series) * math.sqrt(3)
        while len(levels) <= index:
            last = levels[-1] if levels else 0.0
            levels.append(last * (1 - _THETA) + (2 * rng.random() - 1) * width)
        return levels[index]

    def _day(self, series: str, index: int) -> _Day:
        key = (series, index)
        found = self._days.get(key)
        if found is not None:
            return found
        if len(self._days) > 4096:
            self._days.clear()
        rng = random.Random(f"{self.seed}:{series}:{index}")
        sigma = self._sigma(series)
        start = self._close(series, index - 1) + (2 * rng.random() - 1) * sigma * 0.4
        end = self._close(series, index)
        width = sigma / math.sqrt(SESSION_MINUTES) * math.sqrt(3)
        walk, level = [], 0.0
        for _ in range(SESSION_MINUTES):
            level += (2 * rng.random() - 1) * width
            walk.append(level)
        closes, highs, lows, volumes = [], [], [], []
        previous = start
        for m in range(SESSION_MINUTES):
            share = (m + 1) / SESSION_MINUTES
            value = start + (end - start) * share + walk[m] - share * walk[-1]
            closes.append(value)
            highs.append(max(previous, value) + rng.random() * width * 0.5)
            lows.append(min(previous, value) - rng.random() * width * 0.5)
            volumes.append(0.5 + rng.random())
            previous = value
        day = _Day(start, closes, highs, lows, volumes)
        self._days[key] = day
        return day

    def _log_at(self, series: str, when: datetime) -> float:
        local = when.astimezone(IST)
        day = min(max(local.date(), EPOCH), LAST)
        index = _trading_index(day)
        if day.weekday() >= 5:
            return self._close(series, index - 1)
        start, end = session_minutes(day)
        if local < start:
            return self._close(series, index - 1)
        if local >= end:
            return self._close(series, index)
        minute = int((local - start).total_seconds() // 60)
        return self._day(series, index).closes[minute]

    def _scale(self, instrument: Instrument) -> float:
        series = instrument.series
        if series not in self._anchors:
            self._anchors[series] = self._log_at(series, self.anchor)
        return float(instrument.seed_price) * math.exp(-self._anchors[series])

    def _round(self, instrument: Instrument, value: float) -> Decimal:
        tick = instrument.tick
        ticks = (Decimal(repr(value)) / tick).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return max(ticks, Decimal(1)) * tick

    def _value(self, instrument: Instrument, level: float, when: datetime) -> Decimal:
        if instrument.is_option:
            return self._round(instrument, self._option(instrument, level, when))
        return self._round(instrument, self._scale(instrument) * math.exp(level))

    # -- options ----------------------------------------------------------------------------

    def _option(self, option: Instrument, level: float, when: datetime) -> float:
        spot = self.universe.spot(option.series)
        if spot is None:
            return float(option.tick)
        s = self._scale(spot) * math.exp(level)
        k = float(option.strike or 0) or s
        expiry = datetime.combine(date.fromisoformat(option.expiry), time(15, 30), tzinfo=IST)
        years = (expiry - when).total_seconds() / (365 * 86400)
        call = option.option_type == "CE"
        if years <= 0:
            return max(s - k, 0.0) if call else max(k - s, 0.0)
        vol = 0.14 if spot.kind == "INDEX" else 0.25
        d1 = (math.log(s / k) + vol * vol * years / 2) / (vol * math.sqrt(years))
        d2 = d1 - vol * math.sqrt(years)
        if call:
            return s * _ncdf(d1) - k * _ncdf(d2)
        return k * _ncdf(-d2) - s * _ncdf(-d1)

    def greeks(self, option: Instrument, when: datetime) -> dict[str, float]:
        """Implied volatility (the model's) and Black-Scholes greeks of an option."""
        spot = self.universe.spot(option.series)
        if spot is None or not option.is_option:
            return {"iv": 0.0, "delta": 0.0, "gamma": 0.0, "theta": 0.0, "vega": 0.0}
        s = float(self.price(spot, when))
        k = float(option.strike or 0) or s
        expiry = datetime.combine(date.fromisoformat(option.expiry), time(15, 30), tzinfo=IST)
        years = max((expiry - when).total_seconds() / (365 * 86400), 1e-6)
        vol = 0.14 if spot.kind == "INDEX" else 0.25
        root = vol * math.sqrt(years)
        d1 = (math.log(s / k) + vol * vol * years / 2) / root
        pdf = math.exp(-d1 * d1 / 2) / math.sqrt(2 * math.pi)
        delta = _ncdf(d1) if option.option_type == "CE" else _ncdf(d1) - 1
        return {
            "iv": vol * 100,
            "delta": delta,
            "gamma": pdf / (s * root),
            "theta": -s * pdf * vol / (2 * math.sqrt(years)) / 365,
            "vega": s * pdf * math.sqrt(years) / 100,
        }

    # -- what clients see -------------------------------------------------------------------

    def price(self, instrument: Instrument, when: datetime) -> Decimal:
        """The last traded price at ``when``."""
        return self._value(instrument, self._log_at(instrument.series, when), when)

    def previous_close(self, instrument: Instrument, when: datetime) -> Decimal:
        day = min(max(when.astimezone(IST).date(), EPOCH), LAST)
        index = _trading_index(day)
        start, _ = session_minutes(day)
        if day.weekday() < 5 and when.astimezone(IST) >= start:
            index -= 1  # the session of `day` started: yesterday's close
        else:
            index -= 2  # before the open or on a weekend: the close before the last session's
        close = _day_of(max(index, 0))
        when_closed = session_minutes(close)[1]
        return self._value(instrument, self._close(instrument.series, index), when_closed)

    def _volume_base(self, instrument: Instrument) -> float:
        if instrument.kind == "INDEX":
            return 0.0
        return max(1.0, 20_000_000 / max(float(instrument.seed_price or 100), 0.01))

    def stats(self, instrument: Instrument, when: datetime) -> DayStats:
        """Today's open, high, low, volume so far (the last session's, outside it)."""
        local = when.astimezone(IST)
        day = min(max(local.date(), EPOCH), LAST)
        index = _trading_index(day)
        start, _ = session_minutes(day)
        if day.weekday() >= 5 or local < start:
            index -= 1
            minutes = SESSION_MINUTES
        else:
            minutes = min(SESSION_MINUTES, int((local - start).total_seconds() // 60) + 1)
        index = max(index, 0)
        candle = self._summary(instrument, index, minutes)
        return DayStats(
            ltp=self.price(instrument, when),
            open=candle.open,
            high=candle.high,
            low=candle.low,
            previous_close=self.previous_close(instrument, when),
            volume=candle.volume,
        )

    def _minute_candle(self, instrument: Instrument, index: int, minute: int) -> Candle:
        day = self._day(instrument.series, index)
        start = session_minutes(_day_of(index))[0] + timedelta(minutes=minute)
        prev = day.closes[minute - 1] if minute else day.open
        values = [
            self._value(instrument, v, start)
            for v in (prev, day.highs[minute], day.lows[minute], day.closes[minute])
        ]
        high, low = max(values), min(values)
        volume = int(self._volume_base(instrument) / SESSION_MINUTES * day.volumes[minute])
        return Candle(start, values[0], high, low, values[3], volume)

    def _summary(self, instrument: Instrument, index: int, minutes: int) -> Candle:
        """One candle over the first ``minutes`` minutes of trading day ``index``."""
        candles = [self._minute_candle(instrument, index, m) for m in range(minutes)]
        return _merge(candles)

    def _daily(self, instrument: Instrument, index: int) -> Candle:
        """A day's candle from its day-level values only (cheap for long ranges)."""
        series = instrument.series
        day = self._day(series, index)
        start = session_minutes(_day_of(index))[0]
        end = start + timedelta(minutes=SESSION_MINUTES - 1)
        values = [
            self._value(instrument, day.open, start),
            self._value(instrument, max(day.highs), end),
            self._value(instrument, min(day.lows), end),
            self._value(instrument, day.closes[-1], end),
        ]
        volume = int(self._volume_base(instrument) * sum(day.volumes) / SESSION_MINUTES)
        return Candle(start, values[0], max(values), min(values), values[3], volume)

    def daily_candles(self, instrument: Instrument, first: date, last: date) -> list[Candle]:
        """One candle per trading day from ``first`` to ``last`` (inclusive)."""
        first, last = max(first, EPOCH), min(last, LAST)
        out: list[Candle] = []
        index = _trading_index(first)
        while len(out) < MAX_CANDLES and _day_of(index) <= last:
            out.append(self._daily(instrument, index))
            index += 1
        return out

    def intraday_candles(
        self, instrument: Instrument, start: datetime, end: datetime, interval: int = 1
    ) -> list[Candle]:
        """Candles of ``interval`` minutes (aligned to the session open) starting inside
        [start, end]."""
        interval = min(max(interval, 1), SESSION_MINUTES)
        start, end = start.astimezone(IST), end.astimezone(IST)
        day = max(start.date(), EPOCH)
        out: list[Candle] = []
        budget = MAX_MINUTES // interval  # candles of this interval worth generating
        while day <= min(end.date(), LAST) and len(out) < min(MAX_CANDLES, budget):
            if day.weekday() < 5:
                index = _trading_index(day)
                opens = session_minutes(day)[0]
                for first in range(0, SESSION_MINUTES, interval):
                    at = opens + timedelta(minutes=first)
                    if at < start or at > end or len(out) >= min(MAX_CANDLES, budget):
                        continue
                    last = min(first + interval, SESSION_MINUTES)
                    out.append(
                        _merge([self._minute_candle(instrument, index, m)
                                for m in range(first, last)])
                    )  # fmt: skip
            day += timedelta(days=1)
        return out

    def session_day(self, when: datetime) -> date:
        """The trading day whose candles are "today's" at ``when`` (the last one on weekends)."""
        day = when.astimezone(IST).date()
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day


def _merge(candles: list[Candle]) -> Candle:
    return Candle(
        candles[0].start,
        candles[0].open,
        max(c.high for c in candles),
        min(c.low for c in candles),
        candles[-1].close,
        sum(c.volume for c in candles),
    )
