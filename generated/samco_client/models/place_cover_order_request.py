from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cover_order_type import CoverOrderType, check_cover_order_type
from ..models.cover_order_validity import CoverOrderValidity, check_cover_order_validity
from ..models.cover_product_type import CoverProductType, check_cover_product_type
from ..models.exchange import Exchange, check_exchange
from ..models.transaction_type import TransactionType, check_transaction_type
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceCoverOrderRequest")
_PLACECOVERORDERREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "transactionType",
        "orderType",
        "quantity",
        "disclosedQuantity",
        "price",
        "orderValidity",
        "productType",
        "triggerPrice",
        "exchange",
        "afterMarketOrderFlag",
        "marketProtection",
        "remarksValue",
    }
)


@_attrs_define
class PlaceCoverOrderRequest:
    """A cover order: a limit day order with a compulsory stop-loss trigger. All numbers are
    strings. DOCS mark `disclosedQuantity` required (samples send `""`).

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            transaction_type (TransactionType):
            order_type (CoverOrderType): Cover orders are limit orders only (DOCS).
            quantity (str): A positive whole number sent as a JSON string.
            disclosed_quantity (str): A whole number as a string, or `""` for "not set".
            price (str): A non-negative decimal number sent as a JSON string.
            order_validity (CoverOrderValidity): Cover orders are day orders only (DOCS).
            product_type (CoverProductType): Product of a cover order.
            trigger_price (str): A non-negative decimal number sent as a JSON string.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            after_market_order_flag (YesNo | Unset):
            market_protection (str | Unset): Market-price protection in percent, as a string (`"2"`, `"0.5"`; OpenAlgo
                formats it
                with `%g`, LEAN sent `"2"`; FR:A3.10): a market or SL-M order executes no further than
                this from the reference price. `""` means not set (the Python SDK sends it empty on
                limit orders).
            remarks_value (str | Unset): UNSURE: Java SDK model only.
    """

    symbol_name: str
    transaction_type: TransactionType
    order_type: CoverOrderType
    quantity: str
    disclosed_quantity: str
    price: str
    order_validity: CoverOrderValidity
    product_type: CoverProductType
    trigger_price: str
    exchange: Exchange | Unset = UNSET
    after_market_order_flag: YesNo | Unset = UNSET
    market_protection: str | Unset = UNSET
    remarks_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        order_type: str = self.order_type

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        order_validity: str = self.order_validity

        product_type: str = self.product_type

        trigger_price = self.trigger_price

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        after_market_order_flag: str | Unset = UNSET
        if not isinstance(self.after_market_order_flag, Unset):
            after_market_order_flag = self.after_market_order_flag

        market_protection = self.market_protection

        remarks_value = self.remarks_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolName": symbol_name,
                "transactionType": transaction_type,
                "orderType": order_type,
                "quantity": quantity,
                "disclosedQuantity": disclosed_quantity,
                "price": price,
                "orderValidity": order_validity,
                "productType": product_type,
                "triggerPrice": trigger_price,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if after_market_order_flag is not UNSET:
            field_dict["afterMarketOrderFlag"] = after_market_order_flag
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection
        if remarks_value is not UNSET:
            field_dict["remarksValue"] = remarks_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        place_cover_order_request = cls.__new__(cls)
        place_cover_order_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        place_cover_order_request.transaction_type = transaction_type

        order_type = check_cover_order_type(src_dict["orderType"])

        place_cover_order_request.order_type = order_type

        place_cover_order_request.quantity = src_dict["quantity"]

        place_cover_order_request.disclosed_quantity = src_dict["disclosedQuantity"]

        place_cover_order_request.price = src_dict["price"]

        order_validity = check_cover_order_validity(src_dict["orderValidity"])

        place_cover_order_request.order_validity = order_validity

        product_type = check_cover_product_type(src_dict["productType"])

        place_cover_order_request.product_type = product_type

        place_cover_order_request.trigger_price = src_dict["triggerPrice"]

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        place_cover_order_request.exchange = exchange

        _after_market_order_flag = get("afterMarketOrderFlag", UNSET)
        after_market_order_flag: YesNo | Unset
        if isinstance(_after_market_order_flag, Unset):
            after_market_order_flag = UNSET
        else:
            after_market_order_flag = check_yes_no(_after_market_order_flag)

        place_cover_order_request.after_market_order_flag = after_market_order_flag

        place_cover_order_request.market_protection = get("marketProtection", UNSET)

        place_cover_order_request.remarks_value = get("remarksValue", UNSET)

        place_cover_order_request.additional_properties = (
            {}
            if _PLACECOVERORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PLACECOVERORDERREQUEST_FIELDS}
        )
        return place_cover_order_request

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
