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

T = TypeVar("T", bound="OrderBookEntry")
_ORDERBOOKENTRY_FIELDS = frozenset(
    {
        "orderNumber",
        "exchange",
        "tradingSymbol",
        "transactionType",
        "productCode",
        "orderType",
        "orderPrice",
        "triggerPrice",
        "orderValidity",
        "orderStatus",
        "orderValue",
        "orderTime",
        "userId",
        "filledQuantity",
        "fillPrice",
        "averagePrice",
        "rejectionReason",
        "exchangeConfirmationTime",
        "coverOrderPercentage",
        "orderRemarks",
        "exchangeOrderNumber",
        "symbol",
        "displayStrikePrice",
        "displayNetQuantity",
        "status",
        "exchangeStatus",
        "expiry",
        "pendingQuantity",
        "totalQuanity",
        "optionType",
        "orderPlaceBy",
        "symbolDescription",
        "quantity",
        "disclosedQuantity",
        "marketProtection",
        "instrumentName",
        "unfilledQuantity",
        "exchangeOrderId",
        "cancelledQuantity",
        "referenceLimitPrice",
        "orderSource",
        "instrument",
        "scripName",
        "lotQuantity",
    }
)


@_attrs_define
class OrderBookEntry:
    """One order of the order book. All values are strings; every field is optional. A v3.2
    integration reads `orderNumber`, `tradingSymbol`, `exchange`, `transactionType`,
    `productCode`, `orderType`, `orderPrice`, `triggerPrice`, `totalQuanity`,
    `filledQuantity`, `unfilledQuantity`, `pendingQuantity`, `averagePrice`, `fillPrice`,
    `orderStatus`, `orderTime`, `rejectionReason`, `marketProtection` and `symbol`
    (FR:A3.14). Numeric strings may hold placeholders instead of a number: `""`, `NA`,
    `N/A`, `--`, `-`, `None`, `null` (FR:A3.16); parse them leniently.

        Attributes:
            order_number (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            trading_symbol (str | Unset):
            transaction_type (str | TransactionType | Unset):
            product_code (ProductType | str | Unset):
            order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
                other string.
            order_price (str | Unset):
            trigger_price (str | Unset):
            order_validity (OrderValidity | str | Unset):
            order_status (str | Unset): Open set, capitalised words: `Open`, `Trigger Pending`, `Complete`, `Cancelled`,
                `Rejected`, ... (the order status call uses upper case, `PENDING`, `EXECUTED`,
                `CANCELLED`; compare case-insensitively, FR:A3.17).
            order_value (str | Unset):
            order_time (str | Unset): Format `dd-MMM-yyyy HH:mm:ss` (IST), e.g. `16-Jun-2020 18:03:47`.
            user_id (str | Unset):
            filled_quantity (str | Unset):
            fill_price (str | Unset): Fill price; read this when `averagePrice` is a placeholder (FR:A3.16).
            average_price (str | Unset): Average fill price. Unreliable: often `--` or `0.00` on a filled order; use
                `fillPrice` then (FR:A3.16).
            rejection_reason (str | Unset):
            exchange_confirmation_time (str | Unset):
            cover_order_percentage (str | Unset):
            order_remarks (str | Unset):
            exchange_order_number (str | Unset):
            symbol (str | Unset): `<listingId>_<exchange>`, e.g. `2885_NSE`.
            display_strike_price (str | Unset):
            display_net_quantity (str | Unset):
            status (str | Unset):
            exchange_status (str | Unset):
            expiry (str | Unset): `NA` for non-derivatives.
            pending_quantity (str | Unset): Open quantity in some samples; a v3.2 integration reads `unfilledQuantity` first
                here (FR:A3.15).
            total_quanity (str | Unset): Total quantity. The key is misspelt by Samco (`totalQuanity`).
            option_type (OptionTypeOpenType0 | str | Unset): `CE`/`PE`; responses use `XX` for non-options, and any other
                string parses.
            order_place_by (str | Unset):
            symbol_description (str | Unset):
            quantity (str | Unset):
            disclosed_quantity (str | Unset):
            market_protection (str | Unset): Market protection of the order in percent, if any (read by a v3.2 integration,
                FR:A3.14).
            instrument_name (str | Unset):
            unfilled_quantity (str | Unset): Quantity still open: the order book's key for it (FR:A3.15); `pendingQuantity`
                in the order status call.
            exchange_order_id (str | Unset):
            cancelled_quantity (str | Unset):
            reference_limit_price (str | Unset):
            order_source (str | Unset):
            instrument (str | Unset):
            scrip_name (str | Unset):
            lot_quantity (str | Unset):
    """

    order_number: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    product_code: ProductType | str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    order_price: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    order_validity: OrderValidity | str | Unset = UNSET
    order_status: str | Unset = UNSET
    order_value: str | Unset = UNSET
    order_time: str | Unset = UNSET
    user_id: str | Unset = UNSET
    filled_quantity: str | Unset = UNSET
    fill_price: str | Unset = UNSET
    average_price: str | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    exchange_confirmation_time: str | Unset = UNSET
    cover_order_percentage: str | Unset = UNSET
    order_remarks: str | Unset = UNSET
    exchange_order_number: str | Unset = UNSET
    symbol: str | Unset = UNSET
    display_strike_price: str | Unset = UNSET
    display_net_quantity: str | Unset = UNSET
    status: str | Unset = UNSET
    exchange_status: str | Unset = UNSET
    expiry: str | Unset = UNSET
    pending_quantity: str | Unset = UNSET
    total_quanity: str | Unset = UNSET
    option_type: OptionTypeOpenType0 | str | Unset = UNSET
    order_place_by: str | Unset = UNSET
    symbol_description: str | Unset = UNSET
    quantity: str | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    instrument_name: str | Unset = UNSET
    unfilled_quantity: str | Unset = UNSET
    exchange_order_id: str | Unset = UNSET
    cancelled_quantity: str | Unset = UNSET
    reference_limit_price: str | Unset = UNSET
    order_source: str | Unset = UNSET
    instrument: str | Unset = UNSET
    scrip_name: str | Unset = UNSET
    lot_quantity: str | Unset = UNSET
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

        trigger_price = self.trigger_price

        order_validity: str | Unset
        if isinstance(self.order_validity, Unset):
            order_validity = UNSET
        elif isinstance(self.order_validity, str):
            order_validity = self.order_validity
        else:
            order_validity = self.order_validity

        order_status = self.order_status

        order_value = self.order_value

        order_time = self.order_time

        user_id = self.user_id

        filled_quantity = self.filled_quantity

        fill_price = self.fill_price

        average_price = self.average_price

        rejection_reason = self.rejection_reason

        exchange_confirmation_time = self.exchange_confirmation_time

        cover_order_percentage = self.cover_order_percentage

        order_remarks = self.order_remarks

        exchange_order_number = self.exchange_order_number

        symbol = self.symbol

        display_strike_price = self.display_strike_price

        display_net_quantity = self.display_net_quantity

        status = self.status

        exchange_status = self.exchange_status

        expiry = self.expiry

        pending_quantity = self.pending_quantity

        total_quanity = self.total_quanity

        option_type: str | Unset
        if isinstance(self.option_type, Unset):
            option_type = UNSET
        elif isinstance(self.option_type, str):
            option_type = self.option_type
        else:
            option_type = self.option_type

        order_place_by = self.order_place_by

        symbol_description = self.symbol_description

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        market_protection = self.market_protection

        instrument_name = self.instrument_name

        unfilled_quantity = self.unfilled_quantity

        exchange_order_id = self.exchange_order_id

        cancelled_quantity = self.cancelled_quantity

        reference_limit_price = self.reference_limit_price

        order_source = self.order_source

        instrument = self.instrument

        scrip_name = self.scrip_name

        lot_quantity = self.lot_quantity

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
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_value is not UNSET:
            field_dict["orderValue"] = order_value
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if fill_price is not UNSET:
            field_dict["fillPrice"] = fill_price
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if exchange_confirmation_time is not UNSET:
            field_dict["exchangeConfirmationTime"] = exchange_confirmation_time
        if cover_order_percentage is not UNSET:
            field_dict["coverOrderPercentage"] = cover_order_percentage
        if order_remarks is not UNSET:
            field_dict["orderRemarks"] = order_remarks
        if exchange_order_number is not UNSET:
            field_dict["exchangeOrderNumber"] = exchange_order_number
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if display_strike_price is not UNSET:
            field_dict["displayStrikePrice"] = display_strike_price
        if display_net_quantity is not UNSET:
            field_dict["displayNetQuantity"] = display_net_quantity
        if status is not UNSET:
            field_dict["status"] = status
        if exchange_status is not UNSET:
            field_dict["exchangeStatus"] = exchange_status
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if pending_quantity is not UNSET:
            field_dict["pendingQuantity"] = pending_quantity
        if total_quanity is not UNSET:
            field_dict["totalQuanity"] = total_quanity
        if option_type is not UNSET:
            field_dict["optionType"] = option_type
        if order_place_by is not UNSET:
            field_dict["orderPlaceBy"] = order_place_by
        if symbol_description is not UNSET:
            field_dict["symbolDescription"] = symbol_description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection
        if instrument_name is not UNSET:
            field_dict["instrumentName"] = instrument_name
        if unfilled_quantity is not UNSET:
            field_dict["unfilledQuantity"] = unfilled_quantity
        if exchange_order_id is not UNSET:
            field_dict["exchangeOrderId"] = exchange_order_id
        if cancelled_quantity is not UNSET:
            field_dict["cancelledQuantity"] = cancelled_quantity
        if reference_limit_price is not UNSET:
            field_dict["referenceLimitPrice"] = reference_limit_price
        if order_source is not UNSET:
            field_dict["orderSource"] = order_source
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if scrip_name is not UNSET:
            field_dict["scripName"] = scrip_name
        if lot_quantity is not UNSET:
            field_dict["lotQuantity"] = lot_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_book_entry = cls.__new__(cls)
        order_book_entry.order_number = get("orderNumber", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        order_book_entry.exchange = exchange

        order_book_entry.trading_symbol = get("tradingSymbol", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        order_book_entry.transaction_type = transaction_type

        product_code: ProductType | str | Unset = get("productCode", UNSET)

        order_book_entry.product_code = product_code

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        order_book_entry.order_type = order_type

        order_book_entry.order_price = get("orderPrice", UNSET)

        order_book_entry.trigger_price = get("triggerPrice", UNSET)

        order_validity: OrderValidity | str | Unset = get("orderValidity", UNSET)

        order_book_entry.order_validity = order_validity

        order_book_entry.order_status = get("orderStatus", UNSET)

        order_book_entry.order_value = get("orderValue", UNSET)

        order_book_entry.order_time = get("orderTime", UNSET)

        order_book_entry.user_id = get("userId", UNSET)

        order_book_entry.filled_quantity = get("filledQuantity", UNSET)

        order_book_entry.fill_price = get("fillPrice", UNSET)

        order_book_entry.average_price = get("averagePrice", UNSET)

        order_book_entry.rejection_reason = get("rejectionReason", UNSET)

        order_book_entry.exchange_confirmation_time = get("exchangeConfirmationTime", UNSET)

        order_book_entry.cover_order_percentage = get("coverOrderPercentage", UNSET)

        order_book_entry.order_remarks = get("orderRemarks", UNSET)

        order_book_entry.exchange_order_number = get("exchangeOrderNumber", UNSET)

        order_book_entry.symbol = get("symbol", UNSET)

        order_book_entry.display_strike_price = get("displayStrikePrice", UNSET)

        order_book_entry.display_net_quantity = get("displayNetQuantity", UNSET)

        order_book_entry.status = get("status", UNSET)

        order_book_entry.exchange_status = get("exchangeStatus", UNSET)

        order_book_entry.expiry = get("expiry", UNSET)

        order_book_entry.pending_quantity = get("pendingQuantity", UNSET)

        order_book_entry.total_quanity = get("totalQuanity", UNSET)

        option_type: OptionTypeOpenType0 | str | Unset = get("optionType", UNSET)

        order_book_entry.option_type = option_type

        order_book_entry.order_place_by = get("orderPlaceBy", UNSET)

        order_book_entry.symbol_description = get("symbolDescription", UNSET)

        order_book_entry.quantity = get("quantity", UNSET)

        order_book_entry.disclosed_quantity = get("disclosedQuantity", UNSET)

        order_book_entry.market_protection = get("marketProtection", UNSET)

        order_book_entry.instrument_name = get("instrumentName", UNSET)

        order_book_entry.unfilled_quantity = get("unfilledQuantity", UNSET)

        order_book_entry.exchange_order_id = get("exchangeOrderId", UNSET)

        order_book_entry.cancelled_quantity = get("cancelledQuantity", UNSET)

        order_book_entry.reference_limit_price = get("referenceLimitPrice", UNSET)

        order_book_entry.order_source = get("orderSource", UNSET)

        order_book_entry.instrument = get("instrument", UNSET)

        order_book_entry.scrip_name = get("scripName", UNSET)

        order_book_entry.lot_quantity = get("lotQuantity", UNSET)

        order_book_entry.additional_properties = (
            {}
            if _ORDERBOOKENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERBOOKENTRY_FIELDS}
        )
        return order_book_entry

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
