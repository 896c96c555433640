from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepthLevel")
_DEPTHLEVEL_FIELDS = frozenset(
    {
        "no",
        "price",
        "qty",
    }
)


@_attrs_define
class DepthLevel:
    """One depth level; all strings.

    Attributes:
        no (str): Number of orders at this price.
        price (str): Price.
        qty (str): Quantity (may carry thousands separators).
    """

    no: str
    price: str
    qty: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        price = self.price

        qty = self.qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "price": price,
                "qty": qty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        depth_level = cls.__new__(cls)
        depth_level.no = src_dict["no"]

        depth_level.price = src_dict["price"]

        depth_level.qty = src_dict["qty"]

        depth_level.additional_properties = (
            {}
            if _DEPTHLEVEL_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHLEVEL_FIELDS}
        )
        return depth_level

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
