from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundLimitsV1")
_FUNDLIMITSV1_FIELDS = frozenset(
    {
        "tradingLimit",
        "collateralMargin",
        "utilizedMargin",
    }
)


@_attrs_define
class FundLimitsV1:
    """UNSURE: the fund limits of the SDK layout (`result[0]`), with the fields integrations
    read on the platform's other deployment [FR:B4.7] [AB]. Any other fields are kept.

        Attributes:
            trading_limit (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            collateral_margin (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            utilized_margin (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
    """

    trading_limit: float | None | str | Unset = UNSET
    collateral_margin: float | None | str | Unset = UNSET
    utilized_margin: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_limit: float | None | str | Unset
        if isinstance(self.trading_limit, Unset):
            trading_limit = UNSET
        else:
            trading_limit = self.trading_limit

        collateral_margin: float | None | str | Unset
        if isinstance(self.collateral_margin, Unset):
            collateral_margin = UNSET
        else:
            collateral_margin = self.collateral_margin

        utilized_margin: float | None | str | Unset
        if isinstance(self.utilized_margin, Unset):
            utilized_margin = UNSET
        else:
            utilized_margin = self.utilized_margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trading_limit is not UNSET:
            field_dict["tradingLimit"] = trading_limit
        if collateral_margin is not UNSET:
            field_dict["collateralMargin"] = collateral_margin
        if utilized_margin is not UNSET:
            field_dict["utilizedMargin"] = utilized_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        fund_limits_v1 = cls.__new__(cls)

        def _parse_trading_limit(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        trading_limit = _parse_trading_limit(get("tradingLimit", UNSET))

        fund_limits_v1.trading_limit = trading_limit

        def _parse_collateral_margin(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        collateral_margin = _parse_collateral_margin(get("collateralMargin", UNSET))

        fund_limits_v1.collateral_margin = collateral_margin

        def _parse_utilized_margin(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        utilized_margin = _parse_utilized_margin(get("utilizedMargin", UNSET))

        fund_limits_v1.utilized_margin = utilized_margin

        fund_limits_v1.additional_properties = (
            {}
            if _FUNDLIMITSV1_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FUNDLIMITSV1_FIELDS}
        )
        return fund_limits_v1

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
