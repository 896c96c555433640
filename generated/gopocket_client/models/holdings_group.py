from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product import Product
from ..models.product_code import ProductCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holding import Holding


T = TypeVar("T", bound="HoldingsGroup")
_HOLDINGSGROUP_FIELDS = frozenset(
    {
        "poa",
        "product",
        "holdings",
    }
)


@_attrs_define
class HoldingsGroup:
    """Holdings of one product (e.g. CNC).

    Attributes:
        poa (bool | Unset): Power-of-attorney flag.
        product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
            `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
        holdings (list[Holding] | Unset):
    """

    poa: bool | Unset = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    holdings: list[Holding] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        poa = self.poa

        product: str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, str):
            product = self.product
        elif isinstance(self.product, str):
            product = self.product
        else:
            product = self.product

        holdings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.holdings, Unset):
            holdings = []
            for holdings_item_data in self.holdings:
                holdings_item = holdings_item_data.to_dict()
                holdings.append(holdings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if poa is not UNSET:
            field_dict["poa"] = poa
        if product is not UNSET:
            field_dict["product"] = product
        if holdings is not UNSET:
            field_dict["holdings"] = holdings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holding import Holding  # noqa: PLC0415

        get = src_dict.get
        holdings_group = cls.__new__(cls)
        holdings_group.poa = get("poa", UNSET)

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        holdings_group.product = product

        _holdings = get("holdings", UNSET)
        holdings: list[Holding] | Unset = UNSET
        if _holdings is not UNSET:
            holdings = []
            for holdings_item_data in _holdings:
                holdings_item = Holding.from_dict(holdings_item_data)

                holdings.append(holdings_item)

        holdings_group.holdings = holdings

        holdings_group.additional_properties = (
            {}
            if _HOLDINGSGROUP_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _HOLDINGSGROUP_FIELDS}
        )
        return holdings_group

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
