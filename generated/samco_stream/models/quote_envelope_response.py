from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quote_data import QuoteData


T = TypeVar("T", bound="QuoteEnvelopeResponse")
_QUOTEENVELOPERESPONSE_FIELDS = frozenset(
    {
        "data",
        "streaming_type",
    }
)


@_attrs_define
class QuoteEnvelopeResponse:
    """The `response` object of a wrapped quote tick.

    Attributes:
        data (QuoteData): The fields of a `quote` tick (meanings inferred from the names, reference section 12).
            All strings; numbers may carry thousands separators and `""` means no value
            (FR:A1.12). Only `sym` is always present; other fields may be missing, and fields not
            listed here may appear.
        streaming_type (str): `quote` (an open string).
    """

    data: QuoteData
    streaming_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        streaming_type = self.streaming_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "streaming_type": streaming_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_data import QuoteData  # noqa: PLC0415

        get = src_dict.get
        quote_envelope_response = cls.__new__(cls)
        data = QuoteData.from_dict(src_dict["data"])

        quote_envelope_response.data = data

        quote_envelope_response.streaming_type = src_dict["streaming_type"]

        quote_envelope_response.additional_properties = (
            {}
            if _QUOTEENVELOPERESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _QUOTEENVELOPERESPONSE_FIELDS}
        )
        return quote_envelope_response

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
