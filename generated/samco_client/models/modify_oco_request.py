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

T = TypeVar("T", bound="ModifyOcoRequest")
_MODIFYOCOREQUEST_FIELDS = frozenset(
    {
        "gttSummaryId",
        "symbolName",
        "transactionType",
        "quantity",
        "productType",
        "orderType",
        "targetTriggerPrice",
        "stoplossTriggerPrice",
        "exchange",
        "targetLimitPrice",
        "stoplossLimitPrice",
        "marketProtection",
    }
)


@_attrs_define
class ModifyOcoRequest:
    """The full OCO pair as it should be after the change, plus the `gttSummaryId` to replace
    (a string in the Python and Java SDKs; a number is accepted too).

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
            target_trigger_price (float | str): A trigger price of a GTT/OCO request. The modify-GTT docs type it as a
                number, every
                SDK sample sends a string; both are accepted on every GTT/OCO call.
            stoploss_trigger_price (float | str): A trigger price of a GTT/OCO request. The modify-GTT docs type it as a
                number, every
                SDK sample sends a string; both are accepted on every GTT/OCO call.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            target_limit_price (float | str | Unset): A limit price of a GTT/OCO request: a string (`""` when not set, e.g.
                on `MKT`) or a
                number, as for `GttDecimalInput`.
            stoploss_limit_price (float | str | Unset): A limit price of a GTT/OCO request: a string (`""` when not set,
                e.g. on `MKT`) or a
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
    target_trigger_price: float | str
    stoploss_trigger_price: float | str
    exchange: Exchange | Unset = UNSET
    target_limit_price: float | str | Unset = UNSET
    stoploss_limit_price: float | str | Unset = UNSET
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

        target_trigger_price: float | str
        target_trigger_price = self.target_trigger_price

        stoploss_trigger_price: float | str
        stoploss_trigger_price = self.stoploss_trigger_price

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        target_limit_price: float | str | Unset
        if isinstance(self.target_limit_price, Unset):
            target_limit_price = UNSET
        else:
            target_limit_price = self.target_limit_price

        stoploss_limit_price: float | str | Unset
        if isinstance(self.stoploss_limit_price, Unset):
            stoploss_limit_price = UNSET
        else:
            stoploss_limit_price = self.stoploss_limit_price

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
                "targetTriggerPrice": target_trigger_price,
                "stoplossTriggerPrice": stoploss_trigger_price,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if target_limit_price is not UNSET:
            field_dict["targetLimitPrice"] = target_limit_price
        if stoploss_limit_price is not UNSET:
            field_dict["stoplossLimitPrice"] = stoploss_limit_price
        if market_protection is not UNSET:
            field_dict["marketProtection"] = market_protection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        modify_oco_request = cls.__new__(cls)

        def _parse_gtt_summary_id(data: object) -> int | str:
            return cast(int | str, data)

        gtt_summary_id = _parse_gtt_summary_id(src_dict["gttSummaryId"])

        modify_oco_request.gtt_summary_id = gtt_summary_id

        modify_oco_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        modify_oco_request.transaction_type = transaction_type

        def _parse_quantity(data: object) -> int | str:
            return cast(int | str, data)

        quantity = _parse_quantity(src_dict["quantity"])

        modify_oco_request.quantity = quantity

        product_type = check_gtt_product_type(src_dict["productType"])

        modify_oco_request.product_type = product_type

        order_type = check_gtt_order_type(src_dict["orderType"])

        modify_oco_request.order_type = order_type

        def _parse_target_trigger_price(data: object) -> float | str:
            return cast(float | str, data)

        target_trigger_price = _parse_target_trigger_price(src_dict["targetTriggerPrice"])

        modify_oco_request.target_trigger_price = target_trigger_price

        def _parse_stoploss_trigger_price(data: object) -> float | str:
            return cast(float | str, data)

        stoploss_trigger_price = _parse_stoploss_trigger_price(src_dict["stoplossTriggerPrice"])

        modify_oco_request.stoploss_trigger_price = stoploss_trigger_price

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        modify_oco_request.exchange = exchange

        def _parse_target_limit_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        target_limit_price = _parse_target_limit_price(get("targetLimitPrice", UNSET))

        modify_oco_request.target_limit_price = target_limit_price

        def _parse_stoploss_limit_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        stoploss_limit_price = _parse_stoploss_limit_price(get("stoplossLimitPrice", UNSET))

        modify_oco_request.stoploss_limit_price = stoploss_limit_price

        modify_oco_request.market_protection = get("marketProtection", UNSET)

        modify_oco_request.additional_properties = (
            {}
            if _MODIFYOCOREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYOCOREQUEST_FIELDS}
        )
        return modify_oco_request

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
