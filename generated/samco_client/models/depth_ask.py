from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepthAsk")
_DEPTHASK_FIELDS = frozenset(
    {
        "askNumber",
        "askSize",
        "askPrice",
    }
)


@_attrs_define
class DepthAsk:
    """One of the best five asks (Java model; a v3.2 integration reads `askPrice` and `askSize`, FR:A3.28). Value types
    unknown.

        Attributes:
            ask_number (float | str | Unset):
            ask_size (float | str | Unset):
            ask_price (float | str | Unset):
    """

    ask_number: float | str | Unset = UNSET
    ask_size: float | str | Unset = UNSET
    ask_price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ask_number: float | str | Unset
        if isinstance(self.ask_number, Unset):
            ask_number = UNSET
        else:
            ask_number = self.ask_number

        ask_size: float | str | Unset
        if isinstance(self.ask_size, Unset):
            ask_size = UNSET
        else:
            ask_size = self.ask_size

        ask_price: float | str | Unset
        if isinstance(self.ask_price, Unset):
            ask_price = UNSET
        else:
            ask_price = self.ask_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ask_number is not UNSET:
            field_dict["askNumber"] = ask_number
        if ask_size is not UNSET:
            field_dict["askSize"] = ask_size
        if ask_price is not UNSET:
            field_dict["askPrice"] = ask_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        depth_ask = cls.__new__(cls)

        def _parse_ask_number(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        ask_number = _parse_ask_number(get("askNumber", UNSET))

        depth_ask.ask_number = ask_number

        def _parse_ask_size(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        ask_size = _parse_ask_size(get("askSize", UNSET))

        depth_ask.ask_size = ask_size

        def _parse_ask_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        ask_price = _parse_ask_price(get("askPrice", UNSET))

        depth_ask.ask_price = ask_price

        depth_ask.additional_properties = (
            {}
            if _DEPTHASK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHASK_FIELDS}
        )
        return depth_ask

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
