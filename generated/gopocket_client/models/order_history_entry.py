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

T = TypeVar("T", bound="OrderHistoryEntry")
_ORDERHISTORYENTRY_FIELDS = frozenset(
    {
        "orderNo",
        "userId",
        "actId",
        "exchange",
        "tradingSymbol",
        "quantity",
        "transType",
        "priceType",
        "orderType",
        "ret",
        "token",
        "pricePrecision",
        "lotSize",
        "tickSize",
        "price",
        "avgPrice",
        "disclosedQty",
        "product",
        "status",
        "report",
        "fillshares",
        "time",
        "exchTime",
        "remarks",
        "exchOrderNo",
    }
)


@_attrs_define
class OrderHistoryEntry:
    """One state transition of an order. Note the names that differ from the order book:
    `quantity` (not `qty`), `status` (not `orderStatus`), `avgPrice` (not `avgTradePrice`),
    `exchOrderNo` (not `exchOrderId`), `fillshares` (lower-case s).

        Attributes:
            order_no (str | Unset):
            user_id (str | Unset):
            act_id (str | Unset):
            exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
                unknown codes parse as plain strings.
            trading_symbol (str | Unset):
            quantity (None | str | Unset):
            trans_type (str | TransTypeAny | Unset): Side as returned (`B`/`S`, possibly `BUY`/`SELL`); any other string
                parses too.
            price_type (PriceType | str | Unset): Pricing as returned (the 2023-09-04 history sample shows `LMT`); any other
                string parses too.
            order_type (OrderType | str | Unset): Order variety as returned ([SDK-prev] also knows `Cover`, `Bracket`); any
                other string parses too.
            ret (str | Unset | Validity):
            token (None | str | Unset):
            price_precision (None | str | Unset):
            lot_size (None | str | Unset):
            tick_size (None | str | Unset):
            price (None | str | Unset):
            avg_price (None | str | Unset):
            disclosed_qty (None | str | Unset):
            product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
                `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
            status (None | str | Unset): Order status at this step (open set, e.g. `PENDING`, `OPEN`, `REJECTED`).
            report (None | str | Unset): Exchange report of the step (open set, e.g. `AMO received`, `NewAck`, `Rejected`).
            fillshares (None | str | Unset):
            time (None | str | Unset): Format `HH:mm:ss dd-MM-yyyy` (IST).
            exch_time (None | str | Unset):
            remarks (None | str | Unset):
            exch_order_no (None | str | Unset):
    """

    order_no: str | Unset = UNSET
    user_id: str | Unset = UNSET
    act_id: str | Unset = UNSET
    exchange: ExchangeV1 | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    trans_type: str | TransTypeAny | Unset = UNSET
    price_type: PriceType | str | Unset = UNSET
    order_type: OrderType | str | Unset = UNSET
    ret: str | Unset | Validity = UNSET
    token: None | str | Unset = UNSET
    price_precision: None | str | Unset = UNSET
    lot_size: None | str | Unset = UNSET
    tick_size: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    avg_price: None | str | Unset = UNSET
    disclosed_qty: None | str | Unset = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    status: None | str | Unset = UNSET
    report: None | str | Unset = UNSET
    fillshares: None | str | Unset = UNSET
    time: None | str | Unset = UNSET
    exch_time: None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    exch_order_no: None | str | Unset = UNSET
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

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        trans_type: str | Unset
        if isinstance(self.trans_type, Unset):
            trans_type = UNSET
        elif isinstance(self.trans_type, str):
            trans_type = self.trans_type
        else:
            trans_type = self.trans_type

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

        avg_price: None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        report: None | str | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        else:
            report = self.report

        fillshares: None | str | Unset
        if isinstance(self.fillshares, Unset):
            fillshares = UNSET
        else:
            fillshares = self.fillshares

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        exch_time: None | str | Unset
        if isinstance(self.exch_time, Unset):
            exch_time = UNSET
        else:
            exch_time = self.exch_time

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        exch_order_no: None | str | Unset
        if isinstance(self.exch_order_no, Unset):
            exch_order_no = UNSET
        else:
            exch_order_no = self.exch_order_no

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
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trans_type is not UNSET:
            field_dict["transType"] = trans_type
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if ret is not UNSET:
            field_dict["ret"] = ret
        if token is not UNSET:
            field_dict["token"] = token
        if price_precision is not UNSET:
            field_dict["pricePrecision"] = price_precision
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if disclosed_qty is not UNSET:
            field_dict["disclosedQty"] = disclosed_qty
        if product is not UNSET:
            field_dict["product"] = product
        if status is not UNSET:
            field_dict["status"] = status
        if report is not UNSET:
            field_dict["report"] = report
        if fillshares is not UNSET:
            field_dict["fillshares"] = fillshares
        if time is not UNSET:
            field_dict["time"] = time
        if exch_time is not UNSET:
            field_dict["exchTime"] = exch_time
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if exch_order_no is not UNSET:
            field_dict["exchOrderNo"] = exch_order_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_history_entry = cls.__new__(cls)
        order_history_entry.order_no = get("orderNo", UNSET)

        order_history_entry.user_id = get("userId", UNSET)

        order_history_entry.act_id = get("actId", UNSET)

        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        order_history_entry.exchange = exchange

        order_history_entry.trading_symbol = get("tradingSymbol", UNSET)

        quantity: None | str | Unset = get("quantity", UNSET)

        order_history_entry.quantity = quantity

        trans_type: str | TransTypeAny | Unset = get("transType", UNSET)

        order_history_entry.trans_type = trans_type

        price_type: PriceType | str | Unset = get("priceType", UNSET)

        order_history_entry.price_type = price_type

        order_type: OrderType | str | Unset = get("orderType", UNSET)

        order_history_entry.order_type = order_type

        ret: str | Unset | Validity = get("ret", UNSET)

        order_history_entry.ret = ret

        token: None | str | Unset = get("token", UNSET)

        order_history_entry.token = token

        price_precision: None | str | Unset = get("pricePrecision", UNSET)

        order_history_entry.price_precision = price_precision

        lot_size: None | str | Unset = get("lotSize", UNSET)

        order_history_entry.lot_size = lot_size

        tick_size: None | str | Unset = get("tickSize", UNSET)

        order_history_entry.tick_size = tick_size

        price: None | str | Unset = get("price", UNSET)

        order_history_entry.price = price

        avg_price: None | str | Unset = get("avgPrice", UNSET)

        order_history_entry.avg_price = avg_price

        disclosed_qty: None | str | Unset = get("disclosedQty", UNSET)

        order_history_entry.disclosed_qty = disclosed_qty

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        order_history_entry.product = product

        status: None | str | Unset = get("status", UNSET)

        order_history_entry.status = status

        report: None | str | Unset = get("report", UNSET)

        order_history_entry.report = report

        fillshares: None | str | Unset = get("fillshares", UNSET)

        order_history_entry.fillshares = fillshares

        time: None | str | Unset = get("time", UNSET)

        order_history_entry.time = time

        exch_time: None | str | Unset = get("exchTime", UNSET)

        order_history_entry.exch_time = exch_time

        remarks: None | str | Unset = get("remarks", UNSET)

        order_history_entry.remarks = remarks

        exch_order_no: None | str | Unset = get("exchOrderNo", UNSET)

        order_history_entry.exch_order_no = exch_order_no

        order_history_entry.additional_properties = (
            {}
            if _ORDERHISTORYENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERHISTORYENTRY_FIELDS}
        )
        return order_history_entry

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
