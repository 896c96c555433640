from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConnectRequest")
_CONNECTREQUEST_FIELDS = frozenset(
    {
        "t",
        "uid",
        "actid",
        "susertoken",
        "source",
    }
)


@_attrs_define
class ConnectRequest:
    """The connect frame. `susertoken` derivation depends on the credential you start from
    (FR:B1.3; see the root `x-token-derivation`): the Gopocket web key (`getUser`
    `result[0].key`) as is with the plain client id (default), the Noren `jKey` as is, a
    double SHA-256 (base64) of the access token with ids suffixed `_WEB`, or [AB] a double
    SHA-256 (hex) of the session with ids suffixed `_API`.

        Attributes:
            t (Literal['c']): Frame type `c` (connect).
            uid (str): User id (the client id, or `<client>_WEB` / `<client>_API` per variant).
            actid (str): Account id; the same value as `uid` in every variant seen.
            susertoken (str): The session key, as is or hashed per the variant. A credential.
            source (str): `WEB` (Gopocket variants) or `API` ([AB] Alice Blue); an open set.
    """

    t: Literal["c"]
    uid: str
    actid: str
    susertoken: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        uid = self.uid

        actid = self.actid

        susertoken = self.susertoken

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "t": t,
                "uid": uid,
                "actid": actid,
                "susertoken": susertoken,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        connect_request = cls.__new__(cls)
        t = cast(Literal["c"], src_dict["t"])
        if t != "c":
            raise ValueError(f"t must match const 'c', got '{t}'")
        connect_request.t = t

        connect_request.uid = src_dict["uid"]

        connect_request.actid = src_dict["actid"]

        connect_request.susertoken = src_dict["susertoken"]

        connect_request.source = src_dict["source"]

        return connect_request
