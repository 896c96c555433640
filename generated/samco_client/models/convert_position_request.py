from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.position_type import PositionType, check_position_type
from ..models.regular_product_type import RegularProductType, check_regular_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertPositionRequest")
_CONVERTPOSITIONREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "transactionType",
        "positionType",
        "netQuantity",
        "quantityToConvert",
        "fromProductType",
        "toProductType",
        "exchange",
    }
)


@_attrs_define
class ConvertPositionRequest:
    """Converts (part of) a position to another product. All numbers are strings.
    `quantityToConvert` must not exceed `netQuantity`.

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O).
            transaction_type (TransactionType):
            position_type (PositionType): `DAY` today's positions, `NET` carry-forward positions.
            net_quantity (str): A positive whole number sent as a JSON string.
            quantity_to_convert (str): A positive whole number sent as a JSON string.
            from_product_type (RegularProductType): Products of regular orders and position conversion (CO/BO have their own
                endpoints).
            to_product_type (RegularProductType): Products of regular orders and position conversion (CO/BO have their own
                endpoints).
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
    """

    symbol_name: str
    transaction_type: TransactionType
    position_type: PositionType
    net_quantity: str
    quantity_to_convert: str
    from_product_type: RegularProductType
    to_product_type: RegularProductType
    exchange: Exchange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        position_type: str = self.position_type

        net_quantity = self.net_quantity

        quantity_to_convert = self.quantity_to_convert

        from_product_type: str = self.from_product_type

        to_product_type: str = self.to_product_type

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolName": symbol_name,
                "transactionType": transaction_type,
                "positionType": position_type,
                "netQuantity": net_quantity,
                "quantityToConvert": quantity_to_convert,
                "fromProductType": from_product_type,
                "toProductType": to_product_type,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        convert_position_request = cls.__new__(cls)
        convert_position_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        convert_position_request.transaction_type = transaction_type

        position_type = check_position_type(src_dict["positionType"])

        convert_position_request.position_type = position_type

        convert_position_request.net_quantity = src_dict["netQuantity"]

        convert_position_request.quantity_to_convert = src_dict["quantityToConvert"]

        from_product_type = check_regular_product_type(src_dict["fromProductType"])

        convert_position_request.from_product_type = from_product_type

        to_product_type = check_regular_product_type(src_dict["toProductType"])

        convert_position_request.to_product_type = to_product_type

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        convert_position_request.exchange = exchange

        convert_position_request.additional_properties = (
            {}
            if _CONVERTPOSITIONREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CONVERTPOSITIONREQUEST_FIELDS}
        )
        return convert_position_request

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
