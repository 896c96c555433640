from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1
from ..models.postback_status import PostbackStatus
from ..models.product import Product
from ..models.product_code import ProductCode
from ..models.transaction_type import TransactionType
from ..models.validity import Validity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_postback_meta import OrderPostbackMeta


T = TypeVar("T", bound="OrderPostback")
_ORDERPOSTBACK_FIELDS = frozenset(
    {
        "checksum",
        "order_id",
        "order_timestamp",
        "user_id",
        "unfilled_quantity",
        "app_id",
        "placed_by",
        "exchange_order_id",
        "parent_order_id",
        "status",
        "status_message",
        "status_message_raw",
        "exchange_update_timestamp",
        "exchange_timestamp",
        "variety",
        "exchange",
        "tradingsymbol",
        "instrument_token",
        "order_type",
        "transaction_type",
        "validity",
        "product",
        "quantity",
        "disclosed_quantity",
        "price",
        "trigger_price",
        "average_price",
        "filled_quantity",
        "pending_quantity",
        "cancelled_quantity",
        "market_protection",
        "meta",
        "tag",
        "guid",
    }
)


@_attrs_define
class OrderPostback:
    """Order-update payload POSTed as raw JSON to the app's registered postback URL. Verify
    every postback: recompute `checksum` = SHA-256 hex of `order_id + order_timestamp +
    api_secret` (plain concatenation) and compare. Types follow the docs sample (integers
    for quantities and ids, numbers for prices). Only the three fields needed to verify a
    postback are required; all others are tolerated when missing.

        Attributes:
            checksum (str): SHA-256 hex of `order_id + order_timestamp + api_secret`.
            order_id (str):
            order_timestamp (str): Format `yyyy-mm-dd HH:mm:ss` (IST).
            user_id (str | Unset):
            unfilled_quantity (int | Unset):
            app_id (int | Unset):
            placed_by (str | Unset):
            exchange_order_id (None | str | Unset):
            parent_order_id (None | str | Unset):
            status (PostbackStatus | str | Unset):
            status_message (None | str | Unset):
            status_message_raw (None | str | Unset):
            exchange_update_timestamp (None | str | Unset): Format `yyyy-mm-dd HH:mm:ss` (IST).
            exchange_timestamp (None | str | Unset): Format `yyyy-mm-dd HH:mm:ss` (IST).
            variety (str | Unset): e.g. `regular`.
            exchange (ExchangeV1 | str | Unset): Exchange code as returned by the server (profile lists also show `NIPO`);
                unknown codes parse as plain strings.
            tradingsymbol (str | Unset):
            instrument_token (int | Unset):
            order_type (str | Unset): e.g. `MARKET`.
            transaction_type (str | TransactionType | Unset):
            validity (str | Unset | Validity):
            product (Product | ProductCode | str | Unset): Product as returned - a product name, a one-letter code (`M`,
                `I`, ...), or any other string (e.g. SDK-layout `INTRADAY`).
            quantity (int | Unset):
            disclosed_quantity (int | Unset):
            price (float | Unset):
            trigger_price (float | Unset):
            average_price (float | Unset):
            filled_quantity (int | Unset):
            pending_quantity (int | Unset):
            cancelled_quantity (int | Unset):
            market_protection (int | Unset):
            meta (OrderPostbackMeta | Unset): `{}` in the sample.
            tag (None | str | Unset):
            guid (str | Unset):
    """

    checksum: str
    order_id: str
    order_timestamp: str
    user_id: str | Unset = UNSET
    unfilled_quantity: int | Unset = UNSET
    app_id: int | Unset = UNSET
    placed_by: str | Unset = UNSET
    exchange_order_id: None | str | Unset = UNSET
    parent_order_id: None | str | Unset = UNSET
    status: PostbackStatus | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    status_message_raw: None | str | Unset = UNSET
    exchange_update_timestamp: None | str | Unset = UNSET
    exchange_timestamp: None | str | Unset = UNSET
    variety: str | Unset = UNSET
    exchange: ExchangeV1 | str | Unset = UNSET
    tradingsymbol: str | Unset = UNSET
    instrument_token: int | Unset = UNSET
    order_type: str | Unset = UNSET
    transaction_type: str | TransactionType | Unset = UNSET
    validity: str | Unset | Validity = UNSET
    product: Product | ProductCode | str | Unset = UNSET
    quantity: int | Unset = UNSET
    disclosed_quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    trigger_price: float | Unset = UNSET
    average_price: float | Unset = UNSET
    filled_quantity: int | Unset = UNSET
    pending_quantity: int | Unset = UNSET
    cancelled_quantity: int | Unset = UNSET
    market_protection: int | Unset = UNSET
    meta: OrderPostbackMeta | Unset = UNSET
    tag: None | str | Unset = UNSET
    guid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        order_id = self.order_id

        order_timestamp = self.order_timestamp

        user_id = self.user_id

        unfilled_quantity = self.unfilled_quantity

        app_id = self.app_id

        placed_by = self.placed_by

        exchange_order_id: None | str | Unset
        if isinstance(self.exchange_order_id, Unset):
            exchange_order_id = UNSET
        else:
            exchange_order_id = self.exchange_order_id

        parent_order_id: None | str | Unset
        if isinstance(self.parent_order_id, Unset):
            parent_order_id = UNSET
        else:
            parent_order_id = self.parent_order_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        status_message_raw: None | str | Unset
        if isinstance(self.status_message_raw, Unset):
            status_message_raw = UNSET
        else:
            status_message_raw = self.status_message_raw

        exchange_update_timestamp: None | str | Unset
        if isinstance(self.exchange_update_timestamp, Unset):
            exchange_update_timestamp = UNSET
        else:
            exchange_update_timestamp = self.exchange_update_timestamp

        exchange_timestamp: None | str | Unset
        if isinstance(self.exchange_timestamp, Unset):
            exchange_timestamp = UNSET
        else:
            exchange_timestamp = self.exchange_timestamp

        variety = self.variety

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        tradingsymbol = self.tradingsymbol

        instrument_token = self.instrument_token

        order_type = self.order_type

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        validity: str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        elif isinstance(self.validity, str):
            validity = self.validity
        else:
            validity = self.validity

        product: str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, str):
            product = self.product
        elif isinstance(self.product, str):
            product = self.product
        else:
            product = self.product

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        trigger_price = self.trigger_price

        average_price = self.average_price

        filled_quantity = self.filled_quantity

        pending_quantity = self.pending_quantity

        cancelled_quantity = self.cancelled_quantity

        market_protection = self.market_protection

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        guid = self.guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checksum": checksum,
                "order_id": order_id,
                "order_timestamp": order_timestamp,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if unfilled_quantity is not UNSET:
            field_dict["unfilled_quantity"] = unfilled_quantity
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if placed_by is not UNSET:
            field_dict["placed_by"] = placed_by
        if exchange_order_id is not UNSET:
            field_dict["exchange_order_id"] = exchange_order_id
        if parent_order_id is not UNSET:
            field_dict["parent_order_id"] = parent_order_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if status_message_raw is not UNSET:
            field_dict["status_message_raw"] = status_message_raw
        if exchange_update_timestamp is not UNSET:
            field_dict["exchange_update_timestamp"] = exchange_update_timestamp
        if exchange_timestamp is not UNSET:
            field_dict["exchange_timestamp"] = exchange_timestamp
        if variety is not UNSET:
            field_dict["variety"] = variety
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if tradingsymbol is not UNSET:
            field_dict["tradingsymbol"] = tradingsymbol
        if instrument_token is not UNSET:
            field_dict["instrument_token"] = instrument_token
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if validity is not UNSET:
            field_dict["validity"] = validity
        if product is not UNSET:
            field_dict["product"] = product
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if disclosed_quantity is not UNSET:
            field_dict["disclosed_quantity"] = disclosed_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if average_price is not UNSET:
            field_dict["average_price"] = average_price
        if filled_quantity is not UNSET:
            field_dict["filled_quantity"] = filled_quantity
        if pending_quantity is not UNSET:
            field_dict["pending_quantity"] = pending_quantity
        if cancelled_quantity is not UNSET:
            field_dict["cancelled_quantity"] = cancelled_quantity
        if market_protection is not UNSET:
            field_dict["market_protection"] = market_protection
        if meta is not UNSET:
            field_dict["meta"] = meta
        if tag is not UNSET:
            field_dict["tag"] = tag
        if guid is not UNSET:
            field_dict["guid"] = guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_postback_meta import OrderPostbackMeta  # noqa: PLC0415

        get = src_dict.get
        order_postback = cls.__new__(cls)
        order_postback.checksum = src_dict["checksum"]

        order_postback.order_id = src_dict["order_id"]

        order_postback.order_timestamp = src_dict["order_timestamp"]

        order_postback.user_id = get("user_id", UNSET)

        order_postback.unfilled_quantity = get("unfilled_quantity", UNSET)

        order_postback.app_id = get("app_id", UNSET)

        order_postback.placed_by = get("placed_by", UNSET)

        exchange_order_id: None | str | Unset = get("exchange_order_id", UNSET)

        order_postback.exchange_order_id = exchange_order_id

        parent_order_id: None | str | Unset = get("parent_order_id", UNSET)

        order_postback.parent_order_id = parent_order_id

        status: PostbackStatus | str | Unset = get("status", UNSET)

        order_postback.status = status

        status_message: None | str | Unset = get("status_message", UNSET)

        order_postback.status_message = status_message

        status_message_raw: None | str | Unset = get("status_message_raw", UNSET)

        order_postback.status_message_raw = status_message_raw

        exchange_update_timestamp: None | str | Unset = get("exchange_update_timestamp", UNSET)

        order_postback.exchange_update_timestamp = exchange_update_timestamp

        exchange_timestamp: None | str | Unset = get("exchange_timestamp", UNSET)

        order_postback.exchange_timestamp = exchange_timestamp

        order_postback.variety = get("variety", UNSET)

        exchange: ExchangeV1 | str | Unset = get("exchange", UNSET)

        order_postback.exchange = exchange

        order_postback.tradingsymbol = get("tradingsymbol", UNSET)

        order_postback.instrument_token = get("instrument_token", UNSET)

        order_postback.order_type = get("order_type", UNSET)

        transaction_type: str | TransactionType | Unset = get("transaction_type", UNSET)

        order_postback.transaction_type = transaction_type

        validity: str | Unset | Validity = get("validity", UNSET)

        order_postback.validity = validity

        product: Product | ProductCode | str | Unset = get("product", UNSET)

        order_postback.product = product

        order_postback.quantity = get("quantity", UNSET)

        order_postback.disclosed_quantity = get("disclosed_quantity", UNSET)

        order_postback.price = get("price", UNSET)

        order_postback.trigger_price = get("trigger_price", UNSET)

        order_postback.average_price = get("average_price", UNSET)

        order_postback.filled_quantity = get("filled_quantity", UNSET)

        order_postback.pending_quantity = get("pending_quantity", UNSET)

        order_postback.cancelled_quantity = get("cancelled_quantity", UNSET)

        order_postback.market_protection = get("market_protection", UNSET)

        _meta = get("meta", UNSET)
        meta: OrderPostbackMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = OrderPostbackMeta.from_dict(_meta)

        order_postback.meta = meta

        tag: None | str | Unset = get("tag", UNSET)

        order_postback.tag = tag

        order_postback.guid = get("guid", UNSET)

        order_postback.additional_properties = (
            {}
            if _ORDERPOSTBACK_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERPOSTBACK_FIELDS}
        )
        return order_postback

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
