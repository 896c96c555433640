from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_v1 import ExchangeV1, check_exchange_v1
from ..models.pos_type import PosType, check_pos_type
from ..models.trans_type_any import TransTypeAny, check_trans_type_any

T = TypeVar("T", bound="PositionConversionV1Request")
_POSITIONCONVERSIONV1REQUEST_FIELDS = frozenset(
    {
        "tradingSymbol",
        "exchange",
        "product",
        "prevProduct",
        "transType",
        "posType",
        "quantity",
    }
)


@_attrs_define
class PositionConversionV1Request:
    """UNSURE: the SDK config defines the endpoint but no SDK method calls it. The fields are
    those its conversion validator expects - docs-layout names, except `quantity` (not `qty`);
    `transType` accepts `B`/`S` and `BUY`/`SELL`. Product names are left open because it is
    unknown whether docs-layout (`MIS`) or SDK-layout (`INTRADAY`) names apply.

        Attributes:
            trading_symbol (str):
            exchange (ExchangeV1): Exchange codes of the SDK (`open-api/order/v1`) layout and of the contract master.
            product (str): Target product.
            prev_product (str): Current product.
            trans_type (TransTypeAny): Side in either spelling (`B`/`S` or `BUY`/`SELL`), as accepted by the SDK validators.
            pos_type (PosType): Position type of a conversion: `DAY` (sample) or `NET` (by analogy with the SDKs' position
                types; inferred).
            quantity (str): A positive whole number sent as a JSON string.
    """

    trading_symbol: str
    exchange: ExchangeV1
    product: str
    prev_product: str
    trans_type: TransTypeAny
    pos_type: PosType
    quantity: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_symbol = self.trading_symbol

        exchange: str = self.exchange

        product = self.product

        prev_product = self.prev_product

        trans_type: str = self.trans_type

        pos_type: str = self.pos_type

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradingSymbol": trading_symbol,
                "exchange": exchange,
                "product": product,
                "prevProduct": prev_product,
                "transType": trans_type,
                "posType": pos_type,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_conversion_v1_request = cls.__new__(cls)
        position_conversion_v1_request.trading_symbol = src_dict["tradingSymbol"]

        exchange = check_exchange_v1(src_dict["exchange"])

        position_conversion_v1_request.exchange = exchange

        position_conversion_v1_request.product = src_dict["product"]

        position_conversion_v1_request.prev_product = src_dict["prevProduct"]

        trans_type = check_trans_type_any(src_dict["transType"])

        position_conversion_v1_request.trans_type = trans_type

        pos_type = check_pos_type(src_dict["posType"])

        position_conversion_v1_request.pos_type = pos_type

        position_conversion_v1_request.quantity = src_dict["quantity"]

        position_conversion_v1_request.additional_properties = (
            {}
            if _POSITIONCONVERSIONV1REQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONCONVERSIONV1REQUEST_FIELDS}
        )
        return position_conversion_v1_request

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
