from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bo_price_type import BoPriceType, check_bo_price_type
from ..models.bo_value_type import BoValueType, check_bo_value_type
from ..models.exchange import Exchange, check_exchange
from ..models.order_type import OrderType, check_order_type
from ..models.order_validity import OrderValidity, check_order_validity
from ..models.product_type import ProductType, check_product_type
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basket_order_item import BasketOrderItem


T = TypeVar("T", bound="CreateBasketOrderRequest")
_CREATEBASKETORDERREQUEST_FIELDS = frozenset(
    {
        "symbolName",
        "transactionType",
        "orderType",
        "productType",
        "quantity",
        "basketID",
        "basketName",
        "orders",
        "exchange",
        "orderValidity",
        "disclosedQuantity",
        "price",
        "priceType",
        "squareOffValue",
        "stopLossValue",
        "valueType",
        "trailingStopLoss",
        "triggerPrice",
    }
)


@_attrs_define
class CreateBasketOrderRequest:
    """Adds one order to a basket. Docs shape: a flat order plus `basketID` (capital D), with
    `exchange`, `orderValidity` and `disclosedQuantity` required too. Python SDK README
    shape: `{"basketName": ..., <order fields>}` without `basketID`, `orderValidity` or
    `disclosedQuantity`. Both are accepted: with `basketName` only the order's core fields
    are required, otherwise the docs' list applies. The Node/Java SDKs send
    `{"basketId": ..., "orders": [<order>]}`; `orders` is an optional extra, and `basketId`
    (lower-case d) cannot be declared beside `basketID` (generated clients need
    case-distinct property names) but is allowed as an additional property. `price` is
    needed for `L`/`SL`, `triggerPrice` for `SL`; `priceType`, `squareOffValue`,
    `stopLossValue`, `valueType`, `trailingStopLoss` are for bracket orders (`BO`). The
    docs' field table is cut off after `triggerPrice`.

        Attributes:
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            transaction_type (TransactionType):
            order_type (OrderType): `L` limit, `SL` stop-loss limit: the order types the v3.2 docs list for bracket and
                basket orders and the SPAN calculator. Market types (`MKT`, `SL-M`) were removed from the
                write-side docs in v3.2 (SDK 3.2.1); see `RegularOrderType` for regular orders.
            product_type (ProductType): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO` bracket.
            quantity (str): A positive whole number sent as a JSON string.
            basket_id (int | str | Unset): Basket id. The docs send it as a string in most samples and as a JSON number in
                the
                delete-basket-order sample; both are accepted.
            basket_name (str | Unset): The basket named by its name instead of its id, as the Python SDK README's basket
                flow
                does (`{"basketName": ..., ...}`). Unverified against the server; accepted because the
                docs (ids) and the SDK (names) disagree and neither can be checked.
            orders (list[BasketOrderItem] | Unset): Node/Java SDK variant; not in the docs.
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            order_validity (OrderValidity | Unset):
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            price_type (BoPriceType | Unset): Bracket-order reference price, `LTP` (default) or `ATP`.
            square_off_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            value_type (BoValueType | Unset): Bracket-order distance unit, `Absolute` (default) or `Ticks`.
            trailing_stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
    """

    symbol_name: str
    transaction_type: TransactionType
    order_type: OrderType
    product_type: ProductType
    quantity: str
    basket_id: int | str | Unset = UNSET
    basket_name: str | Unset = UNSET
    orders: list[BasketOrderItem] | Unset = UNSET
    exchange: Exchange | Unset = UNSET
    order_validity: OrderValidity | Unset = UNSET
    disclosed_quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    price_type: BoPriceType | Unset = UNSET
    square_off_value: str | Unset = UNSET
    stop_loss_value: str | Unset = UNSET
    value_type: BoValueType | Unset = UNSET
    trailing_stop_loss: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_name = self.symbol_name

        transaction_type: str = self.transaction_type

        order_type: str = self.order_type

        product_type: str = self.product_type

        quantity = self.quantity

        basket_id: int | str | Unset
        if isinstance(self.basket_id, Unset):
            basket_id = UNSET
        else:
            basket_id = self.basket_id

        basket_name = self.basket_name

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        order_validity: str | Unset = UNSET
        if not isinstance(self.order_validity, Unset):
            order_validity = self.order_validity

        disclosed_quantity = self.disclosed_quantity

        price = self.price

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type

        square_off_value = self.square_off_value

        stop_loss_value = self.stop_loss_value

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type

        trailing_stop_loss = self.trailing_stop_loss

        trigger_price = self.trigger_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolName": symbol_name,
                "transactionType": transaction_type,
                "orderType": order_type,
                "productType": product_type,
                "quantity": quantity,
            }
        )
        if basket_id is not UNSET:
            field_dict["basketID"] = basket_id
        if basket_name is not UNSET:
            field_dict["basketName"] = basket_name
        if orders is not UNSET:
            field_dict["orders"] = orders
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if disclosed_quantity is not UNSET:
            field_dict["disclosedQuantity"] = disclosed_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if square_off_value is not UNSET:
            field_dict["squareOffValue"] = square_off_value
        if stop_loss_value is not UNSET:
            field_dict["stopLossValue"] = stop_loss_value
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if trailing_stop_loss is not UNSET:
            field_dict["trailingStopLoss"] = trailing_stop_loss
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basket_order_item import BasketOrderItem  # noqa: PLC0415

        get = src_dict.get
        create_basket_order_request = cls.__new__(cls)
        create_basket_order_request.symbol_name = src_dict["symbolName"]

        transaction_type = check_transaction_type(src_dict["transactionType"])

        create_basket_order_request.transaction_type = transaction_type

        order_type = check_order_type(src_dict["orderType"])

        create_basket_order_request.order_type = order_type

        product_type = check_product_type(src_dict["productType"])

        create_basket_order_request.product_type = product_type

        create_basket_order_request.quantity = src_dict["quantity"]

        def _parse_basket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_id = _parse_basket_id(get("basketID", UNSET))

        create_basket_order_request.basket_id = basket_id

        create_basket_order_request.basket_name = get("basketName", UNSET)

        _orders = get("orders", UNSET)
        orders: list[BasketOrderItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = BasketOrderItem.from_dict(orders_item_data)

                orders.append(orders_item)

        create_basket_order_request.orders = orders

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        create_basket_order_request.exchange = exchange

        _order_validity = get("orderValidity", UNSET)
        order_validity: OrderValidity | Unset
        if isinstance(_order_validity, Unset):
            order_validity = UNSET
        else:
            order_validity = check_order_validity(_order_validity)

        create_basket_order_request.order_validity = order_validity

        create_basket_order_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        create_basket_order_request.price = get("price", UNSET)

        _price_type = get("priceType", UNSET)
        price_type: BoPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_bo_price_type(_price_type)

        create_basket_order_request.price_type = price_type

        create_basket_order_request.square_off_value = get("squareOffValue", UNSET)

        create_basket_order_request.stop_loss_value = get("stopLossValue", UNSET)

        _value_type = get("valueType", UNSET)
        value_type: BoValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = check_bo_value_type(_value_type)

        create_basket_order_request.value_type = value_type

        create_basket_order_request.trailing_stop_loss = get("trailingStopLoss", UNSET)

        create_basket_order_request.trigger_price = get("triggerPrice", UNSET)

        create_basket_order_request.additional_properties = (
            {}
            if _CREATEBASKETORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CREATEBASKETORDERREQUEST_FIELDS}
        )
        return create_basket_order_request

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
