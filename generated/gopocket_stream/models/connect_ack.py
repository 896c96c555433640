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

T = TypeVar("T", bound="ConnectAck")
_CONNECTACK_FIELDS = frozenset(
    {
        "t",
        "s",
        "uid",
        "emsg",
    }
)


@_attrs_define
class ConnectAck:
    """Answer to `ConnectRequest`. `s: OK` = authenticated; any other value (or no `ck`) is a
    rejection, usually a stale key (it rotates daily around 08:15; FR:B1.10).

        Attributes:
            t (Literal['ck']): Frame type `ck`.
            s (str): `OK` on success; anything else is a rejection (an open string).
            uid (str | Unset): The user id, when echoed.
            emsg (str | Unset): Error text of a rejection, when given (Noren convention; not observed).
    """

    t: Literal["ck"]
    s: str
    uid: str | Unset = UNSET
    emsg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        s = self.s

        uid = self.uid

        emsg = self.emsg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "s": s,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if emsg is not UNSET:
            field_dict["emsg"] = emsg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        connect_ack = cls.__new__(cls)
        t = cast(Literal["ck"], src_dict["t"])
        if t != "ck":
            raise ValueError(f"t must match const 'ck', got '{t}'")
        connect_ack.t = t

        connect_ack.s = src_dict["s"]

        connect_ack.uid = get("uid", UNSET)

        connect_ack.emsg = get("emsg", UNSET)

        connect_ack.additional_properties = (
            {}
            if _CONNECTACK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CONNECTACK_FIELDS}
        )
        return connect_ack

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
