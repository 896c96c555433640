from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bo_price_type import BoPriceType, check_bo_price_type
from ..models.bo_value_type import BoValueType, check_bo_value_type
from ..models.bracket_product_type import BracketProductType, check_bracket_product_type
from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..models.order_validity import OrderValidity, check_order_validity
from ..models.transaction_type import TransactionType, check_transaction_type
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceBracketOrderRequest")
_PLACEBRACKETORDERREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "transactionType",
        "orderType",
        "quantity",
        "orderValidity",
        "productType",
        "squareOffValue",
        "stopLossValue",
        "exchange",
        "disclosedQuantity",
        "price",
        "afterMarketOrderFlag",
        "valueType",
        "priceType",
        "trailingStopLoss",
        "triggerPrice",
        "marketProtection",
    }
)


@_attrs_define
class PlaceBracketOrderRequest:
    """A bracket order: the regular order fields with `productType` `BO`, plus the target and
    stop-loss distances. All numbers are strings. `price` is required for `L` and `SL`,
    `triggerPrice` for `SL`.

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            transaction_type (TransactionType):
            order_type (OrderType): `L` limit, `SL` stop-loss limit: the order types the v3.2 docs list for bracket and
                basket orders and the SPAN calculator. Market types (`MKT`, `SL-M`) were removed from the
                write-side docs in v3.2 (SDK 3.2.1); see `RegularOrderType` for regular orders.
            quantity (str): A positive whole number sent as a JSON string.
            order_validity (OrderValidity):
            product_type (BracketProductType): Product of a bracket order.
            square_off_value (str): A non-negative decimal number sent as a JSON string.
            stop_loss_value (str): A non-negative decimal number sent as a JSON string.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            after_market_order_flag (YesNo | Unset):
            value_type (BoValueType | Unset): Bracket-order distance unit, `Absolute` (default) or `Ticks`.
            price_type (BoPriceType | Unset): Bracket-order reference price, `LTP` (default) or `ATP`.
            trailing_stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            market_protection (str | Unset): Market-price protection in percent, as a string (`"2"`, `"0.5"`; OpenAlgo
                formats it
                with `%g`, LEAN sent `"2"`; FR:A3.10): a market or SL-M order executes no further than
                this from the reference price. `""` means not set (the Python SDK sends it empty on
                limit orders).
    """

    symbol_name: str
    transaction_type: TransactionType
    order_type: OrderType
    quantity: str
    order_validity: OrderValidity
    product_type: BracketProductType
    square_off_value: str
    stop_loss_value: str
    exchange: Exchange | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    after_market_order_flag: YesNo | Unset = UNSET
    value_type: BoValueType | Unset = UNSET
    price_type: BoPriceType | Unset = UNSET
    trailing_stop_loss: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        order_type: str = self.order_type

        quantity = self.quantity

        order_validity: str = self.order_validity

        product_type: str = self.product_type

        square_off_value = self.square_off_value

        stop_loss_value = self.stop_loss_value

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        after_market_order_flag: str | Unset = UNSET
        if not isinstance(self.after_market_order_flag, Unset):
            after_market_order_flag = self.after_market_order_flag

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type

        trailing_stop_loss = self.trailing_stop_loss

        trigger_price = self.trigger_price

        market_protection = self.market_protection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolName": symbol_name,
                "transactionType": transaction_type,
                "orderType": order_type,
                "quantity": quantity,
                "orderValidity": order_validity,
                "productType": product_type,
                "squareOffValue": square_off_value,
                "stopLossValue": stop_loss_value,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if after_market_order_flag is not UNSET:
            field_dict["afterMarketOrderFlag"] = after_market_order_flag
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if trailing_stop_loss is not UNSET:
            field_dict["trailingStopLoss"] = trailing_stop_loss
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        place_bracket_order_request = cls.__new__(cls)
        place_bracket_order_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        place_bracket_order_request.transaction_type = transaction_type

        order_type = check_order_type(src_dict["orderType"])

        place_bracket_order_request.order_type = order_type

        place_bracket_order_request.quantity = src_dict["quantity"]

        order_validity = check_order_validity(src_dict["orderValidity"])

        place_bracket_order_request.order_validity = order_validity

        product_type = check_bracket_product_type(src_dict["productType"])

        place_bracket_order_request.product_type = product_type

        place_bracket_order_request.square_off_value = src_dict["squareOffValue"]

        place_bracket_order_request.stop_loss_value = src_dict["stopLossValue"]

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        place_bracket_order_request.exchange = exchange

        place_bracket_order_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        place_bracket_order_request.price = get("price", UNSET)

        _after_market_order_flag = get("afterMarketOrderFlag", UNSET)
        after_market_order_flag: YesNo | Unset
        if isinstance(_after_market_order_flag, Unset):
            after_market_order_flag = UNSET
        else:
            after_market_order_flag = check_yes_no(_after_market_order_flag)

        place_bracket_order_request.after_market_order_flag = after_market_order_flag

        _value_type = get("valueType", UNSET)
        value_type: BoValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = check_bo_value_type(_value_type)

        place_bracket_order_request.value_type = value_type

        _price_type = get("priceType", UNSET)
        price_type: BoPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_bo_price_type(_price_type)

        place_bracket_order_request.price_type = price_type

        place_bracket_order_request.trailing_stop_loss = get("trailingStopLoss", UNSET)

        place_bracket_order_request.trigger_price = get("triggerPrice", UNSET)

        place_bracket_order_request.market_protection = get("marketProtection", UNSET)

        place_bracket_order_request.additional_properties = (
            {}
            if _PLACEBRACKETORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PLACEBRACKETORDERREQUEST_FIELDS}
        )
        return place_bracket_order_request

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
