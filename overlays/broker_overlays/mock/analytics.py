"""Option strategy analytics, broker-neutral: the payoff at expiry of a strategy's futures and
options (on a grid of underlying prices), its breakevens, maximum profit and loss, risk-reward
and net Greeks. A wire adapter's contracts analyser maps its fields in and out."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from broker_overlays.mock.engine import ZERO
from broker_overlays.mock.universe import Instrument

__all__ = ["FUTURE_GREEKS", "GREEKS", "Curve", "Leg", "Payoff", "net_greeks", "payoff_curve"]

GREEKS = ("delta", "gamma", "theta", "vega")
FUTURE_GREEKS: Mapping[str, float] = {"delta": 1.0, "gamma": 0.0, "theta": 0.0, "vega": 0.0}
"""A future's Greeks per unit (it moves one for one with its underlying)."""


@dataclass(frozen=True, slots=True)
class Leg:
    """One contract of a strategy: bought or sold (``side`` BUY / SELL), at ``entry``."""

    instrument: Instrument
    side: str
    quantity: int
    entry: Decimal

    @property
    def sign(self) -> int:
        return 1 if self.side == "BUY" else -1

    @property
    def strike(self) -> Decimal:
        return Decimal(self.instrument.strike or 0) if self.instrument.is_option else ZERO

    def at_expiry(self, underlying: Decimal) -> Decimal:
        """The contract's value at expiry with the underlying at ``underlying``."""
        if self.instrument.option_type == "CE":
            return max(underlying - self.strike, ZERO)
        if self.instrument.option_type == "PE":
            return max(self.strike - underlying, ZERO)
        return underlying  # a future converges to its underlying

    def pnl(self, price: Decimal) -> Decimal:
        """Profit and loss with the contract at ``price``."""
        return self.sign * self.quantity * (price - self.entry)


@dataclass(frozen=True, slots=True)
class Payoff:
    """Profit and loss at expiry of a strategy, as a function of the underlying's price
    (piecewise linear, with kinks at the strikes)."""

    legs: list[Leg]

    def at(self, underlying: Decimal) -> Decimal:
        return sum((leg.pnl(leg.at_expiry(underlying)) for leg in self.legs), ZERO)

    def slope_above(self, underlying: Decimal) -> Decimal:
        """How the payoff changes per rupee of the underlying above every strike."""
        return self.at(underlying + 1) - self.at(underlying)

    @staticmethod
    def breakevens(points: list[Decimal], values: list[Decimal], slope: Decimal) -> list[Decimal]:
        """Underlying prices where the payoff is zero (``points`` sorted, holding every kink)."""
        found = [p for p, v in zip(points, values, strict=True) if v == 0]
        for (a, pa), (b, pb) in itertools.pairwise(zip(points, values, strict=True)):
            if pa * pb < 0:
                found.append(a + (b - a) * -pa / (pb - pa))
        if slope and values[-1] and -values[-1] / slope > 0:
            found.append(points[-1] - values[-1] / slope)
        return sorted(set(found))


@dataclass(frozen=True, slots=True)
class Curve:
    """A strategy's payoff at expiry on a grid: 0, every strike and the spot ±40 % in 5 %
    steps (the band); ``slope`` is the payoff's above the grid."""

    spot: Decimal
    low: Decimal
    """The band's lowest price."""
    points: list[Decimal]
    values: list[Decimal]
    slope: Decimal
    breakevens: list[Decimal]

    @property
    def max_profit(self) -> Decimal | None:
        """None: unlimited."""
        return None if self.slope > 0 else max(self.values)

    @property
    def max_loss(self) -> Decimal | None:
        """None: unlimited."""
        return None if self.slope < 0 else min(self.values)

    @property
    def risk_reward(self) -> Decimal | None:
        """Maximum profit over maximum loss; None unless both are bounded and non-zero."""
        most, least = max(self.values), min(self.values)
        return most / -least if self.slope == 0 and most > 0 > least else None

    def band(self) -> list[tuple[Decimal, Decimal]]:
        """(underlying price, payoff) from the band's lowest price up."""
        return [(p, v) for p, v in zip(self.points, self.values, strict=True) if p >= self.low]


def payoff_curve(legs: list[Leg], spot: Decimal | None) -> Curve:
    """The payoff of ``legs`` around ``spot`` (None: the first strike, else the first entry)."""
    strikes = [leg.strike for leg in legs if leg.instrument.is_option]
    if spot is None:
        spot = (strikes or [legs[0].entry])[0]
    payoff = Payoff(legs)
    band = [spot * (1 + Decimal(k) / 20) for k in range(-8, 9)]
    points = sorted({ZERO, *strikes, *band})
    values = [payoff.at(p) for p in points]
    slope = payoff.slope_above(max(points))
    breakevens = payoff.breakevens(points, values, slope)
    return Curve(spot, band[0], points, values, slope, breakevens)


def net_greeks(legs: Iterable[tuple[Leg, Mapping[str, float]]]) -> dict[str, Decimal]:
    """The strategy's Greeks: each leg's per-unit Greeks times its signed quantity, summed."""
    greeks = dict.fromkeys(GREEKS, ZERO)
    for leg, raw in legs:
        for key in greeks:
            greeks[key] += leg.sign * leg.quantity * Decimal(repr(raw[key]))
    return greeks
