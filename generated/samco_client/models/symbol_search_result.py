from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..types import UNSET, Unset

T = TypeVar("T", bound="SymbolSearchResult")
_SYMBOLSEARCHRESULT_FIELDS = frozenset(
    {
        "tradingSymbol",
        "exchange",
        "instrument",
        "instrumentName",
        "quantityInLots",
        "scripDescription",
        "isin",
        "bodLotQuantity",
        "tickSize",
    }
)


@_attrs_define
class SymbolSearchResult:
    """One search hit: the union of the fields seen under the three result keys (Python:
    `tradingSymbol`, `instrument`, `exchange`; Node: `instrumentName`, `quantityInLots`;
    Java: `scripDescription`, `isin`, `bodLotQuantity`, `tickSize`). Value types of the
    Node/Java-only numeric fields are not documented, so they accept strings and numbers.

        Attributes:
            trading_symbol (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            instrument (str | Unset): Open set, e.g. `OPTIDX`.
            instrument_name (str | Unset):
            quantity_in_lots (float | str | Unset):
            scrip_description (str | Unset):
            isin (str | Unset):
            bod_lot_quantity (float | str | Unset):
            tick_size (float | str | Unset):
    """

    trading_symbol: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    instrument: str | Unset = UNSET
    instrument_name: str | Unset = UNSET
    quantity_in_lots: float | str | Unset = UNSET
    scrip_description: str | Unset = UNSET
    isin: str | Unset = UNSET
    bod_lot_quantity: float | str | Unset = UNSET
    tick_size: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_symbol = self.trading_symbol

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        instrument = self.instrument

        instrument_name = self.instrument_name

        quantity_in_lots: float | str | Unset
        if isinstance(self.quantity_in_lots, Unset):
            quantity_in_lots = UNSET
        else:
            quantity_in_lots = self.quantity_in_lots

        scrip_description = self.scrip_description

        isin = self.isin

        bod_lot_quantity: float | str | Unset
        if isinstance(self.bod_lot_quantity, Unset):
            bod_lot_quantity = UNSET
        else:
            bod_lot_quantity = self.bod_lot_quantity

        tick_size: float | str | Unset
        if isinstance(self.tick_size, Unset):
            tick_size = UNSET
        else:
            tick_size = self.tick_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if instrument_name is not UNSET:
            field_dict["instrumentName"] = instrument_name
        if quantity_in_lots is not UNSET:
            field_dict["quantityInLots"] = quantity_in_lots
        if scrip_description is not UNSET:
            field_dict["scripDescription"] = scrip_description
        if isin is not UNSET:
            field_dict["isin"] = isin
        if bod_lot_quantity is not UNSET:
            field_dict["bodLotQuantity"] = bod_lot_quantity
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        symbol_search_result = cls.__new__(cls)
        symbol_search_result.trading_symbol = get("tradingSymbol", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        symbol_search_result.exchange = exchange

        symbol_search_result.instrument = get("instrument", UNSET)

        symbol_search_result.instrument_name = get("instrumentName", UNSET)

        def _parse_quantity_in_lots(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quantity_in_lots = _parse_quantity_in_lots(get("quantityInLots", UNSET))

        symbol_search_result.quantity_in_lots = quantity_in_lots

        symbol_search_result.scrip_description = get("scripDescription", UNSET)

        symbol_search_result.isin = get("isin", UNSET)

        def _parse_bod_lot_quantity(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bod_lot_quantity = _parse_bod_lot_quantity(get("bodLotQuantity", UNSET))

        symbol_search_result.bod_lot_quantity = bod_lot_quantity

        def _parse_tick_size(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        tick_size = _parse_tick_size(get("tickSize", UNSET))

        symbol_search_result.tick_size = tick_size

        symbol_search_result.additional_properties = (
            {}
            if _SYMBOLSEARCHRESULT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SYMBOLSEARCHRESULT_FIELDS}
        )
        return symbol_search_result

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
