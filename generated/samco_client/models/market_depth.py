from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.depth_ask import DepthAsk
    from ..models.depth_bid import DepthBid


T = TypeVar("T", bound="MarketDepth")
_MARKETDEPTH_FIELDS = frozenset(
    {
        "tradingSymbol",
        "symbol",
        "exc",
        "tBuyQty",
        "tSellQty",
        "iv",
        "delta",
        "gamma",
        "theta",
        "vega",
        "bestFiveBid",
        "bestFiveAsk",
    }
)


@_attrs_define
class MarketDepth:
    """Depth of one symbol with option Greeks (Java model; a v3.2 integration reads
    `bestFiveBid`, `bestFiveAsk`, `tBuyQty`, `tSellQty`, FR:A3.28). No OHLC or last price.
    Value types are not documented, so numeric fields accept strings and numbers.

        Attributes:
            trading_symbol (str | Unset):
            symbol (str | Unset):
            exc (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            t_buy_qty (float | str | Unset):
            t_sell_qty (float | str | Unset):
            iv (float | str | Unset):
            delta (float | str | Unset):
            gamma (float | str | Unset):
            theta (float | str | Unset):
            vega (float | str | Unset):
            best_five_bid (list[DepthBid] | Unset):
            best_five_ask (list[DepthAsk] | Unset):
    """

    trading_symbol: str | Unset = UNSET
    symbol: str | Unset = UNSET
    exc: Exchange | str | Unset = UNSET
    t_buy_qty: float | str | Unset = UNSET
    t_sell_qty: float | str | Unset = UNSET
    iv: float | str | Unset = UNSET
    delta: float | str | Unset = UNSET
    gamma: float | str | Unset = UNSET
    theta: float | str | Unset = UNSET
    vega: float | str | Unset = UNSET
    best_five_bid: list[DepthBid] | Unset = UNSET
    best_five_ask: list[DepthAsk] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_symbol = self.trading_symbol

        symbol = self.symbol

        exc: str | Unset
        if isinstance(self.exc, Unset):
            exc = UNSET
        elif isinstance(self.exc, str):
            exc = self.exc
        else:
            exc = self.exc

        t_buy_qty: float | str | Unset
        if isinstance(self.t_buy_qty, Unset):
            t_buy_qty = UNSET
        else:
            t_buy_qty = self.t_buy_qty

        t_sell_qty: float | str | Unset
        if isinstance(self.t_sell_qty, Unset):
            t_sell_qty = UNSET
        else:
            t_sell_qty = self.t_sell_qty

        iv: float | str | Unset
        if isinstance(self.iv, Unset):
            iv = UNSET
        else:
            iv = self.iv

        delta: float | str | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        gamma: float | str | Unset
        if isinstance(self.gamma, Unset):
            gamma = UNSET
        else:
            gamma = self.gamma

        theta: float | str | Unset
        if isinstance(self.theta, Unset):
            theta = UNSET
        else:
            theta = self.theta

        vega: float | str | Unset
        if isinstance(self.vega, Unset):
            vega = UNSET
        else:
            vega = self.vega

        best_five_bid: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_five_bid, Unset):
            best_five_bid = []
            for best_five_bid_item_data in self.best_five_bid:
                best_five_bid_item = best_five_bid_item_data.to_dict()
                best_five_bid.append(best_five_bid_item)

        best_five_ask: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_five_ask, Unset):
            best_five_ask = []
            for best_five_ask_item_data in self.best_five_ask:
                best_five_ask_item = best_five_ask_item_data.to_dict()
                best_five_ask.append(best_five_ask_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if exc is not UNSET:
            field_dict["exc"] = exc
        if t_buy_qty is not UNSET:
            field_dict["tBuyQty"] = t_buy_qty
        if t_sell_qty is not UNSET:
            field_dict["tSellQty"] = t_sell_qty
        if iv is not UNSET:
            field_dict["iv"] = iv
        if delta is not UNSET:
            field_dict["delta"] = delta
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if theta is not UNSET:
            field_dict["theta"] = theta
        if vega is not UNSET:
            field_dict["vega"] = vega
        if best_five_bid is not UNSET:
            field_dict["bestFiveBid"] = best_five_bid
        if best_five_ask is not UNSET:
            field_dict["bestFiveAsk"] = best_five_ask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.depth_ask import DepthAsk  # noqa: PLC0415
        from ..models.depth_bid import DepthBid  # noqa: PLC0415

        get = src_dict.get
        market_depth = cls.__new__(cls)
        market_depth.trading_symbol = get("tradingSymbol", UNSET)

        market_depth.symbol = get("symbol", UNSET)

        exc: Exchange | str | Unset = get("exc", UNSET)

        market_depth.exc = exc

        def _parse_t_buy_qty(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        t_buy_qty = _parse_t_buy_qty(get("tBuyQty", UNSET))

        market_depth.t_buy_qty = t_buy_qty

        def _parse_t_sell_qty(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        t_sell_qty = _parse_t_sell_qty(get("tSellQty", UNSET))

        market_depth.t_sell_qty = t_sell_qty

        def _parse_iv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        iv = _parse_iv(get("iv", UNSET))

        market_depth.iv = iv

        def _parse_delta(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        delta = _parse_delta(get("delta", UNSET))

        market_depth.delta = delta

        def _parse_gamma(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        gamma = _parse_gamma(get("gamma", UNSET))

        market_depth.gamma = gamma

        def _parse_theta(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        theta = _parse_theta(get("theta", UNSET))

        market_depth.theta = theta

        def _parse_vega(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        vega = _parse_vega(get("vega", UNSET))

        market_depth.vega = vega

        _best_five_bid = get("bestFiveBid", UNSET)
        best_five_bid: list[DepthBid] | Unset = UNSET
        if _best_five_bid is not UNSET:
            best_five_bid = []
            for best_five_bid_item_data in _best_five_bid:
                best_five_bid_item = DepthBid.from_dict(best_five_bid_item_data)

                best_five_bid.append(best_five_bid_item)

        market_depth.best_five_bid = best_five_bid

        _best_five_ask = get("bestFiveAsk", UNSET)
        best_five_ask: list[DepthAsk] | Unset = UNSET
        if _best_five_ask is not UNSET:
            best_five_ask = []
            for best_five_ask_item_data in _best_five_ask:
                best_five_ask_item = DepthAsk.from_dict(best_five_ask_item_data)

                best_five_ask.append(best_five_ask_item)

        market_depth.best_five_ask = best_five_ask

        market_depth.additional_properties = (
            {}
            if _MARKETDEPTH_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MARKETDEPTH_FIELDS}
        )
        return market_depth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
