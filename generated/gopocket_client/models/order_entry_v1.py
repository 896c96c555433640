from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEntryV1")
_ORDERENTRYV1_FIELDS = frozenset(
    {
        "brokerOrderId",
        "orderStatus",
        "filledQuantity",
        "transactionType",
        "formattedInstrumentName",
        "exchange",
        "tradingSymbol",
        "quantity",
        "cancelledQuantity",
        "pendingQuantity",
        "price",
        "slTriggerPrice",
        "averageTradedPrice",
        "orderType",
        "product",
        "orderTime",
        "rejectionReason",
        "orderTag",
        "orderComplexity",
        "validity",
        "exchangeOrderId",
        "instrumentId",
        "tradedPrice",
        "fillTimestamp",
        "exchangeTradeId",
    }
)


@_attrs_define
class OrderEntryV1:
    """UNSURE: an order / trade / history row of the SDK layout (one schema for the three
    books, as the evidence does not separate them). The named fields are those integrations
    read on the platform's other deployment [FR:B4.7] [AB]: the order-book fields
    `brokerOrderId` to `instrumentId`, and for the trade book `tradedPrice`,
    `filledQuantity`, `fillTimestamp` (time of day only, `HH:MM:SS`) and `exchangeTradeId`.
    Any other fields are kept.

        Attributes:
            broker_order_id (None | str | Unset):
            order_status (None | str | Unset): Open set (e.g. `OPEN`, `COMPLETE`, `REJECTED`, `CANCELLED`).
            filled_quantity (None | str | Unset):
            transaction_type (str | TransactionType | Unset):
            formatted_instrument_name (None | str | Unset):
            exchange (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            trading_symbol (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            cancelled_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            pending_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            price (float | None | str | Unset): A response value whose JSON type is not known (a field read by integrations
                of the
                platform's other deployment, which convert it themselves): string, number or null.
            sl_trigger_price (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            average_traded_price (float | None | str | Unset): A response value whose JSON type is not known (a field read
                by integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            order_type (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            product (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            order_time (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            rejection_reason (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            order_tag (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            order_complexity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            validity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            exchange_order_id (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            instrument_id (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            traded_price (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            fill_timestamp (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            exchange_trade_id (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
    """

    broker_order_id: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    filled_quantity: None | str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    formatted_instrument_name: None | str | Unset = UNSET
    exchange: float | None | str | Unset = UNSET
    trading_symbol: float | None | str | Unset = UNSET
    quantity: float | None | str | Unset = UNSET
    cancelled_quantity: float | None | str | Unset = UNSET
    pending_quantity: float | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    sl_trigger_price: float | None | str | Unset = UNSET
    average_traded_price: float | None | str | Unset = UNSET
    order_type: float | None | str | Unset = UNSET
    product: float | None | str | Unset = UNSET
    order_time: float | None | str | Unset = UNSET
    rejection_reason: float | None | str | Unset = UNSET
    order_tag: float | None | str | Unset = UNSET
    order_complexity: float | None | str | Unset = UNSET
    validity: float | None | str | Unset = UNSET
    exchange_order_id: float | None | str | Unset = UNSET
    instrument_id: float | None | str | Unset = UNSET
    traded_price: float | None | str | Unset = UNSET
    fill_timestamp: float | None | str | Unset = UNSET
    exchange_trade_id: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id: None | str | Unset
        if isinstance(self.broker_order_id, Unset):
            broker_order_id = UNSET
        else:
            broker_order_id = self.broker_order_id

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        filled_quantity: None | str | Unset
        if isinstance(self.filled_quantity, Unset):
            filled_quantity = UNSET
        else:
            filled_quantity = self.filled_quantity

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        formatted_instrument_name: None | str | Unset
        if isinstance(self.formatted_instrument_name, Unset):
            formatted_instrument_name = UNSET
        else:
            formatted_instrument_name = self.formatted_instrument_name

        exchange: float | None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        trading_symbol: float | None | str | Unset
        if isinstance(self.trading_symbol, Unset):
            trading_symbol = UNSET
        else:
            trading_symbol = self.trading_symbol

        quantity: float | None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        cancelled_quantity: float | None | str | Unset
        if isinstance(self.cancelled_quantity, Unset):
            cancelled_quantity = UNSET
        else:
            cancelled_quantity = self.cancelled_quantity

        pending_quantity: float | None | str | Unset
        if isinstance(self.pending_quantity, Unset):
            pending_quantity = UNSET
        else:
            pending_quantity = self.pending_quantity

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        sl_trigger_price: float | None | str | Unset
        if isinstance(self.sl_trigger_price, Unset):
            sl_trigger_price = UNSET
        else:
            sl_trigger_price = self.sl_trigger_price

        average_traded_price: float | None | str | Unset
        if isinstance(self.average_traded_price, Unset):
            average_traded_price = UNSET
        else:
            average_traded_price = self.average_traded_price

        order_type: float | None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        product: float | None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        order_time: float | None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        rejection_reason: float | None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        order_tag: float | None | str | Unset
        if isinstance(self.order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = self.order_tag

        order_complexity: float | None | str | Unset
        if isinstance(self.order_complexity, Unset):
            order_complexity = UNSET
        else:
            order_complexity = self.order_complexity

        validity: float | None | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        exchange_order_id: float | None | str | Unset
        if isinstance(self.exchange_order_id, Unset):
            exchange_order_id = UNSET
        else:
            exchange_order_id = self.exchange_order_id

        instrument_id: float | None | str | Unset
        if isinstance(self.instrument_id, Unset):
            instrument_id = UNSET
        else:
            instrument_id = self.instrument_id

        traded_price: float | None | str | Unset
        if isinstance(self.traded_price, Unset):
            traded_price = UNSET
        else:
            traded_price = self.traded_price

        fill_timestamp: float | None | str | Unset
        if isinstance(self.fill_timestamp, Unset):
            fill_timestamp = UNSET
        else:
            fill_timestamp = self.fill_timestamp

        exchange_trade_id: float | None | str | Unset
        if isinstance(self.exchange_trade_id, Unset):
            exchange_trade_id = UNSET
        else:
            exchange_trade_id = self.exchange_trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_order_id is not UNSET:
            field_dict["brokerOrderId"] = broker_order_id
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if formatted_instrument_name is not UNSET:
            field_dict["formattedInstrumentName"] = formatted_instrument_name
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if cancelled_quantity is not UNSET:
            field_dict["cancelledQuantity"] = cancelled_quantity
        if pending_quantity is not UNSET:
            field_dict["pendingQuantity"] = pending_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if sl_trigger_price is not UNSET:
            field_dict["slTriggerPrice"] = sl_trigger_price
        if average_traded_price is not UNSET:
            field_dict["averageTradedPrice"] = average_traded_price
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if product is not UNSET:
            field_dict["product"] = product
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if order_tag is not UNSET:
            field_dict["orderTag"] = order_tag
        if order_complexity is not UNSET:
            field_dict["orderComplexity"] = order_complexity
        if validity is not UNSET:
            field_dict["validity"] = validity
        if exchange_order_id is not UNSET:
            field_dict["exchangeOrderId"] = exchange_order_id
        if instrument_id is not UNSET:
            field_dict["instrumentId"] = instrument_id
        if traded_price is not UNSET:
            field_dict["tradedPrice"] = traded_price
        if fill_timestamp is not UNSET:
            field_dict["fillTimestamp"] = fill_timestamp
        if exchange_trade_id is not UNSET:
            field_dict["exchangeTradeId"] = exchange_trade_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_entry_v1 = cls.__new__(cls)
        broker_order_id: None | str | Unset = get("brokerOrderId", UNSET)

        order_entry_v1.broker_order_id = broker_order_id

        order_status: None | str | Unset = get("orderStatus", UNSET)

        order_entry_v1.order_status = order_status

        filled_quantity: None | str | Unset = get("filledQuantity", UNSET)

        order_entry_v1.filled_quantity = filled_quantity

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        order_entry_v1.transaction_type = transaction_type

        formatted_instrument_name: None | str | Unset = get("formattedInstrumentName", UNSET)

        order_entry_v1.formatted_instrument_name = formatted_instrument_name

        def _parse_exchange(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange = _parse_exchange(get("exchange", UNSET))

        order_entry_v1.exchange = exchange

        def _parse_trading_symbol(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        trading_symbol = _parse_trading_symbol(get("tradingSymbol", UNSET))

        order_entry_v1.trading_symbol = trading_symbol

        def _parse_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quantity = _parse_quantity(get("quantity", UNSET))

        order_entry_v1.quantity = quantity

        def _parse_cancelled_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cancelled_quantity = _parse_cancelled_quantity(get("cancelledQuantity", UNSET))

        order_entry_v1.cancelled_quantity = cancelled_quantity

        def _parse_pending_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        pending_quantity = _parse_pending_quantity(get("pendingQuantity", UNSET))

        order_entry_v1.pending_quantity = pending_quantity

        def _parse_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price = _parse_price(get("price", UNSET))

        order_entry_v1.price = price

        def _parse_sl_trigger_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        sl_trigger_price = _parse_sl_trigger_price(get("slTriggerPrice", UNSET))

        order_entry_v1.sl_trigger_price = sl_trigger_price

        def _parse_average_traded_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        average_traded_price = _parse_average_traded_price(get("averageTradedPrice", UNSET))

        order_entry_v1.average_traded_price = average_traded_price

        def _parse_order_type(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        order_type = _parse_order_type(get("orderType", UNSET))

        order_entry_v1.order_type = order_type

        def _parse_product(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        product = _parse_product(get("product", UNSET))

        order_entry_v1.product = product

        def _parse_order_time(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        order_time = _parse_order_time(get("orderTime", UNSET))

        order_entry_v1.order_time = order_time

        def _parse_rejection_reason(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(get("rejectionReason", UNSET))

        order_entry_v1.rejection_reason = rejection_reason

        def _parse_order_tag(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        order_tag = _parse_order_tag(get("orderTag", UNSET))

        order_entry_v1.order_tag = order_tag

        def _parse_order_complexity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        order_complexity = _parse_order_complexity(get("orderComplexity", UNSET))

        order_entry_v1.order_complexity = order_complexity

        def _parse_validity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        validity = _parse_validity(get("validity", UNSET))

        order_entry_v1.validity = validity

        def _parse_exchange_order_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange_order_id = _parse_exchange_order_id(get("exchangeOrderId", UNSET))

        order_entry_v1.exchange_order_id = exchange_order_id

        def _parse_instrument_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        instrument_id = _parse_instrument_id(get("instrumentId", UNSET))

        order_entry_v1.instrument_id = instrument_id

        def _parse_traded_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        traded_price = _parse_traded_price(get("tradedPrice", UNSET))

        order_entry_v1.traded_price = traded_price

        def _parse_fill_timestamp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        fill_timestamp = _parse_fill_timestamp(get("fillTimestamp", UNSET))

        order_entry_v1.fill_timestamp = fill_timestamp

        def _parse_exchange_trade_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange_trade_id = _parse_exchange_trade_id(get("exchangeTradeId", UNSET))

        order_entry_v1.exchange_trade_id = exchange_trade_id

        order_entry_v1.additional_properties = (
            {}
            if _ORDERENTRYV1_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERENTRYV1_FIELDS}
        )
        return order_entry_v1

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
