from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gain_loss_status import GainLossStatus, check_gain_loss_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="GainLossRequest")
_GAINLOSSREQUEST_FIELDS = frozenset(
    {
        "fromDate",
        "toDate",
        "status",
    }
)


@_attrs_define
class GainLossRequest:
    """
    Attributes:
        from_date (str): A calendar date, format `yyyy-MM-dd`.
        to_date (str): A calendar date, format `yyyy-MM-dd`.
        status (GainLossStatus | Unset): `open` positions (default) or `close`d ones.
    """

    from_date: str
    to_date: str
    status: GainLossStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromDate": from_date,
                "toDate": to_date,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        gain_loss_request = cls.__new__(cls)
        gain_loss_request.from_date = src_dict["fromDate"]

        gain_loss_request.to_date = src_dict["toDate"]

        _status = get("status", UNSET)
        status: GainLossStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_gain_loss_status(_status)

        gain_loss_request.status = status

        gain_loss_request.additional_properties = (
            {}
            if _GAINLOSSREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GAINLOSSREQUEST_FIELDS}
        )
        return gain_loss_request

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
