from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HoldingV1")
_HOLDINGV1_FIELDS = frozenset(
    {
        "nseTradingSymbol",
        "bseTradingSymbol",
        "dpQuantity",
        "totalQuantity",
        "t1Quantity",
        "averageTradedPrice",
        "nseInstrumentId",
        "isin",
        "sellableQty",
    }
)


@_attrs_define
class HoldingV1:
    """UNSURE: one holding of the SDK layout, with the fields integrations read on the
    platform's other deployment [FR:B4.7] [AB] (`dpQuantity` or `totalQuantity` for the
    quantity held). Any other fields are kept.

        Attributes:
            nse_trading_symbol (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            bse_trading_symbol (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            dp_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            total_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            t_1_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            average_traded_price (float | None | str | Unset): A response value whose JSON type is not known (a field read
                by integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            nse_instrument_id (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            isin (float | None | str | Unset): A response value whose JSON type is not known (a field read by integrations
                of the
                platform's other deployment, which convert it themselves): string, number or null.
            sellable_qty (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
    """

    nse_trading_symbol: float | None | str | Unset = UNSET
    bse_trading_symbol: float | None | str | Unset = UNSET
    dp_quantity: float | None | str | Unset = UNSET
    total_quantity: float | None | str | Unset = UNSET
    t_1_quantity: float | None | str | Unset = UNSET
    average_traded_price: float | None | str | Unset = UNSET
    nse_instrument_id: float | None | str | Unset = UNSET
    isin: float | None | str | Unset = UNSET
    sellable_qty: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nse_trading_symbol: float | None | str | Unset
        if isinstance(self.nse_trading_symbol, Unset):
            nse_trading_symbol = UNSET
        else:
            nse_trading_symbol = self.nse_trading_symbol

        bse_trading_symbol: float | None | str | Unset
        if isinstance(self.bse_trading_symbol, Unset):
            bse_trading_symbol = UNSET
        else:
            bse_trading_symbol = self.bse_trading_symbol

        dp_quantity: float | None | str | Unset
        if isinstance(self.dp_quantity, Unset):
            dp_quantity = UNSET
        else:
            dp_quantity = self.dp_quantity

        total_quantity: float | None | str | Unset
        if isinstance(self.total_quantity, Unset):
            total_quantity = UNSET
        else:
            total_quantity = self.total_quantity

        t_1_quantity: float | None | str | Unset
        if isinstance(self.t_1_quantity, Unset):
            t_1_quantity = UNSET
        else:
            t_1_quantity = self.t_1_quantity

        average_traded_price: float | None | str | Unset
        if isinstance(self.average_traded_price, Unset):
            average_traded_price = UNSET
        else:
            average_traded_price = self.average_traded_price

        nse_instrument_id: float | None | str | Unset
        if isinstance(self.nse_instrument_id, Unset):
            nse_instrument_id = UNSET
        else:
            nse_instrument_id = self.nse_instrument_id

        isin: float | None | str | Unset
        if isinstance(self.isin, Unset):
            isin = UNSET
        else:
            isin = self.isin

        sellable_qty: float | None | str | Unset
        if isinstance(self.sellable_qty, Unset):
            sellable_qty = UNSET
        else:
            sellable_qty = self.sellable_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nse_trading_symbol is not UNSET:
            field_dict["nseTradingSymbol"] = nse_trading_symbol
        if bse_trading_symbol is not UNSET:
            field_dict["bseTradingSymbol"] = bse_trading_symbol
        if dp_quantity is not UNSET:
            field_dict["dpQuantity"] = dp_quantity
        if total_quantity is not UNSET:
            field_dict["totalQuantity"] = total_quantity
        if t_1_quantity is not UNSET:
            field_dict["t1Quantity"] = t_1_quantity
        if average_traded_price is not UNSET:
            field_dict["averageTradedPrice"] = average_traded_price
        if nse_instrument_id is not UNSET:
            field_dict["nseInstrumentId"] = nse_instrument_id
        if isin is not UNSET:
            field_dict["isin"] = isin
        if sellable_qty is not UNSET:
            field_dict["sellableQty"] = sellable_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        holding_v1 = cls.__new__(cls)

        def _parse_nse_trading_symbol(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        nse_trading_symbol = _parse_nse_trading_symbol(get("nseTradingSymbol", UNSET))

        holding_v1.nse_trading_symbol = nse_trading_symbol

        def _parse_bse_trading_symbol(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        bse_trading_symbol = _parse_bse_trading_symbol(get("bseTradingSymbol", UNSET))

        holding_v1.bse_trading_symbol = bse_trading_symbol

        def _parse_dp_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        dp_quantity = _parse_dp_quantity(get("dpQuantity", UNSET))

        holding_v1.dp_quantity = dp_quantity

        def _parse_total_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_quantity = _parse_total_quantity(get("totalQuantity", UNSET))

        holding_v1.total_quantity = total_quantity

        def _parse_t_1_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        t_1_quantity = _parse_t_1_quantity(get("t1Quantity", UNSET))

        holding_v1.t_1_quantity = t_1_quantity

        def _parse_average_traded_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        average_traded_price = _parse_average_traded_price(get("averageTradedPrice", UNSET))

        holding_v1.average_traded_price = average_traded_price

        def _parse_nse_instrument_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        nse_instrument_id = _parse_nse_instrument_id(get("nseInstrumentId", UNSET))

        holding_v1.nse_instrument_id = nse_instrument_id

        def _parse_isin(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        isin = _parse_isin(get("isin", UNSET))

        holding_v1.isin = isin

        def _parse_sellable_qty(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        sellable_qty = _parse_sellable_qty(get("sellableQty", UNSET))

        holding_v1.sellable_qty = sellable_qty

        holding_v1.additional_properties = (
            {}
            if _HOLDINGV1_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HOLDINGV1_FIELDS}
        )
        return holding_v1

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
