from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.position_type import PositionType
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionDetail")
_POSITIONDETAIL_FIELDS = frozenset(
    {
        "averagePrice",
        "exchange",
        "markToMarketPrice",
        "lastTradedPrice",
        "previousClose",
        "productCode",
        "tradingSymbol",
        "calculatedNetQuantity",
        "averageBuyPrice",
        "averageSellPrice",
        "boardLotQuantity",
        "boughtPrice",
        "buyQuantity",
        "sellQuantity",
        "carryForwardQuantity",
        "carryForwardValue",
        "multiplier",
        "netPositionValue",
        "netQuantity",
        "netValue",
        "positionType",
        "positionConversions",
        "soldValue",
        "transactionType",
        "realizedGainAndLoss",
        "unrealizedGainAndLoss",
        "companyName",
    }
)


@_attrs_define
class PositionDetail:
    """One position. All values are strings; numbers may carry thousands separators
    (`lastTradedPrice` "2,010.00"; strip `,` before parsing any of them, FR:A3.21).
    `netQuantity` is unsigned: the direction is `transactionType` (`SELL` = short,
    FR:A3.19). A v3.2 integration reads the per-side averages from `averageBuyPrice` /
    `averageSellPrice` and the P&L as `realizedGainAndLoss` + `unrealizedGainAndLoss`
    (FR:A3.21). Every field is optional. The Java SDK spells the company field
    `companyname`; only the README spelling `companyName` is modelled (a second property
    differing only by case is not supported by the generators).

        Attributes:
            average_price (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            mark_to_market_price (str | Unset):
            last_traded_price (str | Unset): May contain thousands separators, e.g. `2,010.00` / `1,550.00` (FR:A3.21).
            previous_close (str | Unset):
            product_code (ProductType | str | Unset):
            trading_symbol (str | Unset):
            calculated_net_quantity (str | Unset):
            average_buy_price (str | Unset): Average price of the bought quantity (FR:A3.21).
            average_sell_price (str | Unset): Average price of the sold quantity (FR:A3.21).
            board_lot_quantity (str | Unset):
            bought_price (str | Unset):
            buy_quantity (str | Unset):
            sell_quantity (str | Unset):
            carry_forward_quantity (str | Unset):
            carry_forward_value (str | Unset):
            multiplier (str | Unset):
            net_position_value (str | Unset):
            net_quantity (str | Unset): Net open quantity, unsigned: a short position has a positive `netQuantity` and
                `transactionType: SELL`; negate it yourself (FR:A3.19).
            net_value (str | Unset):
            position_type (PositionType | str | Unset):
            position_conversions (list[ProductType | str] | Unset): Products this position may be converted to.
            sold_value (str | Unset):
            transaction_type (str | TransactionType | Unset):
            realized_gain_and_loss (str | Unset): Realised P&L; the position's P&L is this plus `unrealizedGainAndLoss`
                (FR:A3.21).
            unrealized_gain_and_loss (str | Unset):
            company_name (str | Unset): Company name (Java SDK model key `companyname`).
    """

    average_price: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    mark_to_market_price: str | Unset = UNSET
    last_traded_price: str | Unset = UNSET
    previous_close: str | Unset = UNSET
    product_code: ProductType | str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    calculated_net_quantity: str | Unset = UNSET
    average_buy_price: str | Unset = UNSET
    average_sell_price: str | Unset = UNSET
    board_lot_quantity: str | Unset = UNSET
    bought_price: str | Unset = UNSET
    buy_quantity: str | Unset = UNSET
    sell_quantity: str | Unset = UNSET
    carry_forward_quantity: str | Unset = UNSET
    carry_forward_value: str | Unset = UNSET
    multiplier: str | Unset = UNSET
    net_position_value: str | Unset = UNSET
    net_quantity: str | Unset = UNSET
    net_value: str | Unset = UNSET
    position_type: PositionType | str | Unset = UNSET
    position_conversions: list[ProductType | str] | Unset = UNSET
    sold_value: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    realized_gain_and_loss: str | Unset = UNSET
    unrealized_gain_and_loss: str | Unset = UNSET
    company_name: str | Unset = UNSET
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

        mark_to_market_price = self.mark_to_market_price

        last_traded_price = self.last_traded_price

        previous_close = self.previous_close

        product_code: str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        elif isinstance(self.product_code, str):
            product_code = self.product_code
        else:
            product_code = self.product_code

        trading_symbol = self.trading_symbol

        calculated_net_quantity = self.calculated_net_quantity

        average_buy_price = self.average_buy_price

        average_sell_price = self.average_sell_price

        board_lot_quantity = self.board_lot_quantity

        bought_price = self.bought_price

        buy_quantity = self.buy_quantity

        sell_quantity = self.sell_quantity

        carry_forward_quantity = self.carry_forward_quantity

        carry_forward_value = self.carry_forward_value

        multiplier = self.multiplier

        net_position_value = self.net_position_value

        net_quantity = self.net_quantity

        net_value = self.net_value

        position_type: str | Unset
        if isinstance(self.position_type, Unset):
            position_type = UNSET
        elif isinstance(self.position_type, str):
            position_type = self.position_type
        else:
            position_type = self.position_type

        position_conversions: list[str] | Unset = UNSET
        if not isinstance(self.position_conversions, Unset):
            position_conversions = []
            for position_conversions_item_data in self.position_conversions:
                position_conversions_item: str
                if isinstance(position_conversions_item_data, str):
                    position_conversions_item = position_conversions_item_data
                else:
                    position_conversions_item = position_conversions_item_data
                position_conversions.append(position_conversions_item)

        sold_value = self.sold_value

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        realized_gain_and_loss = self.realized_gain_and_loss

        unrealized_gain_and_loss = self.unrealized_gain_and_loss

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if mark_to_market_price is not UNSET:
            field_dict["markToMarketPrice"] = mark_to_market_price
        if last_traded_price is not UNSET:
            field_dict["lastTradedPrice"] = last_traded_price
        if previous_close is not UNSET:
            field_dict["previousClose"] = previous_close
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if calculated_net_quantity is not UNSET:
            field_dict["calculatedNetQuantity"] = calculated_net_quantity
        if average_buy_price is not UNSET:
            field_dict["averageBuyPrice"] = average_buy_price
        if average_sell_price is not UNSET:
            field_dict["averageSellPrice"] = average_sell_price
        if board_lot_quantity is not UNSET:
            field_dict["boardLotQuantity"] = board_lot_quantity
        if bought_price is not UNSET:
            field_dict["boughtPrice"] = bought_price
        if buy_quantity is not UNSET:
            field_dict["buyQuantity"] = buy_quantity
        if sell_quantity is not UNSET:
            field_dict["sellQuantity"] = sell_quantity
        if carry_forward_quantity is not UNSET:
            field_dict["carryForwardQuantity"] = carry_forward_quantity
        if carry_forward_value is not UNSET:
            field_dict["carryForwardValue"] = carry_forward_value
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if net_position_value is not UNSET:
            field_dict["netPositionValue"] = net_position_value
        if net_quantity is not UNSET:
            field_dict["netQuantity"] = net_quantity
        if net_value is not UNSET:
            field_dict["netValue"] = net_value
        if position_type is not UNSET:
            field_dict["positionType"] = position_type
        if position_conversions is not UNSET:
            field_dict["positionConversions"] = position_conversions
        if sold_value is not UNSET:
            field_dict["soldValue"] = sold_value
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if realized_gain_and_loss is not UNSET:
            field_dict["realizedGainAndLoss"] = realized_gain_and_loss
        if unrealized_gain_and_loss is not UNSET:
            field_dict["unrealizedGainAndLoss"] = unrealized_gain_and_loss
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_detail = cls.__new__(cls)
        position_detail.average_price = get("averagePrice", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        position_detail.exchange = exchange

        position_detail.mark_to_market_price = get("markToMarketPrice", UNSET)

        position_detail.last_traded_price = get("lastTradedPrice", UNSET)

        position_detail.previous_close = get("previousClose", UNSET)

        product_code: ProductType | str | Unset = get("productCode", UNSET)

        position_detail.product_code = product_code

        position_detail.trading_symbol = get("tradingSymbol", UNSET)

        position_detail.calculated_net_quantity = get("calculatedNetQuantity", UNSET)

        position_detail.average_buy_price = get("averageBuyPrice", UNSET)

        position_detail.average_sell_price = get("averageSellPrice", UNSET)

        position_detail.board_lot_quantity = get("boardLotQuantity", UNSET)

        position_detail.bought_price = get("boughtPrice", UNSET)

        position_detail.buy_quantity = get("buyQuantity", UNSET)

        position_detail.sell_quantity = get("sellQuantity", UNSET)

        position_detail.carry_forward_quantity = get("carryForwardQuantity", UNSET)

        position_detail.carry_forward_value = get("carryForwardValue", UNSET)

        position_detail.multiplier = get("multiplier", UNSET)

        position_detail.net_position_value = get("netPositionValue", UNSET)

        position_detail.net_quantity = get("netQuantity", UNSET)

        position_detail.net_value = get("netValue", UNSET)

        position_type: PositionType | str | Unset = get("positionType", UNSET)

        position_detail.position_type = position_type

        _position_conversions = get("positionConversions", UNSET)
        position_conversions: list[ProductType | str] | Unset = UNSET
        if _position_conversions is not UNSET:
            position_conversions = []
            for position_conversions_item_data in _position_conversions:
                position_conversions_item: ProductType | str = position_conversions_item_data

                position_conversions.append(position_conversions_item)

        position_detail.position_conversions = position_conversions

        position_detail.sold_value = get("soldValue", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        position_detail.transaction_type = transaction_type

        position_detail.realized_gain_and_loss = get("realizedGainAndLoss", UNSET)

        position_detail.unrealized_gain_and_loss = get("unrealizedGainAndLoss", UNSET)

        position_detail.company_name = get("companyName", UNSET)

        position_detail.additional_properties = (
            {}
            if _POSITIONDETAIL_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONDETAIL_FIELDS}
        )
        return position_detail

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
