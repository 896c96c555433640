from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gtt_trigger_status_open_type_0 import (
    GttTriggerStatusOpenType0,
)
from ..models.gtt_trigger_type_open_type_0 import (
    GttTriggerTypeOpenType0,
)
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GttTrigger")
_GTTTRIGGER_FIELDS = frozenset(
    {
        "type",
        "status",
        "triggeredAt",
        "triggerId",
        "gttId",
        "quantity",
        "limitPrice",
        "marketProtection",
        "ltpAtCreation",
        "triggerPrice",
        "transactionType",
        "rejectReason",
        "orderNumber",
    }
)


@_attrs_define
class GttTrigger:
    """One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss` leg of an
    OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
    `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
    strings (`""` when unset).

        Attributes:
            type_ (GttTriggerTypeOpenType0 | str | Unset): Leg of an OCO: `TARGET` or `STOPLOSS`; any other string parses
                too.
            status (GttTriggerStatusOpenType0 | str | Unset): Status of a trigger. Only `""` (waiting) appears in a sample;
                the other values are not
                documented anywhere (UNSURE). `TRIGGERED`, `REJECTED` and `CANCELLED` are the words
                this project's mock uses (an OCO's other leg is `CANCELLED`); any other string parses.
            triggered_at (str | Unset): When the trigger fired, format `yyyy-MM-dd HH:mm:ss` (IST); `""` if not yet.
            trigger_id (str | Unset):
            gtt_id (str | Unset):
            quantity (str | Unset):
            limit_price (str | Unset):
            market_protection (str | Unset):
            ltp_at_creation (str | Unset): Last traded price when the GTT was created.
            trigger_price (str | Unset):
            transaction_type (str | TransactionType | Unset):
            reject_reason (str | Unset):
            order_number (str | Unset): Order placed when the trigger fired; `""` if none.
    """

    type_: GttTriggerTypeOpenType0 | str | Unset = UNSET
    status: GttTriggerStatusOpenType0 | str | Unset = UNSET
    triggered_at: str | Unset = UNSET
    trigger_id: str | Unset = UNSET
    gtt_id: str | Unset = UNSET
    quantity: str | Unset = UNSET
    limit_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    ltp_at_creation: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    reject_reason: str | Unset = UNSET
    order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        triggered_at = self.triggered_at

        trigger_id = self.trigger_id

        gtt_id = self.gtt_id

        quantity = self.quantity

        limit_price = self.limit_price

        market_protection = self.market_protection

        ltp_at_creation = self.ltp_at_creation

        trigger_price = self.trigger_price

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        reject_reason = self.reject_reason

        order_number = self.order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if triggered_at is not UNSET:
            field_dict["triggeredAt"] = triggered_at
        if trigger_id is not UNSET:
            field_dict["triggerId"] = trigger_id
        if gtt_id is not UNSET:
            field_dict["gttId"] = gtt_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection
        if ltp_at_creation is not UNSET:
            field_dict["ltpAtCreation"] = ltp_at_creation
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        gtt_trigger = cls.__new__(cls)
        type_: GttTriggerTypeOpenType0 | str | Unset = get("type", UNSET)

        gtt_trigger.type_ = type_

        status: GttTriggerStatusOpenType0 | str | Unset = get("status", UNSET)

        gtt_trigger.status = status

        gtt_trigger.triggered_at = get("triggeredAt", UNSET)

        gtt_trigger.trigger_id = get("triggerId", UNSET)

        gtt_trigger.gtt_id = get("gttId", UNSET)

        gtt_trigger.quantity = get("quantity", UNSET)

        gtt_trigger.limit_price = get("limitPrice", UNSET)

        gtt_trigger.market_protection = get("marketProtection", UNSET)

        gtt_trigger.ltp_at_creation = get("ltpAtCreation", UNSET)

        gtt_trigger.trigger_price = get("triggerPrice", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        gtt_trigger.transaction_type = transaction_type

        gtt_trigger.reject_reason = get("rejectReason", UNSET)

        gtt_trigger.order_number = get("orderNumber", UNSET)

        gtt_trigger.additional_properties = (
            {}
            if _GTTTRIGGER_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GTTTRIGGER_FIELDS}
        )
        return gtt_trigger

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
