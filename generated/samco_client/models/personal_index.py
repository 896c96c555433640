from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_index_values import PersonalIndexValues


T = TypeVar("T", bound="PersonalIndex")
_PERSONALINDEX_FIELDS = frozenset(
    {
        "indexName",
        "networth",
        "indexData",
    }
)


@_attrs_define
class PersonalIndex:
    """
    Attributes:
        index_name (str | Unset):
        networth (str | Unset):
        index_data (PersonalIndexValues | Unset): Personal index values. All values are strings.
    """

    index_name: str | Unset = UNSET
    networth: str | Unset = UNSET
    index_data: PersonalIndexValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        networth = self.networth

        index_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index_data, Unset):
            index_data = self.index_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_name is not UNSET:
            field_dict["indexName"] = index_name
        if networth is not UNSET:
            field_dict["networth"] = networth
        if index_data is not UNSET:
            field_dict["indexData"] = index_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personal_index_values import PersonalIndexValues  # noqa: PLC0415

        get = src_dict.get
        personal_index = cls.__new__(cls)
        personal_index.index_name = get("indexName", UNSET)

        personal_index.networth = get("networth", UNSET)

        _index_data = get("indexData", UNSET)
        index_data: PersonalIndexValues | Unset
        if isinstance(_index_data, Unset):
            index_data = UNSET
        else:
            index_data = PersonalIndexValues.from_dict(_index_data)

        personal_index.index_data = index_data

        personal_index.additional_properties = (
            {}
            if _PERSONALINDEX_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PERSONALINDEX_FIELDS}
        )
        return personal_index

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
