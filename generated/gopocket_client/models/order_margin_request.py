from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..models.price_type import PriceType, check_price_type
from ..models.product import Product, check_product
from ..models.trans_type import TransType, check_trans_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMarginRequest")
_ORDERMARGINREQUEST_FIELDS = frozenset(
    {
        "exchange",
        "tradingSymbol",
        "qty",
        "price",
        "product",
        "transType",
        "priceType",
        "orderType",
        "triggerPrice",
        "stopLoss",
        "orderFlag",
        "token",
        "openOrderQty",
    }
)


@_attrs_define
class OrderMarginRequest:
    """An order whose margin requirement to compute (single JSON object). The field table
    spells the side `tranType`; the sample and the SDK send `transType`, which is used here.

        Attributes:
            exchange (Exchange): Exchange of an order (docs layout). The docs listed NSE, BSE, NFO, CDS, BCD, MCX until
                2023-11-20 and only NSE, NFO, CDS, MCX from 2023-12-15; this enum keeps the union so that
                BSE/BCD orders are not refused client-side (the server decides).
            trading_symbol (str):
            qty (str): A positive whole number sent as a JSON string.
            price (str): A non-negative decimal number sent as a JSON string (`"0"` for market orders).
            product (Product): Product of a docs-layout order: `MIS` intraday, `CNC` delivery, `NRML` carry-forward
                (documented); `MTF` and `GTT` are accepted by the earlier Codifi SDK ([SDK-prev]).
            trans_type (TransType): Side of a docs-layout order, `B` buy or `S` sell. The field table says "BUY or SELL" but
                every sample sends `B`/`S`; the samples win here.
            price_type (PriceType): Pricing of a docs-layout order: `L` limit, `MKT` market, `SL` stop-loss limit, `SL-M`
                stop-loss market.
            order_type (OrderType): Order variety of the docs layout: `Regular`, `BO` bracket, `CO` cover, `AMO` after-
                market.
                The latest docs text says "Ordertypes(MIS,CNC,NRML)" - an editing error (those are
                products); all samples send `Regular`.
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            order_flag (str | Unset): [SDK-prev] only; `NEW` is the only known value.
            token (str | Unset): Instrument token. [SDK-prev] only.
            open_order_qty (str | Unset): A whole number as a string, or `""` for "not set".
    """

    exchange: Exchange
    trading_symbol: str
    qty: str
    price: str
    product: Product
    trans_type: TransType
    price_type: PriceType
    order_type: OrderType
    trigger_price: str | Unset = UNSET
    stop_loss: str | Unset = UNSET
    order_flag: str | Unset = UNSET
    token: str | Unset = UNSET
    open_order_qty: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str = self.exchange

        trading_symbol = self.trading_symbol

        qty = self.qty

        price = self.price

        product: str = self.product

        trans_type: str = self.trans_type

        price_type: str = self.price_type

        order_type: str = self.order_type

        trigger_price = self.trigger_price

        stop_loss = self.stop_loss

        order_flag = self.order_flag

        token = self.token

        open_order_qty = self.open_order_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "tradingSymbol": trading_symbol,
                "qty": qty,
                "price": price,
                "product": product,
                "transType": trans_type,
                "priceType": price_type,
                "orderType": order_type,
            }
        )
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if stop_loss is not UNSET:
            field_dict["stopLoss"] = stop_loss
        if order_flag is not UNSET:
            field_dict["orderFlag"] = order_flag
        if token is not UNSET:
            field_dict["token"] = token
        if open_order_qty is not UNSET:
            field_dict["openOrderQty"] = open_order_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_margin_request = cls.__new__(cls)
        exchange = check_exchange(src_dict["exchange"])

        order_margin_request.exchange = exchange

        order_margin_request.trading_symbol = src_dict["tradingSymbol"]

        order_margin_request.qty = src_dict["qty"]

        order_margin_request.price = src_dict["price"]

        product = check_product(src_dict["product"])

        order_margin_request.product = product

        trans_type = check_trans_type(src_dict["transType"])

        order_margin_request.trans_type = trans_type

        price_type = check_price_type(src_dict["priceType"])

        order_margin_request.price_type = price_type

        order_type = check_order_type(src_dict["orderType"])

        order_margin_request.order_type = order_type

        order_margin_request.trigger_price = get("triggerPrice", UNSET)

        order_margin_request.stop_loss = get("stopLoss", UNSET)

        order_margin_request.order_flag = get("orderFlag", UNSET)

        order_margin_request.token = get("token", UNSET)

        order_margin_request.open_order_qty = get("openOrderQty", UNSET)

        order_margin_request.additional_properties = (
            {}
            if _ORDERMARGINREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERMARGINREQUEST_FIELDS}
        )
        return order_margin_request

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
