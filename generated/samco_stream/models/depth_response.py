from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.depth_data import DepthData


T = TypeVar("T", bound="DepthResponse")
_DEPTHRESPONSE_FIELDS = frozenset(
    {
        "data",
        "streaming_type",
    }
)


@_attrs_define
class DepthResponse:
    """The `response` object of a depth tick.

    Attributes:
        data (DepthData): 5-level depth of one symbol with total bid/ask quantities and, for options, greeks.
            Carries **no** LTP, volume, OI or OHLC: merge with the `quote` stream per symbol
            (FR:A1.8). All values are strings (FR:A1.12).
        streaming_type (str): `quote2` (an open string; `marketDepth` is tolerated, FR:A1.7).
    """

    data: DepthData
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
        from ..models.depth_data import DepthData  # noqa: PLC0415

        get = src_dict.get
        depth_response = cls.__new__(cls)
        data = DepthData.from_dict(src_dict["data"])

        depth_response.data = data

        depth_response.streaming_type = src_dict["streaming_type"]

        depth_response.additional_properties = (
            {}
            if _DEPTHRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHRESPONSE_FIELDS}
        )
        return depth_response

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
