from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..models.exchange import Exchange
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionTokenResponse")
_SESSIONTOKENRESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "sessionToken",
        "accountID",
        "accountName",
        "exchangeList",
        "orderTypeList",
        "productList",
        "tokenId",
        "srcIp",
        "primaryIp",
        "secondaryIp",
        "validity",
    }
)


@_attrs_define
class SessionTokenResponse:
    """Union of all sources; every field is optional because the PY README sample carries only
    `status`, `sessionToken` and `validity`, while NODE/JAVA show the full account object.

        Attributes:
            server_time (str | Unset): Server time in IST, format `dd/MM/yy HH:mm:ss`.
            msg_id (str | Unset): Per-request id (a UUID) to quote to Samco support. Absent from some failure bodies
                (a real one: `{"serverTime":"30/09/20 13:41:28","status":"Failure","statusMessage":"SymbolName not available"}`,
                FR:A3.9); 5xx answers may carry it too, and support asks for it (FR:A3.7).
            status (EnvelopeStatus | str | Unset): `Success` or `Failure`; any other string parses too.
            status_message (str | Unset): Human-readable outcome.
            validation_errors (list[str] | Unset): In most Java SDK response models; an independent integration (LEAN) also
                checks it on
                place-order responses (FR:A3.9). Never seen populated in a sample.
            error_code (str | Unset): Machine-readable reason of a failure. Carried by failures of `POST /session/token`
                and the OAuth endpoints (FR:A3.2; also in the Java SDK's SessionTokenResponse model):
                `EOAUTH001` API key wrong or app not Active, `EOAUTH008` API secret wrong, `EOAUTH009`
                calling IP not registered. `statusMessage` states the same in words. The codes the
                overlays map to typed errors are listed in the root `x-envelope.errorCodes`.
            session_token (str | Unset): Session token for the `x-session-token` header (a JWT in v3.2). Valid until 08:00
                IST the next day.
            account_id (str | Unset): Client (account) id.
            account_name (str | Unset):
            exchange_list (list[Exchange | str] | Unset): Exchanges enabled for the account.
            order_type_list (list[OrderTypeOpenType0 | str] | Unset): Order types enabled for the account; may include the
                legacy `MKT` and `SL-M`.
            product_list (list[ProductType | str] | Unset): Products enabled for the account.
            token_id (str | Unset): Token id (a UUID).
            src_ip (str | Unset): IP address the request came from. A client compares it with `primaryIp` and
                `secondaryIp` to warn before order calls fail with 403 (FR:A3.3).
            primary_ip (str | Unset): The app's registered PRIMARY static IP; `""` when none is registered (not null;
                FR:A3.3).
            secondary_ip (str | Unset): The app's registered SECONDARY static IP; `""` when none is registered (not null;
                FR:A3.3).
            validity (str | Unset): Token expiry, ISO-8601 UTC, e.g. `2026-06-08T02:30:00Z` (= 08:00 IST). PY README only.
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    session_token: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    exchange_list: list[Exchange | str] | Unset = UNSET
    order_type_list: list[OrderTypeOpenType0 | str] | Unset = UNSET
    product_list: list[ProductType | str] | Unset = UNSET
    token_id: str | Unset = UNSET
    src_ip: str | Unset = UNSET
    primary_ip: str | Unset = UNSET
    secondary_ip: str | Unset = UNSET
    validity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_time = self.server_time

        msg_id = self.msg_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_message = self.status_message

        validation_errors: list[str] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors

        error_code = self.error_code

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

        token_id = self.token_id

        src_ip = self.src_ip

        primary_ip = self.primary_ip

        secondary_ip = self.secondary_ip

        validity = self.validity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_time is not UNSET:
            field_dict["serverTime"] = server_time
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
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
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id
        if src_ip is not UNSET:
            field_dict["srcIp"] = src_ip
        if primary_ip is not UNSET:
            field_dict["primaryIp"] = primary_ip
        if secondary_ip is not UNSET:
            field_dict["secondaryIp"] = secondary_ip
        if validity is not UNSET:
            field_dict["validity"] = validity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        session_token_response = cls.__new__(cls)
        session_token_response.server_time = get("serverTime", UNSET)

        session_token_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        session_token_response.status = status

        session_token_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        session_token_response.validation_errors = validation_errors

        session_token_response.error_code = get("errorCode", UNSET)

        session_token_response.session_token = get("sessionToken", UNSET)

        session_token_response.account_id = get("accountID", UNSET)

        session_token_response.account_name = get("accountName", UNSET)

        _exchange_list = get("exchangeList", UNSET)
        exchange_list: list[Exchange | str] | Unset = UNSET
        if _exchange_list is not UNSET:
            exchange_list = []
            for exchange_list_item_data in _exchange_list:
                exchange_list_item: Exchange | str = exchange_list_item_data

                exchange_list.append(exchange_list_item)

        session_token_response.exchange_list = exchange_list

        _order_type_list = get("orderTypeList", UNSET)
        order_type_list: list[OrderTypeOpenType0 | str] | Unset = UNSET
        if _order_type_list is not UNSET:
            order_type_list = []
            for order_type_list_item_data in _order_type_list:
                order_type_list_item: OrderTypeOpenType0 | str = order_type_list_item_data

                order_type_list.append(order_type_list_item)

        session_token_response.order_type_list = order_type_list

        _product_list = get("productList", UNSET)
        product_list: list[ProductType | str] | Unset = UNSET
        if _product_list is not UNSET:
            product_list = []
            for product_list_item_data in _product_list:
                product_list_item: ProductType | str = product_list_item_data

                product_list.append(product_list_item)

        session_token_response.product_list = product_list

        session_token_response.token_id = get("tokenId", UNSET)

        session_token_response.src_ip = get("srcIp", UNSET)

        session_token_response.primary_ip = get("primaryIp", UNSET)

        session_token_response.secondary_ip = get("secondaryIp", UNSET)

        session_token_response.validity = get("validity", UNSET)

        session_token_response.additional_properties = (
            {}
            if _SESSIONTOKENRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SESSIONTOKENRESPONSE_FIELDS}
        )
        return session_token_response

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
