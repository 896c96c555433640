from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketDepthRequest")
_MARKETDEPTHREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "exchange",
    }
)


@_attrs_define
class MarketDepthRequest:
    """`exchange` defaults to NSE when omitted.

    Attributes:
        symbol_name (str): Equity scrip name (cash) or trading symbol (F&O).
        exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
            for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.
    """

    symbol_name: str
    exchange: Exchange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolName": symbol_name,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        market_depth_request = cls.__new__(cls)
        market_depth_request.symbol_name = src_dict["symbolName"]

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        market_depth_request.exchange = exchange

        market_depth_request.additional_properties = (
            {}
            if _MARKETDEPTHREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MARKETDEPTHREQUEST_FIELDS}
        )
        return market_depth_request

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
