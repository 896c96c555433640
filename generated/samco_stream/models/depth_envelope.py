from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.depth_response import DepthResponse


T = TypeVar("T", bound="DepthEnvelope")
_DEPTHENVELOPE_FIELDS = frozenset(
    {
        "response",
    }
)


@_attrs_define
class DepthEnvelope:
    """A `quote2` tick: `{"response": {"data": {...}, "streaming_type": "quote2"}}` (also the
    shape `marketDepth` would have, should it ever arrive; FR:A1.9).

        Attributes:
            response (DepthResponse): The `response` object of a depth tick.
    """

    response: DepthResponse
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
        from ..models.depth_response import DepthResponse  # noqa: PLC0415

        get = src_dict.get
        depth_envelope = cls.__new__(cls)
        response = DepthResponse.from_dict(src_dict["response"])

        depth_envelope.response = response

        depth_envelope.additional_properties = (
            {}
            if _DEPTHENVELOPE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHENVELOPE_FIELDS}
        )
        return depth_envelope

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
