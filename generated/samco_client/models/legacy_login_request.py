from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegacyLoginRequest")


@_attrs_define
class LegacyLoginRequest:
    """
    Attributes:
        user_id (str): Client id.
        password (str): Trading password.
        yob (str): Year of birth.
        access_token (str): Access token from `POST /accessToken/token`.
    """

    user_id: str
    password: str
    yob: str
    access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        password = self.password

        yob = self.yob

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "password": password,
                "yob": yob,
                "accessToken": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        password = d.pop("password")

        yob = d.pop("yob")

        access_token = d.pop("accessToken")

        legacy_login_request = cls(
            user_id=user_id,
            password=password,
            yob=yob,
            access_token=access_token,
        )

        legacy_login_request.additional_properties = d
        return legacy_login_request

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
