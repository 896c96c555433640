from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.product_type import ProductType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gtt_trigger import GttTrigger


T = TypeVar("T", bound="OcoOrderDetails")
_OCOORDERDETAILS_FIELDS = frozenset(
    {
        "transactionType",
        "symbol",
        "symbolName",
        "productType",
        "orderType",
        "target",
        "stopLoss",
        "clientId",
    }
)


@_attrs_define
class OcoOrderDetails:
    """The OCO pair as echoed by add / modify / delete. Delete returns only `clientId` (note:
    `userId` on deleteGtt). All values are strings.

        Attributes:
            transaction_type (str | TransactionType | Unset):
            symbol (str | Unset): `<listingId>_<exchange>`, e.g. `133148_NFO`.
            symbol_name (str | Unset):
            product_type (ProductType | str | Unset):
            order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
                other string.
            target (GttTrigger | Unset): One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss` leg
                of an
                OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
                `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
                strings (`""` when unset).
            stop_loss (GttTrigger | Unset): One trigger leg: the single leg of a GTT (`gtt`) or the `target` / `stopLoss`
                leg of an
                OCO. The add/modify OCO responses fill `quantity`, `triggerPrice`, `limitPrice`,
                `marketProtection`, `type`, `triggerId`; the list call fills the rest. All values are
                strings (`""` when unset).
            client_id (str | Unset): Client id (delete response only).
    """

    transaction_type: str | TransactionType | Unset = UNSET
    symbol: str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    product_type: ProductType | str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    target: GttTrigger | Unset = UNSET
    stop_loss: GttTrigger | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, str):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type

        symbol = self.symbol

        symbol_name = self.symbol_name

        product_type: str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, str):
            product_type = self.product_type
        else:
            product_type = self.product_type

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        stop_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_loss, Unset):
            stop_loss = self.stop_loss.to_dict()

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if target is not UNSET:
            field_dict["target"] = target
        if stop_loss is not UNSET:
            field_dict["stopLoss"] = stop_loss
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gtt_trigger import GttTrigger  # noqa: PLC0415

        get = src_dict.get
        oco_order_details = cls.__new__(cls)
        transaction_type: str | TransactionType | Unset = get("transactionType", UNSET)

        oco_order_details.transaction_type = transaction_type

        oco_order_details.symbol = get("symbol", UNSET)

        oco_order_details.symbol_name = get("symbolName", UNSET)

        product_type: ProductType | str | Unset = get("productType", UNSET)

        oco_order_details.product_type = product_type

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        oco_order_details.order_type = order_type

        _target = get("target", UNSET)
        target: GttTrigger | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = GttTrigger.from_dict(_target)

        oco_order_details.target = target

        _stop_loss = get("stopLoss", UNSET)
        stop_loss: GttTrigger | Unset
        if isinstance(_stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = GttTrigger.from_dict(_stop_loss)

        oco_order_details.stop_loss = stop_loss

        oco_order_details.client_id = get("clientId", UNSET)

        oco_order_details.additional_properties = (
            {}
            if _OCOORDERDETAILS_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _OCOORDERDETAILS_FIELDS}
        )
        return oco_order_details

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
