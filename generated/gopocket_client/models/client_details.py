from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1
from ..models.price_type import PriceType
from ..models.product import Product
from ..models.product_code import ProductCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_detail import BankDetail
    from ..models.dp_account import DpAccount


T = TypeVar("T", bound="ClientDetails")
_CLIENTDETAILS_FIELDS = frozenset(
    {
        "userId",
        "actId",
        "clientName",
        "actStatus",
        "createdDate",
        "createdTime",
        "mobNo",
        "email",
        "pan",
        "address",
        "officeAddress",
        "city",
        "state",
        "mandateIdList",
        "exchange",
        "bankdetails",
        "dpAccountNumber",
        "orders",
        "branchId",
        "brokerName",
        "products",
        "productTypes",
        "orderTypes",
        "priceTypes",
        "dpAcctNum",
    }
)


@_attrs_define
class ClientDetails:
    """The user's profile. Strings unless noted; masked values (`mobNo`, `email`, `pan`) come
    back masked. `dpAcctNum` and the extra bank / DP fields are typed by a live Gopocket web
    app, not documented [FR:B4.3].

        Attributes:
            user_id (str | Unset):
            act_id (str | Unset): Account id.
            client_name (str | Unset):
            act_status (str | Unset): Account status, e.g. `Activated`.
            created_date (str | Unset): Account creation time as epoch seconds in a string (`"1648275191"`), or `"0"`.
            created_time (str | Unset): `"0"` in every sample.
            mob_no (str | Unset):
            email (str | Unset):
            pan (str | Unset):
            address (str | Unset):
            office_address (str | Unset):
            city (str | Unset):
            state (str | Unset):
            mandate_id_list (list[Any] | Unset): Always `[]` in samples (the field table says String); item type unknown.
            exchange (list[ExchangeV1 | str] | Unset): Enabled exchanges, e.g. NSE, NFO, CDS, MCX, NIPO.
            bankdetails (list[BankDetail] | None | Unset): Linked bank accounts, or null.
            dp_account_number (list[DpAccount] | Unset):
            orders (list[str] | Unset): Enabled order kinds, e.g. `MKT`, `LMT`, `SL-LMT`, `SL-MKT`, `DS`.
            branch_id (str | Unset):
            broker_name (str | Unset): e.g. `SKY` (Sky Commodities India).
            products (list[Product | ProductCode | str] | Unset): One-letter product codes `C`, `M`, `I`, `H`, `B`.
            product_types (list[str] | Unset): Product names, e.g. `CNC`, `NRML`, `MIS`, `Cover`, `Bracket`.
            order_types (list[str] | None | Unset): null in every sample; assumed to be an array of strings when set.
            price_types (list[PriceType | str] | Unset): Enabled price types, e.g. `MKT`, `L`, `SL`, `SL-M`.
            dp_acct_num (None | str | Unset): Depository account number at the top level, or null; not in the docs, typed by
                a live Gopocket web app [FR:B4.3].
    """

    user_id: str | Unset = UNSET
    act_id: str | Unset = UNSET
    client_name: str | Unset = UNSET
    act_status: str | Unset = UNSET
    created_date: str | Unset = UNSET
    created_time: str | Unset = UNSET
    mob_no: str | Unset = UNSET
    email: str | Unset = UNSET
    pan: str | Unset = UNSET
    address: str | Unset = UNSET
    office_address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    mandate_id_list: list[Any] | Unset = UNSET
    exchange: list[ExchangeV1 | str] | Unset = UNSET
    bankdetails: list[BankDetail] | None | Unset = UNSET
    dp_account_number: list[DpAccount] | Unset = UNSET
    orders: list[str] | Unset = UNSET
    branch_id: str | Unset = UNSET
    broker_name: str | Unset = UNSET
    products: list[Product | ProductCode | str] | Unset = UNSET
    product_types: list[str] | Unset = UNSET
    order_types: list[str] | None | Unset = UNSET
    price_types: list[PriceType | str] | Unset = UNSET
    dp_acct_num: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        act_id = self.act_id

        client_name = self.client_name

        act_status = self.act_status

        created_date = self.created_date

        created_time = self.created_time

        mob_no = self.mob_no

        email = self.email

        pan = self.pan

        address = self.address

        office_address = self.office_address

        city = self.city

        state = self.state

        mandate_id_list: list[Any] | Unset = UNSET
        if not isinstance(self.mandate_id_list, Unset):
            mandate_id_list = self.mandate_id_list

        exchange: list[str] | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = []
            for exchange_item_data in self.exchange:
                exchange_item: str
                if isinstance(exchange_item_data, str):
                    exchange_item = exchange_item_data
                else:
                    exchange_item = exchange_item_data
                exchange.append(exchange_item)

        bankdetails: list[dict[str, Any]] | None | Unset
        if isinstance(self.bankdetails, Unset):
            bankdetails = UNSET
        elif isinstance(self.bankdetails, list):
            bankdetails = []
            for bankdetails_type_0_item_data in self.bankdetails:
                bankdetails_type_0_item = bankdetails_type_0_item_data.to_dict()
                bankdetails.append(bankdetails_type_0_item)

        else:
            bankdetails = self.bankdetails

        dp_account_number: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dp_account_number, Unset):
            dp_account_number = []
            for dp_account_number_item_data in self.dp_account_number:
                dp_account_number_item = dp_account_number_item_data.to_dict()
                dp_account_number.append(dp_account_number_item)

        orders: list[str] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = self.orders

        branch_id = self.branch_id

        broker_name = self.broker_name

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item: str
                if isinstance(products_item_data, str):
                    products_item = products_item_data
                elif isinstance(products_item_data, str):
                    products_item = products_item_data
                else:
                    products_item = products_item_data
                products.append(products_item)

        product_types: list[str] | Unset = UNSET
        if not isinstance(self.product_types, Unset):
            product_types = self.product_types

        order_types: list[str] | None | Unset
        if isinstance(self.order_types, Unset):
            order_types = UNSET
        elif isinstance(self.order_types, list):
            order_types = self.order_types

        else:
            order_types = self.order_types

        price_types: list[str] | Unset = UNSET
        if not isinstance(self.price_types, Unset):
            price_types = []
            for price_types_item_data in self.price_types:
                price_types_item: str
                if isinstance(price_types_item_data, str):
                    price_types_item = price_types_item_data
                else:
                    price_types_item = price_types_item_data
                price_types.append(price_types_item)

        dp_acct_num: None | str | Unset
        if isinstance(self.dp_acct_num, Unset):
            dp_acct_num = UNSET
        else:
            dp_acct_num = self.dp_acct_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if act_id is not UNSET:
            field_dict["actId"] = act_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if act_status is not UNSET:
            field_dict["actStatus"] = act_status
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if mob_no is not UNSET:
            field_dict["mobNo"] = mob_no
        if email is not UNSET:
            field_dict["email"] = email
        if pan is not UNSET:
            field_dict["pan"] = pan
        if address is not UNSET:
            field_dict["address"] = address
        if office_address is not UNSET:
            field_dict["officeAddress"] = office_address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if mandate_id_list is not UNSET:
            field_dict["mandateIdList"] = mandate_id_list
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if bankdetails is not UNSET:
            field_dict["bankdetails"] = bankdetails
        if dp_account_number is not UNSET:
            field_dict["dpAccountNumber"] = dp_account_number
        if orders is not UNSET:
            field_dict["orders"] = orders
        if branch_id is not UNSET:
            field_dict["branchId"] = branch_id
        if broker_name is not UNSET:
            field_dict["brokerName"] = broker_name
        if products is not UNSET:
            field_dict["products"] = products
        if product_types is not UNSET:
            field_dict["productTypes"] = product_types
        if order_types is not UNSET:
            field_dict["orderTypes"] = order_types
        if price_types is not UNSET:
            field_dict["priceTypes"] = price_types
        if dp_acct_num is not UNSET:
            field_dict["dpAcctNum"] = dp_acct_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_detail import BankDetail  # noqa: PLC0415
        from ..models.dp_account import DpAccount  # noqa: PLC0415

        get = src_dict.get
        client_details = cls.__new__(cls)
        client_details.user_id = get("userId", UNSET)

        client_details.act_id = get("actId", UNSET)

        client_details.client_name = get("clientName", UNSET)

        client_details.act_status = get("actStatus", UNSET)

        client_details.created_date = get("createdDate", UNSET)

        client_details.created_time = get("createdTime", UNSET)

        client_details.mob_no = get("mobNo", UNSET)

        client_details.email = get("email", UNSET)

        client_details.pan = get("pan", UNSET)

        client_details.address = get("address", UNSET)

        client_details.office_address = get("officeAddress", UNSET)

        client_details.city = get("city", UNSET)

        client_details.state = get("state", UNSET)

        mandate_id_list = cast(list[Any], get("mandateIdList", UNSET))

        client_details.mandate_id_list = mandate_id_list

        _exchange = get("exchange", UNSET)
        exchange: list[ExchangeV1 | str] | Unset = UNSET
        if _exchange is not UNSET:
            exchange = []
            for exchange_item_data in _exchange:
                exchange_item: ExchangeV1 | str = exchange_item_data

                exchange.append(exchange_item)

        client_details.exchange = exchange

        def _parse_bankdetails(data: object) -> list[BankDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bankdetails_type_0 = []
                _bankdetails_type_0 = data
                for bankdetails_type_0_item_data in _bankdetails_type_0:
                    bankdetails_type_0_item = BankDetail.from_dict(bankdetails_type_0_item_data)

                    bankdetails_type_0.append(bankdetails_type_0_item)

                return bankdetails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BankDetail] | None | Unset, data)

        bankdetails = _parse_bankdetails(get("bankdetails", UNSET))

        client_details.bankdetails = bankdetails

        _dp_account_number = get("dpAccountNumber", UNSET)
        dp_account_number: list[DpAccount] | Unset = UNSET
        if _dp_account_number is not UNSET:
            dp_account_number = []
            for dp_account_number_item_data in _dp_account_number:
                dp_account_number_item = DpAccount.from_dict(dp_account_number_item_data)

                dp_account_number.append(dp_account_number_item)

        client_details.dp_account_number = dp_account_number

        orders = cast(list[str], get("orders", UNSET))

        client_details.orders = orders

        client_details.branch_id = get("branchId", UNSET)

        client_details.broker_name = get("brokerName", UNSET)

        _products = get("products", UNSET)
        products: list[Product | ProductCode | str] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item: Product | ProductCode | str = products_item_data

                products.append(products_item)

        client_details.products = products

        product_types = cast(list[str], get("productTypes", UNSET))

        client_details.product_types = product_types

        def _parse_order_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_types_type_0 = cast(list[str], data)

                return order_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_types = _parse_order_types(get("orderTypes", UNSET))

        client_details.order_types = order_types

        _price_types = get("priceTypes", UNSET)
        price_types: list[PriceType | str] | Unset = UNSET
        if _price_types is not UNSET:
            price_types = []
            for price_types_item_data in _price_types:
                price_types_item: PriceType | str = price_types_item_data

                price_types.append(price_types_item)

        client_details.price_types = price_types

        dp_acct_num: None | str | Unset = get("dpAcctNum", UNSET)

        client_details.dp_acct_num = dp_acct_num

        client_details.additional_properties = (
            {}
            if _CLIENTDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CLIENTDETAILS_FIELDS}
        )
        return client_details

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
