from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSocketKey")
_WEBSOCKETKEY_FIELDS = frozenset(
    {
        "key",
    }
)


@_attrs_define
class WebSocketKey:
    """The key a live Gopocket web app sends, as is, as `susertoken` in the Noren WebSocket
    connect frame [FR:B3.3]. A credential: treat it like the session.

        Attributes:
            key (str | Unset): The WebSocket session key.
    """

    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        web_socket_key = cls.__new__(cls)
        web_socket_key.key = get("key", UNSET)

        web_socket_key.additional_properties = (
            {}
            if _WEBSOCKETKEY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WEBSOCKETKEY_FIELDS}
        )
        return web_socket_key

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
