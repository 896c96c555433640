from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginLimit")
_MARGINLIMIT_FIELDS = frozenset(
    {
        "grossAvailableMargin",
        "payInToday",
        "notionalCash",
        "marginUsed",
        "netAvailableMargin",
        "collateralMarginAgainstShares",
    }
)


@_attrs_define
class MarginLimit:
    """Funds of one segment (`equityLimit` or `commodityLimit`). All values are strings. A v3.2
    integration reads `netAvailableMargin`, `marginUsed` and
    `collateralMarginAgainstShares` (FR:A3.23).

        Attributes:
            gross_available_margin (str | Unset):
            pay_in_today (str | Unset):
            notional_cash (str | Unset):
            margin_used (str | Unset):
            net_available_margin (str | Unset):
            collateral_margin_against_shares (str | Unset): Margin against pledged shares (Java SDK model; read by a v3.2
                integration, FR:A3.23).
    """

    gross_available_margin: str | Unset = UNSET
    pay_in_today: str | Unset = UNSET
    notional_cash: str | Unset = UNSET
    margin_used: str | Unset = UNSET
    net_available_margin: str | Unset = UNSET
    collateral_margin_against_shares: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gross_available_margin = self.gross_available_margin

        pay_in_today = self.pay_in_today

        notional_cash = self.notional_cash

        margin_used = self.margin_used

        net_available_margin = self.net_available_margin

        collateral_margin_against_shares = self.collateral_margin_against_shares

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gross_available_margin is not UNSET:
            field_dict["grossAvailableMargin"] = gross_available_margin
        if pay_in_today is not UNSET:
            field_dict["payInToday"] = pay_in_today
        if notional_cash is not UNSET:
            field_dict["notionalCash"] = notional_cash
        if margin_used is not UNSET:
            field_dict["marginUsed"] = margin_used
        if net_available_margin is not UNSET:
            field_dict["netAvailableMargin"] = net_available_margin
        if collateral_margin_against_shares is not UNSET:
            field_dict["collateralMarginAgainstShares"] = collateral_margin_against_shares

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        margin_limit = cls.__new__(cls)
        margin_limit.gross_available_margin = get("grossAvailableMargin", UNSET)

        margin_limit.pay_in_today = get("payInToday", UNSET)

        margin_limit.notional_cash = get("notionalCash", UNSET)

        margin_limit.margin_used = get("marginUsed", UNSET)

        margin_limit.net_available_margin = get("netAvailableMargin", UNSET)

        margin_limit.collateral_margin_against_shares = get("collateralMarginAgainstShares", UNSET)

        margin_limit.additional_properties = (
            {}
            if _MARGINLIMIT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MARGINLIMIT_FIELDS}
        )
        return margin_limit

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
