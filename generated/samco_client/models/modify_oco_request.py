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
            quantity (str): A positive whole number sent as a JSON string.
            product_type (GttProductType): GTT/OCO products; F&O must be NRML.
            order_type (GttOrderType): GTT/OCO order type: `L` limit or `MKT` market (market is allowed only for GTT).
            target_trigger_price (str): A non-negative decimal number sent as a JSON string.
            stoploss_trigger_price (str): A non-negative decimal number sent as a JSON string.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            target_limit_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stoploss_limit_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            market_protection (str | Unset): Market protection in percent for `MKT` orders (server default 3). Format
                UNSURE.
    """

    gtt_summary_id: int | str
    symbol_name: str
    transaction_type: TransactionType
    quantity: str
    product_type: GttProductType
    order_type: GttOrderType
    target_trigger_price: str
    stoploss_trigger_price: str
    exchange: Exchange | Unset = UNSET
    target_limit_price: str | Unset = UNSET
    stoploss_limit_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtt_summary_id: int | str
        gtt_summary_id = self.gtt_summary_id

        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        quantity = self.quantity

        product_type: str = self.product_type

        order_type: str = self.order_type

        target_trigger_price = self.target_trigger_price

        stoploss_trigger_price = self.stoploss_trigger_price

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        target_limit_price = self.target_limit_price

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
        d = dict(src_dict)

        def _parse_gtt_summary_id(data: object) -> int | str:
            return cast(int | str, data)

        gtt_summary_id = _parse_gtt_summary_id(d.pop("gttSummaryId"))

        symbol_name = d.pop("symbolName")

        transaction_type = check_transaction_type(d.pop("transactionType"))

        quantity = d.pop("quantity")

        product_type = check_gtt_product_type(d.pop("productType"))

        order_type = check_gtt_order_type(d.pop("orderType"))

        target_trigger_price = d.pop("targetTriggerPrice")

        stoploss_trigger_price = d.pop("stoplossTriggerPrice")

        _exchange = d.pop("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        target_limit_price = d.pop("targetLimitPrice", UNSET)

        stoploss_limit_price = d.pop("stoplossLimitPrice", UNSET)

        market_protection = d.pop("marketProtection", UNSET)

        modify_oco_request = cls(
            gtt_summary_id=gtt_summary_id,
            symbol_name=symbol_name,
            transaction_type=transaction_type,
            quantity=quantity,
            product_type=product_type,
            order_type=order_type,
            target_trigger_price=target_trigger_price,
            stoploss_trigger_price=stoploss_trigger_price,
            exchange=exchange,
            target_limit_price=target_limit_price,
            stoploss_limit_price=stoploss_limit_price,
            market_protection=market_protection,
        )

        modify_oco_request.additional_properties = d
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
