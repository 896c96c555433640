from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionAccountDetails")
_SESSIONACCOUNTDETAILS_FIELDS = frozenset(
    {
        "sessionToken",
        "accountID",
        "accountName",
        "exchangeList",
        "orderTypeList",
        "productList",
    }
)


@_attrs_define
class SessionAccountDetails:
    """Account details returned with a session token (`/session/token`, the legacy `/login`,
    `/webSecretCodeValidation`). Every field is optional.

        Attributes:
            session_token (str | Unset): Session token for the `x-session-token` header (a JWT in v3.2). Valid until 08:00
                IST the next day.
            account_id (str | Unset): Client (account) id.
            account_name (str | Unset):
            exchange_list (list[Exchange | str] | Unset): Exchanges enabled for the account.
            order_type_list (list[OrderTypeOpenType0 | str] | Unset): Order types enabled for the account; may include the
                legacy `MKT` and `SL-M`.
            product_list (list[ProductType | str] | Unset): Products enabled for the account.
    """

    session_token: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    exchange_list: list[Exchange | str] | Unset = UNSET
    order_type_list: list[OrderTypeOpenType0 | str] | Unset = UNSET
    product_list: list[ProductType | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_token = self.session_token

        account_id = self.account_id

        account_name = self.account_name

        exchange_list: list[str] | Unset = UNSET
        if not isinstance(self.exchange_list, Unset):
            exchange_list = []
            for exchange_list_item_data in self.exchange_list:
                exchange_list_item: str
                if isinstance(exchange_list_item_data, str):
                    exchange_list_item = exchange_list_item_data
                else:
                    exchange_list_item = exchange_list_item_data
                exchange_list.append(exchange_list_item)

        order_type_list: list[str] | Unset = UNSET
        if not isinstance(self.order_type_list, Unset):
            order_type_list = []
            for order_type_list_item_data in self.order_type_list:
                order_type_list_item: str
                if isinstance(order_type_list_item_data, str):
                    order_type_list_item = order_type_list_item_data
                else:
                    order_type_list_item = order_type_list_item_data
                order_type_list.append(order_type_list_item)

        product_list: list[str] | Unset = UNSET
        if not isinstance(self.product_list, Unset):
            product_list = []
            for product_list_item_data in self.product_list:
                product_list_item: str
                if isinstance(product_list_item_data, str):
                    product_list_item = product_list_item_data
                else:
                    product_list_item = product_list_item_data
                product_list.append(product_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if exchange_list is not UNSET:
            field_dict["exchangeList"] = exchange_list
        if order_type_list is not UNSET:
            field_dict["orderTypeList"] = order_type_list
        if product_list is not UNSET:
            field_dict["productList"] = product_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        session_account_details = cls.__new__(cls)
        session_account_details.session_token = get("sessionToken", UNSET)

        session_account_details.account_id = get("accountID", UNSET)

        session_account_details.account_name = get("accountName", UNSET)

        _exchange_list = get("exchangeList", UNSET)
        exchange_list: list[Exchange | str] | Unset = UNSET
        if _exchange_list is not UNSET:
            exchange_list = []
            for exchange_list_item_data in _exchange_list:
                exchange_list_item: Exchange | str = exchange_list_item_data

                exchange_list.append(exchange_list_item)

        session_account_details.exchange_list = exchange_list

        _order_type_list = get("orderTypeList", UNSET)
        order_type_list: list[OrderTypeOpenType0 | str] | Unset = UNSET
        if _order_type_list is not UNSET:
            order_type_list = []
            for order_type_list_item_data in _order_type_list:
                order_type_list_item: OrderTypeOpenType0 | str = order_type_list_item_data

                order_type_list.append(order_type_list_item)

        session_account_details.order_type_list = order_type_list

        _product_list = get("productList", UNSET)
        product_list: list[ProductType | str] | Unset = UNSET
        if _product_list is not UNSET:
            product_list = []
            for product_list_item_data in _product_list:
                product_list_item: ProductType | str = product_list_item_data

                product_list.append(product_list_item)

        session_account_details.product_list = product_list

        session_account_details.additional_properties = (
            {}
            if _SESSIONACCOUNTDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SESSIONACCOUNTDETAILS_FIELDS}
        )
        return session_account_details

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
