from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundLimits")
_FUNDLIMITS_FIELDS = frozenset(
    {
        "availableMargin",
        "openingBalance",
        "marginUsed",
        "payin",
        "stockPledge",
        "holdingSellCredit",
        "brokerage",
        "exposure",
        "span",
        "premium",
        "unclearedCash",
        "payout",
    }
)


@_attrs_define
class FundLimits:
    """Fund limits. All values are JSON numbers with decimals (the field table says int).

    Attributes:
        available_margin (float | Unset):
        opening_balance (float | Unset):
        margin_used (float | Unset):
        payin (float | Unset):
        stock_pledge (float | Unset):
        holding_sell_credit (float | Unset):
        brokerage (float | Unset):
        exposure (float | Unset):
        span (float | Unset):
        premium (float | Unset):
        uncleared_cash (float | Unset): In the sample, not in the field table.
        payout (float | Unset): In the sample, not in the field table.
    """

    available_margin: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    margin_used: float | Unset = UNSET
    payin: float | Unset = UNSET
    stock_pledge: float | Unset = UNSET
    holding_sell_credit: float | Unset = UNSET
    brokerage: float | Unset = UNSET
    exposure: float | Unset = UNSET
    span: float | Unset = UNSET
    premium: float | Unset = UNSET
    uncleared_cash: float | Unset = UNSET
    payout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_margin = self.available_margin

        opening_balance = self.opening_balance

        margin_used = self.margin_used

        payin = self.payin

        stock_pledge = self.stock_pledge

        holding_sell_credit = self.holding_sell_credit

        brokerage = self.brokerage

        exposure = self.exposure

        span = self.span

        premium = self.premium

        uncleared_cash = self.uncleared_cash

        payout = self.payout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_margin is not UNSET:
            field_dict["availableMargin"] = available_margin
        if opening_balance is not UNSET:
            field_dict["openingBalance"] = opening_balance
        if margin_used is not UNSET:
            field_dict["marginUsed"] = margin_used
        if payin is not UNSET:
            field_dict["payin"] = payin
        if stock_pledge is not UNSET:
            field_dict["stockPledge"] = stock_pledge
        if holding_sell_credit is not UNSET:
            field_dict["holdingSellCredit"] = holding_sell_credit
        if brokerage is not UNSET:
            field_dict["brokerage"] = brokerage
        if exposure is not UNSET:
            field_dict["exposure"] = exposure
        if span is not UNSET:
            field_dict["span"] = span
        if premium is not UNSET:
            field_dict["premium"] = premium
        if uncleared_cash is not UNSET:
            field_dict["unclearedCash"] = uncleared_cash
        if payout is not UNSET:
            field_dict["payout"] = payout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        fund_limits = cls.__new__(cls)
        fund_limits.available_margin = get("availableMargin", UNSET)

        fund_limits.opening_balance = get("openingBalance", UNSET)

        fund_limits.margin_used = get("marginUsed", UNSET)

        fund_limits.payin = get("payin", UNSET)

        fund_limits.stock_pledge = get("stockPledge", UNSET)

        fund_limits.holding_sell_credit = get("holdingSellCredit", UNSET)

        fund_limits.brokerage = get("brokerage", UNSET)

        fund_limits.exposure = get("exposure", UNSET)

        fund_limits.span = get("span", UNSET)

        fund_limits.premium = get("premium", UNSET)

        fund_limits.uncleared_cash = get("unclearedCash", UNSET)

        fund_limits.payout = get("payout", UNSET)

        fund_limits.additional_properties = (
            {}
            if _FUNDLIMITS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FUNDLIMITS_FIELDS}
        )
        return fund_limits

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
