from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basket_order_item import BasketOrderItem


T = TypeVar("T", bound="CreateBasketRequest")
_CREATEBASKETREQUEST_FIELDS = frozenset(
    {
        "basketName",
        "description",
        "orders",
        "newPosition",
    }
)


@_attrs_define
class CreateBasketRequest:
    """A new, empty basket. The docs define only `basketName`; the Node/Java SDKs also send
    `description`, `orders[]` and `newPosition` (UNSURE, accepted as optional).

        Attributes:
            basket_name (str): Basket name; letters, digits, hyphen and space only.
            description (str | Unset): UNSURE: Node/Java SDKs only.
            orders (list[BasketOrderItem] | Unset): UNSURE: Node/Java SDKs only.
            new_position (int | Unset): UNSURE: Node/Java SDKs only; meaning not documented.
    """

    basket_name: str
    description: str | Unset = UNSET
    orders: list[BasketOrderItem] | Unset = UNSET
    new_position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_name = self.basket_name

        description = self.description

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        new_position = self.new_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basketName": basket_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if orders is not UNSET:
            field_dict["orders"] = orders
        if new_position is not UNSET:
            field_dict["newPosition"] = new_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basket_order_item import BasketOrderItem  # noqa: PLC0415

        get = src_dict.get
        create_basket_request = cls.__new__(cls)
        create_basket_request.basket_name = src_dict["basketName"]

        create_basket_request.description = get("description", UNSET)

        _orders = get("orders", UNSET)
        orders: list[BasketOrderItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = BasketOrderItem.from_dict(orders_item_data)

                orders.append(orders_item)

        create_basket_request.orders = orders

        create_basket_request.new_position = get("newPosition", UNSET)

        create_basket_request.additional_properties = (
            {}
            if _CREATEBASKETREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CREATEBASKETREQUEST_FIELDS}
        )
        return create_basket_request

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
