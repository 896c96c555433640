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

T = TypeVar("T", bound="ConnectAckAlt")
_CONNECTACKALT_FIELDS = frozenset(
    {
        "t",
        "k",
    }
)


@_attrs_define
class ConnectAckAlt:
    """[AB] The alternative acknowledgement OpenAlgo accepts on Alice Blue as the "documented
    format": `{"t":"cf","k":"OK"}` (low confidence; kept as its own message so that the
    `ck` form stays strict on `s`).

        Attributes:
            t (Literal['cf']): Frame type `cf`.
            k (str): `OK` on success.
    """

    t: Literal["cf"]
    k: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        k = self.k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "k": k,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        connect_ack_alt = cls.__new__(cls)
        t = cast(Literal["cf"], src_dict["t"])
        if t != "cf":
            raise ValueError(f"t must match const 'cf', got '{t}'")
        connect_ack_alt.t = t

        connect_ack_alt.k = src_dict["k"]

        connect_ack_alt.additional_properties = (
            {}
            if _CONNECTACKALT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CONNECTACKALT_FIELDS}
        )
        return connect_ack_alt

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
