from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intraday_candle import IntradayCandle


T = TypeVar("T", bound="IndexIntradayCandlesResponse")
_INDEXINTRADAYCANDLESRESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "intradayCandleData",
        "indexIntraDayCandleData",
    }
)


@_attrs_define
class IndexIntradayCandlesResponse:
    """The live key is `intradayCandleData`, as for symbols (verified live 2026-08-10 by a v3.2
    integration, FR:A3.29); the documented `indexIntraDayCandleData` is accepted too.

        Attributes:
            server_time (str | Unset): Server time in IST, format `dd/MM/yy HH:mm:ss`.
            msg_id (str | Unset): Per-request id (a UUID) to quote to Samco support. Absent from some failure bodies
                (a real one: `{"serverTime":"30/09/20 13:41:28","status":"Failure","statusMessage":"SymbolName not available"}`,
                FR:A3.9); 5xx answers may carry it too, and support asks for it (FR:A3.7).
            status (EnvelopeStatus | str | Unset): `Success` or `Failure`; any other string parses too.
            status_message (str | Unset): Human-readable outcome.
            validation_errors (list[str] | Unset): In most Java SDK response models; an independent integration (LEAN) also
                checks it on
                place-order responses (FR:A3.9). Never seen populated in a sample.
            error_code (str | Unset): Machine-readable reason of a failure. Carried by failures of `POST /session/token`
                and the OAuth endpoints (FR:A3.2; also in the Java SDK's SessionTokenResponse model):
                `EOAUTH001` API key wrong or app not Active, `EOAUTH008` API secret wrong, `EOAUTH009`
                calling IP not registered. `statusMessage` states the same in words. The codes the
                overlays map to typed errors are listed in the root `x-envelope.errorCodes`.
            intraday_candle_data (list[IntradayCandle] | Unset): Candles of the index, under the key Samco actually sends
                (FR:A3.29).
            index_intra_day_candle_data (list[IntradayCandle] | Unset): Candles of the index under the documented key
                (capital D in `IntraDay`); not what Samco sends (FR:A3.29).
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    intraday_candle_data: list[IntradayCandle] | Unset = UNSET
    index_intra_day_candle_data: list[IntradayCandle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_time = self.server_time

        msg_id = self.msg_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_message = self.status_message

        validation_errors: list[str] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors

        error_code = self.error_code

        intraday_candle_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intraday_candle_data, Unset):
            intraday_candle_data = []
            for intraday_candle_data_item_data in self.intraday_candle_data:
                intraday_candle_data_item = intraday_candle_data_item_data.to_dict()
                intraday_candle_data.append(intraday_candle_data_item)

        index_intra_day_candle_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.index_intra_day_candle_data, Unset):
            index_intra_day_candle_data = []
            for index_intra_day_candle_data_item_data in self.index_intra_day_candle_data:
                index_intra_day_candle_data_item = index_intra_day_candle_data_item_data.to_dict()
                index_intra_day_candle_data.append(index_intra_day_candle_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_time is not UNSET:
            field_dict["serverTime"] = server_time
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if intraday_candle_data is not UNSET:
            field_dict["intradayCandleData"] = intraday_candle_data
        if index_intra_day_candle_data is not UNSET:
            field_dict["indexIntraDayCandleData"] = index_intra_day_candle_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intraday_candle import IntradayCandle  # noqa: PLC0415

        get = src_dict.get
        index_intraday_candles_response = cls.__new__(cls)
        index_intraday_candles_response.server_time = get("serverTime", UNSET)

        index_intraday_candles_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        index_intraday_candles_response.status = status

        index_intraday_candles_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        index_intraday_candles_response.validation_errors = validation_errors

        index_intraday_candles_response.error_code = get("errorCode", UNSET)

        _intraday_candle_data = get("intradayCandleData", UNSET)
        intraday_candle_data: list[IntradayCandle] | Unset = UNSET
        if _intraday_candle_data is not UNSET:
            intraday_candle_data = []
            for intraday_candle_data_item_data in _intraday_candle_data:
                intraday_candle_data_item = IntradayCandle.from_dict(intraday_candle_data_item_data)

                intraday_candle_data.append(intraday_candle_data_item)

        index_intraday_candles_response.intraday_candle_data = intraday_candle_data

        _index_intra_day_candle_data = get("indexIntraDayCandleData", UNSET)
        index_intra_day_candle_data: list[IntradayCandle] | Unset = UNSET
        if _index_intra_day_candle_data is not UNSET:
            index_intra_day_candle_data = []
            for index_intra_day_candle_data_item_data in _index_intra_day_candle_data:
                index_intra_day_candle_data_item = IntradayCandle.from_dict(
                    index_intra_day_candle_data_item_data
                )

                index_intra_day_candle_data.append(index_intra_day_candle_data_item)

        index_intraday_candles_response.index_intra_day_candle_data = index_intra_day_candle_data

        index_intraday_candles_response.additional_properties = (
            {}
            if _INDEXINTRADAYCANDLESRESPONSE_FIELDS.issuperset(src_dict)
            else {
                k: v for k, v in src_dict.items() if k not in _INDEXINTRADAYCANDLESRESPONSE_FIELDS
            }
        )
        return index_intraday_candles_response

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
