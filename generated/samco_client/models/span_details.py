from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanDetails")
_SPANDETAILS_FIELDS = frozenset(
    {
        "totalRequirement",
        "spanRequirement",
        "exposureMargin",
        "spreadBenefit",
    }
)


@_attrs_define
class SpanDetails:
    """Margin requirement of the whole request. All values are strings. A v3.2 integration
    reads these four (FR:A3.31); the `totalMargin` / `marginRequired` it also tries are
    unverified guesses and not declared.

        Attributes:
            total_requirement (str | Unset):
            span_requirement (str | Unset):
            exposure_margin (str | Unset):
            spread_benefit (str | Unset):
    """

    total_requirement: str | Unset = UNSET
    span_requirement: str | Unset = UNSET
    exposure_margin: str | Unset = UNSET
    spread_benefit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_requirement = self.total_requirement

        span_requirement = self.span_requirement

        exposure_margin = self.exposure_margin

        spread_benefit = self.spread_benefit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_requirement is not UNSET:
            field_dict["totalRequirement"] = total_requirement
        if span_requirement is not UNSET:
            field_dict["spanRequirement"] = span_requirement
        if exposure_margin is not UNSET:
            field_dict["exposureMargin"] = exposure_margin
        if spread_benefit is not UNSET:
            field_dict["spreadBenefit"] = spread_benefit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        span_details = cls.__new__(cls)
        span_details.total_requirement = get("totalRequirement", UNSET)

        span_details.span_requirement = get("spanRequirement", UNSET)

        span_details.exposure_margin = get("exposureMargin", UNSET)

        span_details.spread_benefit = get("spreadBenefit", UNSET)

        span_details.additional_properties = (
            {}
            if _SPANDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SPANDETAILS_FIELDS}
        )
        return span_details

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
