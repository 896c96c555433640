from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBasketRequest")
_DELETEBASKETREQUEST_FIELDS = frozenset(
    {
        "basketId",
        "basketName",
    }
)


@_attrs_define
class DeleteBasketRequest:
    """Identifies the basket to delete: `basketId` (docs) or `basketName` (the Python SDK
    README's basket flow); one of them is required.

        Attributes:
            basket_id (int | str | Unset): Basket id. The docs send it as a string in most samples and as a JSON number in
                the
                delete-basket-order sample; both are accepted.
            basket_name (str | Unset): The basket named by its name instead of its id, as the Python SDK README's basket
                flow
                does (`{"basketName": ..., ...}`). Unverified against the server; accepted because the
                docs (ids) and the SDK (names) disagree and neither can be checked.
    """

    basket_id: int | str | Unset = UNSET
    basket_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id: int | str | Unset
        if isinstance(self.basket_id, Unset):
            basket_id = UNSET
        else:
            basket_id = self.basket_id

        basket_name = self.basket_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basket_id is not UNSET:
            field_dict["basketId"] = basket_id
        if basket_name is not UNSET:
            field_dict["basketName"] = basket_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        delete_basket_request = cls.__new__(cls)

        def _parse_basket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_id = _parse_basket_id(get("basketId", UNSET))

        delete_basket_request.basket_id = basket_id

        delete_basket_request.basket_name = get("basketName", UNSET)

        delete_basket_request.additional_properties = (
            {}
            if _DELETEBASKETREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DELETEBASKETREQUEST_FIELDS}
        )
        return delete_basket_request

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
