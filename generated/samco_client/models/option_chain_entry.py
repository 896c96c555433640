from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.option_type_open_type_0 import (
    OptionTypeOpenType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_level import BookLevel


T = TypeVar("T", bound="OptionChainEntry")
_OPTIONCHAINENTRY_FIELDS = frozenset(
    {
        "tradingSymbol",
        "exchange",
        "symbol",
        "strikePrice",
        "expiryDate",
        "instrument",
        "optionType",
        "underLyingSymbol",
        "spotPrice",
        "lastTradedPrice",
        "openInterest",
        "openInterestChange",
        "oichangePer",
        "volume",
        "openInterestInLot",
        "openInterestChangeInLot",
        "bestBids",
        "bestAsks",
    }
)


@_attrs_define
class OptionChainEntry:
    """One option contract. Values are strings in the samples; `openInterestInLot`,
    `openInterestChangeInLot`, `bestBids`, `bestAsks` are Java-model additions.

        Attributes:
            trading_symbol (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            symbol (str | Unset): `<listingId>_<exchange>`, e.g. `38914_NFO`.
            strike_price (str | Unset):
            expiry_date (str | Unset): Format `yyyy-MM-dd`.
            instrument (str | Unset): Open set, e.g. `OPTSTK`, `OPTIDX`.
            option_type (OptionTypeOpenType0 | str | Unset): `CE`/`PE`; responses use `XX` for non-options, and any other
                string parses.
            under_lying_symbol (str | Unset):
            spot_price (str | Unset):
            last_traded_price (str | Unset):
            open_interest (str | Unset):
            open_interest_change (str | Unset):
            oichange_per (str | Unset): Open-interest change in percent; may be `Infinity`.
            volume (str | Unset):
            open_interest_in_lot (int | str | Unset): Java model only (an integer in the future chain).
            open_interest_change_in_lot (int | str | Unset): Java model only (an integer in the future chain).
            best_bids (list[BookLevel] | Unset):
            best_asks (list[BookLevel] | Unset):
    """

    trading_symbol: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    symbol: str | Unset = UNSET
    strike_price: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    instrument: str | Unset = UNSET
    option_type: OptionTypeOpenType0 | str | Unset = UNSET
    under_lying_symbol: str | Unset = UNSET
    spot_price: str | Unset = UNSET
    last_traded_price: str | Unset = UNSET
    open_interest: str | Unset = UNSET
    open_interest_change: str | Unset = UNSET
    oichange_per: str | Unset = UNSET
    volume: str | Unset = UNSET
    open_interest_in_lot: int | str | Unset = UNSET
    open_interest_change_in_lot: int | str | Unset = UNSET
    best_bids: list[BookLevel] | Unset = UNSET
    best_asks: list[BookLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_symbol = self.trading_symbol

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        symbol = self.symbol

        strike_price = self.strike_price

        expiry_date = self.expiry_date

        instrument = self.instrument

        option_type: str | Unset
        if isinstance(self.option_type, Unset):
            option_type = UNSET
        elif isinstance(self.option_type, str):
            option_type = self.option_type
        else:
            option_type = self.option_type

        under_lying_symbol = self.under_lying_symbol

        spot_price = self.spot_price

        last_traded_price = self.last_traded_price

        open_interest = self.open_interest

        open_interest_change = self.open_interest_change

        oichange_per = self.oichange_per

        volume = self.volume

        open_interest_in_lot: int | str | Unset
        if isinstance(self.open_interest_in_lot, Unset):
            open_interest_in_lot = UNSET
        else:
            open_interest_in_lot = self.open_interest_in_lot

        open_interest_change_in_lot: int | str | Unset
        if isinstance(self.open_interest_change_in_lot, Unset):
            open_interest_change_in_lot = UNSET
        else:
            open_interest_change_in_lot = self.open_interest_change_in_lot

        best_bids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_bids, Unset):
            best_bids = []
            for best_bids_item_data in self.best_bids:
                best_bids_item = best_bids_item_data.to_dict()
                best_bids.append(best_bids_item)

        best_asks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_asks, Unset):
            best_asks = []
            for best_asks_item_data in self.best_asks:
                best_asks_item = best_asks_item_data.to_dict()
                best_asks.append(best_asks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if strike_price is not UNSET:
            field_dict["strikePrice"] = strike_price
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if option_type is not UNSET:
            field_dict["optionType"] = option_type
        if under_lying_symbol is not UNSET:
            field_dict["underLyingSymbol"] = under_lying_symbol
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price
        if last_traded_price is not UNSET:
            field_dict["lastTradedPrice"] = last_traded_price
        if open_interest is not UNSET:
            field_dict["openInterest"] = open_interest
        if open_interest_change is not UNSET:
            field_dict["openInterestChange"] = open_interest_change
        if oichange_per is not UNSET:
            field_dict["oichangePer"] = oichange_per
        if volume is not UNSET:
            field_dict["volume"] = volume
        if open_interest_in_lot is not UNSET:
            field_dict["openInterestInLot"] = open_interest_in_lot
        if open_interest_change_in_lot is not UNSET:
            field_dict["openInterestChangeInLot"] = open_interest_change_in_lot
        if best_bids is not UNSET:
            field_dict["bestBids"] = best_bids
        if best_asks is not UNSET:
            field_dict["bestAsks"] = best_asks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_level import BookLevel  # noqa: PLC0415

        get = src_dict.get
        option_chain_entry = cls.__new__(cls)
        option_chain_entry.trading_symbol = get("tradingSymbol", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        option_chain_entry.exchange = exchange

        option_chain_entry.symbol = get("symbol", UNSET)

        option_chain_entry.strike_price = get("strikePrice", UNSET)

        option_chain_entry.expiry_date = get("expiryDate", UNSET)

        option_chain_entry.instrument = get("instrument", UNSET)

        option_type: OptionTypeOpenType0 | str | Unset = get("optionType", UNSET)

        option_chain_entry.option_type = option_type

        option_chain_entry.under_lying_symbol = get("underLyingSymbol", UNSET)

        option_chain_entry.spot_price = get("spotPrice", UNSET)

        option_chain_entry.last_traded_price = get("lastTradedPrice", UNSET)

        option_chain_entry.open_interest = get("openInterest", UNSET)

        option_chain_entry.open_interest_change = get("openInterestChange", UNSET)

        option_chain_entry.oichange_per = get("oichangePer", UNSET)

        option_chain_entry.volume = get("volume", UNSET)

        def _parse_open_interest_in_lot(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        open_interest_in_lot = _parse_open_interest_in_lot(get("openInterestInLot", UNSET))

        option_chain_entry.open_interest_in_lot = open_interest_in_lot

        def _parse_open_interest_change_in_lot(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        open_interest_change_in_lot = _parse_open_interest_change_in_lot(
            get("openInterestChangeInLot", UNSET)
        )

        option_chain_entry.open_interest_change_in_lot = open_interest_change_in_lot

        _best_bids = get("bestBids", UNSET)
        best_bids: list[BookLevel] | Unset = UNSET
        if _best_bids is not UNSET:
            best_bids = []
            for best_bids_item_data in _best_bids:
                best_bids_item = BookLevel.from_dict(best_bids_item_data)

                best_bids.append(best_bids_item)

        option_chain_entry.best_bids = best_bids

        _best_asks = get("bestAsks", UNSET)
        best_asks: list[BookLevel] | Unset = UNSET
        if _best_asks is not UNSET:
            best_asks = []
            for best_asks_item_data in _best_asks:
                best_asks_item = BookLevel.from_dict(best_asks_item_data)

                best_asks.append(best_asks_item)

        option_chain_entry.best_asks = best_asks

        option_chain_entry.additional_properties = (
            {}
            if _OPTIONCHAINENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _OPTIONCHAINENTRY_FIELDS}
        )
        return option_chain_entry

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
