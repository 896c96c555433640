from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gtt_trigger import GttTrigger


T = TypeVar("T", bound="GttTriggers")
_GTTTRIGGERS_FIELDS = frozenset(
    {
        "gtt",
        "target",
        "stopLoss",
    }
)


@_attrs_define
class GttTriggers:
    """`gtt` for a single GTT, `target` + `stopLoss` for an OCO pair. May be empty (`{}`, Node
    SDK sample).

        Attributes:
            gtt (GttTrigger | Unset): One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss` leg of
                an
                OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
                `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
                strings (`""` when unset).
            target (GttTrigger | Unset): One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss` leg
                of an
                OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
                `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
                strings (`""` when unset).
            stop_loss (GttTrigger | Unset): One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss`
                leg of an
                OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
                `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
                strings (`""` when unset).
    """

    gtt: GttTrigger | Unset = UNSET
    target: GttTrigger | Unset = UNSET
    stop_loss: GttTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gtt, Unset):
            gtt = self.gtt.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        stop_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_loss, Unset):
            stop_loss = self.stop_loss.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gtt is not UNSET:
            field_dict["gtt"] = gtt
        if target is not UNSET:
            field_dict["target"] = target
        if stop_loss is not UNSET:
            field_dict["stopLoss"] = stop_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gtt_trigger import GttTrigger  # noqa: PLC0415

        get = src_dict.get
        gtt_triggers = cls.__new__(cls)
        _gtt = get("gtt", UNSET)
        gtt: GttTrigger | Unset
        if isinstance(_gtt, Unset):
            gtt = UNSET
        else:
            gtt = GttTrigger.from_dict(_gtt)

        gtt_triggers.gtt = gtt

        _target = get("target", UNSET)
        target: GttTrigger | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = GttTrigger.from_dict(_target)

        gtt_triggers.target = target

        _stop_loss = get("stopLoss", UNSET)
        stop_loss: GttTrigger | Unset
        if isinstance(_stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = GttTrigger.from_dict(_stop_loss)

        gtt_triggers.stop_loss = stop_loss

        gtt_triggers.additional_properties = (
            {}
            if _GTTTRIGGERS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GTTTRIGGERS_FIELDS}
        )
        return gtt_triggers

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
