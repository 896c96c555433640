from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.position_square_off_item import PositionSquareOffItem


T = TypeVar("T", bound="PositionSquareOffRequest")
_POSITIONSQUAREOFFREQUEST_FIELDS = frozenset(
    {
        "positionSquareOffRequestList",
    }
)


@_attrs_define
class PositionSquareOffRequest:
    """
    Attributes:
        position_square_off_request_list (list[PositionSquareOffItem]):
    """

    position_square_off_request_list: list[PositionSquareOffItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_square_off_request_list = []
        for position_square_off_request_list_item_data in self.position_square_off_request_list:
            position_square_off_request_list_item = (
                position_square_off_request_list_item_data.to_dict()
            )
            position_square_off_request_list.append(position_square_off_request_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionSquareOffRequestList": position_square_off_request_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_square_off_item import PositionSquareOffItem  # noqa: PLC0415

        get = src_dict.get
        position_square_off_request = cls.__new__(cls)
        position_square_off_request_list = []
        _position_square_off_request_list = src_dict["positionSquareOffRequestList"]
        for position_square_off_request_list_item_data in _position_square_off_request_list:
            position_square_off_request_list_item = PositionSquareOffItem.from_dict(
                position_square_off_request_list_item_data
            )

            position_square_off_request_list.append(position_square_off_request_list_item)

        position_square_off_request.position_square_off_request_list = (
            position_square_off_request_list
        )

        position_square_off_request.additional_properties = (
            {}
            if _POSITIONSQUAREOFFREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONSQUAREOFFREQUEST_FIELDS}
        )
        return position_square_off_request

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
