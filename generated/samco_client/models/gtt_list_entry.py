from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gtt_summary import GttSummary
    from ..models.gtt_triggers import GttTriggers


T = TypeVar("T", bound="GttListEntry")
_GTTLISTENTRY_FIELDS = frozenset(
    {
        "summary",
        "triggers",
    }
)


@_attrs_define
class GttListEntry:
    """One GTT or OCO of the list.

    Attributes:
        summary (GttSummary | Unset): Header of a listed GTT or OCO.
        triggers (GttTriggers | Unset): `gtt` for a single GTT, `target` + `stopLoss` for an OCO pair. May be empty
            (`{}`, Node
            SDK sample).
    """

    summary: GttSummary | Unset = UNSET
    triggers: GttTriggers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        triggers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gtt_summary import GttSummary  # noqa: PLC0415
        from ..models.gtt_triggers import GttTriggers  # noqa: PLC0415

        get = src_dict.get
        gtt_list_entry = cls.__new__(cls)
        _summary = get("summary", UNSET)
        summary: GttSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = GttSummary.from_dict(_summary)

        gtt_list_entry.summary = summary

        _triggers = get("triggers", UNSET)
        triggers: GttTriggers | Unset
        if isinstance(_triggers, Unset):
            triggers = UNSET
        else:
            triggers = GttTriggers.from_dict(_triggers)

        gtt_list_entry.triggers = triggers

        gtt_list_entry.additional_properties = (
            {}
            if _GTTLISTENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GTTLISTENTRY_FIELDS}
        )
        return gtt_list_entry

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
