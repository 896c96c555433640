from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.gtt_order_type import GttOrderType, check_gtt_order_type
from ..models.gtt_product_type import GttProductType, check_gtt_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddGttRequest")


@_attrs_define
class AddGttRequest:
    """A single good-till-triggered order. All numbers are strings. The docs mark every field
    "required", but their own limit sample omits `marketProtection` and their market sample
    omits `limitPrice`; here `limitPrice` is needed for `L` and `marketProtection` applies to
    `MKT` (server default 3 %), both optional in the schema.

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            transaction_type (TransactionType):
            quantity (str): A positive whole number sent as a JSON string.
            product_type (GttProductType): GTT/OCO products; F&O must be NRML.
            order_type (GttOrderType): GTT/OCO order type: `L` limit or `MKT` market (market is allowed only for GTT).
            trigger_price (str): A non-negative decimal number sent as a JSON string.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            limit_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            market_protection (str | Unset): Market protection in percent for `MKT` orders (server default 3). UNSURE: the
                exact
                format (e.g. `"3"` vs `"3%"`) is not shown in any source.
    """

    symbol_name: str
    transaction_type: TransactionType
    quantity: str
    product_type: GttProductType
    order_type: GttOrderType
    trigger_price: str
    exchange: Exchange | Unset = UNSET
    limit_price: str | Unset = UNSET
    market_protection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        quantity = self.quantity

        product_type: str = self.product_type

        order_type: str = self.order_type

        trigger_price = self.trigger_price

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        limit_price = self.limit_price

        market_protection = self.market_protection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        d = dict(src_dict)
        symbol_name = d.pop("symbolName")

        transaction_type = check_transaction_type(d.pop("transactionType"))

        quantity = d.pop("quantity")

        product_type = check_gtt_product_type(d.pop("productType"))

        order_type = check_gtt_order_type(d.pop("orderType"))

        trigger_price = d.pop("triggerPrice")

        _exchange = d.pop("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        limit_price = d.pop("limitPrice", UNSET)

        market_protection = d.pop("marketProtection", UNSET)

        add_gtt_request = cls(
            symbol_name=symbol_name,
            transaction_type=transaction_type,
            quantity=quantity,
            product_type=product_type,
            order_type=order_type,
            trigger_price=trigger_price,
            exchange=exchange,
            limit_price=limit_price,
            market_protection=market_protection,
        )

        add_gtt_request.additional_properties = d
        return add_gtt_request

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
