from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.stream_request_body_request_type import (
    StreamRequestBodyRequestType,
    check_stream_request_body_request_type,
)
from ..models.stream_request_body_response_format import (
    StreamRequestBodyResponseFormat,
    check_stream_request_body_response_format,
)

if TYPE_CHECKING:
    from ..models.stream_request_data import StreamRequestData


T = TypeVar("T", bound="StreamRequestBody")
_STREAMREQUESTBODY_FIELDS = frozenset(
    {
        "streaming_type",
        "data",
        "request_type",
        "response_format",
    }
)


@_attrs_define
class StreamRequestBody:
    """What to (un)subscribe, for one streaming type.

    Attributes:
        streaming_type (str): `quote` (LTP/OHLC/volume/OI/best bid-ask) or `quote2` (5-level depth and greeks).
            An open set: `marketdata` (DOCS text) and `marketDepth` (OpenAlgo's first draft)
            are not used by any working client (FR:A1.7).
        data (StreamRequestData): The symbols of the frame.
        request_type (StreamRequestBodyRequestType): `subscribe` replaces the set of this streaming type; `unsubscribe`
            removes symbols.
        response_format (StreamRequestBodyResponseFormat): Always `json` (the SDKs also accept `JSON`).
    """

    streaming_type: str
    data: StreamRequestData
    request_type: StreamRequestBodyRequestType
    response_format: StreamRequestBodyResponseFormat

    def to_dict(self) -> dict[str, Any]:
        streaming_type = self.streaming_type

        data = self.data.to_dict()

        request_type: str = self.request_type

        response_format: str = self.response_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "streaming_type": streaming_type,
                "data": data,
                "request_type": request_type,
                "response_format": response_format,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_request_data import StreamRequestData  # noqa: PLC0415

        get = src_dict.get
        stream_request_body = cls.__new__(cls)
        stream_request_body.streaming_type = src_dict["streaming_type"]

        data = StreamRequestData.from_dict(src_dict["data"])

        stream_request_body.data = data

        request_type = check_stream_request_body_request_type(src_dict["request_type"])

        stream_request_body.request_type = request_type

        response_format = check_stream_request_body_response_format(src_dict["response_format"])

        stream_request_body.response_format = response_format

        return stream_request_body
