from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepthBid")
_DEPTHBID_FIELDS = frozenset(
    {
        "bidNumber",
        "bidSize",
        "bidPrice",
    }
)


@_attrs_define
class DepthBid:
    """One of the best five bids (Java model; a v3.2 integration reads `bidPrice` and `bidSize`, FR:A3.28). Value types
    unknown.

        Attributes:
            bid_number (float | str | Unset):
            bid_size (float | str | Unset):
            bid_price (float | str | Unset):
    """

    bid_number: float | str | Unset = UNSET
    bid_size: float | str | Unset = UNSET
    bid_price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid_number: float | str | Unset
        if isinstance(self.bid_number, Unset):
            bid_number = UNSET
        else:
            bid_number = self.bid_number

        bid_size: float | str | Unset
        if isinstance(self.bid_size, Unset):
            bid_size = UNSET
        else:
            bid_size = self.bid_size

        bid_price: float | str | Unset
        if isinstance(self.bid_price, Unset):
            bid_price = UNSET
        else:
            bid_price = self.bid_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bid_number is not UNSET:
            field_dict["bidNumber"] = bid_number
        if bid_size is not UNSET:
            field_dict["bidSize"] = bid_size
        if bid_price is not UNSET:
            field_dict["bidPrice"] = bid_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        depth_bid = cls.__new__(cls)

        def _parse_bid_number(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bid_number = _parse_bid_number(get("bidNumber", UNSET))

        depth_bid.bid_number = bid_number

        def _parse_bid_size(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bid_size = _parse_bid_size(get("bidSize", UNSET))

        depth_bid.bid_size = bid_size

        def _parse_bid_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bid_price = _parse_bid_price(get("bidPrice", UNSET))

        depth_bid.bid_price = bid_price

        depth_bid.additional_properties = (
            {}
            if _DEPTHBID_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHBID_FIELDS}
        )
        return depth_bid

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
