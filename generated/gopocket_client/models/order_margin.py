from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMargin")
_ORDERMARGIN_FIELDS = frozenset(
    {
        "remarks",
        "marginUsed",
        "openingBalance",
        "requiredMargin",
        "orderMargin",
        "availableMargin",
        "marginShortfall",
    }
)


@_attrs_define
class OrderMargin:
    """Margin check result. Amounts are JSON numbers (the field table says String).

    Attributes:
        remarks (None | str | Unset): e.g. `Insufficient Balance`.
        margin_used (float | Unset):
        opening_balance (float | Unset):
        required_margin (float | Unset):
        order_margin (float | Unset): Listed instead of `requiredMargin` in the 2023-09/10 field tables.
        available_margin (float | Unset):
        margin_shortfall (float | Unset):
    """

    remarks: None | str | Unset = UNSET
    margin_used: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    required_margin: float | Unset = UNSET
    order_margin: float | Unset = UNSET
    available_margin: float | Unset = UNSET
    margin_shortfall: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        margin_used = self.margin_used

        opening_balance = self.opening_balance

        required_margin = self.required_margin

        order_margin = self.order_margin

        available_margin = self.available_margin

        margin_shortfall = self.margin_shortfall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if margin_used is not UNSET:
            field_dict["marginUsed"] = margin_used
        if opening_balance is not UNSET:
            field_dict["openingBalance"] = opening_balance
        if required_margin is not UNSET:
            field_dict["requiredMargin"] = required_margin
        if order_margin is not UNSET:
            field_dict["orderMargin"] = order_margin
        if available_margin is not UNSET:
            field_dict["availableMargin"] = available_margin
        if margin_shortfall is not UNSET:
            field_dict["marginShortfall"] = margin_shortfall

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_margin = cls.__new__(cls)
        remarks: None | str | Unset = get("remarks", UNSET)

        order_margin.remarks = remarks

        order_margin.margin_used = get("marginUsed", UNSET)

        order_margin.opening_balance = get("openingBalance", UNSET)

        order_margin.required_margin = get("requiredMargin", UNSET)

        order_margin.order_margin = get("orderMargin", UNSET)

        order_margin.available_margin = get("availableMargin", UNSET)

        order_margin.margin_shortfall = get("marginShortfall", UNSET)

        order_margin.additional_properties = (
            {}
            if _ORDERMARGIN_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERMARGIN_FIELDS}
        )
        return order_margin

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
