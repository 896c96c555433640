from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exit_order_complexity import (
    ExitOrderComplexity,
    check_exit_order_complexity,
)

T = TypeVar("T", bound="ExitOrderV1Request")
_EXITORDERV1REQUEST_FIELDS = frozenset(
    {
        "brokerOrderId",
        "orderComplexity",
    }
)


@_attrs_define
class ExitOrderV1Request:
    """One cover or bracket order to exit (an element of the exit array).

    Attributes:
        broker_order_id (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
        order_complexity (ExitOrderComplexity): Variety of an order that can be exited as a whole (cover or bracket).
    """

    broker_order_id: str
    order_complexity: ExitOrderComplexity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id = self.broker_order_id

        order_complexity: str = self.order_complexity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerOrderId": broker_order_id,
                "orderComplexity": order_complexity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        exit_order_v1_request = cls.__new__(cls)
        exit_order_v1_request.broker_order_id = src_dict["brokerOrderId"]

        order_complexity = check_exit_order_complexity(src_dict["orderComplexity"])

        exit_order_v1_request.order_complexity = order_complexity

        exit_order_v1_request.additional_properties = (
            {}
            if _EXITORDERV1REQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _EXITORDERV1REQUEST_FIELDS}
        )
        return exit_order_v1_request

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
