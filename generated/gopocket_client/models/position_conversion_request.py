from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange import Exchange, check_exchange
from ..models.order_source import OrderSource, check_order_source
from ..models.pos_type import PosType, check_pos_type
from ..models.product import Product, check_product
from ..models.trans_type import TransType, check_trans_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionConversionRequest")
_POSITIONCONVERSIONREQUEST_FIELDS = frozenset(
    {
        "exchange",
        "tradingSymbol",
        "qty",
        "product",
        "prevProduct",
        "transType",
        "posType",
        "orderSource",
        "token",
    }
)


@_attrs_define
class PositionConversionRequest:
    """Convert a position's product (e.g. intraday <-> delivery). Single JSON object;
    required-ness inferred from the sample.

        Attributes:
            exchange (Exchange): Exchange of an order (docs layout). The docs listed NSE, BSE, NFO, CDS, BCD, MCX until
                2023-11-20 and only NSE, NFO, CDS, MCX from 2023-12-15; this enum keeps the union so that
                BSE/BCD orders are not refused client-side (the server decides).
            trading_symbol (str):
            qty (str): A positive whole number sent as a JSON string.
            product (Product): Product of a docs-layout order: `MIS` intraday, `CNC` delivery, `NRML` carry-forward
                (documented); `MTF` and `GTT` are accepted by the earlier Codifi SDK ([SDK-prev]).
            prev_product (Product): Product of a docs-layout order: `MIS` intraday, `CNC` delivery, `NRML` carry-forward
                (documented); `MTF` and `GTT` are accepted by the earlier Codifi SDK ([SDK-prev]).
            trans_type (TransType): Side of a docs-layout order, `B` buy or `S` sell. The field table says "BUY or SELL" but
                every sample sends `B`/`S`; the samples win here.
            pos_type (PosType): Position type of a conversion: `DAY` (sample) or `NET` (by analogy with the SDKs' position
                types; inferred).
            order_source (OrderSource | Unset): Origin of the request, `API`, `WEB` or `MOB` (docs 2024-01-02 text).
            token (str | Unset): Instrument token; [SDK-prev] sends it instead of `orderSource` when it has no source.
    """

    exchange: Exchange
    trading_symbol: str
    qty: str
    product: Product
    prev_product: Product
    trans_type: TransType
    pos_type: PosType
    order_source: OrderSource | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: str = self.exchange

        trading_symbol = self.trading_symbol

        qty = self.qty

        product: str = self.product

        prev_product: str = self.prev_product

        trans_type: str = self.trans_type

        pos_type: str = self.pos_type

        order_source: str | Unset = UNSET
        if not isinstance(self.order_source, Unset):
            order_source = self.order_source

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "tradingSymbol": trading_symbol,
                "qty": qty,
                "product": product,
                "prevProduct": prev_product,
                "transType": trans_type,
                "posType": pos_type,
            }
        )
        if order_source is not UNSET:
            field_dict["orderSource"] = order_source
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        position_conversion_request = cls.__new__(cls)
        exchange = check_exchange(src_dict["exchange"])

        position_conversion_request.exchange = exchange

        position_conversion_request.trading_symbol = src_dict["tradingSymbol"]

        position_conversion_request.qty = src_dict["qty"]

        product = check_product(src_dict["product"])

        position_conversion_request.product = product

        prev_product = check_product(src_dict["prevProduct"])

        position_conversion_request.prev_product = prev_product

        trans_type = check_trans_type(src_dict["transType"])

        position_conversion_request.trans_type = trans_type

        pos_type = check_pos_type(src_dict["posType"])

        position_conversion_request.pos_type = pos_type

        _order_source = get("orderSource", UNSET)
        order_source: OrderSource | Unset
        if isinstance(_order_source, Unset):
            order_source = UNSET
        else:
            order_source = check_order_source(_order_source)

        position_conversion_request.order_source = order_source

        position_conversion_request.token = get("token", UNSET)

        position_conversion_request.additional_properties = (
            {}
            if _POSITIONCONVERSIONREQUEST_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _POSITIONCONVERSIONREQUEST_FIELDS}
        )
        return position_conversion_request

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
