from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEntryV1")


@_attrs_define
class OrderEntryV1:
    """UNSURE: an order / trade / history row of the SDK layout. The named fields are the ones
    third-party code reads on the platform's `open-api/od/v1` deployment; any other fields
    are kept.

        Attributes:
            broker_order_id (None | str | Unset):
            order_status (None | str | Unset): Open set (e.g. `OPEN`, `COMPLETE`, `REJECTED`, `CANCELLED`).
            filled_quantity (None | str | Unset):
            transaction_type (str | TransactionType | Unset):
            formatted_instrument_name (None | str | Unset):
    """

    broker_order_id: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    filled_quantity: None | str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    formatted_instrument_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_order_id: None | str | Unset
        if isinstance(self.broker_order_id, Unset):
            broker_order_id = UNSET
        else:
            broker_order_id = self.broker_order_id

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        filled_quantity: None | str | Unset
        if isinstance(self.filled_quantity, Unset):
            filled_quantity = UNSET
        else:
            filled_quantity = self.filled_quantity

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        formatted_instrument_name: None | str | Unset
        if isinstance(self.formatted_instrument_name, Unset):
            formatted_instrument_name = UNSET
        else:
            formatted_instrument_name = self.formatted_instrument_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_order_id is not UNSET:
            field_dict["brokerOrderId"] = broker_order_id
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if formatted_instrument_name is not UNSET:
            field_dict["formattedInstrumentName"] = formatted_instrument_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_broker_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        broker_order_id = _parse_broker_order_id(d.pop("brokerOrderId", UNSET))

        def _parse_order_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status = _parse_order_status(d.pop("orderStatus", UNSET))

        def _parse_filled_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filled_quantity = _parse_filled_quantity(d.pop("filledQuantity", UNSET))

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

        def _parse_formatted_instrument_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_instrument_name = _parse_formatted_instrument_name(
            d.pop("formattedInstrumentName", UNSET)
        )

        order_entry_v1 = cls(
            broker_order_id=broker_order_id,
            order_status=order_status,
            filled_quantity=filled_quantity,
            transaction_type=transaction_type,
            formatted_instrument_name=formatted_instrument_name,
        )

        order_entry_v1.additional_properties = d
        return order_entry_v1

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
