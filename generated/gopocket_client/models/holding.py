from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holding_listing import HoldingListing


T = TypeVar("T", bound="Holding")
_HOLDING_FIELDS = frozenset(
    {
        "isin",
        "realizedPnl",
        "unrealizedPnl",
        "netPnl",
        "netQty",
        "buyPrice",
        "holdQty",
        "dpQty",
        "benQty",
        "unpledgedQty",
        "collateralQty",
        "brkCollQty",
        "btstQty",
        "usedQty",
        "tradedQty",
        "sellableQty",
        "authQty",
        "sellAmount",
        "authFlag",
        "symbol",
    }
)


@_attrs_define
class Holding:
    """One holding. Numbers are strings; `authFlag` is a JSON boolean (the field table says
    String). The table header's `Symbol` maps to the same attribute as `symbol` in the
    generated client and is therefore not declared separately.

        Attributes:
            isin (str | Unset):
            realized_pnl (str | Unset):
            unrealized_pnl (str | Unset):
            net_pnl (str | Unset):
            net_qty (str | Unset):
            buy_price (str | Unset):
            hold_qty (str | Unset):
            dp_qty (str | Unset):
            ben_qty (str | Unset):
            unpledged_qty (str | Unset):
            collateral_qty (str | Unset):
            brk_coll_qty (str | Unset):
            btst_qty (str | Unset):
            used_qty (str | Unset):
            traded_qty (str | Unset):
            sellable_qty (str | Unset):
            auth_qty (str | Unset):
            sell_amount (str | Unset):
            auth_flag (bool | Unset):
            symbol (list[HoldingListing] | Unset):
    """

    isin: str | Unset = UNSET
    realized_pnl: str | Unset = UNSET
    unrealized_pnl: str | Unset = UNSET
    net_pnl: str | Unset = UNSET
    net_qty: str | Unset = UNSET
    buy_price: str | Unset = UNSET
    hold_qty: str | Unset = UNSET
    dp_qty: str | Unset = UNSET
    ben_qty: str | Unset = UNSET
    unpledged_qty: str | Unset = UNSET
    collateral_qty: str | Unset = UNSET
    brk_coll_qty: str | Unset = UNSET
    btst_qty: str | Unset = UNSET
    used_qty: str | Unset = UNSET
    traded_qty: str | Unset = UNSET
    sellable_qty: str | Unset = UNSET
    auth_qty: str | Unset = UNSET
    sell_amount: str | Unset = UNSET
    auth_flag: bool | Unset = UNSET
    symbol: list[HoldingListing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        isin = self.isin

        realized_pnl = self.realized_pnl

        unrealized_pnl = self.unrealized_pnl

        net_pnl = self.net_pnl

        net_qty = self.net_qty

        buy_price = self.buy_price

        hold_qty = self.hold_qty

        dp_qty = self.dp_qty

        ben_qty = self.ben_qty

        unpledged_qty = self.unpledged_qty

        collateral_qty = self.collateral_qty

        brk_coll_qty = self.brk_coll_qty

        btst_qty = self.btst_qty

        used_qty = self.used_qty

        traded_qty = self.traded_qty

        sellable_qty = self.sellable_qty

        auth_qty = self.auth_qty

        sell_amount = self.sell_amount

        auth_flag = self.auth_flag

        symbol: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.symbol, Unset):
            symbol = []
            for symbol_item_data in self.symbol:
                symbol_item = symbol_item_data.to_dict()
                symbol.append(symbol_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if isin is not UNSET:
            field_dict["isin"] = isin
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if net_pnl is not UNSET:
            field_dict["netPnl"] = net_pnl
        if net_qty is not UNSET:
            field_dict["netQty"] = net_qty
        if buy_price is not UNSET:
            field_dict["buyPrice"] = buy_price
        if hold_qty is not UNSET:
            field_dict["holdQty"] = hold_qty
        if dp_qty is not UNSET:
            field_dict["dpQty"] = dp_qty
        if ben_qty is not UNSET:
            field_dict["benQty"] = ben_qty
        if unpledged_qty is not UNSET:
            field_dict["unpledgedQty"] = unpledged_qty
        if collateral_qty is not UNSET:
            field_dict["collateralQty"] = collateral_qty
        if brk_coll_qty is not UNSET:
            field_dict["brkCollQty"] = brk_coll_qty
        if btst_qty is not UNSET:
            field_dict["btstQty"] = btst_qty
        if used_qty is not UNSET:
            field_dict["usedQty"] = used_qty
        if traded_qty is not UNSET:
            field_dict["tradedQty"] = traded_qty
        if sellable_qty is not UNSET:
            field_dict["sellableQty"] = sellable_qty
        if auth_qty is not UNSET:
            field_dict["authQty"] = auth_qty
        if sell_amount is not UNSET:
            field_dict["sellAmount"] = sell_amount
        if auth_flag is not UNSET:
            field_dict["authFlag"] = auth_flag
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holding_listing import HoldingListing  # noqa: PLC0415

        get = src_dict.get
        holding = cls.__new__(cls)
        holding.isin = get("isin", UNSET)

        holding.realized_pnl = get("realizedPnl", UNSET)

        holding.unrealized_pnl = get("unrealizedPnl", UNSET)

        holding.net_pnl = get("netPnl", UNSET)

        holding.net_qty = get("netQty", UNSET)

        holding.buy_price = get("buyPrice", UNSET)

        holding.hold_qty = get("holdQty", UNSET)

        holding.dp_qty = get("dpQty", UNSET)

        holding.ben_qty = get("benQty", UNSET)

        holding.unpledged_qty = get("unpledgedQty", UNSET)

        holding.collateral_qty = get("collateralQty", UNSET)

        holding.brk_coll_qty = get("brkCollQty", UNSET)

        holding.btst_qty = get("btstQty", UNSET)

        holding.used_qty = get("usedQty", UNSET)

        holding.traded_qty = get("tradedQty", UNSET)

        holding.sellable_qty = get("sellableQty", UNSET)

        holding.auth_qty = get("authQty", UNSET)

        holding.sell_amount = get("sellAmount", UNSET)

        holding.auth_flag = get("authFlag", UNSET)

        _symbol = get("symbol", UNSET)
        symbol: list[HoldingListing] | Unset = UNSET
        if _symbol is not UNSET:
            symbol = []
            for symbol_item_data in _symbol:
                symbol_item = HoldingListing.from_dict(symbol_item_data)

                symbol.append(symbol_item)

        holding.symbol = symbol

        holding.additional_properties = (
            {}
            if _HOLDING_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HOLDING_FIELDS}
        )
        return holding

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
