from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetUserDetailsRequest")
_GETUSERDETAILSREQUEST_FIELDS = frozenset(
    {
        "checkSum",
    }
)


@_attrs_define
class GetUserDetailsRequest:
    """The only credential of the session exchange. `checkSum` is the lower-case hex SHA-256 of
    `userId + authCode + apiSecret` (plain concatenation, no separators; the SDKs upper-case
    `userId` first). `authCode` and `userId` arrive on the app's redirect URL after the
    browser login (see `x-browser-flows.login` in the root).

        Attributes:
            check_sum (str): SHA-256 hex digest (64 lower-case hex characters). Note the capital `S` in the key.
    """

    check_sum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_sum = self.check_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkSum": check_sum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        get_user_details_request = cls.__new__(cls)
        get_user_details_request.check_sum = src_dict["checkSum"]

        get_user_details_request.additional_properties = (
            {}
            if _GETUSERDETAILSREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GETUSERDETAILSREQUEST_FIELDS}
        )
        return get_user_details_request

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
