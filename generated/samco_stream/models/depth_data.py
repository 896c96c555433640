from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.depth_level import DepthLevel


T = TypeVar("T", bound="DepthData")
_DEPTHDATA_FIELDS = frozenset(
    {
        "symbol",
        "delta",
        "gamma",
        "theta",
        "vega",
        "iv",
        "bidValues",
        "askValues",
        "tbq",
        "taq",
    }
)


@_attrs_define
class DepthData:
    """5-level depth of one symbol with total bid/ask quantities and, for options, greeks.
    Carries **no** LTP, volume, OI or OHLC: merge with the `quote` stream per symbol
    (FR:A1.8). All values are strings (FR:A1.12).

        Attributes:
            symbol (str): The symbol key (`10753_NSE`); `quote2` uses `symbol`, not `sym` (FR:A1.10).
            delta (str | Unset): Delta.
            gamma (str | Unset): Gamma.
            theta (str | Unset): Theta.
            vega (str | Unset): Vega.
            iv (str | Unset): Implied volatility (percent).
            bid_values (list[DepthLevel] | Unset): Bid levels, best first (up to 5, FR:A1.17).
            ask_values (list[DepthLevel] | Unset): Ask levels, best first (up to 5, FR:A1.17).
            tbq (str | Unset): Total bid quantity (`tBQ` on the quote stream).
            taq (str | Unset): Total ask quantity (`tSQ` on the quote stream).
    """

    symbol: str
    delta: str | Unset = UNSET
    gamma: str | Unset = UNSET
    theta: str | Unset = UNSET
    vega: str | Unset = UNSET
    iv: str | Unset = UNSET
    bid_values: list[DepthLevel] | Unset = UNSET
    ask_values: list[DepthLevel] | Unset = UNSET
    tbq: str | Unset = UNSET
    taq: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        delta = self.delta

        gamma = self.gamma

        theta = self.theta

        vega = self.vega

        iv = self.iv

        bid_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bid_values, Unset):
            bid_values = []
            for bid_values_item_data in self.bid_values:
                bid_values_item = bid_values_item_data.to_dict()
                bid_values.append(bid_values_item)

        ask_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ask_values, Unset):
            ask_values = []
            for ask_values_item_data in self.ask_values:
                ask_values_item = ask_values_item_data.to_dict()
                ask_values.append(ask_values_item)

        tbq = self.tbq

        taq = self.taq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if delta is not UNSET:
            field_dict["delta"] = delta
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if theta is not UNSET:
            field_dict["theta"] = theta
        if vega is not UNSET:
            field_dict["vega"] = vega
        if iv is not UNSET:
            field_dict["iv"] = iv
        if bid_values is not UNSET:
            field_dict["bidValues"] = bid_values
        if ask_values is not UNSET:
            field_dict["askValues"] = ask_values
        if tbq is not UNSET:
            field_dict["tbq"] = tbq
        if taq is not UNSET:
            field_dict["taq"] = taq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.depth_level import DepthLevel  # noqa: PLC0415

        get = src_dict.get
        depth_data = cls.__new__(cls)
        depth_data.symbol = src_dict["symbol"]

        depth_data.delta = get("delta", UNSET)

        depth_data.gamma = get("gamma", UNSET)

        depth_data.theta = get("theta", UNSET)

        depth_data.vega = get("vega", UNSET)

        depth_data.iv = get("iv", UNSET)

        _bid_values = get("bidValues", UNSET)
        bid_values: list[DepthLevel] | Unset = UNSET
        if _bid_values is not UNSET:
            bid_values = []
            for bid_values_item_data in _bid_values:
                bid_values_item = DepthLevel.from_dict(bid_values_item_data)

                bid_values.append(bid_values_item)

        depth_data.bid_values = bid_values

        _ask_values = get("askValues", UNSET)
        ask_values: list[DepthLevel] | Unset = UNSET
        if _ask_values is not UNSET:
            ask_values = []
            for ask_values_item_data in _ask_values:
                ask_values_item = DepthLevel.from_dict(ask_values_item_data)

                ask_values.append(ask_values_item)

        depth_data.ask_values = ask_values

        depth_data.tbq = get("tbq", UNSET)

        depth_data.taq = get("taq", UNSET)

        depth_data.additional_properties = (
            {}
            if _DEPTHDATA_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHDATA_FIELDS}
        )
        return depth_data

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
