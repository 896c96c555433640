from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quote_envelope_response import QuoteEnvelopeResponse


T = TypeVar("T", bound="QuoteEnvelope")
_QUOTEENVELOPE_FIELDS = frozenset(
    {
        "response",
    }
)


@_attrs_define
class QuoteEnvelope:
    """The wrapped `quote` tick of 2020-24 (PY311 sample, Lean's `QuoteUpdate.response.data`,
    SDK issue #28). v3.2 sends `quote` flat (`QuoteTick`); whether the wrapped form still
    occurs is UNSURE, so parse both (FR:A1.9).

        Attributes:
            response (QuoteEnvelopeResponse): The `response` object of a wrapped quote tick.
    """

    response: QuoteEnvelopeResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_envelope_response import QuoteEnvelopeResponse  # noqa: PLC0415

        get = src_dict.get
        quote_envelope = cls.__new__(cls)
        response = QuoteEnvelopeResponse.from_dict(src_dict["response"])

        quote_envelope.response = response

        quote_envelope.additional_properties = (
            {}
            if _QUOTEENVELOPE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _QUOTEENVELOPE_FIELDS}
        )
        return quote_envelope

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
