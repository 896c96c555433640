from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RearrangeBasketOrderRequest")
_REARRANGEBASKETORDERREQUEST_FIELDS = frozenset(
    {
        "basketId",
        "basketOrderId",
    }
)


@_attrs_define
class RearrangeBasketOrderRequest:
    """New execution order of a basket: `basketOrderId` is either one id to reposition or the
    full list of ids in the desired order.

        Attributes:
            basket_id (int | str): Basket id. The docs send it as a string in most samples and as a JSON number in the
                delete-basket-order sample; both are accepted.
            basket_order_id (int | list[int | str] | str): One basket order id (string or number), or an array of them in
                execution order.
    """

    basket_id: int | str
    basket_order_id: int | list[int | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id: int | str
        basket_id = self.basket_id

        basket_order_id: int | list[int | str] | str
        if isinstance(self.basket_order_id, list):
            basket_order_id = []
            for basket_order_id_type_1_item_data in self.basket_order_id:
                basket_order_id_type_1_item: int | str
                basket_order_id_type_1_item = basket_order_id_type_1_item_data
                basket_order_id.append(basket_order_id_type_1_item)

        else:
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
        get = src_dict.get
        rearrange_basket_order_request = cls.__new__(cls)

        def _parse_basket_id(data: object) -> int | str:
            return cast(int | str, data)

        basket_id = _parse_basket_id(src_dict["basketId"])

        rearrange_basket_order_request.basket_id = basket_id

        def _parse_basket_order_id(data: object) -> int | list[int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                basket_order_id_type_1 = []
                _basket_order_id_type_1 = data
                for basket_order_id_type_1_item_data in _basket_order_id_type_1:

                    def _parse_basket_order_id_type_1_item(data: object) -> int | str:
                        return cast(int | str, data)

                    basket_order_id_type_1_item = _parse_basket_order_id_type_1_item(
                        basket_order_id_type_1_item_data
                    )

                    basket_order_id_type_1.append(basket_order_id_type_1_item)

                return basket_order_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int | str] | str, data)

        basket_order_id = _parse_basket_order_id(src_dict["basketOrderId"])

        rearrange_basket_order_request.basket_order_id = basket_order_id

        rearrange_basket_order_request.additional_properties = (
            {}
            if _REARRANGEBASKETORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _REARRANGEBASKETORDERREQUEST_FIELDS}
        )
        return rearrange_basket_order_request

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
