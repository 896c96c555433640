from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiQuote")
_MULTIQUOTE_FIELDS = frozenset(
    {
        "exchange",
        "symbolName",
        "tradingSymbol",
        "openInterest",
        "companyName",
        "isin",
        "lotSize",
        "averagePrice",
        "totalTradeVolume",
        "symbol",
        "lastTradeTime",
        "lastTradeQuantity",
        "lastTradePrice",
        "misMultiplier",
        "change",
        "changePercent",
        "open",
        "close",
        "previousClose",
        "low",
        "high",
        "tickSize",
        "bidSize",
        "bidPrice",
        "totalTradedValue",
        "askSize",
        "askPrice",
        "iv",
    }
)


@_attrs_define
class MultiQuote:
    """Quote of one symbol of a multi-quote. All values are strings; every field is optional.
    A v3.2 integration reads `bidPrice`, `askPrice`, `bidSize`, `askSize`, `open`, `high`,
    `low`, `lastTradePrice`, `previousClose`, `totalTradeVolume`, `openInterest`,
    `symbol`, `tradingSymbol`, `symbolName` and `exchange` (FR:A3.27).

        Attributes:
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            symbol_name (str | Unset):
            trading_symbol (str | Unset): Not necessarily the symbol asked: `NIFTY11AUG2624600CE` comes back as
                `NIFTY2681124600CE` (FR:A3.27).
            open_interest (str | Unset): Open interest (derivatives; read by a v3.2 integration, FR:A3.27).
            company_name (str | Unset):
            isin (str | Unset): Java SDK model only.
            lot_size (str | Unset):
            average_price (str | Unset):
            total_trade_volume (str | Unset):
            symbol (str | Unset): `<code>_<segment>`, e.g. `41015_NFO`: the only field that round-trips, so join the
                answers to the request on it (FR:A3.27).
            last_trade_time (str | Unset): Format `dd MMM yyyy, hh:mm:ss a`, e.g. `03 May 2024, 03:32:16 PM`.
            last_trade_quantity (str | Unset):
            last_trade_price (str | Unset):
            mis_multiplier (str | Unset): Java SDK model only.
            change (str | Unset):
            change_percent (str | Unset):
            open_ (str | Unset):
            close (str | Unset):
            previous_close (str | Unset):
            low (str | Unset):
            high (str | Unset):
            tick_size (str | Unset):
            bid_size (str | Unset):
            bid_price (str | Unset):
            total_traded_value (str | Unset):
            ask_size (str | Unset):
            ask_price (str | Unset):
            iv (str | Unset):
    """

    exchange: Exchange | str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    open_interest: str | Unset = UNSET
    company_name: str | Unset = UNSET
    isin: str | Unset = UNSET
    lot_size: str | Unset = UNSET
    average_price: str | Unset = UNSET
    total_trade_volume: str | Unset = UNSET
    symbol: str | Unset = UNSET
    last_trade_time: str | Unset = UNSET
    last_trade_quantity: str | Unset = UNSET
    last_trade_price: str | Unset = UNSET
    mis_multiplier: str | Unset = UNSET
    change: str | Unset = UNSET
    change_percent: str | Unset = UNSET
    open_: str | Unset = UNSET
    close: str | Unset = UNSET
    previous_close: str | Unset = UNSET
    low: str | Unset = UNSET
    high: str | Unset = UNSET
    tick_size: str | Unset = UNSET
    bid_size: str | Unset = UNSET
    bid_price: str | Unset = UNSET
    total_traded_value: str | Unset = UNSET
    ask_size: str | Unset = UNSET
    ask_price: str | Unset = UNSET
    iv: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        symbol_name = self.symbol_name

        trading_symbol = self.trading_symbol

        open_interest = self.open_interest

        company_name = self.company_name

        isin = self.isin

        lot_size = self.lot_size

        average_price = self.average_price

        total_trade_volume = self.total_trade_volume

        symbol = self.symbol

        last_trade_time = self.last_trade_time

        last_trade_quantity = self.last_trade_quantity

        last_trade_price = self.last_trade_price

        mis_multiplier = self.mis_multiplier

        change = self.change

        change_percent = self.change_percent

        open_ = self.open_

        close = self.close

        previous_close = self.previous_close

        low = self.low

        high = self.high

        tick_size = self.tick_size

        bid_size = self.bid_size

        bid_price = self.bid_price

        total_traded_value = self.total_traded_value

        ask_size = self.ask_size

        ask_price = self.ask_price

        iv = self.iv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if open_interest is not UNSET:
            field_dict["openInterest"] = open_interest
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if isin is not UNSET:
            field_dict["isin"] = isin
        if lot_size is not UNSET:
            field_dict["lotSize"] = lot_size
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if total_trade_volume is not UNSET:
            field_dict["totalTradeVolume"] = total_trade_volume
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if last_trade_time is not UNSET:
            field_dict["lastTradeTime"] = last_trade_time
        if last_trade_quantity is not UNSET:
            field_dict["lastTradeQuantity"] = last_trade_quantity
        if last_trade_price is not UNSET:
            field_dict["lastTradePrice"] = last_trade_price
        if mis_multiplier is not UNSET:
            field_dict["misMultiplier"] = mis_multiplier
        if change is not UNSET:
            field_dict["change"] = change
        if change_percent is not UNSET:
            field_dict["changePercent"] = change_percent
        if open_ is not UNSET:
            field_dict["open"] = open_
        if close is not UNSET:
            field_dict["close"] = close
        if previous_close is not UNSET:
            field_dict["previousClose"] = previous_close
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if bid_size is not UNSET:
            field_dict["bidSize"] = bid_size
        if bid_price is not UNSET:
            field_dict["bidPrice"] = bid_price
        if total_traded_value is not UNSET:
            field_dict["totalTradedValue"] = total_traded_value
        if ask_size is not UNSET:
            field_dict["askSize"] = ask_size
        if ask_price is not UNSET:
            field_dict["askPrice"] = ask_price
        if iv is not UNSET:
            field_dict["iv"] = iv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        multi_quote = cls.__new__(cls)
        exchange: Exchange | str | Unset = get("exchange", UNSET)

        multi_quote.exchange = exchange

        multi_quote.symbol_name = get("symbolName", UNSET)

        multi_quote.trading_symbol = get("tradingSymbol", UNSET)

        multi_quote.open_interest = get("openInterest", UNSET)

        multi_quote.company_name = get("companyName", UNSET)

        multi_quote.isin = get("isin", UNSET)

        multi_quote.lot_size = get("lotSize", UNSET)

        multi_quote.average_price = get("averagePrice", UNSET)

        multi_quote.total_trade_volume = get("totalTradeVolume", UNSET)

        multi_quote.symbol = get("symbol", UNSET)

        multi_quote.last_trade_time = get("lastTradeTime", UNSET)

        multi_quote.last_trade_quantity = get("lastTradeQuantity", UNSET)

        multi_quote.last_trade_price = get("lastTradePrice", UNSET)

        multi_quote.mis_multiplier = get("misMultiplier", UNSET)

        multi_quote.change = get("change", UNSET)

        multi_quote.change_percent = get("changePercent", UNSET)

        multi_quote.open_ = get("open", UNSET)

        multi_quote.close = get("close", UNSET)

        multi_quote.previous_close = get("previousClose", UNSET)

        multi_quote.low = get("low", UNSET)

        multi_quote.high = get("high", UNSET)

        multi_quote.tick_size = get("tickSize", UNSET)

        multi_quote.bid_size = get("bidSize", UNSET)

        multi_quote.bid_price = get("bidPrice", UNSET)

        multi_quote.total_traded_value = get("totalTradedValue", UNSET)

        multi_quote.ask_size = get("askSize", UNSET)

        multi_quote.ask_price = get("askPrice", UNSET)

        multi_quote.iv = get("iv", UNSET)

        multi_quote.additional_properties = (
            {}
            if _MULTIQUOTE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MULTIQUOTE_FIELDS}
        )
        return multi_quote

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
