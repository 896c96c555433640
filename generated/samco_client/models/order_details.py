from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.order_validity import OrderValidity
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetails")
_ORDERDETAILS_FIELDS = frozenset(
    {
        "pendingQuantity",
        "avgExecutionPrice",
        "orderPlacedBy",
        "tradingSymbol",
        "triggerPrice",
        "exchange",
        "totalQuantity",
        "transactionType",
        "productType",
        "orderType",
        "quantity",
        "filledQuantity",
        "orderPrice",
        "filledPrice",
        "exchangeOrderNo",
        "orderValidity",
        "orderTime",
        "expiry",
    }
)


@_attrs_define
class OrderDetails:
    """The order as echoed by place/modify/status calls. All values are strings; numeric ones
    may hold placeholders such as `--` or `NA` (see `OrderBookEntry`).

        Attributes:
            pending_quantity (str | Unset): Quantity still open. The order status call names it `pendingQuantity`, while the
                order book's open quantity is `unfilledQuantity` (FR:A3.15).
            avg_execution_price (str | Unset):
            order_placed_by (str | Unset):
            trading_symbol (str | Unset):
            trigger_price (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            total_quantity (str | Unset):
            transaction_type (str | TransactionType | Unset):
            product_type (ProductType | str | Unset):
            order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
                other string.
            quantity (str | Unset):
            filled_quantity (str | Unset):
            order_price (str | Unset):
            filled_price (str | Unset):
            exchange_order_no (str | Unset):
            order_validity (OrderValidity | str | Unset):
            order_time (str | Unset): Format `dd/MM/yyyy HH:mm:ss` (IST).
            expiry (str | Unset): Bracket orders only (Java model `OrderDetailsBO`).
    """

    pending_quantity: str | Unset = UNSET
    avg_execution_price: str | Unset = UNSET
    order_placed_by: str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    total_quantity: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    product_type: ProductType | str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    quantity: str | Unset = UNSET
    filled_quantity: str | Unset = UNSET
    order_price: str | Unset = UNSET
    filled_price: str | Unset = UNSET
    exchange_order_no: str | Unset = UNSET
    order_validity: OrderValidity | str | Unset = UNSET
    order_time: str | Unset = UNSET
    expiry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending_quantity = self.pending_quantity

        avg_execution_price = self.avg_execution_price

        order_placed_by = self.order_placed_by

        trading_symbol = self.trading_symbol

        trigger_price = self.trigger_price

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        total_quantity = self.total_quantity

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

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

        quantity = self.quantity

        filled_quantity = self.filled_quantity

        order_price = self.order_price

        filled_price = self.filled_price

        exchange_order_no = self.exchange_order_no

        order_validity: str | Unset
        if isinstance(self.order_validity, Unset):
            order_validity = UNSET
        elif isinstance(self.order_validity, str):
            order_validity = self.order_validity
        else:
            order_validity = self.order_validity

        order_time = self.order_time

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending_quantity is not UNSET:
            field_dict["pendingQuantity"] = pending_quantity
        if avg_execution_price is not UNSET:
            field_dict["avgExecutionPrice"] = avg_execution_price
        if order_placed_by is not UNSET:
            field_dict["orderPlacedBy"] = order_placed_by
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if total_quantity is not UNSET:
            field_dict["totalQuantity"] = total_quantity
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if order_price is not UNSET:
            field_dict["orderPrice"] = order_price
        if filled_price is not UNSET:
            field_dict["filledPrice"] = filled_price
        if exchange_order_no is not UNSET:
            field_dict["exchangeOrderNo"] = exchange_order_no
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_details = cls.__new__(cls)
        order_details.pending_quantity = get("pendingQuantity", UNSET)

        order_details.avg_execution_price = get("avgExecutionPrice", UNSET)

        order_details.order_placed_by = get("orderPlacedBy", UNSET)

        order_details.trading_symbol = get("tradingSymbol", UNSET)

        order_details.trigger_price = get("triggerPrice", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        order_details.exchange = exchange

        order_details.total_quantity = get("totalQuantity", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        order_details.transaction_type = transaction_type

        product_type: ProductType | str | Unset = get("productType", UNSET)

        order_details.product_type = product_type

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        order_details.order_type = order_type

        order_details.quantity = get("quantity", UNSET)

        order_details.filled_quantity = get("filledQuantity", UNSET)

        order_details.order_price = get("orderPrice", UNSET)

        order_details.filled_price = get("filledPrice", UNSET)

        order_details.exchange_order_no = get("exchangeOrderNo", UNSET)

        order_validity: OrderValidity | str | Unset = get("orderValidity", UNSET)

        order_details.order_validity = order_validity

        order_details.order_time = get("orderTime", UNSET)

        order_details.expiry = get("expiry", UNSET)

        order_details.additional_properties = (
            {}
            if _ORDERDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERDETAILS_FIELDS}
        )
        return order_details

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
