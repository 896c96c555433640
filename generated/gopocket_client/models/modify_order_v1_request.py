from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modify_order_type_v1 import ModifyOrderTypeV1, check_modify_order_type_v1
from ..models.modify_validity import ModifyValidity, check_modify_validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyOrderV1Request")
_MODIFYORDERV1REQUEST_FIELDS = frozenset(
    {
        "brokerOrderId",
        "quantity",
        "orderType",
        "slTriggerPrice",
        "price",
        "slLegPrice",
        "trailingSLAmount",
        "targetLegPrice",
        "validity",
        "disclosedQuantity",
        "marketProtectionPrecent",
        "deviceId",
    }
)


@_attrs_define
class ModifyOrderV1Request:
    """Modification of a pending order (single JSON object). The keys are exactly as the SDK
    sends them: `trailingSLAmount` with capital "SL" (place order uses `trailingSlAmount`) and
    the misspelt `marketProtectionPrecent`. The SDK sends `""` for every unset field,
    `orderType` and `validity` included (`""` = unchanged; a price-only modify sends both
    empty); here every field but `brokerOrderId` may also be omitted. The SDK fills
    `deviceId` only when market protection is set (an SDK bug).

        Attributes:
            broker_order_id (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
            quantity (int | str | Unset): A whole number as a string (`""` for "not set") or as a JSON integer; see
                `QuantityValue` for why integers are accepted.
            order_type (ModifyOrderTypeV1 | Unset): New pricing of an SDK-layout modify, or `""` for "unchanged": the SDK's
                `modifyOrder`
                sends `"orderType": ""` whenever the caller gives no order type (a price-only modify,
                seen in the official-SDK replay).
            sl_trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            sl_leg_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trailing_sl_amount (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            target_leg_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            validity (ModifyValidity | Unset): New validity of an SDK-layout modify, or `""` for "unchanged": the SDK's
                `modifyOrder`
                sends `"validity": ""` whenever the caller gives none (official-SDK replay).
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            market_protection_precent (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            device_id (str | Unset): Device id; purpose undocumented.
    """

    broker_order_id: str
    quantity: int | str | Unset = UNSET
    order_type: ModifyOrderTypeV1 | Unset = UNSET
    sl_trigger_price: str | Unset = UNSET
    price: str | Unset = UNSET
    sl_leg_price: str | Unset = UNSET
    trailing_sl_amount: str | Unset = UNSET
    target_leg_price: str | Unset = UNSET
    validity: ModifyValidity | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    market_protection_precent: str | Unset = UNSET
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id = self.broker_order_id

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        sl_trigger_price = self.sl_trigger_price

        price = self.price

        sl_leg_price = self.sl_leg_price

        trailing_sl_amount = self.trailing_sl_amount

        target_leg_price = self.target_leg_price

        validity: str | Unset = UNSET
        if not isinstance(self.validity, Unset):
            validity = self.validity

        disclosed_quantity = self.disclosed_quantity

        market_protection_precent = self.market_protection_precent

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerOrderId": broker_order_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if sl_trigger_price is not UNSET:
            field_dict["slTriggerPrice"] = sl_trigger_price
        if price is not UNSET:
            field_dict["price"] = price
        if sl_leg_price is not UNSET:
            field_dict["slLegPrice"] = sl_leg_price
        if trailing_sl_amount is not UNSET:
            field_dict["trailingSLAmount"] = trailing_sl_amount
        if target_leg_price is not UNSET:
            field_dict["targetLegPrice"] = target_leg_price
        if validity is not UNSET:
            field_dict["validity"] = validity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if market_protection_precent is not UNSET:
            field_dict["marketProtectionPrecent"] = market_protection_precent
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        modify_order_v1_request = cls.__new__(cls)
        modify_order_v1_request.broker_order_id = src_dict["brokerOrderId"]

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(get("quantity", UNSET))

        modify_order_v1_request.quantity = quantity

        _order_type = get("orderType", UNSET)
        order_type: ModifyOrderTypeV1 | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_modify_order_type_v1(_order_type)

        modify_order_v1_request.order_type = order_type

        modify_order_v1_request.sl_trigger_price = get("slTriggerPrice", UNSET)

        modify_order_v1_request.price = get("price", UNSET)

        modify_order_v1_request.sl_leg_price = get("slLegPrice", UNSET)

        modify_order_v1_request.trailing_sl_amount = get("trailingSLAmount", UNSET)

        modify_order_v1_request.target_leg_price = get("targetLegPrice", UNSET)

        _validity = get("validity", UNSET)
        validity: ModifyValidity | Unset
        if isinstance(_validity, Unset):
            validity = UNSET
        else:
            validity = check_modify_validity(_validity)

        modify_order_v1_request.validity = validity

        modify_order_v1_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        modify_order_v1_request.market_protection_precent = get("marketProtectionPrecent", UNSET)

        modify_order_v1_request.device_id = get("deviceId", UNSET)

        modify_order_v1_request.additional_properties = (
            {}
            if _MODIFYORDERV1REQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYORDERV1REQUEST_FIELDS}
        )
        return modify_order_v1_request

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
