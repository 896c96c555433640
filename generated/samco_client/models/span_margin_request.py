from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.span_margin_item import SpanMarginItem


T = TypeVar("T", bound="SpanMarginRequest")
_SPANMARGINREQUEST_FIELDS = frozenset(
    {
        "request",
    }
)


@_attrs_define
class SpanMarginRequest:
    """
    Attributes:
        request (list[SpanMarginItem]):
    """

    request: list[SpanMarginItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = []
        for request_item_data in self.request:
            request_item = request_item_data.to_dict()
            request.append(request_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span_margin_item import SpanMarginItem  # noqa: PLC0415

        get = src_dict.get
        span_margin_request = cls.__new__(cls)
        request = []
        _request = src_dict["request"]
        for request_item_data in _request:
            request_item = SpanMarginItem.from_dict(request_item_data)

            request.append(request_item)

        span_margin_request.request = request

        span_margin_request.additional_properties = (
            {}
            if _SPANMARGINREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SPANMARGINREQUEST_FIELDS}
        )
        return span_margin_request

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
