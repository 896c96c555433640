from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1, check_exchange_v1
from ..models.order_complexity import OrderComplexity, check_order_complexity
from ..models.order_type_v1 import OrderTypeV1, check_order_type_v1
from ..models.product_v1 import ProductV1, check_product_v1
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMarginV1Request")
_ORDERMARGINV1REQUEST_FIELDS = frozenset(
    {
        "instrumentId",
        "exchange",
        "transactionType",
        "quantity",
        "orderComplexity",
        "product",
        "orderType",
        "price",
        "slTriggerPrice",
        "slLegPrice",
    }
)


@_attrs_define
class OrderMarginV1Request:
    """A single order whose margin requirement to compute. Conditional prices as for place order.

    Attributes:
        instrument_id (int | str): Instrument token (contract master `Token`), as a JSON string or a JSON integer. The
            SDK's
            `get_instrument_for_fno` turns the contract file's numeric `Token` into a Python `int`
            (`int(token)` when pandas reads it as a number) and the order or margin body carries it
            as a JSON integer (reported for F&O orders and margin checks; the official-SDK replay
            could not reproduce it with pandas 3, which reads the column as strings). The platform's
            other deployment refuses a non-numeric `instrumentId` (`EC946` [FR:B4.5] [AB]); not
            enforced here.
        exchange (ExchangeV1): Exchange codes of the SDK (`open-api/order/v1`) layout and of the contract master.
        transaction_type (TransactionType):
        quantity (int | str): A positive whole number, as a JSON string (what the SDK documents and sends) or as a JSON
            integer. Integers are accepted because the SDK passes `quantity` through unchanged: a
            quantity computed from an `Instrument`'s integer `lot_size`, or given as an int, is sent
            as an integer (reported for F&O orders and margin checks; the official-SDK replay could
            not reproduce it because pandas 3 reads the contract file's numbers as strings).
        order_complexity (OrderComplexity): Order variety of the SDK layout. The SDK README writes `Regular` in prose
            but the code sends `REGULAR`.
        product (ProductV1): Product of an SDK-layout order. The SDK enum; its README lists only NORMAL, INTRADAY,
            LONGTERM, MTF, GTT, CNC but uses `BNPL` in its examples.
        order_type (OrderTypeV1): Pricing of an SDK-layout order: `LIMIT`, `MARKET`, `SL` (stop-loss limit), `SLM`
            (stop-loss market).
        price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
        sl_trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
        sl_leg_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
    """

    instrument_id: int | str
    exchange: ExchangeV1
    transaction_type: TransactionType
    quantity: int | str
    order_complexity: OrderComplexity
    product: ProductV1
    order_type: OrderTypeV1
    price: str | Unset = UNSET
    sl_trigger_price: str | Unset = UNSET
    sl_leg_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument_id: int | str
        instrument_id = self.instrument_id

        exchange: str = self.exchange

        transaction_type: str = self.transaction_type

        quantity: int | str
        quantity = self.quantity

        order_complexity: str = self.order_complexity

        product: str = self.product

        order_type: str = self.order_type

        price = self.price

        sl_trigger_price = self.sl_trigger_price

        sl_leg_price = self.sl_leg_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrumentId": instrument_id,
                "exchange": exchange,
                "transactionType": transaction_type,
                "quantity": quantity,
                "orderComplexity": order_complexity,
                "product": product,
                "orderType": order_type,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if sl_trigger_price is not UNSET:
            field_dict["slTriggerPrice"] = sl_trigger_price
        if sl_leg_price is not UNSET:
            field_dict["slLegPrice"] = sl_leg_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_margin_v1_request = cls.__new__(cls)

        def _parse_instrument_id(data: object) -> int | str:
            return cast(int | str, data)

        instrument_id = _parse_instrument_id(src_dict["instrumentId"])

        order_margin_v1_request.instrument_id = instrument_id

        exchange = check_exchange_v1(src_dict["exchange"])

        order_margin_v1_request.exchange = exchange

        transaction_type = check_transaction_type(src_dict["transactionType"])

        order_margin_v1_request.transaction_type = transaction_type

        def _parse_quantity(data: object) -> int | str:
            return cast(int | str, data)

        quantity = _parse_quantity(src_dict["quantity"])

        order_margin_v1_request.quantity = quantity

        order_complexity = check_order_complexity(src_dict["orderComplexity"])

        order_margin_v1_request.order_complexity = order_complexity

        product = check_product_v1(src_dict["product"])

        order_margin_v1_request.product = product

        order_type = check_order_type_v1(src_dict["orderType"])

        order_margin_v1_request.order_type = order_type

        order_margin_v1_request.price = get("price", UNSET)

        order_margin_v1_request.sl_trigger_price = get("slTriggerPrice", UNSET)

        order_margin_v1_request.sl_leg_price = get("slLegPrice", UNSET)

        order_margin_v1_request.additional_properties = (
            {}
            if _ORDERMARGINV1REQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERMARGINV1REQUEST_FIELDS}
        )
        return order_margin_v1_request

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
