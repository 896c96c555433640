from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bo_price_type import BoPriceType, check_bo_price_type
from ..models.bo_value_type import BoValueType, check_bo_value_type
from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..models.order_validity import OrderValidity, check_order_validity
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BasketOrderItem")
_BASKETORDERITEM_FIELDS = frozenset(
    {
        "symbolName",
        "exchange",
        "transactionType",
        "orderType",
        "orderValidity",
        "productType",
        "quantity",
        "disclosedQuantity",
        "price",
        "priceType",
        "squareOffValue",
        "stopLossValue",
        "valueType",
        "trailingStopLoss",
        "triggerPrice",
    }
)


@_attrs_define
class BasketOrderItem:
    """One order inside a basket, as the Node/Java SDKs send it in `orders[]`, and the set of
    order fields of the docs' create-order table. Every field is optional here; the docs'
    field table is cut off after `triggerPrice`, so more fields may exist (other properties
    are allowed). All numbers are strings.

        Attributes:
            symbol_name (str | Unset): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            transaction_type (TransactionType | Unset):
            order_type (OrderType | Unset): `L` limit, `SL` stop-loss limit: the order types the v3.2 docs list for bracket
                and
                basket orders and the SPAN calculator. Market types (`MKT`, `SL-M`) were removed from the
                write-side docs in v3.2 (SDK 3.2.1); see `RegularOrderType` for regular orders.
            order_validity (OrderValidity | Unset):
            product_type (ProductType | Unset): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO`
                bracket.
            quantity (str | Unset): A positive whole number sent as a JSON string.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            price_type (BoPriceType | Unset): Bracket-order reference price, `LTP` (default) or `ATP`.
            square_off_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            value_type (BoValueType | Unset): Bracket-order distance unit, `Absolute` (default) or `Ticks`.
            trailing_stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
    """

    symbol_name: str | Unset = UNSET
    exchange: Exchange | Unset = UNSET
    transaction_type: TransactionType | Unset = UNSET
    order_type: OrderType | Unset = UNSET
    order_validity: OrderValidity | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    quantity: str | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    price_type: BoPriceType | Unset = UNSET
    square_off_value: str | Unset = UNSET
    stop_loss_value: str | Unset = UNSET
    value_type: BoValueType | Unset = UNSET
    trailing_stop_loss: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        order_validity: str | Unset = UNSET
        if not isinstance(self.order_validity, Unset):
            order_validity = self.order_validity

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type

        square_off_value = self.square_off_value

        stop_loss_value = self.stop_loss_value

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type

        trailing_stop_loss = self.trailing_stop_loss

        trigger_price = self.trigger_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if square_off_value is not UNSET:
            field_dict["squareOffValue"] = square_off_value
        if stop_loss_value is not UNSET:
            field_dict["stopLossValue"] = stop_loss_value
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if trailing_stop_loss is not UNSET:
            field_dict["trailingStopLoss"] = trailing_stop_loss
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        basket_order_item = cls.__new__(cls)
        basket_order_item.symbol_name = get("symbolName", UNSET)

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        basket_order_item.exchange = exchange

        _transaction_type = get("transactionType", UNSET)
        transaction_type: TransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = check_transaction_type(_transaction_type)

        basket_order_item.transaction_type = transaction_type

        _order_type = get("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        basket_order_item.order_type = order_type

        _order_validity = get("orderValidity", UNSET)
        order_validity: OrderValidity | Unset
        if isinstance(_order_validity, Unset):
            order_validity = UNSET
        else:
            order_validity = check_order_validity(_order_validity)

        basket_order_item.order_validity = order_validity

        _product_type = get("productType", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_product_type(_product_type)

        basket_order_item.product_type = product_type

        basket_order_item.quantity = get("quantity", UNSET)

        basket_order_item.disclosed_quantity = get("disclosedQuantity", UNSET)

        basket_order_item.price = get("price", UNSET)

        _price_type = get("priceType", UNSET)
        price_type: BoPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_bo_price_type(_price_type)

        basket_order_item.price_type = price_type

        basket_order_item.square_off_value = get("squareOffValue", UNSET)

        basket_order_item.stop_loss_value = get("stopLossValue", UNSET)

        _value_type = get("valueType", UNSET)
        value_type: BoValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = check_bo_value_type(_value_type)

        basket_order_item.value_type = value_type

        basket_order_item.trailing_stop_loss = get("trailingStopLoss", UNSET)

        basket_order_item.trigger_price = get("triggerPrice", UNSET)

        basket_order_item.additional_properties = (
            {}
            if _BASKETORDERITEM_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BASKETORDERITEM_FIELDS}
        )
        return basket_order_item

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
