from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrokerOrderRef")
_BROKERORDERREF_FIELDS = frozenset(
    {
        "brokerOrderId",
    }
)


@_attrs_define
class BrokerOrderRef:
    """Body naming one order by its broker order id (cancel, order history).

    Attributes:
        broker_order_id (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
    """

    broker_order_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id = self.broker_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerOrderId": broker_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        broker_order_ref = cls.__new__(cls)
        broker_order_ref.broker_order_id = src_dict["brokerOrderId"]

        broker_order_ref.additional_properties = (
            {}
            if _BROKERORDERREF_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BROKERORDERREF_FIELDS}
        )
        return broker_order_ref

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
