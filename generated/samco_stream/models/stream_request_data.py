from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.stream_symbol import StreamSymbol


T = TypeVar("T", bound="StreamRequestData")
_STREAMREQUESTDATA_FIELDS = frozenset(
    {
        "symbols",
    }
)


@_attrs_define
class StreamRequestData:
    """The symbols of the frame.

    Attributes:
        symbols (list[StreamSymbol]): For `subscribe`, the complete set of this streaming type (it replaces the previous
            one, FR:A1.6); for `unsubscribe`, the symbols to drop.
    """

    symbols: list[StreamSymbol]

    def to_dict(self) -> dict[str, Any]:
        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_symbol import StreamSymbol  # noqa: PLC0415

        get = src_dict.get
        stream_request_data = cls.__new__(cls)
        symbols = []
        _symbols = src_dict["symbols"]
        for symbols_item_data in _symbols:
            symbols_item = StreamSymbol.from_dict(symbols_item_data)

            symbols.append(symbols_item)

        stream_request_data.symbols = symbols

        return stream_request_data
