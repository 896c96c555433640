from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1
from ..models.product import Product
from ..models.product_code import ProductCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")
_POSITION_FIELDS = frozenset(
    {
        "formattedInsName",
        "tradingSymbol",
        "exchange",
        "segment",
        "token",
        "product",
        "netQty",
        "netBuyQty",
        "netBuyAvgPrice",
        "netBuyAvg",
        "netBuyValue",
        "netSellQty",
        "netSellAvgPrice",
        "netSellAvg",
        "netSellValue",
        "averagePrice",
        "ltp",
        "pnl",
        "mtm",
        "pdc",
        "realizedpnl",
        "unrealizedpnl",
        "multiplier",
        "lotSize",
        "tickSize",
    }
)


@_attrs_define
class Position:
    """One position of the day (including F&O carry-forward). All values are strings or null,
    although the field table types `netQty` as float and `netBuyQty` as int. Note lower-case
    `realizedpnl`/`unrealizedpnl`, unlike holdings' `realizedPnl`.

        Attributes:
            formatted_ins_name (None | str | Unset):
            trading_symbol (str | Unset):
            exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
                unknown codes parse as plain strings.
            segment (None | str | Unset): e.g. `cde_fo`.
            token (None | str | Unset):
            product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
                `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
            net_qty (None | str | Unset):
            net_buy_qty (None | str | Unset):
            net_buy_avg_price (None | str | Unset):
            net_buy_avg (None | str | Unset): May be `NaN`.
            net_buy_value (None | str | Unset):
            net_sell_qty (None | str | Unset):
            net_sell_avg_price (None | str | Unset):
            net_sell_avg (None | str | Unset):
            net_sell_value (None | str | Unset):
            average_price (None | str | Unset):
            ltp (None | str | Unset):
            pnl (None | str | Unset):
            mtm (None | str | Unset): May be `""`.
            pdc (None | str | Unset):
            realizedpnl (None | str | Unset):
            unrealizedpnl (None | str | Unset):
            multiplier (None | str | Unset):
            lot_size (None | str | Unset):
            tick_size (None | str | Unset):
    """

    formatted_ins_name: None | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    exchange: ExchangeV1 | str | Unset = UNSET
    segment: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    net_qty: None | str | Unset = UNSET
    net_buy_qty: None | str | Unset = UNSET
    net_buy_avg_price: None | str | Unset = UNSET
    net_buy_avg: None | str | Unset = UNSET
    net_buy_value: None | str | Unset = UNSET
    net_sell_qty: None | str | Unset = UNSET
    net_sell_avg_price: None | str | Unset = UNSET
    net_sell_avg: None | str | Unset = UNSET
    net_sell_value: None | str | Unset = UNSET
    average_price: None | str | Unset = UNSET
    ltp: None | str | Unset = UNSET
    pnl: None | str | Unset = UNSET
    mtm: None | str | Unset = UNSET
    pdc: None | str | Unset = UNSET
    realizedpnl: None | str | Unset = UNSET
    unrealizedpnl: None | str | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    lot_size: None | str | Unset = UNSET
    tick_size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatted_ins_name: None | str | Unset
        if isinstance(self.formatted_ins_name, Unset):
            formatted_ins_name = UNSET
        else:
            formatted_ins_name = self.formatted_ins_name

        trading_symbol = self.trading_symbol

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        segment: None | str | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        else:
            segment = self.segment

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        product: str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, str):
            product = self.product
        elif isinstance(self.product, str):
            product = self.product
        else:
            product = self.product

        net_qty: None | str | Unset
        if isinstance(self.net_qty, Unset):
            net_qty = UNSET
        else:
            net_qty = self.net_qty

        net_buy_qty: None | str | Unset
        if isinstance(self.net_buy_qty, Unset):
            net_buy_qty = UNSET
        else:
            net_buy_qty = self.net_buy_qty

        net_buy_avg_price: None | str | Unset
        if isinstance(self.net_buy_avg_price, Unset):
            net_buy_avg_price = UNSET
        else:
            net_buy_avg_price = self.net_buy_avg_price

        net_buy_avg: None | str | Unset
        if isinstance(self.net_buy_avg, Unset):
            net_buy_avg = UNSET
        else:
            net_buy_avg = self.net_buy_avg

        net_buy_value: None | str | Unset
        if isinstance(self.net_buy_value, Unset):
            net_buy_value = UNSET
        else:
            net_buy_value = self.net_buy_value

        net_sell_qty: None | str | Unset
        if isinstance(self.net_sell_qty, Unset):
            net_sell_qty = UNSET
        else:
            net_sell_qty = self.net_sell_qty

        net_sell_avg_price: None | str | Unset
        if isinstance(self.net_sell_avg_price, Unset):
            net_sell_avg_price = UNSET
        else:
            net_sell_avg_price = self.net_sell_avg_price

        net_sell_avg: None | str | Unset
        if isinstance(self.net_sell_avg, Unset):
            net_sell_avg = UNSET
        else:
            net_sell_avg = self.net_sell_avg

        net_sell_value: None | str | Unset
        if isinstance(self.net_sell_value, Unset):
            net_sell_value = UNSET
        else:
            net_sell_value = self.net_sell_value

        average_price: None | str | Unset
        if isinstance(self.average_price, Unset):
            average_price = UNSET
        else:
            average_price = self.average_price

        ltp: None | str | Unset
        if isinstance(self.ltp, Unset):
            ltp = UNSET
        else:
            ltp = self.ltp

        pnl: None | str | Unset
        if isinstance(self.pnl, Unset):
            pnl = UNSET
        else:
            pnl = self.pnl

        mtm: None | str | Unset
        if isinstance(self.mtm, Unset):
            mtm = UNSET
        else:
            mtm = self.mtm

        pdc: None | str | Unset
        if isinstance(self.pdc, Unset):
            pdc = UNSET
        else:
            pdc = self.pdc

        realizedpnl: None | str | Unset
        if isinstance(self.realizedpnl, Unset):
            realizedpnl = UNSET
        else:
            realizedpnl = self.realizedpnl

        unrealizedpnl: None | str | Unset
        if isinstance(self.unrealizedpnl, Unset):
            unrealizedpnl = UNSET
        else:
            unrealizedpnl = self.unrealizedpnl

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formatted_ins_name is not UNSET:
            field_dict["formattedInsName"] = formatted_ins_name
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if segment is not UNSET:
            field_dict["segment"] = segment
        if token is not UNSET:
            field_dict["token"] = token
        if product is not UNSET:
            field_dict["product"] = product
        if net_qty is not UNSET:
            field_dict["netQty"] = net_qty
        if net_buy_qty is not UNSET:
            field_dict["netBuyQty"] = net_buy_qty
        if net_buy_avg_price is not UNSET:
            field_dict["netBuyAvgPrice"] = net_buy_avg_price
        if net_buy_avg is not UNSET:
            field_dict["netBuyAvg"] = net_buy_avg
        if net_buy_value is not UNSET:
            field_dict["netBuyValue"] = net_buy_value
        if net_sell_qty is not UNSET:
            field_dict["netSellQty"] = net_sell_qty
        if net_sell_avg_price is not UNSET:
            field_dict["netSellAvgPrice"] = net_sell_avg_price
        if net_sell_avg is not UNSET:
            field_dict["netSellAvg"] = net_sell_avg
        if net_sell_value is not UNSET:
            field_dict["netSellValue"] = net_sell_value
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if mtm is not UNSET:
            field_dict["mtm"] = mtm
        if pdc is not UNSET:
            field_dict["pdc"] = pdc
        if realizedpnl is not UNSET:
            field_dict["realizedpnl"] = realizedpnl
        if unrealizedpnl is not UNSET:
            field_dict["unrealizedpnl"] = unrealizedpnl
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position = cls.__new__(cls)
        formatted_ins_name: None | str | Unset = get("formattedInsName", UNSET)

        position.formatted_ins_name = formatted_ins_name

        position.trading_symbol = get("tradingSymbol", UNSET)

        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        position.exchange = exchange

        segment: None | str | Unset = get("segment", UNSET)

        position.segment = segment

        token: None | str | Unset = get("token", UNSET)

        position.token = token

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        position.product = product

        net_qty: None | str | Unset = get("netQty", UNSET)

        position.net_qty = net_qty

        net_buy_qty: None | str | Unset = get("netBuyQty", UNSET)

        position.net_buy_qty = net_buy_qty

        net_buy_avg_price: None | str | Unset = get("netBuyAvgPrice", UNSET)

        position.net_buy_avg_price = net_buy_avg_price

        net_buy_avg: None | str | Unset = get("netBuyAvg", UNSET)

        position.net_buy_avg = net_buy_avg

        net_buy_value: None | str | Unset = get("netBuyValue", UNSET)

        position.net_buy_value = net_buy_value

        net_sell_qty: None | str | Unset = get("netSellQty", UNSET)

        position.net_sell_qty = net_sell_qty

        net_sell_avg_price: None | str | Unset = get("netSellAvgPrice", UNSET)

        position.net_sell_avg_price = net_sell_avg_price

        net_sell_avg: None | str | Unset = get("netSellAvg", UNSET)

        position.net_sell_avg = net_sell_avg

        net_sell_value: None | str | Unset = get("netSellValue", UNSET)

        position.net_sell_value = net_sell_value

        average_price: None | str | Unset = get("averagePrice", UNSET)

        position.average_price = average_price

        ltp: None | str | Unset = get("ltp", UNSET)

        position.ltp = ltp

        pnl: None | str | Unset = get("pnl", UNSET)

        position.pnl = pnl

        mtm: None | str | Unset = get("mtm", UNSET)

        position.mtm = mtm

        pdc: None | str | Unset = get("pdc", UNSET)

        position.pdc = pdc

        realizedpnl: None | str | Unset = get("realizedpnl", UNSET)

        position.realizedpnl = realizedpnl

        unrealizedpnl: None | str | Unset = get("unrealizedpnl", UNSET)

        position.unrealizedpnl = unrealizedpnl

        multiplier: None | str | Unset = get("multiplier", UNSET)

        position.multiplier = multiplier

        lot_size: None | str | Unset = get("lotSize", UNSET)

        position.lot_size = lot_size

        tick_size: None | str | Unset = get("tickSize", UNSET)

        position.tick_size = tick_size

        position.additional_properties = (
            {}
            if _POSITION_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITION_FIELDS}
        )
        return position

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
