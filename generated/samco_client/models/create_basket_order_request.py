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


@_attrs_define
class CreateBasketOrderRequest:
    """Adds one order to a basket (docs shape: a flat order plus `basketID`, spelt with a
    capital D). The Node/Java SDKs send `{"basketId": ..., "orders": [<order>]}` and the
    Python SDK README `{"basketName": ..., <order fields>}`; `basketName` and `orders` are
    accepted as optional extras. `basketId` (lower-case d) cannot be declared beside
    `basketID` (generated clients need case-distinct property names) but is allowed as an
    additional property. `price` is needed for `L`/`SL`, `triggerPrice` for `SL`;
    `priceType`, `squareOffValue`, `stopLossValue`, `valueType`, `trailingStopLoss` are
    for bracket orders (`BO`). The docs' field table is cut off after `triggerPrice`.

        Attributes:
            basket_id (int | str): Basket id. The docs send it as a string in most samples and as a JSON number in the
                delete-basket-order sample; both are accepted.
            symbol_name (str): Equity scrip name (cash) or trading symbol (F&O), as in ScripMaster.csv.
            exchange (Exchange): Exchange code. NSE is the default where a field is optional; the code is mandatory for
                the others. On BFO only SENSEX and BANKEX contracts trade. Per-endpoint subsets are noted
                in each operation.
            transaction_type (TransactionType):
            order_type (OrderType): `L` limit, `SL` stop-loss limit. Market (`MKT`, `SL-M`) orders were removed from the
                write side in v3.2 (except GTT).
            order_validity (OrderValidity):
            product_type (ProductType): `CNC` delivery, `MIS` intraday, `NRML` F&O carry-forward, `CO` cover, `BO` bracket.
            quantity (str): A positive whole number sent as a JSON string.
            disclosed_quantity (str): A whole number as a string, or `""` for "not set".
            basket_name (str | Unset): Python SDK README variant; not in the docs.
            orders (list[BasketOrderItem] | Unset): Node/Java SDK variant; not in the docs.
            price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            price_type (BoPriceType | Unset): Bracket-order reference price, `LTP` (default) or `ATP`.
            square_off_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            stop_loss_value (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            value_type (BoValueType | Unset): Bracket-order distance unit, `Absolute` (default) or `Ticks`.
            trailing_stop_loss (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
            trigger_price (str | Unset): A non-negative decimal number as a string, or `""` for "not set".
    """

    basket_id: int | str
    symbol_name: str
    exchange: Exchange
    transaction_type: TransactionType
    order_type: OrderType
    order_validity: OrderValidity
    product_type: ProductType
    quantity: str
    disclosed_quantity: str
    basket_name: str | Unset = UNSET
    orders: list[BasketOrderItem] | Unset = UNSET
    price: str | Unset = UNSET
    price_type: BoPriceType | Unset = UNSET
    square_off_value: str | Unset = UNSET
    stop_loss_value: str | Unset = UNSET
    value_type: BoValueType | Unset = UNSET
    trailing_stop_loss: str | Unset = UNSET
    trigger_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id: int | str
        basket_id = self.basket_id

        symbol_name = self.symbol_name

        exchange: str = self.exchange

        transaction_type: str = self.transaction_type

        order_type: str = self.order_type

        order_validity: str = self.order_validity

        product_type: str = self.product_type

        quantity = self.quantity

        disclosed_quantity = self.disclosed_quantity

        basket_name = self.basket_name

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

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
                "basketID": basket_id,
                "symbolName": symbol_name,
                "exchange": exchange,
                "transactionType": transaction_type,
                "orderType": order_type,
                "orderValidity": order_validity,
                "productType": product_type,
                "quantity": quantity,
                "disclosedQuantity": disclosed_quantity,
            }
        )
        if basket_name is not UNSET:
            field_dict["basketName"] = basket_name
        if orders is not UNSET:
            field_dict["orders"] = orders
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

        d = dict(src_dict)

        def _parse_basket_id(data: object) -> int | str:
            return cast(int | str, data)

        basket_id = _parse_basket_id(d.pop("basketID"))

        symbol_name = d.pop("symbolName")

        exchange = check_exchange(d.pop("exchange"))

        transaction_type = check_transaction_type(d.pop("transactionType"))

        order_type = check_order_type(d.pop("orderType"))

        order_validity = check_order_validity(d.pop("orderValidity"))

        product_type = check_product_type(d.pop("productType"))

        quantity = d.pop("quantity")

        disclosed_quantity = d.pop("disclosedQuantity")

        basket_name = d.pop("basketName", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[BasketOrderItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = BasketOrderItem.from_dict(orders_item_data)

                orders.append(orders_item)

        price = d.pop("price", UNSET)

        _price_type = d.pop("priceType", UNSET)
        price_type: BoPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_bo_price_type(_price_type)

        square_off_value = d.pop("squareOffValue", UNSET)

        stop_loss_value = d.pop("stopLossValue", UNSET)

        _value_type = d.pop("valueType", UNSET)
        value_type: BoValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = check_bo_value_type(_value_type)

        trailing_stop_loss = d.pop("trailingStopLoss", UNSET)

        trigger_price = d.pop("triggerPrice", UNSET)

        create_basket_order_request = cls(
            basket_id=basket_id,
            symbol_name=symbol_name,
            exchange=exchange,
            transaction_type=transaction_type,
            order_type=order_type,
            order_validity=order_validity,
            product_type=product_type,
            quantity=quantity,
            disclosed_quantity=disclosed_quantity,
            basket_name=basket_name,
            orders=orders,
            price=price,
            price_type=price_type,
            square_off_value=square_off_value,
            stop_loss_value=stop_loss_value,
            value_type=value_type,
            trailing_stop_loss=trailing_stop_loss,
            trigger_price=trigger_price,
        )

        create_basket_order_request.additional_properties = d
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
