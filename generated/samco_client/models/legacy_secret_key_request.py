from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegacySecretKeyRequest")
_LEGACYSECRETKEYREQUEST_FIELDS = frozenset(
    {
        "uid",
        "otp",
    }
)


@_attrs_define
class LegacySecretKeyRequest:
    """
    Attributes:
        uid (str): Client id.
        otp (str): OTP received after `POST /otp/generateOtp`.
    """

    uid: str
    otp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "otp": otp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        legacy_secret_key_request = cls.__new__(cls)
        legacy_secret_key_request.uid = src_dict["uid"]

        legacy_secret_key_request.otp = src_dict["otp"]

        legacy_secret_key_request.additional_properties = (
            {}
            if _LEGACYSECRETKEYREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _LEGACYSECRETKEYREQUEST_FIELDS}
        )
        return legacy_secret_key_request

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
