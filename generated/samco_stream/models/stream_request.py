from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.stream_request_body import StreamRequestBody


T = TypeVar("T", bound="StreamRequest")
_STREAMREQUEST_FIELDS = frozenset(
    {
        "request",
    }
)


@_attrs_define
class StreamRequest:
    """The client frame (the SDKs' wrapped form; the flattened DOCS variant is used by nobody,
    FR:A1.4). Send it as JSON followed by `\\n` in the same WebSocket frame (FR:A1.5).

        Attributes:
            request (StreamRequestBody): What to (un)subscribe, for one streaming type.
    """

    request: StreamRequestBody

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_request_body import StreamRequestBody  # noqa: PLC0415

        get = src_dict.get
        stream_request = cls.__new__(cls)
        request = StreamRequestBody.from_dict(src_dict["request"])

        stream_request.request = request

        return stream_request
