from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_instrument import ChartInstrument, check_chart_instrument
from ..models.exchange_segment import ExchangeSegment, check_exchange_segment
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoricalDataRequest")
_HISTORICALDATAREQUEST_FIELDS = frozenset(
    {
        "symbol",
        "exchangeSegment",
        "instrument",
        "fromDate",
        "toDate",
        "expiryCode",
    }
)


@_attrs_define
class HistoricalDataRequest:
    """Daily candles of one instrument between two dates (UNVERIFIED template).

    Attributes:
        symbol (str): Symbol, e.g. `TCS`.
        exchange_segment (ExchangeSegment): Exchange segment of the historical-data page. `BSE_EQ` was listed until
            2023-10-03 only.
        instrument (ChartInstrument): Instrument class. The daily endpoint's list contains `INDEXOPTCUR`, which is the
            intraday
            list's `INDEX` and `OPTCUR` run together (a typo); one list serves both endpoints here.
        from_date (str): A calendar date, format `yyyy-mm-dd`.
        to_date (str): A calendar date, format `yyyy-mm-dd`.
        expiry_code (int | Unset): Expiry code for derivatives ("enum integer"; the values are not documented). The
            sample sends `0` for equity.
    """

    symbol: str
    exchange_segment: ExchangeSegment
    instrument: ChartInstrument
    from_date: str
    to_date: str
    expiry_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange_segment: str = self.exchange_segment

        instrument: str = self.instrument

        from_date = self.from_date

        to_date = self.to_date

        expiry_code = self.expiry_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "exchangeSegment": exchange_segment,
                "instrument": instrument,
                "fromDate": from_date,
                "toDate": to_date,
            }
        )
        if expiry_code is not UNSET:
            field_dict["expiryCode"] = expiry_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        historical_data_request = cls.__new__(cls)
        historical_data_request.symbol = src_dict["symbol"]

        exchange_segment = check_exchange_segment(src_dict["exchangeSegment"])

        historical_data_request.exchange_segment = exchange_segment

        instrument = check_chart_instrument(src_dict["instrument"])

        historical_data_request.instrument = instrument

        historical_data_request.from_date = src_dict["fromDate"]

        historical_data_request.to_date = src_dict["toDate"]

        historical_data_request.expiry_code = get("expiryCode", UNSET)

        historical_data_request.additional_properties = (
            {}
            if _HISTORICALDATAREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HISTORICALDATAREQUEST_FIELDS}
        )
        return historical_data_request

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
