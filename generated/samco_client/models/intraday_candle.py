from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntradayCandle")
_INTRADAYCANDLE_FIELDS = frozenset(
    {
        "dateTime",
        "open",
        "high",
        "low",
        "close",
        "volume",
    }
)


@_attrs_define
class IntradayCandle:
    """One intraday candle (1 minute unless `interval` says otherwise), used by symbol and index
    intraday candles. All values are strings; `volume` is `"0"` for indices.

        Attributes:
            date_time (str | Unset): Candle start in IST, format `yyyy-MM-dd HH:mm:ss.S` in the PY sample
                (`2020-06-17 10:22:00.0`) or `yyyy-MM-dd HH:mm:ss` as integrations parse it
                (`2019-11-11 10:01:00`, FR:A3.30).
            open_ (str | Unset):
            high (str | Unset):
            low (str | Unset):
            close (str | Unset):
            volume (str | Unset):
    """

    date_time: str | Unset = UNSET
    open_: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    close: str | Unset = UNSET
    volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time = self.date_time

        open_ = self.open_

        high = self.high

        low = self.low

        close = self.close

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if open_ is not UNSET:
            field_dict["open"] = open_
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if close is not UNSET:
            field_dict["close"] = close
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        intraday_candle = cls.__new__(cls)
        intraday_candle.date_time = get("dateTime", UNSET)

        intraday_candle.open_ = get("open", UNSET)

        intraday_candle.high = get("high", UNSET)

        intraday_candle.low = get("low", UNSET)

        intraday_candle.close = get("close", UNSET)

        intraday_candle.volume = get("volume", UNSET)

        intraday_candle.additional_properties = (
            {}
            if _INTRADAYCANDLE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _INTRADAYCANDLE_FIELDS}
        )
        return intraday_candle

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
