from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexQuote")
_INDEXQUOTE_FIELDS = frozenset(
    {
        "indexName",
        "listingId",
        "lastTradedTime",
        "spotPrice",
        "changePercentage",
        "averagePrice",
        "openValue",
        "highValue",
        "lowValue",
        "closeValue",
        "totalBuyQuantity",
        "totalSellQuantity",
        "totalTradedValue",
        "totalTradedVolume",
        "change",
    }
)


@_attrs_define
class IndexQuote:
    """Quote of one index. Prices and quantities are JSON numbers here (not strings).

    Attributes:
        index_name (str | Unset):
        listing_id (str | Unset): Negative number as a string, e.g. `-21` NIFTY 50, `-22` NIFTY BANK, `-23` NIFTY NEXT
            50, `-101` SENSEX.
        last_traded_time (str | Unset): Format `yyyy-MM-dd HH:mm:ss.S` (IST).
        spot_price (float | Unset):
        change_percentage (float | Unset):
        average_price (float | Unset):
        open_value (float | Unset):
        high_value (float | Unset):
        low_value (float | Unset):
        close_value (float | Unset):
        total_buy_quantity (float | Unset):
        total_sell_quantity (float | Unset):
        total_traded_value (float | Unset):
        total_traded_volume (float | Unset):
        change (float | Unset):
    """

    index_name: str | Unset = UNSET
    listing_id: str | Unset = UNSET
    last_traded_time: str | Unset = UNSET
    spot_price: float | Unset = UNSET
    change_percentage: float | Unset = UNSET
    average_price: float | Unset = UNSET
    open_value: float | Unset = UNSET
    high_value: float | Unset = UNSET
    low_value: float | Unset = UNSET
    close_value: float | Unset = UNSET
    total_buy_quantity: float | Unset = UNSET
    total_sell_quantity: float | Unset = UNSET
    total_traded_value: float | Unset = UNSET
    total_traded_volume: float | Unset = UNSET
    change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        listing_id = self.listing_id

        last_traded_time = self.last_traded_time

        spot_price = self.spot_price

        change_percentage = self.change_percentage

        average_price = self.average_price

        open_value = self.open_value

        high_value = self.high_value

        low_value = self.low_value

        close_value = self.close_value

        total_buy_quantity = self.total_buy_quantity

        total_sell_quantity = self.total_sell_quantity

        total_traded_value = self.total_traded_value

        total_traded_volume = self.total_traded_volume

        change = self.change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_name is not UNSET:
            field_dict["indexName"] = index_name
        if listing_id is not UNSET:
            field_dict["listingId"] = listing_id
        if last_traded_time is not UNSET:
            field_dict["lastTradedTime"] = last_traded_time
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price
        if change_percentage is not UNSET:
            field_dict["changePercentage"] = change_percentage
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if open_value is not UNSET:
            field_dict["openValue"] = open_value
        if high_value is not UNSET:
            field_dict["highValue"] = high_value
        if low_value is not UNSET:
            field_dict["lowValue"] = low_value
        if close_value is not UNSET:
            field_dict["closeValue"] = close_value
        if total_buy_quantity is not UNSET:
            field_dict["totalBuyQuantity"] = total_buy_quantity
        if total_sell_quantity is not UNSET:
            field_dict["totalSellQuantity"] = total_sell_quantity
        if total_traded_value is not UNSET:
            field_dict["totalTradedValue"] = total_traded_value
        if total_traded_volume is not UNSET:
            field_dict["totalTradedVolume"] = total_traded_volume
        if change is not UNSET:
            field_dict["change"] = change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        index_quote = cls.__new__(cls)
        index_quote.index_name = get("indexName", UNSET)

        index_quote.listing_id = get("listingId", UNSET)

        index_quote.last_traded_time = get("lastTradedTime", UNSET)

        index_quote.spot_price = get("spotPrice", UNSET)

        index_quote.change_percentage = get("changePercentage", UNSET)

        index_quote.average_price = get("averagePrice", UNSET)

        index_quote.open_value = get("openValue", UNSET)

        index_quote.high_value = get("highValue", UNSET)

        index_quote.low_value = get("lowValue", UNSET)

        index_quote.close_value = get("closeValue", UNSET)

        index_quote.total_buy_quantity = get("totalBuyQuantity", UNSET)

        index_quote.total_sell_quantity = get("totalSellQuantity", UNSET)

        index_quote.total_traded_value = get("totalTradedValue", UNSET)

        index_quote.total_traded_volume = get("totalTradedVolume", UNSET)

        index_quote.change = get("change", UNSET)

        index_quote.additional_properties = (
            {}
            if _INDEXQUOTE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _INDEXQUOTE_FIELDS}
        )
        return index_quote

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
