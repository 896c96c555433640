from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyLoginRequest")
_LEGACYLOGINREQUEST_FIELDS = frozenset(
    {
        "userId",
        "password",
        "accessToken",
        "yob",
    }
)


@_attrs_define
class LegacyLoginRequest:
    """The legacy login. `yob` is listed by the reference and was sent by older clients (LEAN
    2021, OpenAlgo Dec 2025), but OpenAlgo's April 2026 flow sends only `userId`,
    `password` and `accessToken` (FR:A3.5): optional here.

        Attributes:
            user_id (str): Client id.
            password (str): Trading password.
            access_token (str): Access token from `POST /accessToken/token`.
            yob (str | Unset): Year of birth (not sent by the April 2026 flow, FR:A3.5).
    """

    user_id: str
    password: str
    access_token: str
    yob: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        password = self.password

        access_token = self.access_token

        yob = self.yob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "password": password,
                "accessToken": access_token,
            }
        )
        if yob is not UNSET:
            field_dict["yob"] = yob

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        legacy_login_request = cls.__new__(cls)
        legacy_login_request.user_id = src_dict["userId"]

        legacy_login_request.password = src_dict["password"]

        legacy_login_request.access_token = src_dict["accessToken"]

        legacy_login_request.yob = get("yob", UNSET)

        legacy_login_request.additional_properties = (
            {}
            if _LEGACYLOGINREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _LEGACYLOGINREQUEST_FIELDS}
        )
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
