from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrderRequest")
_CANCELORDERREQUEST_FIELDS = frozenset(
    {
        "orderNo",
        "exchange",
        "orderType",
    }
)


@_attrs_define
class CancelOrderRequest:
    """One order to cancel (an element of the cancel array).

    Attributes:
        order_no (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
        exchange (Exchange | Unset): Exchange of an order (docs layout). The docs listed NSE, BSE, NFO, CDS, BCD, MCX
            until
            2023-11-20 and only NSE, NFO, CDS, MCX from 2023-12-15; this enum keeps the union so that
            BSE/BCD orders are not refused client-side (the server decides).
        order_type (OrderType | Unset): Order variety of the docs layout: `Regular`, `BO` bracket, `CO` cover, `AMO`
            after-market.
            The latest docs text says "Ordertypes(MIS,CNC,NRML)" - an editing error (those are
            products); all samples send `Regular`.
    """

    order_no: str
    exchange: Exchange | Unset = UNSET
    order_type: OrderType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        cancel_order_request = cls.__new__(cls)
        cancel_order_request.order_no = src_dict["orderNo"]

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        cancel_order_request.exchange = exchange

        _order_type = get("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        cancel_order_request.order_type = order_type

        cancel_order_request.additional_properties = (
            {}
            if _CANCELORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CANCELORDERREQUEST_FIELDS}
        )
        return cancel_order_request

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
