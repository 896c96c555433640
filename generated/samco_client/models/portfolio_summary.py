from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioSummary")
_PORTFOLIOSUMMARY_FIELDS = frozenset(
    {
        "gainingTodayCount",
        "losingTodayCount",
        "totalGainAndLossAmount",
        "dayGainAndLossAmount",
        "portfolioValue",
    }
)


@_attrs_define
class PortfolioSummary:
    """Aggregate counters of `holdingSummary` (holdings) and `positionSummary` (positions; Java
    model only). Both share this shape; `portfolioValue` appears in holdings only. All values
    are strings.

        Attributes:
            gaining_today_count (str | Unset): Number of scrips gaining today.
            losing_today_count (str | Unset): Number of scrips losing today.
            total_gain_and_loss_amount (str | Unset): Total profit/loss.
            day_gain_and_loss_amount (str | Unset): Profit/loss of the day (holdings: DOCS only; positions: Java model).
            portfolio_value (str | Unset): Current value of the holdings (holdings only).
    """

    gaining_today_count: str | Unset = UNSET
    losing_today_count: str | Unset = UNSET
    total_gain_and_loss_amount: str | Unset = UNSET
    day_gain_and_loss_amount: str | Unset = UNSET
    portfolio_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gaining_today_count = self.gaining_today_count

        losing_today_count = self.losing_today_count

        total_gain_and_loss_amount = self.total_gain_and_loss_amount

        day_gain_and_loss_amount = self.day_gain_and_loss_amount

        portfolio_value = self.portfolio_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gaining_today_count is not UNSET:
            field_dict["gainingTodayCount"] = gaining_today_count
        if losing_today_count is not UNSET:
            field_dict["losingTodayCount"] = losing_today_count
        if total_gain_and_loss_amount is not UNSET:
            field_dict["totalGainAndLossAmount"] = total_gain_and_loss_amount
        if day_gain_and_loss_amount is not UNSET:
            field_dict["dayGainAndLossAmount"] = day_gain_and_loss_amount
        if portfolio_value is not UNSET:
            field_dict["portfolioValue"] = portfolio_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        portfolio_summary = cls.__new__(cls)
        portfolio_summary.gaining_today_count = get("gainingTodayCount", UNSET)

        portfolio_summary.losing_today_count = get("losingTodayCount", UNSET)

        portfolio_summary.total_gain_and_loss_amount = get("totalGainAndLossAmount", UNSET)

        portfolio_summary.day_gain_and_loss_amount = get("dayGainAndLossAmount", UNSET)

        portfolio_summary.portfolio_value = get("portfolioValue", UNSET)

        portfolio_summary.additional_properties = (
            {}
            if _PORTFOLIOSUMMARY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PORTFOLIOSUMMARY_FIELDS}
        )
        return portfolio_summary

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
