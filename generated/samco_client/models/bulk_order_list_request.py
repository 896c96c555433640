from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.place_order_request import PlaceOrderRequest


T = TypeVar("T", bound="BulkOrderListRequest")
_BULKORDERLISTREQUEST_FIELDS = frozenset(
    {
        "orders",
    }
)


@_attrs_define
class BulkOrderListRequest:
    """SDK shape (PY, NODE, JAVA): several regular orders in one call.

    Attributes:
        orders (list[PlaceOrderRequest]):
    """

    orders: list[PlaceOrderRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.place_order_request import PlaceOrderRequest  # noqa: PLC0415

        get = src_dict.get
        bulk_order_list_request = cls.__new__(cls)
        orders = []
        _orders = src_dict["orders"]
        for orders_item_data in _orders:
            orders_item = PlaceOrderRequest.from_dict(orders_item_data)

            orders.append(orders_item)

        bulk_order_list_request.orders = orders

        bulk_order_list_request.additional_properties = (
            {}
            if _BULKORDERLISTREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BULKORDERLISTREQUEST_FIELDS}
        )
        return bulk_order_list_request

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
