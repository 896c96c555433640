from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteGttRequest")
_DELETEGTTREQUEST_FIELDS = frozenset(
    {
        "gttSummaryId",
    }
)


@_attrs_define
class DeleteGttRequest:
    """Identifies the GTT or OCO to delete. The docs type `gttSummaryId` as a number; a string
    is accepted too (see `GttSummaryIdInput`).

        Attributes:
            gtt_summary_id (int | str): GTT/OCO summary id as returned in `gttSummaryId`. Responses carry it as a string,
                the
                delete samples send a JSON number and the Java SDK types it as a long, so both a number
                and a string are accepted. A modify issues a new id; the old one stops working.
    """

    gtt_summary_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtt_summary_id: int | str
        gtt_summary_id = self.gtt_summary_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gttSummaryId": gtt_summary_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        delete_gtt_request = cls.__new__(cls)

        def _parse_gtt_summary_id(data: object) -> int | str:
            return cast(int | str, data)

        gtt_summary_id = _parse_gtt_summary_id(src_dict["gttSummaryId"])

        delete_gtt_request.gtt_summary_id = gtt_summary_id

        delete_gtt_request.additional_properties = (
            {}
            if _DELETEGTTREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DELETEGTTREQUEST_FIELDS}
        )
        return delete_gtt_request

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
