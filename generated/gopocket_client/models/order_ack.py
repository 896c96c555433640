from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAck")
_ORDERACK_FIELDS = frozenset(
    {
        "requestTime",
        "orderNo",
    }
)


@_attrs_define
class OrderAck:
    """Acknowledgement of a place, modify or cancel request.

    Attributes:
        request_time (str | Unset): Server time, format `HH:mm:ss dd-MM-yyyy` (IST), e.g. `12:57:31 15-11-2023`.
        order_no (str | Unset): Order number (14 digits in samples). Modify may return a different number from the one
            modified.
    """

    request_time: str | Unset = UNSET
    order_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_time = self.request_time

        order_no = self.order_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_time is not UNSET:
            field_dict["requestTime"] = request_time
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_ack = cls.__new__(cls)
        order_ack.request_time = get("requestTime", UNSET)

        order_ack.order_no = get("orderNo", UNSET)

        order_ack.additional_properties = (
            {}
            if _ORDERACK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERACK_FIELDS}
        )
        return order_ack

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
