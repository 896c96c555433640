from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_validity import OrderValidity, check_order_validity
from ..models.regular_order_type import RegularOrderType, check_regular_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyOrderRequest")
_MODIFYORDERREQUEST_FIELDS = frozenset(
    {
        "orderType",
        "quantity",
        "disclosedQuantity",
        "orderValidity",
        "price",
        "triggerPrice",
        "marketProtection",
        "parentOrderId",
    }
)


@_attrs_define
class ModifyOrderRequest:
    """Send only what changes; omitted fields keep their values. All numbers are strings.
    Contradiction: DOCS mark `orderValidity` required, the PY/NODE README samples send only
    what changes (the PY README: `{"quantity": "50"}`). Neither can be verified, so both
    shapes are accepted: every field is optional, at least one must be sent.

        Attributes:
            order_type (RegularOrderType | Unset): Order type of a regular order (place, modify, bulk): `L` limit, `SL`
                stop-loss limit,
                `MKT` market, `SL-M` stop-loss market. Contradiction: the v3.2 docs and SDK 3.2.1 list
                only `L` and `SL`; the PY/NODE README constants and the session's `orderTypeList` still
                list `MKT` and `SL-M`; LEAN (2021) placed `MKT` orders with `marketProtection: "2"`;
                OpenAlgo (Aug 2026) reports that Samco no longer accepts `MKT` or `SL-M` and sends
                protected limit orders instead (FR:A3.10). Since SEBI's April 2026 rule, brokers refuse
                market orders without price protection. Chosen: the most tolerant shape, `MKT` and
                `SL-M` are accepted; each operation names its protection field in `x-market-protection`
                (the overlays never send a market order without it; the mock refuses one, as brokers
                under the SEBI rule do). Whether Samco executes protected market orders at all is
                UNSURE: prefer `L`/`SL`.
            quantity (str | Unset): A positive whole number sent as a JSON string.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            order_validity (OrderValidity | Unset):
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            market_protection (str | Unset): Market-price protection in percent, as a string (`"2"`, `"0.5"`; OpenAlgo
                formats it
                with `%g`, LEAN sent `"2"`; FR:A3.10): a market or SL-M order executes no further than
                this from the reference price. `""` means not set (the Python SDK sends it empty on
                limit orders).
            parent_order_id (str | Unset): UNSURE: PY/NODE README only; absent from DOCS and the JAVA model.
    """

    order_type: RegularOrderType | Unset = UNSET
    quantity: str | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    order_validity: OrderValidity | Unset = UNSET
    price: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    parent_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        order_validity: str | Unset = UNSET
        if not isinstance(self.order_validity, Unset):
            order_validity = self.order_validity

        price = self.price

        trigger_price = self.trigger_price

        market_protection = self.market_protection

        parent_order_id = self.parent_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if price is not UNSET:
            field_dict["price"] = price
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection
        if parent_order_id is not UNSET:
            field_dict["parentOrderId"] = parent_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        modify_order_request = cls.__new__(cls)
        _order_type = get("orderType", UNSET)
        order_type: RegularOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_regular_order_type(_order_type)

        modify_order_request.order_type = order_type

        modify_order_request.quantity = get("quantity", UNSET)

        modify_order_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        _order_validity = get("orderValidity", UNSET)
        order_validity: OrderValidity | Unset
        if isinstance(_order_validity, Unset):
            order_validity = UNSET
        else:
            order_validity = check_order_validity(_order_validity)

        modify_order_request.order_validity = order_validity

        modify_order_request.price = get("price", UNSET)

        modify_order_request.trigger_price = get("triggerPrice", UNSET)

        modify_order_request.market_protection = get("marketProtection", UNSET)

        modify_order_request.parent_order_id = get("parentOrderId", UNSET)

        modify_order_request.additional_properties = (
            {}
            if _MODIFYORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYORDERREQUEST_FIELDS}
        )
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
