from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiQuoteRequest")
_MULTIQUOTEREQUEST_FIELDS = frozenset(
    {
        "NSE",
        "BSE",
        "NFO",
        "BFO",
        "CDS",
        "MCX",
        "MFO",
        "INDEX",
    }
)


@_attrs_define
class MultiQuoteRequest:
    """Symbols to quote, grouped by exchange code; every key is optional. `NSE`/`BSE` take
    symbol names, `NFO`/`BFO`/`CDS`/`MCX`/`MFO` trading symbols, `INDEX` index names.

        Attributes:
            nse (list[str] | Unset):
            bse (list[str] | Unset):
            nfo (list[str] | Unset):
            bfo (list[str] | Unset):
            cds (list[str] | Unset):
            mcx (list[str] | Unset):
            mfo (list[str] | Unset):
            index (list[str] | Unset): Index names (see the index list of `GET /quote/indexQuote`).
    """

    nse: list[str] | Unset = UNSET
    bse: list[str] | Unset = UNSET
    nfo: list[str] | Unset = UNSET
    bfo: list[str] | Unset = UNSET
    cds: list[str] | Unset = UNSET
    mcx: list[str] | Unset = UNSET
    mfo: list[str] | Unset = UNSET
    index: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nse: list[str] | Unset = UNSET
        if not isinstance(self.nse, Unset):
            nse = self.nse

        bse: list[str] | Unset = UNSET
        if not isinstance(self.bse, Unset):
            bse = self.bse

        nfo: list[str] | Unset = UNSET
        if not isinstance(self.nfo, Unset):
            nfo = self.nfo

        bfo: list[str] | Unset = UNSET
        if not isinstance(self.bfo, Unset):
            bfo = self.bfo

        cds: list[str] | Unset = UNSET
        if not isinstance(self.cds, Unset):
            cds = self.cds

        mcx: list[str] | Unset = UNSET
        if not isinstance(self.mcx, Unset):
            mcx = self.mcx

        mfo: list[str] | Unset = UNSET
        if not isinstance(self.mfo, Unset):
            mfo = self.mfo

        index: list[str] | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nse is not UNSET:
            field_dict["NSE"] = nse
        if bse is not UNSET:
            field_dict["BSE"] = bse
        if nfo is not UNSET:
            field_dict["NFO"] = nfo
        if bfo is not UNSET:
            field_dict["BFO"] = bfo
        if cds is not UNSET:
            field_dict["CDS"] = cds
        if mcx is not UNSET:
            field_dict["MCX"] = mcx
        if mfo is not UNSET:
            field_dict["MFO"] = mfo
        if index is not UNSET:
            field_dict["INDEX"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        multi_quote_request = cls.__new__(cls)
        nse = cast(list[str], get("NSE", UNSET))

        multi_quote_request.nse = nse

        bse = cast(list[str], get("BSE", UNSET))

        multi_quote_request.bse = bse

        nfo = cast(list[str], get("NFO", UNSET))

        multi_quote_request.nfo = nfo

        bfo = cast(list[str], get("BFO", UNSET))

        multi_quote_request.bfo = bfo

        cds = cast(list[str], get("CDS", UNSET))

        multi_quote_request.cds = cds

        mcx = cast(list[str], get("MCX", UNSET))

        multi_quote_request.mcx = mcx

        mfo = cast(list[str], get("MFO", UNSET))

        multi_quote_request.mfo = mfo

        index = cast(list[str], get("INDEX", UNSET))

        multi_quote_request.index = index

        multi_quote_request.additional_properties = (
            {}
            if _MULTIQUOTEREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MULTIQUOTEREQUEST_FIELDS}
        )
        return multi_quote_request

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
