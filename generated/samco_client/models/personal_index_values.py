from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalIndexValues")
_PERSONALINDEXVALUES_FIELDS = frozenset(
    {
        "index",
        "indexChange",
        "indexChangePercentage",
        "latestTime",
        "networthChange",
        "networthChangePercentage",
        "fundReceipt",
    }
)


@_attrs_define
class PersonalIndexValues:
    """Personal index values. All values are strings.

    Attributes:
        index (str | Unset):
        index_change (str | Unset):
        index_change_percentage (str | Unset):
        latest_time (str | Unset): Format `yyyy-MM-dd HH:mm:ss` (IST).
        networth_change (str | Unset):
        networth_change_percentage (str | Unset):
        fund_receipt (str | Unset):
    """

    index: str | Unset = UNSET
    index_change: str | Unset = UNSET
    index_change_percentage: str | Unset = UNSET
    latest_time: str | Unset = UNSET
    networth_change: str | Unset = UNSET
    networth_change_percentage: str | Unset = UNSET
    fund_receipt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        index_change = self.index_change

        index_change_percentage = self.index_change_percentage

        latest_time = self.latest_time

        networth_change = self.networth_change

        networth_change_percentage = self.networth_change_percentage

        fund_receipt = self.fund_receipt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if index_change is not UNSET:
            field_dict["indexChange"] = index_change
        if index_change_percentage is not UNSET:
            field_dict["indexChangePercentage"] = index_change_percentage
        if latest_time is not UNSET:
            field_dict["latestTime"] = latest_time
        if networth_change is not UNSET:
            field_dict["networthChange"] = networth_change
        if networth_change_percentage is not UNSET:
            field_dict["networthChangePercentage"] = networth_change_percentage
        if fund_receipt is not UNSET:
            field_dict["fundReceipt"] = fund_receipt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        personal_index_values = cls.__new__(cls)
        personal_index_values.index = get("index", UNSET)

        personal_index_values.index_change = get("indexChange", UNSET)

        personal_index_values.index_change_percentage = get("indexChangePercentage", UNSET)

        personal_index_values.latest_time = get("latestTime", UNSET)

        personal_index_values.networth_change = get("networthChange", UNSET)

        personal_index_values.networth_change_percentage = get("networthChangePercentage", UNSET)

        personal_index_values.fund_receipt = get("fundReceipt", UNSET)

        personal_index_values.additional_properties = (
            {}
            if _PERSONALINDEXVALUES_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PERSONALINDEXVALUES_FIELDS}
        )
        return personal_index_values

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
