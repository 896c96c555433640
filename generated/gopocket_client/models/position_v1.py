from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionV1")
_POSITIONV1_FIELDS = frozenset(
    {
        "netQuantity",
        "netAveragePrice",
        "dayBuyPrice",
        "daySellPrice",
        "buyQuantity",
        "sellQuantity",
        "mtm",
        "unrealisedPnl",
        "realizedPnl",
    }
)


@_attrs_define
class PositionV1:
    """UNSURE: one position of the SDK layout, with the fields integrations read on the
    platform's other deployment [FR:B4.7] [AB]. `netQuantity` is signed (negative = short).
    That deployment's positions carry no last traded price ("positions API does not return
    LTP"). Any other fields are kept.

        Attributes:
            net_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            net_average_price (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            day_buy_price (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            day_sell_price (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            buy_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            sell_quantity (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            mtm (float | None | str | Unset): A response value whose JSON type is not known (a field read by integrations of
                the
                platform's other deployment, which convert it themselves): string, number or null.
            unrealised_pnl (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
            realized_pnl (float | None | str | Unset): A response value whose JSON type is not known (a field read by
                integrations of the
                platform's other deployment, which convert it themselves): string, number or null.
    """

    net_quantity: float | None | str | Unset = UNSET
    net_average_price: float | None | str | Unset = UNSET
    day_buy_price: float | None | str | Unset = UNSET
    day_sell_price: float | None | str | Unset = UNSET
    buy_quantity: float | None | str | Unset = UNSET
    sell_quantity: float | None | str | Unset = UNSET
    mtm: float | None | str | Unset = UNSET
    unrealised_pnl: float | None | str | Unset = UNSET
    realized_pnl: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_quantity: float | None | str | Unset
        if isinstance(self.net_quantity, Unset):
            net_quantity = UNSET
        else:
            net_quantity = self.net_quantity

        net_average_price: float | None | str | Unset
        if isinstance(self.net_average_price, Unset):
            net_average_price = UNSET
        else:
            net_average_price = self.net_average_price

        day_buy_price: float | None | str | Unset
        if isinstance(self.day_buy_price, Unset):
            day_buy_price = UNSET
        else:
            day_buy_price = self.day_buy_price

        day_sell_price: float | None | str | Unset
        if isinstance(self.day_sell_price, Unset):
            day_sell_price = UNSET
        else:
            day_sell_price = self.day_sell_price

        buy_quantity: float | None | str | Unset
        if isinstance(self.buy_quantity, Unset):
            buy_quantity = UNSET
        else:
            buy_quantity = self.buy_quantity

        sell_quantity: float | None | str | Unset
        if isinstance(self.sell_quantity, Unset):
            sell_quantity = UNSET
        else:
            sell_quantity = self.sell_quantity

        mtm: float | None | str | Unset
        if isinstance(self.mtm, Unset):
            mtm = UNSET
        else:
            mtm = self.mtm

        unrealised_pnl: float | None | str | Unset
        if isinstance(self.unrealised_pnl, Unset):
            unrealised_pnl = UNSET
        else:
            unrealised_pnl = self.unrealised_pnl

        realized_pnl: float | None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_quantity is not UNSET:
            field_dict["netQuantity"] = net_quantity
        if net_average_price is not UNSET:
            field_dict["netAveragePrice"] = net_average_price
        if day_buy_price is not UNSET:
            field_dict["dayBuyPrice"] = day_buy_price
        if day_sell_price is not UNSET:
            field_dict["daySellPrice"] = day_sell_price
        if buy_quantity is not UNSET:
            field_dict["buyQuantity"] = buy_quantity
        if sell_quantity is not UNSET:
            field_dict["sellQuantity"] = sell_quantity
        if mtm is not UNSET:
            field_dict["mtm"] = mtm
        if unrealised_pnl is not UNSET:
            field_dict["unrealisedPnl"] = unrealised_pnl
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_v1 = cls.__new__(cls)

        def _parse_net_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        net_quantity = _parse_net_quantity(get("netQuantity", UNSET))

        position_v1.net_quantity = net_quantity

        def _parse_net_average_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        net_average_price = _parse_net_average_price(get("netAveragePrice", UNSET))

        position_v1.net_average_price = net_average_price

        def _parse_day_buy_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        day_buy_price = _parse_day_buy_price(get("dayBuyPrice", UNSET))

        position_v1.day_buy_price = day_buy_price

        def _parse_day_sell_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        day_sell_price = _parse_day_sell_price(get("daySellPrice", UNSET))

        position_v1.day_sell_price = day_sell_price

        def _parse_buy_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        buy_quantity = _parse_buy_quantity(get("buyQuantity", UNSET))

        position_v1.buy_quantity = buy_quantity

        def _parse_sell_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        sell_quantity = _parse_sell_quantity(get("sellQuantity", UNSET))

        position_v1.sell_quantity = sell_quantity

        def _parse_mtm(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        mtm = _parse_mtm(get("mtm", UNSET))

        position_v1.mtm = mtm

        def _parse_unrealised_pnl(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unrealised_pnl = _parse_unrealised_pnl(get("unrealisedPnl", UNSET))

        position_v1.unrealised_pnl = unrealised_pnl

        def _parse_realized_pnl(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        realized_pnl = _parse_realized_pnl(get("realizedPnl", UNSET))

        position_v1.realized_pnl = realized_pnl

        position_v1.additional_properties = (
            {}
            if _POSITIONV1_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONV1_FIELDS}
        )
        return position_v1

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
