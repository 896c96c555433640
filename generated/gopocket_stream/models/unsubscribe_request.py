from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.unsubscribe_request_t import (
    UnsubscribeRequestT,
    check_unsubscribe_request_t,
)

T = TypeVar("T", bound="UnsubscribeRequest")
_UNSUBSCRIBEREQUEST_FIELDS = frozenset(
    {
        "t",
        "k",
    }
)


@_attrs_define
class UnsubscribeRequest:
    """Unsubscribe; `u` for both touchline and depth in practice, `ud` (reference) unused.

    Attributes:
        t (UnsubscribeRequestT): `u` (HUB, OpenAlgo, also for depth) or `ud` (reference, unused).
        k (str): `EXCHANGE|token` keys joined by `#`, e.g. `NSE|26000#BSE|1`. The exchange is part of the
            identity (`BSE|1` is SENSEX, `NSE|1` something else; FR:B1.7).
    """

    t: UnsubscribeRequestT
    k: str

    def to_dict(self) -> dict[str, Any]:
        t: str = self.t

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
        unsubscribe_request = cls.__new__(cls)
        t = check_unsubscribe_request_t(src_dict["t"])

        unsubscribe_request.t = t

        unsubscribe_request.k = src_dict["k"]

        return unsubscribe_request
