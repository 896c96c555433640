from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_validity import OrderValidity, check_order_validity
from ..models.product_type import ProductType, check_product_type
from ..models.regular_order_type import RegularOrderType, check_regular_order_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkOrderSingleRequest")
_BULKORDERSINGLEREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "transactionType",
        "orderType",
        "quantity",
        "orderValidity",
        "productType",
        "exchange",
        "disclosedQuantity",
        "price",
        "afterMarketOrderFlag",
        "triggerPrice",
        "marketProtection",
    }
)


@_attrs_define
class BulkOrderSingleRequest:
    """DOCS shape: one large order that the server slices by the exchange freeze quantity.
    `productType` may be any product (the rest of the DOCS table was not visible).

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            transaction_type (TransactionType):
            order_type (RegularOrderType): Order type of a regular order (place, modify, bulk): `L` limit, `SL` stop-loss
                limit,
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
            quantity (str): A positive whole number sent as a JSON string.
            order_validity (OrderValidity):
            product_type (ProductType): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO` bracket.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            after_market_order_flag (YesNo | Unset):
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            market_protection (str | Unset): Market-price protection in percent, as a string (`"2"`, `"0.5"`; OpenAlgo
                formats it
                with `%g`, LEAN sent `"2"`; FR:A3.10): a market or SL-M order executes no further than
                this from the reference price. `""` means not set (the Python SDK sends it empty on
                limit orders).
    """

    symbol_name: str
    transaction_type: TransactionType
    order_type: RegularOrderType
    quantity: str
    order_validity: OrderValidity
    product_type: ProductType
    exchange: Exchange | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    after_market_order_flag: YesNo | Unset = UNSET
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

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        after_market_order_flag: str | Unset = UNSET
        if not isinstance(self.after_market_order_flag, Unset):
            after_market_order_flag = self.after_market_order_flag

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
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        bulk_order_single_request = cls.__new__(cls)
        bulk_order_single_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        bulk_order_single_request.transaction_type = transaction_type

        order_type = check_regular_order_type(src_dict["orderType"])

        bulk_order_single_request.order_type = order_type

        bulk_order_single_request.quantity = src_dict["quantity"]

        order_validity = check_order_validity(src_dict["orderValidity"])

        bulk_order_single_request.order_validity = order_validity

        product_type = check_product_type(src_dict["productType"])

        bulk_order_single_request.product_type = product_type

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        bulk_order_single_request.exchange = exchange

        bulk_order_single_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        bulk_order_single_request.price = get("price", UNSET)

        _after_market_order_flag = get("afterMarketOrderFlag", UNSET)
        after_market_order_flag: YesNo | Unset
        if isinstance(_after_market_order_flag, Unset):
            after_market_order_flag = UNSET
        else:
            after_market_order_flag = check_yes_no(_after_market_order_flag)

        bulk_order_single_request.after_market_order_flag = after_market_order_flag

        bulk_order_single_request.trigger_price = get("triggerPrice", UNSET)

        bulk_order_single_request.market_protection = get("marketProtection", UNSET)

        bulk_order_single_request.additional_properties = (
            {}
            if _BULKORDERSINGLEREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BULKORDERSINGLEREQUEST_FIELDS}
        )
        return bulk_order_single_request

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
