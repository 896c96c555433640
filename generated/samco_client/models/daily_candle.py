from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyCandle")
_DAILYCANDLE_FIELDS = frozenset(
    {
        "date",
        "open",
        "high",
        "low",
        "close",
        "ltp",
        "volume",
    }
)


@_attrs_define
class DailyCandle:
    """One daily candle, used by symbol and index historical candles. The samples send strings;
    the Java SDK model types prices as double and volume as long, so both forms are accepted.

        Attributes:
            date (str | Unset): Trading day, format `yyyy-MM-dd`.
            open_ (float | str | Unset):
            high (float | str | Unset):
            low (float | str | Unset):
            close (float | str | Unset):
            ltp (float | str | Unset):
            volume (float | str | Unset):
    """

    date: str | Unset = UNSET
    open_: float | str | Unset = UNSET
    high: float | str | Unset = UNSET
    low: float | str | Unset = UNSET
    close: float | str | Unset = UNSET
    ltp: float | str | Unset = UNSET
    volume: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        open_: float | str | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        high: float | str | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        low: float | str | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        close: float | str | Unset
        if isinstance(self.close, Unset):
            close = UNSET
        else:
            close = self.close

        ltp: float | str | Unset
        if isinstance(self.ltp, Unset):
            ltp = UNSET
        else:
            ltp = self.ltp

        volume: float | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if open_ is not UNSET:
            field_dict["open"] = open_
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if close is not UNSET:
            field_dict["close"] = close
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        daily_candle = cls.__new__(cls)
        daily_candle.date = get("date", UNSET)

        def _parse_open_(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        open_ = _parse_open_(get("open", UNSET))

        daily_candle.open_ = open_

        def _parse_high(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        high = _parse_high(get("high", UNSET))

        daily_candle.high = high

        def _parse_low(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        low = _parse_low(get("low", UNSET))

        daily_candle.low = low

        def _parse_close(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        close = _parse_close(get("close", UNSET))

        daily_candle.close = close

        def _parse_ltp(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        ltp = _parse_ltp(get("ltp", UNSET))

        daily_candle.ltp = ltp

        def _parse_volume(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        volume = _parse_volume(get("volume", UNSET))

        daily_candle.volume = volume

        daily_candle.additional_properties = (
            {}
            if _DAILYCANDLE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DAILYCANDLE_FIELDS}
        )
        return daily_candle

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
