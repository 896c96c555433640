from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_source import OrderSource, check_order_source
from ..models.order_type import OrderType, check_order_type
from ..models.price_type import PriceType, check_price_type
from ..models.product import Product, check_product
from ..models.trans_type import TransType, check_trans_type
from ..models.validity import Validity, check_validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceOrderRequest")
_PLACEORDERREQUEST_FIELDS = frozenset(
    {
        "exchange",
        "tradingSymbol",
        "qty",
        "price",
        "product",
        "transType",
        "priceType",
        "orderType",
        "ret",
        "source",
        "triggerPrice",
        "disclosedQty",
        "mktProtection",
        "target",
        "stopLoss",
        "trailingPrice",
        "remarks",
        "token",
    }
)


@_attrs_define
class PlaceOrderRequest:
    """One order of the place-order array. All numbers are strings and `""` means "not set".
    Required-ness is inferred from the samples (the docs mark nothing required).
    Conditional rules ([SDK-prev], client-side): `L` needs `price` > 0; `MKT` sends
    `price` `"0"`; `SL` needs `price` and `triggerPrice` > 0 (BUY trigger <= price, SELL
    trigger >= price); `SL-M` sends price `"0"` and a trigger; `CO` needs `stopLoss`; `BO`
    additionally needs `target`.

        Attributes:
            exchange (Exchange): Exchange of an order (docs layout). The docs listed NSE, BSE, NFO, CDS, BCD, MCX until
                2023-11-20 and only NSE, NFO, CDS, MCX from 2023-12-15; this enum keeps the union so that
                BSE/BCD orders are not refused client-side (the server decides).
            trading_symbol (str): Exchange trading symbol (contract master `Trading Symbol`), e.g. `ZOMATO-EQ`.
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
            ret (Validity): Retention / validity: `DAY` (intraday), `NET` (carry forward), `IOC`. Docs samples only show
                `DAY`.
            source (OrderSource | Unset): Origin of the request, `API`, `WEB` or `MOB` (docs 2024-01-02 text).
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            disclosed_qty (str | Unset): A whole number as a string, or `""` for "not set".
            mkt_protection (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            target (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trailing_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            remarks (str | Unset): Order tag. [SDK-prev] and third-party clients only (one sends it as `Remarks`).
            token (str | Unset): Instrument token (contract master `Token`). [SDK-prev] only.
    """

    exchange: Exchange
    trading_symbol: str
    qty: str
    price: str
    product: Product
    trans_type: TransType
    price_type: PriceType
    order_type: OrderType
    ret: Validity
    source: OrderSource | Unset = UNSET
    trigger_price: str | Unset = UNSET
    disclosed_qty: str | Unset = UNSET
    mkt_protection: str | Unset = UNSET
    target: str | Unset = UNSET
    stop_loss: str | Unset = UNSET
    trailing_price: str | Unset = UNSET
    remarks: str | Unset = UNSET
    token: str | Unset = UNSET
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

        ret: str = self.ret

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        trigger_price = self.trigger_price

        disclosed_qty = self.disclosed_qty

        mkt_protection = self.mkt_protection

        target = self.target

        stop_loss = self.stop_loss

        trailing_price = self.trailing_price

        remarks = self.remarks

        token = self.token

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
                "ret": ret,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if disclosed_qty is not UNSET:
            field_dict["disclosedQty"] = disclosed_qty
        if mkt_protection is not UNSET:
            field_dict["mktProtection"] = mkt_protection
        if target is not UNSET:
            field_dict["target"] = target
        if stop_loss is not UNSET:
            field_dict["stopLoss"] = stop_loss
        if trailing_price is not UNSET:
            field_dict["trailingPrice"] = trailing_price
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        place_order_request = cls.__new__(cls)
        exchange = check_exchange(src_dict["exchange"])

        place_order_request.exchange = exchange

        place_order_request.trading_symbol = src_dict["tradingSymbol"]

        place_order_request.qty = src_dict["qty"]

        place_order_request.price = src_dict["price"]

        product = check_product(src_dict["product"])

        place_order_request.product = product

        trans_type = check_trans_type(src_dict["transType"])

        place_order_request.trans_type = trans_type

        price_type = check_price_type(src_dict["priceType"])

        place_order_request.price_type = price_type

        order_type = check_order_type(src_dict["orderType"])

        place_order_request.order_type = order_type

        ret = check_validity(src_dict["ret"])

        place_order_request.ret = ret

        _source = get("source", UNSET)
        source: OrderSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_order_source(_source)

        place_order_request.source = source

        place_order_request.trigger_price = get("triggerPrice", UNSET)

        place_order_request.disclosed_qty = get("disclosedQty", UNSET)

        place_order_request.mkt_protection = get("mktProtection", UNSET)

        place_order_request.target = get("target", UNSET)

        place_order_request.stop_loss = get("stopLoss", UNSET)

        place_order_request.trailing_price = get("trailingPrice", UNSET)

        place_order_request.remarks = get("remarks", UNSET)

        place_order_request.token = get("token", UNSET)

        place_order_request.additional_properties = (
            {}
            if _PLACEORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PLACEORDERREQUEST_FIELDS}
        )
        return place_order_request

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
