from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type

T = TypeVar("T", bound="PositionSquareOffItem")
_POSITIONSQUAREOFFITEM_FIELDS = frozenset(
    {
        "exchange",
        "symbolName",
        "productType",
        "netQuantity",
        "transactionType",
    }
)


@_attrs_define
class PositionSquareOffItem:
    """One position to square off. All numbers are strings.

    Attributes:
        exchange (Exchange): Exchange code. NSE is the default where a field is optional; the code is mandatory for
            the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
            in each operation.
        symbol_name (str): Equity scrip name (cash) or trading symbol (F&O).
        product_type (ProductType): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO` bracket.
        net_quantity (str): A positive whole number sent as a JSON string.
        transaction_type (TransactionType):
    """

    exchange: Exchange
    symbol_name: str
    product_type: ProductType
    net_quantity: str
    transaction_type: TransactionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str = self.exchange

        symbol_name = self.symbol_name

        product_type: str = self.product_type

        net_quantity = self.net_quantity

        transaction_type: str = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbolName": symbol_name,
                "productType": product_type,
                "netQuantity": net_quantity,
                "transactionType": transaction_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_square_off_item = cls.__new__(cls)
        exchange = check_exchange(src_dict["exchange"])

        position_square_off_item.exchange = exchange

        position_square_off_item.symbol_name = src_dict["symbolName"]

        product_type = check_product_type(src_dict["productType"])

        position_square_off_item.product_type = product_type

        position_square_off_item.net_quantity = src_dict["netQuantity"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        position_square_off_item.transaction_type = transaction_type

        position_square_off_item.additional_properties = (
            {}
            if _POSITIONSQUAREOFFITEM_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONSQUAREOFFITEM_FIELDS}
        )
        return position_square_off_item

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
