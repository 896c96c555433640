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


T = TypeVar("T", bound="ModifyBasketOrderRequest")
_MODIFYBASKETORDERREQUEST_FIELDS = frozenset(
    {
        "basketId",
        "basketName",
        "basketOrderId",
        "orderId",
        "orders",
        "symbolName",
        "exchange",
        "transactionType",
        "orderType",
        "orderValidity",
        "productType",
        "quantity",
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
class ModifyBasketOrderRequest:
    """Replaces a stored basket order under the same id (docs: `basketOrderId` + `basketId`,
    any create-order field optional). The Node/Java SDKs send `orderId` + `orders[]`
    instead of `basketOrderId` (accepted as optional extras). The Python SDK names the
    basket by `basketName` and sends the order's fields without an id (its README gives no
    body for this call): with `basketName` no id is required, and a server (the mock) finds
    the order by `orderId` or by its `symbolName`.

        Attributes:
            basket_id (int | str | Unset): Basket id. The docs send it as a string in most samples and as a JSON number in
                the
                delete-basket-order sample; both are accepted.
            basket_name (str | Unset): The basket named by its name instead of its id, as the Python SDK README's basket
                flow
                does (`{"basketName": ..., ...}`). Unverified against the server; accepted because the
                docs (ids) and the SDK (names) disagree and neither can be checked.
            basket_order_id (int | str | Unset): Id of an order inside a basket. The docs send it as a JSON number (delete)
                or a string
                (rearrange); both are accepted.
            order_id (int | str | Unset): Id of an order inside a basket. The docs send it as a JSON number (delete) or a
                string
                (rearrange); both are accepted.
            orders (list[BasketOrderItem] | Unset): Node/Java SDK variant; not in the docs.
            symbol_name (str | Unset):
            exchange (Exchange | Unset): Exchange code. NSE is the default where a field is optional; the code is mandatory
                for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            transaction_type (TransactionType | Unset):
            order_type (OrderType | Unset): `L` limit, `SL` stop-loss limit: the order types the v3.2 docs list for bracket
                and
                basket orders and the SPAN calculator. Market types (`MKT`, `SL-M`) were removed from the
                write-side docs in v3.2 (SDK 3.2.1); see `RegularOrderType` for regular orders.
            order_validity (OrderValidity | Unset):
            product_type (ProductType | Unset): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO`
                bracket.
            quantity (str | Unset): A positive whole number sent as a JSON string.
            disclosed_quantity (str | Unset): A whole number as a string, or `""` for "not set".
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            price_type (BoPriceType | Unset): Bracket-order reference price, `LTP` (default) or `ATP`.
            square_off_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            value_type (BoValueType | Unset): Bracket-order distance unit, `Absolute` (default) or `Ticks`.
            trailing_stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
    """

    basket_id: int | str | Unset = UNSET
    basket_name: str | Unset = UNSET
    basket_order_id: int | str | Unset = UNSET
    order_id: int | str | Unset = UNSET
    orders: list[BasketOrderItem] | Unset = UNSET
    symbol_name: str | Unset = UNSET
    exchange: Exchange | Unset = UNSET
    transaction_type: TransactionType | Unset = UNSET
    order_type: OrderType | Unset = UNSET
    order_validity: OrderValidity | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    quantity: str | Unset = UNSET
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
        basket_id: int | str | Unset
        if isinstance(self.basket_id, Unset):
            basket_id = UNSET
        else:
            basket_id = self.basket_id

        basket_name = self.basket_name

        basket_order_id: int | str | Unset
        if isinstance(self.basket_order_id, Unset):
            basket_order_id = UNSET
        else:
            basket_order_id = self.basket_order_id

        order_id: int | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        symbol_name = self.symbol_name

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        order_validity: str | Unset = UNSET
        if not isinstance(self.order_validity, Unset):
            order_validity = self.order_validity

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        quantity = self.quantity

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
        field_dict.update({})
        if basket_id is not UNSET:
            field_dict["basketId"] = basket_id
        if basket_name is not UNSET:
            field_dict["basketName"] = basket_name
        if basket_order_id is not UNSET:
            field_dict["basketOrderId"] = basket_order_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if orders is not UNSET:
            field_dict["orders"] = orders
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_validity is not UNSET:
            field_dict["orderValidity"] = order_validity
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
        modify_basket_order_request = cls.__new__(cls)

        def _parse_basket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_id = _parse_basket_id(get("basketId", UNSET))

        modify_basket_order_request.basket_id = basket_id

        modify_basket_order_request.basket_name = get("basketName", UNSET)

        def _parse_basket_order_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_order_id = _parse_basket_order_id(get("basketOrderId", UNSET))

        modify_basket_order_request.basket_order_id = basket_order_id

        def _parse_order_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        order_id = _parse_order_id(get("orderId", UNSET))

        modify_basket_order_request.order_id = order_id

        _orders = get("orders", UNSET)
        orders: list[BasketOrderItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = BasketOrderItem.from_dict(orders_item_data)

                orders.append(orders_item)

        modify_basket_order_request.orders = orders

        modify_basket_order_request.symbol_name = get("symbolName", UNSET)

        _exchange = get("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = check_exchange(_exchange)

        modify_basket_order_request.exchange = exchange

        _transaction_type = get("transactionType", UNSET)
        transaction_type: TransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = check_transaction_type(_transaction_type)

        modify_basket_order_request.transaction_type = transaction_type

        _order_type = get("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_order_type(_order_type)

        modify_basket_order_request.order_type = order_type

        _order_validity = get("orderValidity", UNSET)
        order_validity: OrderValidity | Unset
        if isinstance(_order_validity, Unset):
            order_validity = UNSET
        else:
            order_validity = check_order_validity(_order_validity)

        modify_basket_order_request.order_validity = order_validity

        _product_type = get("productType", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_product_type(_product_type)

        modify_basket_order_request.product_type = product_type

        modify_basket_order_request.quantity = get("quantity", UNSET)

        modify_basket_order_request.disclosed_quantity = get("disclosedQuantity", UNSET)

        modify_basket_order_request.price = get("price", UNSET)

        _price_type = get("priceType", UNSET)
        price_type: BoPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_bo_price_type(_price_type)

        modify_basket_order_request.price_type = price_type

        modify_basket_order_request.square_off_value = get("squareOffValue", UNSET)

        modify_basket_order_request.stop_loss_value = get("stopLossValue", UNSET)

        _value_type = get("valueType", UNSET)
        value_type: BoValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = check_bo_value_type(_value_type)

        modify_basket_order_request.value_type = value_type

        modify_basket_order_request.trailing_stop_loss = get("trailingStopLoss", UNSET)

        modify_basket_order_request.trigger_price = get("triggerPrice", UNSET)

        modify_basket_order_request.additional_properties = (
            {}
            if _MODIFYBASKETORDERREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MODIFYBASKETORDERREQUEST_FIELDS}
        )
        return modify_basket_order_request

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
