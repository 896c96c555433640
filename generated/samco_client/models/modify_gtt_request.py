from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.gtt_order_type import GttOrderType, check_gtt_order_type
from ..models.gtt_product_type import GttProductType, check_gtt_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyGttRequest")
_MODIFYGTTREQUEST_FIELDS = frozenset(
    {
        "gttSummaryId",
        "symbolName",
        "transactionType",
        "quantity",
        "productType",
        "orderType",
        "triggerPrice",
        "exchange",
        "limitPrice",
        "marketProtection",
    }
)


@_attrs_define
class ModifyGttRequest:
    """The full GTT as it should be after the change, plus the `gttSummaryId` to replace.
    `exchange` and `symbolName` must equal the original order's values (they cannot change).
    The docs type `quantity`, `triggerPrice` and `limitPrice` as numbers while the SDK
    samples send strings: both are accepted.

        Attributes:
            gtt_summary_id (int | str): GTT/OCO summary id as returned in `gttSummaryId`. Responses carry it as a string,
                the
                delete samples send a JSON number and the Java SDK types it as a long, so both a number
                and a string are accepted. A modify issues a new id; the old one stops working.
            symbol_name (str): Must equal the original order's symbol.
            transaction_type (TransactionType):
            quantity (int | str): The quantity of a GTT/OCO request. The modify-GTT docs type it as a number, every SDK
                sample sends a string; both are accepted on every GTT/OCO call.
            product_type (GttProductType): GTT/OCO products; F&O must be NRML.
            order_type (GttOrderType): GTT/OCO order type: `L` limit or `MKT` market (market is allowed only for GTT).
            trigger_price (float | str): A trigger price of a GTT/OCO request. The modify-GTT docs type it as a number,
                every
                SDK sample sends a string; both are accepted on every GTT/OCO call.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            limit_price (float | str | Unset): A limit price of a GTT/OCO request: a string (`""` when not set, e.g. on
                `MKT`) or a
                number, as for `GttDecimalInput`.
            market_protection (str | Unset): Market-price protection in percent, as a string (`"2"`, `"0.5"`; OpenAlgo
                formats it
                with `%g`, LEAN sent `"2"`; FR:A3.10): a market or SL-M order executes no further than
                this from the reference price. `""` means not set (the Python SDK sends it empty on
                limit orders).
    """

    gtt_summary_id: int | str
    symbol_name: str
    transaction_type: TransactionType
    quantity: int | str
    product_type: GttProductType
    order_type: GttOrderType
    trigger_price: float | str
    exchange: Exchange | Unset = UNSET
    limit_price: float | str | Unset = UNSET
    market_protection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtt_summary_id: int | str
        gtt_summary_id = self.gtt_summary_id

        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        quantity: int | str
        quantity = self.quantity

        product_type: str = self.product_type

        order_type: str = self.order_type

        trigger_price: float | str
        trigger_price = self.trigger_price

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        limit_price: float | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        market_protection = self.market_protection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gttSummaryId": gtt_summary_id,
                "symbolName": symbol_name,
                "transactionType": transaction_type,
                "quantity": quantity,
                "productType": product_type,
                "orderType": order_type,
                "triggerPrice": trigger_price,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        modify_gtt_request = cls.__new__(cls)

        def _parse_gtt_summary_id(data: object) -> int | str:
            return cast(int | str, data)

        gtt_summary_id = _parse_gtt_summary_id(src_dict["gttSummaryId"])

        modify_gtt_request.gtt_summary_id = gtt_summary_id

        modify_gtt_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        modify_gtt_request.transaction_type = transaction_type

        def _parse_quantity(data: object) -> int | str:
            return cast(int | str, data)

        quantity = _parse_quantity(src_dict["quantity"])

        modify_gtt_request.quantity = quantity

        product_type = check_gtt_product_type(src_dict["productType"])

        modify_gtt_request.product_type = product_type

        order_type = check_gtt_order_type(src_dict["orderType"])

        modify_gtt_request.order_type = order_type

        def _parse_trigger_price(data: object) -> float | str:
            return cast(float | str, data)

        trigger_price = _parse_trigger_price(src_dict["triggerPrice"])

        modify_gtt_request.trigger_price = trigger_price

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        modify_gtt_request.exchange = exchange

        def _parse_limit_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        limit_price = _parse_limit_price(get("limitPrice", UNSET))

        modify_gtt_request.limit_price = limit_price

        modify_gtt_request.market_protection = get("marketProtection", UNSET)

        modify_gtt_request.additional_properties = (
            {}
            if _MODIFYGTTREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYGTTREQUEST_FIELDS}
        )
        return modify_gtt_request

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
