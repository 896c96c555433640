from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1
from ..types import UNSET, Unset

T = TypeVar("T", bound="HoldingListing")
_HOLDINGLISTING_FIELDS = frozenset(
    {
        "exchange",
        "token",
        "tradingSymbol",
        "pdc",
        "ltp",
    }
)


@_attrs_define
class HoldingListing:
    """One listing of a held instrument (one per exchange, e.g. NSE and BSE).

    Attributes:
        exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
            unknown codes parse as plain strings.
        token (str | Unset):
        trading_symbol (str | Unset):
        pdc (str | Unset): Previous day close.
        ltp (str | Unset):
    """

    exchange: ExchangeV1 | str | Unset = UNSET
    token: str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    pdc: str | Unset = UNSET
    ltp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        token = self.token

        trading_symbol = self.trading_symbol

        pdc = self.pdc

        ltp = self.ltp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if token is not UNSET:
            field_dict["token"] = token
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if pdc is not UNSET:
            field_dict["pdc"] = pdc
        if ltp is not UNSET:
            field_dict["ltp"] = ltp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        holding_listing = cls.__new__(cls)
        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        holding_listing.exchange = exchange

        holding_listing.token = get("token", UNSET)

        holding_listing.trading_symbol = get("tradingSymbol", UNSET)

        holding_listing.pdc = get("pdc", UNSET)

        holding_listing.ltp = get("ltp", UNSET)

        holding_listing.additional_properties = (
            {}
            if _HOLDINGLISTING_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HOLDINGLISTING_FIELDS}
        )
        return holding_listing

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
