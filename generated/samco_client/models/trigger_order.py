from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerOrder")
_TRIGGERORDER_FIELDS = frozenset(
    {
        "targetOrderNo",
        "stopLossOrderNo",
        "orderStatus",
        "orderPrice",
        "triggerPrice",
        "mainOrderNo",
    }
)


@_attrs_define
class TriggerOrder:
    """One child leg of a bracket or cover order. A bracket order has a target leg
    (`targetOrderNo`) and a stop-loss leg (`stopLossOrderNo`); a cover order only the
    stop-loss leg. All values are strings.

        Attributes:
            target_order_no (str | Unset): Order number of the target leg (bracket orders).
            stop_loss_order_no (str | Unset): Order number of the stop-loss leg.
            order_status (str | Unset): Open set, e.g. `Open`, `Trigger Pending`, `Complete`, `Cancelled`.
            order_price (str | Unset):
            trigger_price (str | Unset):
            main_order_no (str | Unset): Order number of the main leg.
    """

    target_order_no: str | Unset = UNSET
    stop_loss_order_no: str | Unset = UNSET
    order_status: str | Unset = UNSET
    order_price: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    main_order_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_order_no = self.target_order_no

        stop_loss_order_no = self.stop_loss_order_no

        order_status = self.order_status

        order_price = self.order_price

        trigger_price = self.trigger_price

        main_order_no = self.main_order_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_order_no is not UNSET:
            field_dict["targetOrderNo"] = target_order_no
        if stop_loss_order_no is not UNSET:
            field_dict["stopLossOrderNo"] = stop_loss_order_no
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_price is not UNSET:
            field_dict["orderPrice"] = order_price
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if main_order_no is not UNSET:
            field_dict["mainOrderNo"] = main_order_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        trigger_order = cls.__new__(cls)
        trigger_order.target_order_no = get("targetOrderNo", UNSET)

        trigger_order.stop_loss_order_no = get("stopLossOrderNo", UNSET)

        trigger_order.order_status = get("orderStatus", UNSET)

        trigger_order.order_price = get("orderPrice", UNSET)

        trigger_order.trigger_price = get("triggerPrice", UNSET)

        trigger_order.main_order_no = get("mainOrderNo", UNSET)

        trigger_order.additional_properties = (
            {}
            if _TRIGGERORDER_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _TRIGGERORDER_FIELDS}
        )
        return trigger_order

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
