from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1
from ..models.order_type import OrderType
from ..models.price_type import PriceType
from ..models.product import Product
from ..models.product_code import ProductCode
from ..models.trans_type_any import TransTypeAny
from ..models.validity import Validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeBookEntry")
_TRADEBOOKENTRY_FIELDS = frozenset(
    {
        "orderNo",
        "userId",
        "actId",
        "exchange",
        "ret",
        "product",
        "orderType",
        "priceType",
        "fillId",
        "fillTime",
        "transType",
        "tranType",
        "tradingSymbol",
        "qty",
        "token",
        "fillshares",
        "fillShares",
        "fillqty",
        "pricePrecision",
        "lotSize",
        "tickSize",
        "price",
        "prcftr",
        "fillprc",
        "exchUpdateTime",
        "exchOrderId",
        "formattedInsName",
        "ltp",
        "orderTime",
    }
)


@_attrs_define
class TradeBookEntry:
    """One fill of today's trade book. Strings or null. Sample spellings `fillId`, `fillshares`
    (lower-case s) and `transType`; the field table's `fillShares` and `tranType` are accepted
    too. The table's `fillID` maps to the same attribute as `fillId` in the generated client
    and is therefore not declared separately.

        Attributes:
            order_no (str | Unset):
            user_id (str | Unset):
            act_id (str | Unset):
            exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
                unknown codes parse as plain strings.
            ret (str | Unset | Validity):
            product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
                `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
            order_type (OrderType | str | Unset): Order variety as returned ([SDK-prev] also knows `Cover`, `Bracket`); any
                other string parses too.
            price_type (PriceType | str | Unset): Pricing as returned (the 2023-09-04 history sample shows `LMT`); any other
                string parses too.
            fill_id (None | str | Unset): Fill (trade) id. Field-table spelling `fillID`.
            fill_time (None | str | Unset): Format `dd-MM-yyyy HH:mm:ss` (IST).
            trans_type (str | TransTypeAny | Unset): Side as returned (`B`/`S`, possibly `BUY`/`SELL`); any other string
                parses too.
            tran_type (str | TransTypeAny | Unset): Side as returned (`B`/`S`, possibly `BUY`/`SELL`); any other string
                parses too.
            trading_symbol (str | Unset):
            qty (None | str | Unset):
            token (None | str | Unset):
            fillshares (None | str | Unset): Filled quantity (sample spelling).
            fill_shares (None | str | Unset): Field-table spelling of `fillshares`.
            fillqty (None | str | Unset):
            price_precision (None | str | Unset):
            lot_size (None | str | Unset):
            tick_size (None | str | Unset):
            price (None | str | Unset):
            prcftr (None | str | Unset): Price factor, e.g. `1.000000`.
            fillprc (None | str | Unset): Fill price.
            exch_update_time (None | str | Unset): Format `dd-MM-yyyy HH:mm:ss` (IST).
            exch_order_id (None | str | Unset):
            formatted_ins_name (None | str | Unset):
            ltp (None | str | Unset):
            order_time (None | str | Unset): Format `HH:mm:ss dd-MM-yyyy` (IST).
    """

    order_no: str | Unset = UNSET
    user_id: str | Unset = UNSET
    act_id: str | Unset = UNSET
    exchange: ExchangeV1 | str | Unset = UNSET
    ret: str | Unset | Validity = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    order_type: OrderType | str | Unset = UNSET
    price_type: PriceType | str | Unset = UNSET
    fill_id: None | str | Unset = UNSET
    fill_time: None | str | Unset = UNSET
    trans_type: str | TransTypeAny | Unset = UNSET
    tran_type: str | TransTypeAny | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    qty: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    fillshares: None | str | Unset = UNSET
    fill_shares: None | str | Unset = UNSET
    fillqty: None | str | Unset = UNSET
    price_precision: None | str | Unset = UNSET
    lot_size: None | str | Unset = UNSET
    tick_size: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    prcftr: None | str | Unset = UNSET
    fillprc: None | str | Unset = UNSET
    exch_update_time: None | str | Unset = UNSET
    exch_order_id: None | str | Unset = UNSET
    formatted_ins_name: None | str | Unset = UNSET
    ltp: None | str | Unset = UNSET
    order_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        user_id = self.user_id

        act_id = self.act_id

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        ret: str | Unset
        if isinstance(self.ret, Unset):
            ret = UNSET
        elif isinstance(self.ret, str):
            ret = self.ret
        else:
            ret = self.ret

        product: str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, str):
            product = self.product
        elif isinstance(self.product, str):
            product = self.product
        else:
            product = self.product

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        price_type: str | Unset
        if isinstance(self.price_type, Unset):
            price_type = UNSET
        elif isinstance(self.price_type, str):
            price_type = self.price_type
        else:
            price_type = self.price_type

        fill_id: None | str | Unset
        if isinstance(self.fill_id, Unset):
            fill_id = UNSET
        else:
            fill_id = self.fill_id

        fill_time: None | str | Unset
        if isinstance(self.fill_time, Unset):
            fill_time = UNSET
        else:
            fill_time = self.fill_time

        trans_type: str | Unset
        if isinstance(self.trans_type, Unset):
            trans_type = UNSET
        elif isinstance(self.trans_type, str):
            trans_type = self.trans_type
        else:
            trans_type = self.trans_type

        tran_type: str | Unset
        if isinstance(self.tran_type, Unset):
            tran_type = UNSET
        elif isinstance(self.tran_type, str):
            tran_type = self.tran_type
        else:
            tran_type = self.tran_type

        trading_symbol = self.trading_symbol

        qty: None | str | Unset
        if isinstance(self.qty, Unset):
            qty = UNSET
        else:
            qty = self.qty

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        fillshares: None | str | Unset
        if isinstance(self.fillshares, Unset):
            fillshares = UNSET
        else:
            fillshares = self.fillshares

        fill_shares: None | str | Unset
        if isinstance(self.fill_shares, Unset):
            fill_shares = UNSET
        else:
            fill_shares = self.fill_shares

        fillqty: None | str | Unset
        if isinstance(self.fillqty, Unset):
            fillqty = UNSET
        else:
            fillqty = self.fillqty

        price_precision: None | str | Unset
        if isinstance(self.price_precision, Unset):
            price_precision = UNSET
        else:
            price_precision = self.price_precision

        lot_size: None | str | Unset
        if isinstance(self.lot_size, Unset):
            lot_size = UNSET
        else:
            lot_size = self.lot_size

        tick_size: None | str | Unset
        if isinstance(self.tick_size, Unset):
            tick_size = UNSET
        else:
            tick_size = self.tick_size

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        prcftr: None | str | Unset
        if isinstance(self.prcftr, Unset):
            prcftr = UNSET
        else:
            prcftr = self.prcftr

        fillprc: None | str | Unset
        if isinstance(self.fillprc, Unset):
            fillprc = UNSET
        else:
            fillprc = self.fillprc

        exch_update_time: None | str | Unset
        if isinstance(self.exch_update_time, Unset):
            exch_update_time = UNSET
        else:
            exch_update_time = self.exch_update_time

        exch_order_id: None | str | Unset
        if isinstance(self.exch_order_id, Unset):
            exch_order_id = UNSET
        else:
            exch_order_id = self.exch_order_id

        formatted_ins_name: None | str | Unset
        if isinstance(self.formatted_ins_name, Unset):
            formatted_ins_name = UNSET
        else:
            formatted_ins_name = self.formatted_ins_name

        ltp: None | str | Unset
        if isinstance(self.ltp, Unset):
            ltp = UNSET
        else:
            ltp = self.ltp

        order_time: None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if act_id is not UNSET:
            field_dict["actId"] = act_id
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if ret is not UNSET:
            field_dict["ret"] = ret
        if product is not UNSET:
            field_dict["product"] = product
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if fill_id is not UNSET:
            field_dict["fillId"] = fill_id
        if fill_time is not UNSET:
            field_dict["fillTime"] = fill_time
        if trans_type is not UNSET:
            field_dict["transType"] = trans_type
        if tran_type is not UNSET:
            field_dict["tranType"] = tran_type
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if qty is not UNSET:
            field_dict["qty"] = qty
        if token is not UNSET:
            field_dict["token"] = token
        if fillshares is not UNSET:
            field_dict["fillshares"] = fillshares
        if fill_shares is not UNSET:
            field_dict["fillShares"] = fill_shares
        if fillqty is not UNSET:
            field_dict["fillqty"] = fillqty
        if price_precision is not UNSET:
            field_dict["pricePrecision"] = price_precision
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if price is not UNSET:
            field_dict["price"] = price
        if prcftr is not UNSET:
            field_dict["prcftr"] = prcftr
        if fillprc is not UNSET:
            field_dict["fillprc"] = fillprc
        if exch_update_time is not UNSET:
            field_dict["exchUpdateTime"] = exch_update_time
        if exch_order_id is not UNSET:
            field_dict["exchOrderId"] = exch_order_id
        if formatted_ins_name is not UNSET:
            field_dict["formattedInsName"] = formatted_ins_name
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        trade_book_entry = cls.__new__(cls)
        trade_book_entry.order_no = get("orderNo", UNSET)

        trade_book_entry.user_id = get("userId", UNSET)

        trade_book_entry.act_id = get("actId", UNSET)

        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        trade_book_entry.exchange = exchange

        ret: str | Unset | Validity = get("ret", UNSET)

        trade_book_entry.ret = ret

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        trade_book_entry.product = product

        order_type: OrderType | str | Unset = get("orderType", UNSET)

        trade_book_entry.order_type = order_type

        price_type: PriceType | str | Unset = get("priceType", UNSET)

        trade_book_entry.price_type = price_type

        fill_id: None | str | Unset = get("fillId", UNSET)

        trade_book_entry.fill_id = fill_id

        fill_time: None | str | Unset = get("fillTime", UNSET)

        trade_book_entry.fill_time = fill_time

        trans_type: str | TransTypeAny | Unset = get("transType", UNSET)

        trade_book_entry.trans_type = trans_type

        tran_type: str | TransTypeAny | Unset = get("tranType", UNSET)

        trade_book_entry.tran_type = tran_type

        trade_book_entry.trading_symbol = get("tradingSymbol", UNSET)

        qty: None | str | Unset = get("qty", UNSET)

        trade_book_entry.qty = qty

        token: None | str | Unset = get("token", UNSET)

        trade_book_entry.token = token

        fillshares: None | str | Unset = get("fillshares", UNSET)

        trade_book_entry.fillshares = fillshares

        fill_shares: None | str | Unset = get("fillShares", UNSET)

        trade_book_entry.fill_shares = fill_shares

        fillqty: None | str | Unset = get("fillqty", UNSET)

        trade_book_entry.fillqty = fillqty

        price_precision: None | str | Unset = get("pricePrecision", UNSET)

        trade_book_entry.price_precision = price_precision

        lot_size: None | str | Unset = get("lotSize", UNSET)

        trade_book_entry.lot_size = lot_size

        tick_size: None | str | Unset = get("tickSize", UNSET)

        trade_book_entry.tick_size = tick_size

        price: None | str | Unset = get("price", UNSET)

        trade_book_entry.price = price

        prcftr: None | str | Unset = get("prcftr", UNSET)

        trade_book_entry.prcftr = prcftr

        fillprc: None | str | Unset = get("fillprc", UNSET)

        trade_book_entry.fillprc = fillprc

        exch_update_time: None | str | Unset = get("exchUpdateTime", UNSET)

        trade_book_entry.exch_update_time = exch_update_time

        exch_order_id: None | str | Unset = get("exchOrderId", UNSET)

        trade_book_entry.exch_order_id = exch_order_id

        formatted_ins_name: None | str | Unset = get("formattedInsName", UNSET)

        trade_book_entry.formatted_ins_name = formatted_ins_name

        ltp: None | str | Unset = get("ltp", UNSET)

        trade_book_entry.ltp = ltp

        order_time: None | str | Unset = get("orderTime", UNSET)

        trade_book_entry.order_time = order_time

        trade_book_entry.additional_properties = (
            {}
            if _TRADEBOOKENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _TRADEBOOKENTRY_FIELDS}
        )
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
