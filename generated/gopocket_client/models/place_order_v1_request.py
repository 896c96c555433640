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
from ..models.validity import Validity, check_validity
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceOrderV1Request")
_PLACEORDERV1REQUEST_FIELDS = frozenset(
    {
        "instrumentId",
        "exchange",
        "transactionType",
        "quantity",
        "orderComplexity",
        "product",
        "orderType",
        "validity",
        "price",
        "slTriggerPrice",
        "slLegPrice",
        "targetLegPrice",
        "trailingSlAmount",
        "disclosedQuantity",
        "marketProtectionPercent",
        "apiOrderSource",
        "algoId",
        "orderTag",
    }
)


@_attrs_define
class PlaceOrderV1Request:
    """One order of the place-order (or square-off) array. Numbers are strings and `""` means
    "not set"; only the fields the SDK types as optional (`trailingSlAmount`,
    `disclosedQuantity`, `marketProtectionPercent`, `apiOrderSource`, `algoId`, `orderTag`)
    may also be null. Conditional rules (SDK README and its margin/modify validators; the
    SDK's place-order validator builds the list but never enforces it): `price` for `LIMIT`
    and `SL`; `slTriggerPrice` for `SL` and `SLM`; `slLegPrice` for `SL` with `CO`/`BO`;
    `targetLegPrice` for `BO`. Note `trailingSlAmount` here versus `trailingSLAmount` in modify.

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
            validity (Validity): Retention / validity: `DAY` (intraday), `NET` (carry forward), `IOC`. Docs samples only
                show `DAY`.
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            sl_trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            sl_leg_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            target_leg_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trailing_sl_amount (None | str | Unset): A non-negative decimal number as a string, `""` or null for "not set".
            disclosed_quantity (None | str | Unset): A whole number as a string, `""` or null for "not set".
            market_protection_percent (None | str | Unset): A non-negative decimal number as a string, `""` or null for "not
                set".
            api_order_source (None | str | Unset): Order source (`API`, `WEB`, `MOB` in the SDK's enum), or `""`/null.
            algo_id (None | str | Unset): Algorithm id (exchange algo approval), or `""`/null.
            order_tag (None | str | Unset): Free-text order tag, or `""`/null.
    """

    instrument_id: int | str
    exchange: ExchangeV1
    transaction_type: TransactionType
    quantity: int | str
    order_complexity: OrderComplexity
    product: ProductV1
    order_type: OrderTypeV1
    validity: Validity
    price: str | Unset = UNSET
    sl_trigger_price: str | Unset = UNSET
    sl_leg_price: str | Unset = UNSET
    target_leg_price: str | Unset = UNSET
    trailing_sl_amount: None | str | Unset = UNSET
    disclosed_quantity: None | str | Unset = UNSET
    market_protection_percent: None | str | Unset = UNSET
    api_order_source: None | str | Unset = UNSET
    algo_id: None | str | Unset = UNSET
    order_tag: None | str | Unset = UNSET
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

        validity: str = self.validity

        price = self.price

        sl_trigger_price = self.sl_trigger_price

        sl_leg_price = self.sl_leg_price

        target_leg_price = self.target_leg_price

        trailing_sl_amount: None | str | Unset
        if isinstance(self.trailing_sl_amount, Unset):
            trailing_sl_amount = UNSET
        else:
            trailing_sl_amount = self.trailing_sl_amount

        disclosed_quantity: None | str | Unset
        if isinstance(self.disclosed_quantity, Unset):
            disclosed_quantity = UNSET
        else:
            disclosed_quantity = self.disclosed_quantity

        market_protection_percent: None | str | Unset
        if isinstance(self.market_protection_percent, Unset):
            market_protection_percent = UNSET
        else:
            market_protection_percent = self.market_protection_percent

        api_order_source: None | str | Unset
        if isinstance(self.api_order_source, Unset):
            api_order_source = UNSET
        else:
            api_order_source = self.api_order_source

        algo_id: None | str | Unset
        if isinstance(self.algo_id, Unset):
            algo_id = UNSET
        else:
            algo_id = self.algo_id

        order_tag: None | str | Unset
        if isinstance(self.order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = self.order_tag

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
                "validity": validity,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if sl_trigger_price is not UNSET:
            field_dict["slTriggerPrice"] = sl_trigger_price
        if sl_leg_price is not UNSET:
            field_dict["slLegPrice"] = sl_leg_price
        if target_leg_price is not UNSET:
            field_dict["targetLegPrice"] = target_leg_price
        if trailing_sl_amount is not UNSET:
            field_dict["trailingSlAmount"] = trailing_sl_amount
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if market_protection_percent is not UNSET:
            field_dict["marketProtectionPercent"] = market_protection_percent
        if api_order_source is not UNSET:
            field_dict["apiOrderSource"] = api_order_source
        if algo_id is not UNSET:
            field_dict["algoId"] = algo_id
        if order_tag is not UNSET:
            field_dict["orderTag"] = order_tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        place_order_v1_request = cls.__new__(cls)

        def _parse_instrument_id(data: object) -> int | str:
            return cast(int | str, data)

        instrument_id = _parse_instrument_id(src_dict["instrumentId"])

        place_order_v1_request.instrument_id = instrument_id

        exchange = check_exchange_v1(src_dict["exchange"])

        place_order_v1_request.exchange = exchange

        transaction_type = check_transaction_type(src_dict["transactionType"])

        place_order_v1_request.transaction_type = transaction_type

        def _parse_quantity(data: object) -> int | str:
            return cast(int | str, data)

        quantity = _parse_quantity(src_dict["quantity"])

        place_order_v1_request.quantity = quantity

        order_complexity = check_order_complexity(src_dict["orderComplexity"])

        place_order_v1_request.order_complexity = order_complexity

        product = check_product_v1(src_dict["product"])

        place_order_v1_request.product = product

        order_type = check_order_type_v1(src_dict["orderType"])

        place_order_v1_request.order_type = order_type

        validity = check_validity(src_dict["validity"])

        place_order_v1_request.validity = validity

        place_order_v1_request.price = get("price", UNSET)

        place_order_v1_request.sl_trigger_price = get("slTriggerPrice", UNSET)

        place_order_v1_request.sl_leg_price = get("slLegPrice", UNSET)

        place_order_v1_request.target_leg_price = get("targetLegPrice", UNSET)

        trailing_sl_amount: None | str | Unset = get("trailingSlAmount", UNSET)

        place_order_v1_request.trailing_sl_amount = trailing_sl_amount

        disclosed_quantity: None | str | Unset = get("disclosedQuantity", UNSET)

        place_order_v1_request.disclosed_quantity = disclosed_quantity

        market_protection_percent: None | str | Unset = get("marketProtectionPercent", UNSET)

        place_order_v1_request.market_protection_percent = market_protection_percent

        api_order_source: None | str | Unset = get("apiOrderSource", UNSET)

        place_order_v1_request.api_order_source = api_order_source

        algo_id: None | str | Unset = get("algoId", UNSET)

        place_order_v1_request.algo_id = algo_id

        order_tag: None | str | Unset = get("orderTag", UNSET)

        place_order_v1_request.order_tag = order_tag

        place_order_v1_request.additional_properties = (
            {}
            if _PLACEORDERV1REQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PLACEORDERV1REQUEST_FIELDS}
        )
        return place_order_v1_request

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
