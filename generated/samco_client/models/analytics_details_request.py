from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsDetailsRequest")
_ANALYTICSDETAILSREQUEST_FIELDS = frozenset(
    {
        "fromDate",
        "toDate",
    }
)


@_attrs_define
class AnalyticsDetailsRequest:
    """UNSURE: no docs page; the SDK examples send `fromDate` and `toDate`.

    Attributes:
        from_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
        to_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
    """

    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        analytics_details_request = cls.__new__(cls)
        analytics_details_request.from_date = get("fromDate", UNSET)

        analytics_details_request.to_date = get("toDate", UNSET)

        analytics_details_request.additional_properties = (
            {}
            if _ANALYTICSDETAILSREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ANALYTICSDETAILSREQUEST_FIELDS}
        )
        return analytics_details_request

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
