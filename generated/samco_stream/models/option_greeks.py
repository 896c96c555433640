from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionGreeks")
_OPTIONGREEKS_FIELDS = frozenset(
    {
        "delta",
        "gamma",
        "theta",
        "vega",
        "iv",
    }
)


@_attrs_define
class OptionGreeks:
    """Option greeks, as strings, on option ticks of either stream (`quote` per Samco SDK
    issue #28, `quote2` per OpenAlgo; FR:A1.11). Absent on non-options.

        Attributes:
            delta (str | Unset): Delta.
            gamma (str | Unset): Gamma.
            theta (str | Unset): Theta.
            vega (str | Unset): Vega.
            iv (str | Unset): Implied volatility (percent).
    """

    delta: str | Unset = UNSET
    gamma: str | Unset = UNSET
    theta: str | Unset = UNSET
    vega: str | Unset = UNSET
    iv: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        gamma = self.gamma

        theta = self.theta

        vega = self.vega

        iv = self.iv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delta is not UNSET:
            field_dict["delta"] = delta
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if theta is not UNSET:
            field_dict["theta"] = theta
        if vega is not UNSET:
            field_dict["vega"] = vega
        if iv is not UNSET:
            field_dict["iv"] = iv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        option_greeks = cls.__new__(cls)
        option_greeks.delta = get("delta", UNSET)

        option_greeks.gamma = get("gamma", UNSET)

        option_greeks.theta = get("theta", UNSET)

        option_greeks.vega = get("vega", UNSET)

        option_greeks.iv = get("iv", UNSET)

        option_greeks.additional_properties = (
            {}
            if _OPTIONGREEKS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _OPTIONGREEKS_FIELDS}
        )
        return option_greeks

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
