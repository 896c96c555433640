from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")
_OAUTHTOKENREQUEST_FIELDS = frozenset(
    {
        "code",
        "redirect_url",
        "grant_type",
        "refresh_token",
        "code_verifier",
        "api_key",
    }
)


@_attrs_define
class OAuthTokenRequest:
    """Token request at `/oauth/token`. Only the authorization-code exchange is documented
    (PY): `code` and `redirect_url`. UNSURE: `grant_type`, `refresh_token`, `code_verifier`
    and `api_key` are not documented; they are accepted for a refresh-token grant and PKCE,
    which OAuth 2.1 normally uses. The grants are told apart by `grant_type`: with
    `grant_type: refresh_token` a `refresh_token` is required; otherwise (the documented
    code exchange) `code` and `redirect_url` are.

        Attributes:
            code (str | Unset): The short-lived authorization code Samco appended to the redirect URL.
            redirect_url (str | Unset): The redirect URL used at the authorize step; must equal the app's registered URL
                exactly.
            grant_type (str | Unset): UNSURE: not documented (OAuth would use `authorization_code` / `refresh_token`).
            refresh_token (str | Unset): UNSURE: not documented; for a refresh-token grant (refresh tokens live 7 days per
                PY).
            code_verifier (str | Unset): UNSURE: PKCE verifier; no source mentions PKCE.
            api_key (str | Unset): UNSURE: not documented; the app's API key.
    """

    code: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    grant_type: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        redirect_url = self.redirect_url

        grant_type = self.grant_type

        refresh_token = self.refresh_token

        code_verifier = self.code_verifier

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        o_auth_token_request = cls.__new__(cls)
        o_auth_token_request.code = get("code", UNSET)

        o_auth_token_request.redirect_url = get("redirect_url", UNSET)

        o_auth_token_request.grant_type = get("grant_type", UNSET)

        o_auth_token_request.refresh_token = get("refresh_token", UNSET)

        o_auth_token_request.code_verifier = get("code_verifier", UNSET)

        o_auth_token_request.api_key = get("api_key", UNSET)

        o_auth_token_request.additional_properties = (
            {}
            if _OAUTHTOKENREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _OAUTHTOKENREQUEST_FIELDS}
        )
        return o_auth_token_request

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
