from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistoryRequest")
_ORDERHISTORYREQUEST_FIELDS = frozenset(
    {
        "orderNo",
        "userId",
    }
)


@_attrs_define
class OrderHistoryRequest:
    """The order whose state transitions to list. [SDK-prev] sends `orderNo` only.

    Attributes:
        order_no (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
        user_id (str | Unset): Listed in the field table; in the sample only from 2023-11-20.
    """

    order_no: str
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_history_request = cls.__new__(cls)
        order_history_request.order_no = src_dict["orderNo"]

        order_history_request.user_id = get("userId", UNSET)

        order_history_request.additional_properties = (
            {}
            if _ORDERHISTORYREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERHISTORYREQUEST_FIELDS}
        )
        return order_history_request

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
