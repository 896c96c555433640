from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.option_type_open_type_0 import (
    OptionTypeOpenType0,
)
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.order_validity import OrderValidity
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeBookEntry")
_TRADEBOOKENTRY_FIELDS = frozenset(
    {
        "orderNumber",
        "exchange",
        "tradingSymbol",
        "transactionType",
        "productCode",
        "orderType",
        "orderPrice",
        "quantity",
        "orderValidity",
        "orderTime",
        "filledQuantity",
        "exchangeOrderNumber",
        "tradeNumber",
        "tradePrice",
        "orderValue",
        "tradeDate",
        "tradeTime",
        "strikePrice",
        "optionType",
        "expiry",
    }
)


@_attrs_define
class TradeBookEntry:
    """One executed trade. All values are strings; every field is optional. A v3.2
    integration reads `tradingSymbol`, `exchange`, `productCode`, `transactionType`,
    `filledQuantity`, `tradePrice`, `orderValue`, `orderNumber` and `tradeTime` (FR:A3.18).

        Attributes:
            order_number (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            trading_symbol (str | Unset):
            transaction_type (str | TransactionType | Unset):
            product_code (ProductType | str | Unset):
            order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
                other string.
            order_price (str | Unset):
            quantity (str | Unset):
            order_validity (OrderValidity | str | Unset):
            order_time (str | Unset): Format `hh:mm:ss AM/PM` (IST), e.g. `06:39:50 PM`.
            filled_quantity (str | Unset):
            exchange_order_number (str | Unset):
            trade_number (str | Unset):
            trade_price (str | Unset):
            order_value (str | Unset): Value of the order (read by a v3.2 integration, FR:A3.18; not in the SDK samples).
            trade_date (str | Unset): Format `ddMMMyyyy` (upper-case month), e.g. `17JUN2020`.
            trade_time (str | Unset): Format `hh:mm:ss AM/PM` (IST), e.g. `06:39:49 PM`.
            strike_price (str | Unset):
            option_type (OptionTypeOpenType0 | str | Unset): `CE`/`PE`; responses use `XX` for non-options, and any other
                string parses.
            expiry (str | Unset): `NA` for non-derivatives.
    """

    order_number: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    product_code: ProductType | str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    order_price: str | Unset = UNSET
    quantity: str | Unset = UNSET
    order_validity: OrderValidity | str | Unset = UNSET
    order_time: str | Unset = UNSET
    filled_quantity: str | Unset = UNSET
    exchange_order_number: str | Unset = UNSET
    trade_number: str | Unset = UNSET
    trade_price: str | Unset = UNSET
    order_value: str | Unset = UNSET
    trade_date: str | Unset = UNSET
    trade_time: str | Unset = UNSET
    strike_price: str | Unset = UNSET
    option_type: OptionTypeOpenType0 | str | Unset = UNSET
    expiry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_number = self.order_number

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        trading_symbol = self.trading_symbol

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        product_code: str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        elif isinstance(self.product_code, str):
            product_code = self.product_code
        else:
            product_code = self.product_code

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        order_price = self.order_price

        quantity = self.quantity

        order_validity: str | Unset
        if isinstance(self.order_validity, Unset):
            order_validity = UNSET
        elif isinstance(self.order_validity, str):
            order_validity = self.order_validity
        else:
            order_validity = self.order_validity

        order_time = self.order_time

        filled_quantity = self.filled_quantity

        exchange_order_number = self.exchange_order_number

        trade_number = self.trade_number

        trade_price = self.trade_price

        order_value = self.order_value

        trade_date = self.trade_date

        trade_time = self.trade_time

        strike_price = self.strike_price

        option_type: str | Unset
        if isinstance(self.option_type, Unset):
            option_type = UNSET
        elif isinstance(self.option_type, str):
            option_type = self.option_type
        else:
            option_type = self.option_type

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_price is not UNSET:
            field_dict["orderPrice"] = order_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if exchange_order_number is not UNSET:
            field_dict["exchangeOrderNumber"] = exchange_order_number
        if trade_number is not UNSET:
            field_dict["tradeNumber"] = trade_number
        if trade_price is not UNSET:
            field_dict["tradePrice"] = trade_price
        if order_value is not UNSET:
            field_dict["orderValue"] = order_value
        if trade_date is not UNSET:
            field_dict["tradeDate"] = trade_date
        if trade_time is not UNSET:
            field_dict["tradeTime"] = trade_time
        if strike_price is not UNSET:
            field_dict["strikePrice"] = strike_price
        if option_type is not UNSET:
            field_dict["optionType"] = option_type
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        trade_book_entry = cls.__new__(cls)
        trade_book_entry.order_number = get("orderNumber", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        trade_book_entry.exchange = exchange

        trade_book_entry.trading_symbol = get("tradingSymbol", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        trade_book_entry.transaction_type = transaction_type

        product_code: ProductType | str | Unset = get("productCode", UNSET)

        trade_book_entry.product_code = product_code

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        trade_book_entry.order_type = order_type

        trade_book_entry.order_price = get("orderPrice", UNSET)

        trade_book_entry.quantity = get("quantity", UNSET)

        order_validity: OrderValidity | str | Unset = get("orderValidity", UNSET)

        trade_book_entry.order_validity = order_validity

        trade_book_entry.order_time = get("orderTime", UNSET)

        trade_book_entry.filled_quantity = get("filledQuantity", UNSET)

        trade_book_entry.exchange_order_number = get("exchangeOrderNumber", UNSET)

        trade_book_entry.trade_number = get("tradeNumber", UNSET)

        trade_book_entry.trade_price = get("tradePrice", UNSET)

        trade_book_entry.order_value = get("orderValue", UNSET)

        trade_book_entry.trade_date = get("tradeDate", UNSET)

        trade_book_entry.trade_time = get("tradeTime", UNSET)

        trade_book_entry.strike_price = get("strikePrice", UNSET)

        option_type: OptionTypeOpenType0 | str | Unset = get("optionType", UNSET)

        trade_book_entry.option_type = option_type

        trade_book_entry.expiry = get("expiry", UNSET)

        trade_book_entry.additional_properties = (
            {}
            if _TRADEBOOKENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _TRADEBOOKENTRY_FIELDS}
        )
        return trade_book_entry

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
