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

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeartbeatAck")
_HEARTBEATACK_FIELDS = frozenset(
    {
        "t",
        "ft",
    }
)


@_attrs_define
class HeartbeatAck:
    """Optional reply to a heartbeat.

    Attributes:
        t (Literal['hk']): Frame type `hk`.
        ft (str | Unset): Feed time (epoch seconds, as a string).
    """

    t: Literal["hk"]
    ft: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        ft = self.ft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if ft is not UNSET:
            field_dict["ft"] = ft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        heartbeat_ack = cls.__new__(cls)
        t = cast(Literal["hk"], src_dict["t"])
        if t != "hk":
            raise ValueError(f"t must match const 'hk', got '{t}'")
        heartbeat_ack.t = t

        heartbeat_ack.ft = get("ft", UNSET)

        heartbeat_ack.additional_properties = (
            {}
            if _HEARTBEATACK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HEARTBEATACK_FIELDS}
        )
        return heartbeat_ack

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
