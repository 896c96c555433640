from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderFeedAck")
_ORDERFEEDACK_FIELDS = frozenset(
    {
        "t",
    }
)


@_attrs_define
class OrderFeedAck:
    """Acknowledges `OrderFeedRequest`.

    Attributes:
        t (Literal['ok']): Frame type `ok`.
    """

    t: Literal["ok"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_feed_ack = cls.__new__(cls)
        t = cast(Literal["ok"], src_dict["t"])
        if t != "ok":
            raise ValueError(f"t must match const 'ok', got '{t}'")
        order_feed_ack.t = t

        order_feed_ack.additional_properties = (
            {}
            if _ORDERFEEDACK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERFEEDACK_FIELDS}
        )
        return order_feed_ack

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
