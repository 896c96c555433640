from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subscribe_request_t import SubscribeRequestT, check_subscribe_request_t

T = TypeVar("T", bound="SubscribeRequest")
_SUBSCRIBEREQUEST_FIELDS = frozenset(
    {
        "t",
        "k",
    }
)


@_attrs_define
class SubscribeRequest:
    """Subscribe touchline (`t`) or depth (`d`); additive.

    Attributes:
        t (SubscribeRequestT): `t` touchline, `d` depth (the only "mode" there is).
        k (str): `EXCHANGE|token` keys joined by `#`, e.g. `NSE|26000#BSE|1`. The exchange is part of the
            identity (`BSE|1` is SENSEX, `NSE|1` something else; FR:B1.7).
    """

    t: SubscribeRequestT
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
        subscribe_request = cls.__new__(cls)
        t = check_subscribe_request_t(src_dict["t"])

        subscribe_request.t = t

        subscribe_request.k = src_dict["k"]

        return subscribe_request
