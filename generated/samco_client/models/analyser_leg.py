from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyserLeg")
_ANALYSERLEG_FIELDS = frozenset(
    {
        "symbol",
        "transactionType",
        "quantity",
    }
)


@_attrs_define
class AnalyserLeg:
    """One leg in the Python README's alternative shape (`legs[]`); UNSURE.

    Attributes:
        symbol (str | Unset): Trading symbol.
        transaction_type (str | Unset): `BUY` or `SELL` in any letter case (the docs sample mixes `Buy` and `SELL`).
        quantity (int | str | Unset): Quantity (the Python README sends a JSON number, e.g. 50).
    """

    symbol: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    quantity: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        transaction_type = self.transaction_type

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        analyser_leg = cls.__new__(cls)
        analyser_leg.symbol = get("symbol", UNSET)

        analyser_leg.transaction_type = get("transactionType", UNSET)

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(get("quantity", UNSET))

        analyser_leg.quantity = quantity

        analyser_leg.additional_properties = (
            {}
            if _ANALYSERLEG_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ANALYSERLEG_FIELDS}
        )
        return analyser_leg

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
