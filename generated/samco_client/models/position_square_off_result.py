from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus, check_envelope_status
from ..models.exchange import Exchange, check_exchange
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionSquareOffResult")


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
        d = dict(src_dict)

        def _parse_status(data: object) -> EnvelopeStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_envelope_status_open_type_0 = check_envelope_status(data)

                return componentsschemas_envelope_status_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvelopeStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        status_message = d.pop("statusMessage", UNSET)

        def _parse_exchange(data: object) -> Exchange | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_exchange_open_type_0 = check_exchange(data)

                return componentsschemas_exchange_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Exchange | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        symbol_name = d.pop("symbolName", UNSET)

        def _parse_product_type(data: object) -> ProductType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_product_type_open_type_0 = check_product_type(data)

                return componentsschemas_product_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProductType | str | Unset, data)

        product_type = _parse_product_type(d.pop("productType", UNSET))

        net_quantity = d.pop("netQuantity", UNSET)

        def _parse_transaction_type(data: object) -> str | TransactionType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_transaction_type_open_type_0 = check_transaction_type(data)

                return componentsschemas_transaction_type_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TransactionType | Unset, data)

        transaction_type = _parse_transaction_type(d.pop("transactionType", UNSET))

        position_square_off_result = cls(
            status=status,
            status_message=status_message,
            exchange=exchange,
            symbol_name=symbol_name,
            product_type=product_type,
            net_quantity=net_quantity,
            transaction_type=transaction_type,
        )

        position_square_off_result.additional_properties = d
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
