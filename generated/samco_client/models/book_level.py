from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookLevel")
_BOOKLEVEL_FIELDS = frozenset(
    {
        "number",
        "quantity",
        "price",
    }
)


@_attrs_define
class BookLevel:
    """One level of the order book (`bestBids` / `bestAsks`). `number` is a string in quotes
    ("1") and an integer in the future chain (1); `quantity` and `price` are strings.

        Attributes:
            number (int | str | Unset): Level number, 1 = best.
            quantity (str | Unset):
            price (str | Unset):
    """

    number: int | str | Unset = UNSET
    quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        quantity = self.quantity

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        book_level = cls.__new__(cls)

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(get("number", UNSET))

        book_level.number = number

        book_level.quantity = get("quantity", UNSET)

        book_level.price = get("price", UNSET)

        book_level.additional_properties = (
            {}
            if _BOOKLEVEL_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BOOKLEVEL_FIELDS}
        )
        return book_level

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
