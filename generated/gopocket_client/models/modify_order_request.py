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
from ..models.validity import Validity, check_validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyOrderRequest")
_MODIFYORDERREQUEST_FIELDS = frozenset(
    {
        "orderNo",
        "exchange",
        "tradingSymbol",
        "qty",
        "price",
        "ret",
        "priceType",
        "transType",
        "orderType",
        "triggerPrice",
        "disclosedQty",
        "mktProtection",
        "target",
        "stopLoss",
        "trailingPrice",
        "product",
        "token",
        "tradedQty",
        "filledQty",
    }
)


@_attrs_define
class ModifyOrderRequest:
    """Modification of a pending order (single JSON object). Price, quantity, order type and
    validity can change. `""` means "not set". Required-ness inferred from the sample.

        Attributes:
            order_no (str): Broker order number (14 digits in samples, e.g. `23111500003840`).
            exchange (Exchange): Exchange of an order (docs layout). The docs listed NSE, BSE, NFO, CDS, BCD, MCX until
                2023-11-20 and only NSE, NFO, CDS, MCX from 2023-12-15; this enum keeps the union so that
                BSE/BCD orders are not refused client-side (the server decides).
            trading_symbol (str):
            qty (str): A positive whole number sent as a JSON string.
            price (str): A non-negative decimal number sent as a JSON string (`"0"` for market orders).
            ret (Validity): Retention / validity: `DAY` (intraday), `NET` (carry forward), `IOC`. Docs samples only show
                `DAY`.
            price_type (PriceType): Pricing of a docs-layout order: `L` limit, `MKT` market, `SL` stop-loss limit, `SL-M`
                stop-loss market.
            trans_type (TransType): Side of a docs-layout order, `B` buy or `S` sell. The field table says "BUY or SELL" but
                every sample sends `B`/`S`; the samples win here.
            order_type (OrderType | Unset): Order variety of the docs layout: `Regular`, `BO` bracket, `CO` cover, `AMO`
                after-market.
                The latest docs text says "Ordertypes(MIS,CNC,NRML)" - an editing error (those are
                products); all samples send `Regular`.
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            disclosed_qty (str | Unset): A whole number as a string, or `""` for "not set".
            mkt_protection (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            target (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trailing_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            product (Product | Unset): Product of a docs-layout order: `MIS` intraday, `CNC` delivery, `NRML` carry-forward
                (documented); `MTF` and `GTT` are accepted by the earlier Codifi SDK ([SDK-prev]).
            token (str | Unset): Instrument token. [SDK-prev] only.
            traded_qty (str | Unset): A whole number as a string, or `""` for "not set".
            filled_qty (str | Unset): A whole number as a string, or `""` for "not set".
    """

    order_no: str
    exchange: Exchange
    trading_symbol: str
    qty: str
    price: str
    ret: Validity
    price_type: PriceType
    trans_type: TransType
    order_type: OrderType | Unset = UNSET
    trigger_price: str | Unset = UNSET
    disclosed_qty: str | Unset = UNSET
    mkt_protection: str | Unset = UNSET
    target: str | Unset = UNSET
    stop_loss: str | Unset = UNSET
    trailing_price: str | Unset = UNSET
    product: Product | Unset = UNSET
    token: str | Unset = UNSET
    traded_qty: str | Unset = UNSET
    filled_qty: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        exchange: str = self.exchange

        trading_symbol = self.trading_symbol

        qty = self.qty

        price = self.price

        ret: str = self.ret

        price_type: str = self.price_type

        trans_type: str = self.trans_type

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        trigger_price = self.trigger_price

        disclosed_qty = self.disclosed_qty

        mkt_protection = self.mkt_protection

        target = self.target

        stop_loss = self.stop_loss

        trailing_price = self.trailing_price

        product: str | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product

        token = self.token

        traded_qty = self.traded_qty

        filled_qty = self.filled_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "exchange": exchange,
                "tradingSymbol": trading_symbol,
                "qty": qty,
                "price": price,
                "ret": ret,
                "priceType": price_type,
                "transType": trans_type,
            }
        )
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
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
        if product is not UNSET:
            field_dict["product"] = product
        if token is not UNSET:
            field_dict["token"] = token
        if traded_qty is not UNSET:
            field_dict["tradedQty"] = traded_qty
        if filled_qty is not UNSET:
            field_dict["filledQty"] = filled_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        modify_order_request = cls.__new__(cls)
        modify_order_request.order_no = src_dict["orderNo"]

        exchange = check_exchange(src_dict["exchange"])

        modify_order_request.exchange = exchange

        modify_order_request.trading_symbol = src_dict["tradingSymbol"]

        modify_order_request.qty = src_dict["qty"]

        modify_order_request.price = src_dict["price"]

        ret = check_validity(src_dict["ret"])

        modify_order_request.ret = ret

        price_type = check_price_type(src_dict["priceType"])

        modify_order_request.price_type = price_type

        trans_type = check_trans_type(src_dict["transType"])

        modify_order_request.trans_type = trans_type

        _order_type = get("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        modify_order_request.order_type = order_type

        modify_order_request.trigger_price = get("triggerPrice", UNSET)

        modify_order_request.disclosed_qty = get("disclosedQty", UNSET)

        modify_order_request.mkt_protection = get("mktProtection", UNSET)

        modify_order_request.target = get("target", UNSET)

        modify_order_request.stop_loss = get("stopLoss", UNSET)

        modify_order_request.trailing_price = get("trailingPrice", UNSET)

        _product = get("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = check_product(_product)

        modify_order_request.product = product

        modify_order_request.token = get("token", UNSET)

        modify_order_request.traded_qty = get("tradedQty", UNSET)

        modify_order_request.filled_qty = get("filledQty", UNSET)

        modify_order_request.additional_properties = (
            {}
            if _MODIFYORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYORDERREQUEST_FIELDS}
        )
        return modify_order_request

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
