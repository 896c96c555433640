from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_level import BookLevel


T = TypeVar("T", bound="FutureChainEntry")
_FUTURECHAINENTRY_FIELDS = frozenset(
    {
        "tradingSymbol",
        "exchange",
        "symbol",
        "expiryDate",
        "instrument",
        "underLyingSymbol",
        "spotPrice",
        "lastTradedPrice",
        "openInterest",
        "openInterestInLot",
        "openInterestChange",
        "openInterestChangeInLot",
        "oichangePer",
        "volume",
        "bestBids",
        "bestAsks",
    }
)


@_attrs_define
class FutureChainEntry:
    """One future contract. Unlike most Samco payloads, `spotPrice` is a JSON number and the
    open-interest and volume fields are integers; `lastTradedPrice` and `oichangePer` are
    strings.

        Attributes:
            trading_symbol (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            symbol (str | Unset): `<listingId>_<exchange>`, e.g. `52178_NFO`.
            expiry_date (str | Unset): Format `yyyy-MM-dd`.
            instrument (str | Unset): Open set, e.g. `FUTSTK`, `IF`.
            under_lying_symbol (str | Unset):
            spot_price (float | Unset):
            last_traded_price (str | Unset):
            open_interest (int | Unset):
            open_interest_in_lot (int | Unset):
            open_interest_change (int | Unset):
            open_interest_change_in_lot (int | Unset):
            oichange_per (str | Unset): Open-interest change in percent; may be `Infinity`.
            volume (int | Unset):
            best_bids (list[BookLevel] | Unset):
            best_asks (list[BookLevel] | Unset):
    """

    trading_symbol: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    symbol: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    instrument: str | Unset = UNSET
    under_lying_symbol: str | Unset = UNSET
    spot_price: float | Unset = UNSET
    last_traded_price: str | Unset = UNSET
    open_interest: int | Unset = UNSET
    open_interest_in_lot: int | Unset = UNSET
    open_interest_change: int | Unset = UNSET
    open_interest_change_in_lot: int | Unset = UNSET
    oichange_per: str | Unset = UNSET
    volume: int | Unset = UNSET
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

        expiry_date = self.expiry_date

        instrument = self.instrument

        under_lying_symbol = self.under_lying_symbol

        spot_price = self.spot_price

        last_traded_price = self.last_traded_price

        open_interest = self.open_interest

        open_interest_in_lot = self.open_interest_in_lot

        open_interest_change = self.open_interest_change

        open_interest_change_in_lot = self.open_interest_change_in_lot

        oichange_per = self.oichange_per

        volume = self.volume

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
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if under_lying_symbol is not UNSET:
            field_dict["underLyingSymbol"] = under_lying_symbol
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price
        if last_traded_price is not UNSET:
            field_dict["lastTradedPrice"] = last_traded_price
        if open_interest is not UNSET:
            field_dict["openInterest"] = open_interest
        if open_interest_in_lot is not UNSET:
            field_dict["openInterestInLot"] = open_interest_in_lot
        if open_interest_change is not UNSET:
            field_dict["openInterestChange"] = open_interest_change
        if open_interest_change_in_lot is not UNSET:
            field_dict["openInterestChangeInLot"] = open_interest_change_in_lot
        if oichange_per is not UNSET:
            field_dict["oichangePer"] = oichange_per
        if volume is not UNSET:
            field_dict["volume"] = volume
        if best_bids is not UNSET:
            field_dict["bestBids"] = best_bids
        if best_asks is not UNSET:
            field_dict["bestAsks"] = best_asks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_level import BookLevel  # noqa: PLC0415

        get = src_dict.get
        future_chain_entry = cls.__new__(cls)
        future_chain_entry.trading_symbol = get("tradingSymbol", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        future_chain_entry.exchange = exchange

        future_chain_entry.symbol = get("symbol", UNSET)

        future_chain_entry.expiry_date = get("expiryDate", UNSET)

        future_chain_entry.instrument = get("instrument", UNSET)

        future_chain_entry.under_lying_symbol = get("underLyingSymbol", UNSET)

        future_chain_entry.spot_price = get("spotPrice", UNSET)

        future_chain_entry.last_traded_price = get("lastTradedPrice", UNSET)

        future_chain_entry.open_interest = get("openInterest", UNSET)

        future_chain_entry.open_interest_in_lot = get("openInterestInLot", UNSET)

        future_chain_entry.open_interest_change = get("openInterestChange", UNSET)

        future_chain_entry.open_interest_change_in_lot = get("openInterestChangeInLot", UNSET)

        future_chain_entry.oichange_per = get("oichangePer", UNSET)

        future_chain_entry.volume = get("volume", UNSET)

        _best_bids = get("bestBids", UNSET)
        best_bids: list[BookLevel] | Unset = UNSET
        if _best_bids is not UNSET:
            best_bids = []
            for best_bids_item_data in _best_bids:
                best_bids_item = BookLevel.from_dict(best_bids_item_data)

                best_bids.append(best_bids_item)

        future_chain_entry.best_bids = best_bids

        _best_asks = get("bestAsks", UNSET)
        best_asks: list[BookLevel] | Unset = UNSET
        if _best_asks is not UNSET:
            best_asks = []
            for best_asks_item_data in _best_asks:
                best_asks_item = BookLevel.from_dict(best_asks_item_data)

                best_asks.append(best_asks_item)

        future_chain_entry.best_asks = best_asks

        future_chain_entry.additional_properties = (
            {}
            if _FUTURECHAINENTRY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FUTURECHAINENTRY_FIELDS}
        )
        return future_chain_entry

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
