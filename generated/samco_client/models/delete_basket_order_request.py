from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBasketOrderRequest")
_DELETEBASKETORDERREQUEST_FIELDS = frozenset(
    {
        "basketId",
        "basketName",
        "basketOrderId",
        "symbolName",
    }
)


@_attrs_define
class DeleteBasketOrderRequest:
    """Identifies the basket order to delete. The docs type both ids as integers (sample
    `{"basketId":6,"basketOrderId":12}`); strings are accepted too. The Java SDK sends
    `?basketId=&orderId=` as query parameters instead of a body. The Python SDK names the
    basket by `basketName` (its README gives no body for this call): with `basketName` no
    id is required, and the order may be named by `symbolName` (UNSURE, no source shows
    how the Python SDK names the order).

        Attributes:
            basket_id (int | str | Unset): Basket id. The docs send it as a string in most samples and as a JSON number in
                the
                delete-basket-order sample; both are accepted.
            basket_name (str | Unset): The basket named by its name instead of its id, as the Python SDK README's basket
                flow
                does (`{"basketName": ..., ...}`). Unverified against the server; accepted because the
                docs (ids) and the SDK (names) disagree and neither can be checked.
            basket_order_id (int | str | Unset): Id of an order inside a basket. The docs send it as a JSON number (delete)
                or a string
                (rearrange); both are accepted.
            symbol_name (str | Unset): The order's symbol, naming it when no id is sent (with `basketName`).
    """

    basket_id: int | str | Unset = UNSET
    basket_name: str | Unset = UNSET
    basket_order_id: int | str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id: int | str | Unset
        if isinstance(self.basket_id, Unset):
            basket_id = UNSET
        else:
            basket_id = self.basket_id

        basket_name = self.basket_name

        basket_order_id: int | str | Unset
        if isinstance(self.basket_order_id, Unset):
            basket_order_id = UNSET
        else:
            basket_order_id = self.basket_order_id

        symbol_name = self.symbol_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basket_id is not UNSET:
            field_dict["basketId"] = basket_id
        if basket_name is not UNSET:
            field_dict["basketName"] = basket_name
        if basket_order_id is not UNSET:
            field_dict["basketOrderId"] = basket_order_id
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        delete_basket_order_request = cls.__new__(cls)

        def _parse_basket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_id = _parse_basket_id(get("basketId", UNSET))

        delete_basket_order_request.basket_id = basket_id

        delete_basket_order_request.basket_name = get("basketName", UNSET)

        def _parse_basket_order_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_order_id = _parse_basket_order_id(get("basketOrderId", UNSET))

        delete_basket_order_request.basket_order_id = basket_order_id

        delete_basket_order_request.symbol_name = get("symbolName", UNSET)

        delete_basket_order_request.additional_properties = (
            {}
            if _DELETEBASKETORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DELETEBASKETORDERREQUEST_FIELDS}
        )
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
