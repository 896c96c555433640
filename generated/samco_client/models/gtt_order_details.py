from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GttOrderDetails")
_GTTORDERDETAILS_FIELDS = frozenset(
    {
        "productType",
        "orderType",
        "triggerPrice",
        "limitPrice",
        "marketProtection",
        "transactionType",
        "quantity",
        "triggerId",
        "symbol",
        "symbolName",
        "createdAt",
        "userId",
    }
)


@_attrs_define
class GttOrderDetails:
    """The single GTT as echoed by add / modify / delete. Add fills `triggerId` and `createdAt`,
    modify fills `limitPrice` and `quantity`, delete returns only `userId`. All values are
    strings.

        Attributes:
            product_type (ProductType | str | Unset):
            order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
                other string.
            trigger_price (str | Unset):
            limit_price (str | Unset):
            market_protection (str | Unset):
            transaction_type (str | TransactionType | Unset):
            quantity (str | Unset):
            trigger_id (str | Unset):
            symbol (str | Unset): `<listingId>_<exchange>`, e.g. `146465_NFO`.
            symbol_name (str | Unset):
            created_at (str | Unset): Format `yyyy-MM-dd HH:mm:ss` (IST).
            user_id (str | Unset): Client id (delete response only).
    """

    product_type: ProductType | str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    limit_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    quantity: str | Unset = UNSET
    trigger_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_type: str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, str):
            product_type = self.product_type
        else:
            product_type = self.product_type

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        trigger_price = self.trigger_price

        limit_price = self.limit_price

        market_protection = self.market_protection

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        quantity = self.quantity

        trigger_id = self.trigger_id

        symbol = self.symbol

        symbol_name = self.symbol_name

        created_at = self.created_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trigger_id is not UNSET:
            field_dict["triggerId"] = trigger_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        gtt_order_details = cls.__new__(cls)
        product_type: ProductType | str | Unset = get("productType", UNSET)

        gtt_order_details.product_type = product_type

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        gtt_order_details.order_type = order_type

        gtt_order_details.trigger_price = get("triggerPrice", UNSET)

        gtt_order_details.limit_price = get("limitPrice", UNSET)

        gtt_order_details.market_protection = get("marketProtection", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        gtt_order_details.transaction_type = transaction_type

        gtt_order_details.quantity = get("quantity", UNSET)

        gtt_order_details.trigger_id = get("triggerId", UNSET)

        gtt_order_details.symbol = get("symbol", UNSET)

        gtt_order_details.symbol_name = get("symbolName", UNSET)

        gtt_order_details.created_at = get("createdAt", UNSET)

        gtt_order_details.user_id = get("userId", UNSET)

        gtt_order_details.additional_properties = (
            {}
            if _GTTORDERDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GTTORDERDETAILS_FIELDS}
        )
        return gtt_order_details

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
