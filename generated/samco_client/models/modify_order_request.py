from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType, check_order_type
from ..models.order_validity import OrderValidity, check_order_validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyOrderRequest")


@_attrs_define
class ModifyOrderRequest:
    """Send only what changes; omitted fields keep their values. All numbers are strings.
    `orderValidity` is required per DOCS (SDK samples omit it).

        Attributes:
            order_validity (OrderValidity):
            order_type (OrderType | Unset): `L` limit, `SL` stop-loss limit. Market (`MKT`, `SL-M`) orders were removed from
                the write side in v3.2 (except GTT).
            quantity (str | Unset): A positive whole number sent as a JSON string.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            parent_order_id (str | Unset): UNSURE: PY/NODE README only; absent from DOCS and the JAVA model.
    """

    order_validity: OrderValidity
    order_type: OrderType | Unset = UNSET
    quantity: str | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    parent_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_validity: str = self.order_validity

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        trigger_price = self.trigger_price

        parent_order_id = self.parent_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderValidity": order_validity,
            }
        )
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if parent_order_id is not UNSET:
            field_dict["parentOrderId"] = parent_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_validity = check_order_validity(d.pop("orderValidity"))

        _order_type = d.pop("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        quantity = d.pop("quantity", UNSET)

        disclosed_quantity = d.pop("disclosedQuantity", UNSET)

        price = d.pop("price", UNSET)

        trigger_price = d.pop("triggerPrice", UNSET)

        parent_order_id = d.pop("parentOrderId", UNSET)

        modify_order_request = cls(
            order_validity=order_validity,
            order_type=order_type,
            quantity=quantity,
            disclosed_quantity=disclosed_quantity,
            price=price,
            trigger_price=trigger_price,
            parent_order_id=parent_order_id,
        )

        modify_order_request.additional_properties = d
        return modify_order_request

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
