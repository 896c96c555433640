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

T = TypeVar("T", bound="OrderBookEntry")
_ORDERBOOKENTRY_FIELDS = frozenset(
    {
        "orderNo",
        "userId",
        "actId",
        "exchange",
        "tradingSymbol",
        "qty",
        "transType",
        "tranType",
        "ret",
        "token",
        "multiplier",
        "lotSize",
        "tickSize",
        "price",
        "avgTradePrice",
        "disclosedQty",
        "product",
        "priceType",
        "orderType",
        "orderStatus",
        "fillShares",
        "exchUpdateTime",
        "exchOrderId",
        "formattedInsName",
        "ltp",
        "rejectedReason",
        "triggerPrice",
        "mktProtection",
        "target",
        "stopLoss",
        "trailingPrice",
        "snoOrderNumber",
        "snoFillid",
        "orderTime",
        "rprice",
        "rPrice",
        "rqty",
        "rQty",
    }
)


@_attrs_define
class OrderBookEntry:
    """One order of today's order book. Strings or null. `rprice`/`rqty`, `orderTime` and
    `transType` are the sample spellings; the field table's `rPrice`, `rQty` and `tranType`
    are accepted too. The table's `OrderTime` maps to the same attribute as `orderTime` in
    the generated client and is therefore not declared separately.

        Attributes:
            order_no (str | Unset):
            user_id (str | Unset):
            act_id (str | Unset):
            exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
                unknown codes parse as plain strings.
            trading_symbol (str | Unset):
            qty (None | str | Unset):
            trans_type (str | TransTypeAny | Unset): Side as returned (`B`/`S`, possibly `BUY`/`SELL`); any other string
                parses too.
            tran_type (str | TransTypeAny | Unset): Side as returned (`B`/`S`, possibly `BUY`/`SELL`); any other string
                parses too.
            ret (str | Unset | Validity):
            token (None | str | Unset):
            multiplier (None | str | Unset):
            lot_size (None | str | Unset):
            tick_size (None | str | Unset):
            price (None | str | Unset):
            avg_trade_price (None | str | Unset):
            disclosed_qty (None | str | Unset):
            product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
                `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
            price_type (PriceType | str | Unset): Pricing as returned (the 2023-09-04 history sample shows `LMT`); any other
                string parses too.
            order_type (OrderType | str | Unset): Order variety as returned ([SDK-prev] also knows `Cover`, `Bracket`); any
                other string parses too.
            order_status (None | str | Unset): Open set, e.g. `REJECTED`, `PENDING`, `OPEN`, `COMPLETE`, `EXECUTED`,
                `CANCELLED`.
            fill_shares (None | str | Unset): Filled quantity.
            exch_update_time (None | str | Unset): Format `dd-MM-yyyy HH:mm:ss` (IST).
            exch_order_id (None | str | Unset):
            formatted_ins_name (None | str | Unset):
            ltp (None | str | Unset):
            rejected_reason (None | str | Unset):
            trigger_price (None | str | Unset):
            mkt_protection (None | str | Unset):
            target (None | str | Unset):
            stop_loss (None | str | Unset):
            trailing_price (None | str | Unset):
            sno_order_number (None | str | Unset): Cover/bracket leg order number (added 2023-11-20).
            sno_fillid (None | str | Unset): Added 2023-11-20.
            order_time (None | str | Unset): Format `HH:mm:ss dd-MM-yyyy` (IST). Field table spelling `OrderTime`.
            rprice (None | str | Unset):
            r_price (None | str | Unset): Field-table spelling of `rprice`.
            rqty (None | str | Unset):
            r_qty (None | str | Unset): Field-table spelling of `rqty`.
    """

    order_no: str | Unset = UNSET
    user_id: str | Unset = UNSET
    act_id: str | Unset = UNSET
    exchange: ExchangeV1 | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    qty: None | str | Unset = UNSET
    trans_type: str | TransTypeAny | Unset = UNSET
    tran_type: str | TransTypeAny | Unset = UNSET
    ret: str | Unset | Validity = UNSET
    token: None | str | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    lot_size: None | str | Unset = UNSET
    tick_size: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    avg_trade_price: None | str | Unset = UNSET
    disclosed_qty: None | str | Unset = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    price_type: PriceType | str | Unset = UNSET
    order_type: OrderType | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    fill_shares: None | str | Unset = UNSET
    exch_update_time: None | str | Unset = UNSET
    exch_order_id: None | str | Unset = UNSET
    formatted_ins_name: None | str | Unset = UNSET
    ltp: None | str | Unset = UNSET
    rejected_reason: None | str | Unset = UNSET
    trigger_price: None | str | Unset = UNSET
    mkt_protection: None | str | Unset = UNSET
    target: None | str | Unset = UNSET
    stop_loss: None | str | Unset = UNSET
    trailing_price: None | str | Unset = UNSET
    sno_order_number: None | str | Unset = UNSET
    sno_fillid: None | str | Unset = UNSET
    order_time: None | str | Unset = UNSET
    rprice: None | str | Unset = UNSET
    r_price: None | str | Unset = UNSET
    rqty: None | str | Unset = UNSET
    r_qty: None | str | Unset = UNSET
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

        trading_symbol = self.trading_symbol

        qty: None | str | Unset
        if isinstance(self.qty, Unset):
            qty = UNSET
        else:
            qty = self.qty

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

        ret: str | Unset
        if isinstance(self.ret, Unset):
            ret = UNSET
        elif isinstance(self.ret, str):
            ret = self.ret
        else:
            ret = self.ret

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

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

        avg_trade_price: None | str | Unset
        if isinstance(self.avg_trade_price, Unset):
            avg_trade_price = UNSET
        else:
            avg_trade_price = self.avg_trade_price

        disclosed_qty: None | str | Unset
        if isinstance(self.disclosed_qty, Unset):
            disclosed_qty = UNSET
        else:
            disclosed_qty = self.disclosed_qty

        product: str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, str):
            product = self.product
        elif isinstance(self.product, str):
            product = self.product
        else:
            product = self.product

        price_type: str | Unset
        if isinstance(self.price_type, Unset):
            price_type = UNSET
        elif isinstance(self.price_type, str):
            price_type = self.price_type
        else:
            price_type = self.price_type

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        fill_shares: None | str | Unset
        if isinstance(self.fill_shares, Unset):
            fill_shares = UNSET
        else:
            fill_shares = self.fill_shares

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

        rejected_reason: None | str | Unset
        if isinstance(self.rejected_reason, Unset):
            rejected_reason = UNSET
        else:
            rejected_reason = self.rejected_reason

        trigger_price: None | str | Unset
        if isinstance(self.trigger_price, Unset):
            trigger_price = UNSET
        else:
            trigger_price = self.trigger_price

        mkt_protection: None | str | Unset
        if isinstance(self.mkt_protection, Unset):
            mkt_protection = UNSET
        else:
            mkt_protection = self.mkt_protection

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        stop_loss: None | str | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        trailing_price: None | str | Unset
        if isinstance(self.trailing_price, Unset):
            trailing_price = UNSET
        else:
            trailing_price = self.trailing_price

        sno_order_number: None | str | Unset
        if isinstance(self.sno_order_number, Unset):
            sno_order_number = UNSET
        else:
            sno_order_number = self.sno_order_number

        sno_fillid: None | str | Unset
        if isinstance(self.sno_fillid, Unset):
            sno_fillid = UNSET
        else:
            sno_fillid = self.sno_fillid

        order_time: None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        rprice: None | str | Unset
        if isinstance(self.rprice, Unset):
            rprice = UNSET
        else:
            rprice = self.rprice

        r_price: None | str | Unset
        if isinstance(self.r_price, Unset):
            r_price = UNSET
        else:
            r_price = self.r_price

        rqty: None | str | Unset
        if isinstance(self.rqty, Unset):
            rqty = UNSET
        else:
            rqty = self.rqty

        r_qty: None | str | Unset
        if isinstance(self.r_qty, Unset):
            r_qty = UNSET
        else:
            r_qty = self.r_qty

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
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if qty is not UNSET:
            field_dict["qty"] = qty
        if trans_type is not UNSET:
            field_dict["transType"] = trans_type
        if tran_type is not UNSET:
            field_dict["tranType"] = tran_type
        if ret is not UNSET:
            field_dict["ret"] = ret
        if token is not UNSET:
            field_dict["token"] = token
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if price is not UNSET:
            field_dict["price"] = price
        if avg_trade_price is not UNSET:
            field_dict["avgTradePrice"] = avg_trade_price
        if disclosed_qty is not UNSET:
            field_dict["disclosedQty"] = disclosed_qty
        if product is not UNSET:
            field_dict["product"] = product
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if fill_shares is not UNSET:
            field_dict["fillShares"] = fill_shares
        if exch_update_time is not UNSET:
            field_dict["exchUpdateTime"] = exch_update_time
        if exch_order_id is not UNSET:
            field_dict["exchOrderId"] = exch_order_id
        if formatted_ins_name is not UNSET:
            field_dict["formattedInsName"] = formatted_ins_name
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if rejected_reason is not UNSET:
            field_dict["rejectedReason"] = rejected_reason
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if mkt_protection is not UNSET:
            field_dict["mktProtection"] = mkt_protection
        if target is not UNSET:
            field_dict["target"] = target
        if stop_loss is not UNSET:
            field_dict["stopLoss"] = stop_loss
        if trailing_price is not UNSET:
            field_dict["trailingPrice"] = trailing_price
        if sno_order_number is not UNSET:
            field_dict["snoOrderNumber"] = sno_order_number
        if sno_fillid is not UNSET:
            field_dict["snoFillid"] = sno_fillid
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if rprice is not UNSET:
            field_dict["rprice"] = rprice
        if r_price is not UNSET:
            field_dict["rPrice"] = r_price
        if rqty is not UNSET:
            field_dict["rqty"] = rqty
        if r_qty is not UNSET:
            field_dict["rQty"] = r_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_book_entry = cls.__new__(cls)
        order_book_entry.order_no = get("orderNo", UNSET)

        order_book_entry.user_id = get("userId", UNSET)

        order_book_entry.act_id = get("actId", UNSET)

        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        order_book_entry.exchange = exchange

        order_book_entry.trading_symbol = get("tradingSymbol", UNSET)

        qty: None | str | Unset = get("qty", UNSET)

        order_book_entry.qty = qty

        trans_type: str | TransTypeAny | Unset = get("transType", UNSET)

        order_book_entry.trans_type = trans_type

        tran_type: str | TransTypeAny | Unset = get("tranType", UNSET)

        order_book_entry.tran_type = tran_type

        ret: str | Unset | Validity = get("ret", UNSET)

        order_book_entry.ret = ret

        token: None | str | Unset = get("token", UNSET)

        order_book_entry.token = token

        multiplier: None | str | Unset = get("multiplier", UNSET)

        order_book_entry.multiplier = multiplier

        lot_size: None | str | Unset = get("lotSize", UNSET)

        order_book_entry.lot_size = lot_size

        tick_size: None | str | Unset = get("tickSize", UNSET)

        order_book_entry.tick_size = tick_size

        price: None | str | Unset = get("price", UNSET)

        order_book_entry.price = price

        avg_trade_price: None | str | Unset = get("avgTradePrice", UNSET)

        order_book_entry.avg_trade_price = avg_trade_price

        disclosed_qty: None | str | Unset = get("disclosedQty", UNSET)

        order_book_entry.disclosed_qty = disclosed_qty

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        order_book_entry.product = product

        price_type: PriceType | str | Unset = get("priceType", UNSET)

        order_book_entry.price_type = price_type

        order_type: OrderType | str | Unset = get("orderType", UNSET)

        order_book_entry.order_type = order_type

        order_status: None | str | Unset = get("orderStatus", UNSET)

        order_book_entry.order_status = order_status

        fill_shares: None | str | Unset = get("fillShares", UNSET)

        order_book_entry.fill_shares = fill_shares

        exch_update_time: None | str | Unset = get("exchUpdateTime", UNSET)

        order_book_entry.exch_update_time = exch_update_time

        exch_order_id: None | str | Unset = get("exchOrderId", UNSET)

        order_book_entry.exch_order_id = exch_order_id

        formatted_ins_name: None | str | Unset = get("formattedInsName", UNSET)

        order_book_entry.formatted_ins_name = formatted_ins_name

        ltp: None | str | Unset = get("ltp", UNSET)

        order_book_entry.ltp = ltp

        rejected_reason: None | str | Unset = get("rejectedReason", UNSET)

        order_book_entry.rejected_reason = rejected_reason

        trigger_price: None | str | Unset = get("triggerPrice", UNSET)

        order_book_entry.trigger_price = trigger_price

        mkt_protection: None | str | Unset = get("mktProtection", UNSET)

        order_book_entry.mkt_protection = mkt_protection

        target: None | str | Unset = get("target", UNSET)

        order_book_entry.target = target

        stop_loss: None | str | Unset = get("stopLoss", UNSET)

        order_book_entry.stop_loss = stop_loss

        trailing_price: None | str | Unset = get("trailingPrice", UNSET)

        order_book_entry.trailing_price = trailing_price

        sno_order_number: None | str | Unset = get("snoOrderNumber", UNSET)

        order_book_entry.sno_order_number = sno_order_number

        sno_fillid: None | str | Unset = get("snoFillid", UNSET)

        order_book_entry.sno_fillid = sno_fillid

        order_time: None | str | Unset = get("orderTime", UNSET)

        order_book_entry.order_time = order_time

        rprice: None | str | Unset = get("rprice", UNSET)

        order_book_entry.rprice = rprice

        r_price: None | str | Unset = get("rPrice", UNSET)

        order_book_entry.r_price = r_price

        rqty: None | str | Unset = get("rqty", UNSET)

        order_book_entry.rqty = rqty

        r_qty: None | str | Unset = get("rQty", UNSET)

        order_book_entry.r_qty = r_qty

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
