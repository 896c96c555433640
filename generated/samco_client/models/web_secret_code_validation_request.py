from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSecretCodeValidationRequest")
_WEBSECRETCODEVALIDATIONREQUEST_FIELDS = frozenset(
    {
        "otp",
        "code",
    }
)


@_attrs_define
class WebSecretCodeValidationRequest:
    """DOCS list only `otp`; the PY README also sends `code` (optional here).

    Attributes:
        otp (str): The code from `GET /webSecretCode`.
        code (str | Unset): PY README only: it carries the code from `GET /webSecretCode` there, while its `otp`
            holds `"123456"`. Which of the two Samco reads is UNSURE.
    """

    otp: str
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otp = self.otp

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otp": otp,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        web_secret_code_validation_request = cls.__new__(cls)
        web_secret_code_validation_request.otp = src_dict["otp"]

        web_secret_code_validation_request.code = get("code", UNSET)

        web_secret_code_validation_request.additional_properties = (
            {}
            if _WEBSECRETCODEVALIDATIONREQUEST_FIELDS.issuperset(src_dict)
            else {
                k: v for k, v in src_dict.items() if k not in _WEBSECRETCODEVALIDATIONREQUEST_FIELDS
            }
        )
        return web_secret_code_validation_request

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
