from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChartDataResponse")
_CHARTDATARESPONSE_FIELDS = frozenset(
    {
        "open",
        "high",
        "low",
        "close",
        "volume",
        "start_Time",
    }
)


@_attrs_define
class ChartDataResponse:
    """Candles as parallel arrays (index i of every array is one candle). NO envelope.
    `start_Time` is NOT Unix time: it counts seconds from a custom epoch, 1980-01-01
    (the docs ship a JavaScript converter). The docs call it 1980-01-01 00:00 IST, but their
    own sample fits only 00:00 UTC: TCS daily candles asked for 2022-01-08..2022-02-08 start
    with `1326220200`, which from 00:00 UTC is Monday 2022-01-10 00:00 IST (the first
    trading day of the range, a daily candle at midnight IST), while from 00:00 IST it
    would be Sunday 2022-01-09 18:30 IST; the intraday sample `1328845500` is 2022-02-09
    09:15 IST (the market open) from 00:00 UTC, 03:45 IST from 00:00 IST. `x-epoch` on
    `start_Time` holds the decision (UTC; from the docs' own samples, not a live answer).

        Attributes:
            open_ (list[float] | Unset):
            high (list[float] | Unset):
            low (list[float] | Unset):
            close (list[float] | Unset):
            volume (list[int] | Unset):
            start_time (list[int] | Unset): Candle start, seconds since 1980-01-01 00:00 UTC (see the schema).
    """

    open_: list[float] | Unset = UNSET
    high: list[float] | Unset = UNSET
    low: list[float] | Unset = UNSET
    close: list[float] | Unset = UNSET
    volume: list[int] | Unset = UNSET
    start_time: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: list[float] | Unset = UNSET
        if not isinstance(self.open_, Unset):
            open_ = self.open_

        high: list[float] | Unset = UNSET
        if not isinstance(self.high, Unset):
            high = self.high

        low: list[float] | Unset = UNSET
        if not isinstance(self.low, Unset):
            low = self.low

        close: list[float] | Unset = UNSET
        if not isinstance(self.close, Unset):
            close = self.close

        volume: list[int] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume

        start_time: list[int] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if start_time is not UNSET:
            field_dict["start_Time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        chart_data_response = cls.__new__(cls)
        open_ = cast(list[float], get("open", UNSET))

        chart_data_response.open_ = open_

        high = cast(list[float], get("high", UNSET))

        chart_data_response.high = high

        low = cast(list[float], get("low", UNSET))

        chart_data_response.low = low

        close = cast(list[float], get("close", UNSET))

        chart_data_response.close = close

        volume = cast(list[int], get("volume", UNSET))

        chart_data_response.volume = volume

        start_time = cast(list[int], get("start_Time", UNSET))

        chart_data_response.start_time = start_time

        chart_data_response.additional_properties = (
            {}
            if _CHARTDATARESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CHARTDATARESPONSE_FIELDS}
        )
        return chart_data_response

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
