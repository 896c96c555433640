from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_instrument import ChartInstrument, check_chart_instrument
from ..models.exchange_segment import ExchangeSegment, check_exchange_segment

T = TypeVar("T", bound="IntradayDataRequest")
_INTRADAYDATAREQUEST_FIELDS = frozenset(
    {
        "securityId",
        "exchangeSegment",
        "instrument",
    }
)


@_attrs_define
class IntradayDataRequest:
    """One-minute candles of the current day for one instrument (UNVERIFIED template).

    Attributes:
        security_id (str): Instrument id, e.g. `11536` (presumably the contract master `Token`; inferred).
        exchange_segment (ExchangeSegment): Exchange segment of the historical-data page. `BSE_EQ` was listed until
            2023-10-03 only.
        instrument (ChartInstrument): Instrument class. The daily endpoint's list contains `INDEXOPTCUR`, which is the
            intraday
            list's `INDEX` and `OPTCUR` run together (a typo); one list serves both endpoints here.
    """

    security_id: str
    exchange_segment: ExchangeSegment
    instrument: ChartInstrument
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_id = self.security_id

        exchange_segment: str = self.exchange_segment

        instrument: str = self.instrument

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "securityId": security_id,
                "exchangeSegment": exchange_segment,
                "instrument": instrument,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        intraday_data_request = cls.__new__(cls)
        intraday_data_request.security_id = src_dict["securityId"]

        exchange_segment = check_exchange_segment(src_dict["exchangeSegment"])

        intraday_data_request.exchange_segment = exchange_segment

        instrument = check_chart_instrument(src_dict["instrument"])

        intraday_data_request.instrument = instrument

        intraday_data_request.additional_properties = (
            {}
            if _INTRADAYDATAREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _INTRADAYDATAREQUEST_FIELDS}
        )
        return intraday_data_request

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
