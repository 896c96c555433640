from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_depth import MarketDepth


T = TypeVar("T", bound="MarketDepthDetails")
_MARKETDEPTHDETAILS_FIELDS = frozenset(
    {
        "marketDepth",
    }
)


@_attrs_define
class MarketDepthDetails:
    """
    Attributes:
        market_depth (MarketDepth | Unset): Depth of one symbol with option Greeks (Java model; a v3.2 integration reads
            `bestFiveBid`, `bestFiveAsk`, `tBuyQty`, `tSellQty`, FR:A3.28). No OHLC or last price.
            Value types are not documented, so numeric fields accept strings and numbers.
    """

    market_depth: MarketDepth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_depth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_depth, Unset):
            market_depth = self.market_depth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_depth is not UNSET:
            field_dict["marketDepth"] = market_depth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_depth import MarketDepth  # noqa: PLC0415

        get = src_dict.get
        market_depth_details = cls.__new__(cls)
        _market_depth = get("marketDepth", UNSET)
        market_depth: MarketDepth | Unset
        if isinstance(_market_depth, Unset):
            market_depth = UNSET
        else:
            market_depth = MarketDepth.from_dict(_market_depth)

        market_depth_details.market_depth = market_depth

        market_depth_details.additional_properties = (
            {}
            if _MARKETDEPTHDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MARKETDEPTHDETAILS_FIELDS}
        )
        return market_depth_details

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
