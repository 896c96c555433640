from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSession")
_USERSESSION_FIELDS = frozenset(
    {
        "accessToken",
    }
)


@_attrs_define
class UserSession:
    """Envelope-form result item of getUserDetails.

    Attributes:
        access_token (str | Unset): The user session; send it as `Authorization: Bearer <accessToken>`.
    """

    access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        user_session = cls.__new__(cls)
        user_session.access_token = get("accessToken", UNSET)

        user_session.additional_properties = (
            {}
            if _USERSESSION_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _USERSESSION_FIELDS}
        )
        return user_session

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
