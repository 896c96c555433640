from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhoAmIData")
_WHOAMIDATA_FIELDS = frozenset(
    {
        "ip",
        "registered",
    }
)


@_attrs_define
class WhoAmIData:
    """PY README shape (contradicts NODE/JAVA).

    Attributes:
        ip (str | Unset): IP address the request came from.
        registered (bool | Unset): Whether that IP is a registered static IP of the app.
    """

    ip: str | Unset = UNSET
    registered: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        registered = self.registered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if registered is not UNSET:
            field_dict["registered"] = registered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        who_am_i_data = cls.__new__(cls)
        who_am_i_data.ip = get("ip", UNSET)

        who_am_i_data.registered = get("registered", UNSET)

        who_am_i_data.additional_properties = (
            {}
            if _WHOAMIDATA_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WHOAMIDATA_FIELDS}
        )
        return who_am_i_data

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
