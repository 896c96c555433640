from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionTokenRequest")
_SESSIONTOKENREQUEST_FIELDS = frozenset(
    {
        "apiKey",
        "apiSecret",
    }
)


@_attrs_define
class SessionTokenRequest:
    """App credentials. DOCS describe both values as AES-encrypted: they are the values the
    Web Dashboard issues at app creation, sent verbatim, with no client-side encryption (a
    v3.2 integration, FR:A3.1; none of the SDKs encrypt anything either). Opaque strings.

        Attributes:
            api_key (str): The app's API key (AES-encrypted per DOCS).
            api_secret (str): The app's API secret (AES-encrypted per DOCS).
    """

    api_key: str
    api_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "apiSecret": api_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        session_token_request = cls.__new__(cls)
        session_token_request.api_key = src_dict["apiKey"]

        session_token_request.api_secret = src_dict["apiSecret"]

        session_token_request.additional_properties = (
            {}
            if _SESSIONTOKENREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SESSIONTOKENREQUEST_FIELDS}
        )
        return session_token_request

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
