from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteBasketOrderRequest")


@_attrs_define
class DeleteBasketOrderRequest:
    """Identifies the basket order to delete. The docs type both ids as integers (sample
    `{"basketId":6,"basketOrderId":12}`); strings are accepted too. The Java SDK sends
    `?basketId=&orderId=` as query parameters instead of a body.

        Attributes:
            basket_id (int | str): Basket id. The docs send it as a string in most samples and as a JSON number in the
                delete-basket-order sample; both are accepted.
            basket_order_id (int | str): Id of an order inside a basket. The docs send it as a JSON number (delete) or a
                string
                (rearrange); both are accepted.
    """

    basket_id: int | str
    basket_order_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id: int | str
        basket_id = self.basket_id

        basket_order_id: int | str
        basket_order_id = self.basket_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basketId": basket_id,
                "basketOrderId": basket_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_basket_id(data: object) -> int | str:
            return cast(int | str, data)

        basket_id = _parse_basket_id(d.pop("basketId"))

        def _parse_basket_order_id(data: object) -> int | str:
            return cast(int | str, data)

        basket_order_id = _parse_basket_order_id(d.pop("basketOrderId"))

        delete_basket_order_request = cls(
            basket_id=basket_id,
            basket_order_id=basket_order_id,
        )

        delete_basket_order_request.additional_properties = d
        return delete_basket_order_request

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
