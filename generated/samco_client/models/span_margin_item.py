from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanMarginItem")
_SPANMARGINITEM_FIELDS = frozenset(
    {
        "exchange",
        "tradingSymbol",
        "qty",
        "transactionType",
        "price",
        "productType",
        "orderType",
    }
)


@_attrs_define
class SpanMarginItem:
    """One contract of the SPAN margin calculation. The docs mark `productType` and `orderType`
    as required too, but every SDK sample sends only `exchange`, `tradingSymbol`, `qty`, so
    only those three are required here. A v3.2 integration sends all seven fields, with
    `orderType: "L"` and `price: "0"` when it has no price (FR:A3.31).

        Attributes:
            exchange (Exchange): Exchange code. NSE is the default where a field is optional; the code is mandatory for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            trading_symbol (str): Trading symbol of the contract (as in ScripMaster.csv).
            qty (str): A positive whole number sent as a JSON string.
            transaction_type (TransactionType | Unset):
            price (str | Unset): A non-negative decimal number sent as a JSON string.
            product_type (ProductType | Unset): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO`
                bracket.
            order_type (OrderType | Unset): `L` limit, `SL` stop-loss limit: the order types the v3.2 docs list for bracket
                and
                basket orders and the SPAN calculator. Market types (`MKT`, `SL-M`) were removed from the
                write-side docs in v3.2 (SDK 3.2.1); see `RegularOrderType` for regular orders.
    """

    exchange: Exchange
    trading_symbol: str
    qty: str
    transaction_type: TransactionType | Unset = UNSET
    price: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    order_type: OrderType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str = self.exchange

        trading_symbol = self.trading_symbol

        qty = self.qty

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        price = self.price

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "tradingSymbol": trading_symbol,
                "qty": qty,
            }
        )
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if price is not UNSET:
            field_dict["price"] = price
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        span_margin_item = cls.__new__(cls)
        exchange = check_exchange(src_dict["exchange"])

        span_margin_item.exchange = exchange

        span_margin_item.trading_symbol = src_dict["tradingSymbol"]

        span_margin_item.qty = src_dict["qty"]

        _transaction_type = get("transactionType", UNSET)
        transaction_type: TransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = check_transaction_type(_transaction_type)

        span_margin_item.transaction_type = transaction_type

        span_margin_item.price = get("price", UNSET)

        _product_type = get("productType", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_product_type(_product_type)

        span_margin_item.product_type = product_type

        _order_type = get("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        span_margin_item.order_type = order_type

        span_margin_item.additional_properties = (
            {}
            if _SPANMARGINITEM_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SPANMARGINITEM_FIELDS}
        )
        return span_margin_item

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
