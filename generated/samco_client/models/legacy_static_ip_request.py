from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyStaticIpRequest")
_LEGACYSTATICIPREQUEST_FIELDS = frozenset(
    {
        "clientId",
        "password",
        "primaryIp",
        "secondaryIp",
    }
)


@_attrs_define
class LegacyStaticIpRequest:
    """
    Attributes:
        client_id (str): Client id.
        password (str): Trading password.
        primary_ip (str): Public IPv4 address to register as PRIMARY.
        secondary_ip (str | Unset): Optional public IPv4 backup address (SECONDARY).
    """

    client_id: str
    password: str
    primary_ip: str
    secondary_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        password = self.password

        primary_ip = self.primary_ip

        secondary_ip = self.secondary_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "password": password,
                "primaryIp": primary_ip,
            }
        )
        if secondary_ip is not UNSET:
            field_dict["secondaryIp"] = secondary_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        legacy_static_ip_request = cls.__new__(cls)
        legacy_static_ip_request.client_id = src_dict["clientId"]

        legacy_static_ip_request.password = src_dict["password"]

        legacy_static_ip_request.primary_ip = src_dict["primaryIp"]

        legacy_static_ip_request.secondary_ip = get("secondaryIp", UNSET)

        legacy_static_ip_request.additional_properties = (
            {}
            if _LEGACYSTATICIPREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _LEGACYSTATICIPREQUEST_FIELDS}
        )
        return legacy_static_ip_request

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
