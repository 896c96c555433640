from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_summary_request_filter import AnalyticsSummaryRequestFilter


T = TypeVar("T", bound="AnalyticsSummaryRequest")
_ANALYTICSSUMMARYREQUEST_FIELDS = frozenset(
    {
        "duration",
        "fromDate",
        "toDate",
        "filter",
    }
)


@_attrs_define
class AnalyticsSummaryRequest:
    """All fields optional. `duration` is the documented field; `fromDate`, `toDate` and
    `filter` appear in the Java SDK model only.

        Attributes:
            duration (str | Unset): Period analysed. The docs allow `ALL` (default), `1Y`, `6M`, `1M`; the SDK examples also
                use `1D` and `3M` (unverified). Kept an open string for that reason.
            from_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
            to_date (str | Unset): A calendar date, format `yyyy-MM-dd`.
            filter_ (AnalyticsSummaryRequestFilter | Unset): UNSURE: Java SDK model only; contents undocumented.
    """

    duration: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    filter_: AnalyticsSummaryRequestFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        from_date = self.from_date

        to_date = self.to_date

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_summary_request_filter import (
            AnalyticsSummaryRequestFilter,  # noqa: PLC0415
        )

        get = src_dict.get
        analytics_summary_request = cls.__new__(cls)
        analytics_summary_request.duration = get("duration", UNSET)

        analytics_summary_request.from_date = get("fromDate", UNSET)

        analytics_summary_request.to_date = get("toDate", UNSET)

        _filter_ = get("filter", UNSET)
        filter_: AnalyticsSummaryRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AnalyticsSummaryRequestFilter.from_dict(_filter_)

        analytics_summary_request.filter_ = filter_

        analytics_summary_request.additional_properties = (
            {}
            if _ANALYTICSSUMMARYREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ANALYTICSSUMMARYREQUEST_FIELDS}
        )
        return analytics_summary_request

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
