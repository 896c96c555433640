from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSecretCode")
_WEBSECRETCODE_FIELDS = frozenset(
    {
        "timeRemainingInSeconds",
        "OTP",
    }
)


@_attrs_define
class WebSecretCode:
    """A one-time code for signing in to Samco's web platform.

    Attributes:
        time_remaining_in_seconds (int | Unset): Seconds until the code expires (about 120 in the docs sample).
        otp (str | Unset): The code (8 alphanumeric characters in the docs example). Note the upper-case key.
    """

    time_remaining_in_seconds: int | Unset = UNSET
    otp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_remaining_in_seconds = self.time_remaining_in_seconds

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_remaining_in_seconds is not UNSET:
            field_dict["timeRemainingInSeconds"] = time_remaining_in_seconds
        if otp is not UNSET:
            field_dict["OTP"] = otp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        web_secret_code = cls.__new__(cls)
        web_secret_code.time_remaining_in_seconds = get("timeRemainingInSeconds", UNSET)

        web_secret_code.otp = get("OTP", UNSET)

        web_secret_code.additional_properties = (
            {}
            if _WEBSECRETCODE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WEBSECRETCODE_FIELDS}
        )
        return web_secret_code

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
