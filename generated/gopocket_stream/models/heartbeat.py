from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="Heartbeat")
_HEARTBEAT_FIELDS = frozenset(
    {
        "t",
        "k",
    }
)


@_attrs_define
class Heartbeat:
    """The application heartbeat, a text frame `{"k":"","t":"h"}`.

    Attributes:
        t (Literal['h']): Frame type `h`.
        k (Literal['']): Always empty.
    """

    t: Literal["h"]
    k: Literal[""]

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        k = self.k

        field_dict: dict[str, Any] = {}

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
        heartbeat = cls.__new__(cls)
        t = cast(Literal["h"], src_dict["t"])
        if t != "h":
            raise ValueError(f"t must match const 'h', got '{t}'")
        heartbeat.t = t

        k = cast(Literal[""], src_dict["k"])
        if k != "":
            raise ValueError(f"k must match const '', got '{k}'")
        heartbeat.k = k

        return heartbeat
