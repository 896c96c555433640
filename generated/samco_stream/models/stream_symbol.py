from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StreamSymbol")
_STREAMSYMBOL_FIELDS = frozenset(
    {
        "symbol",
    }
)


@_attrs_define
class StreamSymbol:
    """One symbol key.

    Attributes:
        symbol (str): `<scripCode>_<exchange>` (the ScripMaster `symbolCode`, e.g. `2885_NSE`,
            `41015_NFO`; MCX derivatives stream as `<code>_MFO`), or for an index the bare
            negative listing id (`-21` Nifty 50, `-23` Nifty Next 50) from
            `GET /quote/indexQuote` `indexDetails[0].listingId` (FR:A1.13).
    """

    symbol: str

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        stream_symbol = cls.__new__(cls)
        stream_symbol.symbol = src_dict["symbol"]

        return stream_symbol
