from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..models.exchange import Exchange
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionSquareOffResult")
_POSITIONSQUAREOFFRESULT_FIELDS = frozenset(
    {
        "status",
        "statusMessage",
        "exchange",
        "symbolName",
        "productType",
        "netQuantity",
        "transactionType",
    }
)


@_attrs_define
class PositionSquareOffResult:
    """Outcome for one position. The Java SDK model spells the outcome key `Status` (capital S)
    and echoes the request fields; the Python sample uses `status`, which is modelled here.

        Attributes:
            status (EnvelopeStatus | str | Unset): `Success` or `Failure`; any other string parses too.
            status_message (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            symbol_name (str | Unset):
            product_type (ProductType | str | Unset):
            net_quantity (str | Unset):
            transaction_type (str | TransactionType | Unset):
    """

    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    product_type: ProductType | str | Unset = UNSET
    net_quantity: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_message = self.status_message

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        symbol_name = self.symbol_name

        product_type: str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, str):
            product_type = self.product_type
        else:
            product_type = self.product_type

        net_quantity = self.net_quantity

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if net_quantity is not UNSET:
            field_dict["netQuantity"] = net_quantity
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_square_off_result = cls.__new__(cls)
        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        position_square_off_result.status = status

        position_square_off_result.status_message = get("statusMessage", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        position_square_off_result.exchange = exchange

        position_square_off_result.symbol_name = get("symbolName", UNSET)

        product_type: ProductType | str | Unset = get("productType", UNSET)

        position_square_off_result.product_type = product_type

        position_square_off_result.net_quantity = get("netQuantity", UNSET)

        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        position_square_off_result.transaction_type = transaction_type

        position_square_off_result.additional_properties = (
            {}
            if _POSITIONSQUAREOFFRESULT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONSQUAREOFFRESULT_FIELDS}
        )
        return position_square_off_result

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
