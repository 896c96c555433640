from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HoldingDetail")
_HOLDINGDETAIL_FIELDS = frozenset(
    {
        "averagePrice",
        "exchange",
        "lastTradedPrice",
        "previousClose",
        "productCode",
        "symbolDescription",
        "tradingSymbol",
        "totalGainAndLoss",
        "holdingsQuantity",
        "collateralQuantity",
        "holdingsValue",
        "sellableQuantity",
        "ISIN",
        "markToMarketPrice",
        "calculatedNetQuantity",
        "totalMarketToMarketPrice",
    }
)


@_attrs_define
class HoldingDetail:
    """One CNC holding. All values are strings; every field is optional. A v3.2 integration
    reads `tradingSymbol`, `exchange`, `holdingsQuantity`, `totalGainAndLoss` and
    `holdingsValue` (FR:A3.22). LEAN's 2021 model also has `ISIN` (upper case),
    `markToMarketPrice`, `calculatedNetQuantity` and `totalMarketToMarketPrice`
    (unverified; declared as optional).

        Attributes:
            average_price (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            last_traded_price (str | Unset):
            previous_close (str | Unset):
            product_code (ProductType | str | Unset):
            symbol_description (str | Unset):
            trading_symbol (str | Unset):
            total_gain_and_loss (str | Unset):
            holdings_quantity (str | Unset):
            collateral_quantity (str | Unset):
            holdings_value (str | Unset):
            sellable_quantity (str | Unset):
            isin (str | Unset): ISIN of the scrip (LEAN's 2021 model, upper-case key; unverified, FR:A3.22).
            mark_to_market_price (str | Unset): LEAN's 2021 model (unverified, FR:A3.22).
            calculated_net_quantity (str | Unset): LEAN's 2021 model (unverified, FR:A3.22).
            total_market_to_market_price (str | Unset): LEAN's 2021 model (unverified, FR:A3.22).
    """

    average_price: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    last_traded_price: str | Unset = UNSET
    previous_close: str | Unset = UNSET
    product_code: ProductType | str | Unset = UNSET
    symbol_description: str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    total_gain_and_loss: str | Unset = UNSET
    holdings_quantity: str | Unset = UNSET
    collateral_quantity: str | Unset = UNSET
    holdings_value: str | Unset = UNSET
    sellable_quantity: str | Unset = UNSET
    isin: str | Unset = UNSET
    mark_to_market_price: str | Unset = UNSET
    calculated_net_quantity: str | Unset = UNSET
    total_market_to_market_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_price = self.average_price

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        last_traded_price = self.last_traded_price

        previous_close = self.previous_close

        product_code: str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        elif isinstance(self.product_code, str):
            product_code = self.product_code
        else:
            product_code = self.product_code

        symbol_description = self.symbol_description

        trading_symbol = self.trading_symbol

        total_gain_and_loss = self.total_gain_and_loss

        holdings_quantity = self.holdings_quantity

        collateral_quantity = self.collateral_quantity

        holdings_value = self.holdings_value

        sellable_quantity = self.sellable_quantity

        isin = self.isin

        mark_to_market_price = self.mark_to_market_price

        calculated_net_quantity = self.calculated_net_quantity

        total_market_to_market_price = self.total_market_to_market_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if last_traded_price is not UNSET:
            field_dict["lastTradedPrice"] = last_traded_price
        if previous_close is not UNSET:
            field_dict["previousClose"] = previous_close
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if symbol_description is not UNSET:
            field_dict["symbolDescription"] = symbol_description
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if total_gain_and_loss is not UNSET:
            field_dict["totalGainAndLoss"] = total_gain_and_loss
        if holdings_quantity is not UNSET:
            field_dict["holdingsQuantity"] = holdings_quantity
        if collateral_quantity is not UNSET:
            field_dict["collateralQuantity"] = collateral_quantity
        if holdings_value is not UNSET:
            field_dict["holdingsValue"] = holdings_value
        if sellable_quantity is not UNSET:
            field_dict["sellableQuantity"] = sellable_quantity
        if isin is not UNSET:
            field_dict["ISIN"] = isin
        if mark_to_market_price is not UNSET:
            field_dict["markToMarketPrice"] = mark_to_market_price
        if calculated_net_quantity is not UNSET:
            field_dict["calculatedNetQuantity"] = calculated_net_quantity
        if total_market_to_market_price is not UNSET:
            field_dict["totalMarketToMarketPrice"] = total_market_to_market_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        holding_detail = cls.__new__(cls)
        holding_detail.average_price = get("averagePrice", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        holding_detail.exchange = exchange

        holding_detail.last_traded_price = get("lastTradedPrice", UNSET)

        holding_detail.previous_close = get("previousClose", UNSET)

        product_code: ProductType | str | Unset = get("productCode", UNSET)

        holding_detail.product_code = product_code

        holding_detail.symbol_description = get("symbolDescription", UNSET)

        holding_detail.trading_symbol = get("tradingSymbol", UNSET)

        holding_detail.total_gain_and_loss = get("totalGainAndLoss", UNSET)

        holding_detail.holdings_quantity = get("holdingsQuantity", UNSET)

        holding_detail.collateral_quantity = get("collateralQuantity", UNSET)

        holding_detail.holdings_value = get("holdingsValue", UNSET)

        holding_detail.sellable_quantity = get("sellableQuantity", UNSET)

        holding_detail.isin = get("ISIN", UNSET)

        holding_detail.mark_to_market_price = get("markToMarketPrice", UNSET)

        holding_detail.calculated_net_quantity = get("calculatedNetQuantity", UNSET)

        holding_detail.total_market_to_market_price = get("totalMarketToMarketPrice", UNSET)

        holding_detail.additional_properties = (
            {}
            if _HOLDINGDETAIL_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HOLDINGDETAIL_FIELDS}
        )
        return holding_detail

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
