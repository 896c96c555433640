from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyserContract")
_ANALYSERCONTRACT_FIELDS = frozenset(
    {
        "tradingSymbol",
        "transactionType",
        "price",
        "lot",
    }
)


@_attrs_define
class AnalyserContract:
    """One leg of the strategy (docs shape). All numbers are strings.

    Attributes:
        trading_symbol (str): F&O trading symbol.
        transaction_type (str): `BUY` or `SELL` in any letter case (the docs sample mixes `Buy` and `SELL`).
        price (str): A non-negative decimal number sent as a JSON string.
        lot (str): A positive whole number sent as a JSON string.
    """

    trading_symbol: str
    transaction_type: str
    price: str
    lot: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_symbol = self.trading_symbol

        transaction_type = self.transaction_type

        price = self.price

        lot = self.lot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradingSymbol": trading_symbol,
                "transactionType": transaction_type,
                "price": price,
                "lot": lot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        analyser_contract = cls.__new__(cls)
        analyser_contract.trading_symbol = src_dict["tradingSymbol"]

        analyser_contract.transaction_type = src_dict["transactionType"]

        analyser_contract.price = src_dict["price"]

        analyser_contract.lot = src_dict["lot"]

        analyser_contract.additional_properties = (
            {}
            if _ANALYSERCONTRACT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ANALYSERCONTRACT_FIELDS}
        )
        return analyser_contract

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
