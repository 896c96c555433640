from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrderFeedRequest")
_ORDERFEEDREQUEST_FIELDS = frozenset(
    {
        "t",
        "actid",
    }
)


@_attrs_define
class OrderFeedRequest:
    """Ask for order updates of `actid` on this socket (after `ck`).

    Attributes:
        t (Literal['o']): Frame type `o`.
        actid (str): The client id.
    """

    t: Literal["o"]
    actid: str

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        actid = self.actid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "t": t,
                "actid": actid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_feed_request = cls.__new__(cls)
        t = cast(Literal["o"], src_dict["t"])
        if t != "o":
            raise ValueError(f"t must match const 'o', got '{t}'")
        order_feed_request.t = t

        order_feed_request.actid = src_dict["actid"]

        return order_feed_request
