from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegacyAccessTokenRequest")
_LEGACYACCESSTOKENREQUEST_FIELDS = frozenset(
    {
        "uid",
        "secretApiKey",
    }
)


@_attrs_define
class LegacyAccessTokenRequest:
    """
    Attributes:
        uid (str): Client id.
        secret_api_key (str): Secret API key from `POST /otp/secretKeyGenerator` (never expires).
    """

    uid: str
    secret_api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        secret_api_key = self.secret_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "secretApiKey": secret_api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        legacy_access_token_request = cls.__new__(cls)
        legacy_access_token_request.uid = src_dict["uid"]

        legacy_access_token_request.secret_api_key = src_dict["secretApiKey"]

        legacy_access_token_request.additional_properties = (
            {}
            if _LEGACYACCESSTOKENREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _LEGACYACCESSTOKENREQUEST_FIELDS}
        )
        return legacy_access_token_request

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
