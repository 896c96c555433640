from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAckV1")
_ORDERACKV1_FIELDS = frozenset(
    {
        "brokerOrderId",
        "status",
        "message",
    }
)


@_attrs_define
class OrderAckV1:
    """UNSURE: acknowledgement item of an SDK-layout order action. On the platform's other
    deployment the place-order answer carries the number in `result[0].brokerOrderId` (not
    `orderNo`), and a top-level `status: Ok` can hold an item whose own `status` is not `Ok`
    with an empty `brokerOrderId`: that order failed [FR:B4.4] [AB]. Any other fields are kept.

        Attributes:
            broker_order_id (None | str | Unset): Broker order number of the new / affected order; `""` or null when this
                item failed [FR:B4.4] [AB].
            status (None | str | Unset): Per-item status; anything but `Ok` means this order failed although the envelope
                says `Ok` [FR:B4.4] [AB].
            message (None | str | Unset):
    """

    broker_order_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id: None | str | Unset
        if isinstance(self.broker_order_id, Unset):
            broker_order_id = UNSET
        else:
            broker_order_id = self.broker_order_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_order_id is not UNSET:
            field_dict["brokerOrderId"] = broker_order_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_ack_v1 = cls.__new__(cls)
        broker_order_id: None | str | Unset = get("brokerOrderId", UNSET)

        order_ack_v1.broker_order_id = broker_order_id

        status: None | str | Unset = get("status", UNSET)

        order_ack_v1.status = status

        message: None | str | Unset = get("message", UNSET)

        order_ack_v1.message = message

        order_ack_v1.additional_properties = (
            {}
            if _ORDERACKV1_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERACKV1_FIELDS}
        )
        return order_ack_v1

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
