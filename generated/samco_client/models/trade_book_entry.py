from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.option_type_open_type_0 import (
    OptionTypeOpenType0,
    check_option_type_open_type_0,
)
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
    check_order_type_open_type_0,
)
from ..models.order_validity import OrderValidity, check_order_validity
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeBookEntry")


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
        d = dict(src_dict)
        order_number = d.pop("orderNumber", UNSET)

        def _parse_exchange(data: object) -> Exchange | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_exchange_open_type_0 = check_exchange(data)

                return componentsschemas_exchange_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Exchange | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        trading_symbol = d.pop("tradingSymbol", UNSET)

        def _parse_transaction_type(data: object) -> str | TransactionType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_transaction_type_open_type_0 = check_transaction_type(data)

                return componentsschemas_transaction_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TransactionType | Unset, data)

        transaction_type = _parse_transaction_type(d.pop("transactionType", UNSET))

        def _parse_product_code(data: object) -> ProductType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_product_type_open_type_0 = check_product_type(data)

                return componentsschemas_product_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProductType | str | Unset, data)

        product_code = _parse_product_code(d.pop("productCode", UNSET))

        def _parse_order_type(data: object) -> OrderTypeOpenType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_order_type_open_type_0 = check_order_type_open_type_0(data)

                return componentsschemas_order_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderTypeOpenType0 | str | Unset, data)

        order_type = _parse_order_type(d.pop("orderType", UNSET))

        order_price = d.pop("orderPrice", UNSET)

        quantity = d.pop("quantity", UNSET)

        def _parse_order_validity(data: object) -> OrderValidity | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_order_validity_open_type_0 = check_order_validity(data)

                return componentsschemas_order_validity_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderValidity | str | Unset, data)

        order_validity = _parse_order_validity(d.pop("orderValidity", UNSET))

        order_time = d.pop("orderTime", UNSET)

        filled_quantity = d.pop("filledQuantity", UNSET)

        exchange_order_number = d.pop("exchangeOrderNumber", UNSET)

        trade_number = d.pop("tradeNumber", UNSET)

        trade_price = d.pop("tradePrice", UNSET)

        order_value = d.pop("orderValue", UNSET)

        trade_date = d.pop("tradeDate", UNSET)

        trade_time = d.pop("tradeTime", UNSET)

        strike_price = d.pop("strikePrice", UNSET)

        def _parse_option_type(data: object) -> OptionTypeOpenType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_option_type_open_type_0 = check_option_type_open_type_0(data)

                return componentsschemas_option_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptionTypeOpenType0 | str | Unset, data)

        option_type = _parse_option_type(d.pop("optionType", UNSET))

        expiry = d.pop("expiry", UNSET)

        trade_book_entry = cls(
            order_number=order_number,
            exchange=exchange,
            trading_symbol=trading_symbol,
            transaction_type=transaction_type,
            product_code=product_code,
            order_type=order_type,
            order_price=order_price,
            quantity=quantity,
            order_validity=order_validity,
            order_time=order_time,
            filled_quantity=filled_quantity,
            exchange_order_number=exchange_order_number,
            trade_number=trade_number,
            trade_price=trade_price,
            order_value=order_value,
            trade_date=trade_date,
            trade_time=trade_time,
            strike_price=strike_price,
            option_type=option_type,
            expiry=expiry,
        )

        trade_book_entry.additional_properties = d
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
