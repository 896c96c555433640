from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gtt_type_open_type_0 import GttTypeOpenType0
from ..models.order_type_open_type_0 import (
    OrderTypeOpenType0,
)
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GttSummary")
_GTTSUMMARY_FIELDS = frozenset(
    {
        "id",
        "userId",
        "symbol",
        "symbolName",
        "orderType",
        "productType",
        "gttType",
        "validTill",
        "createdAt",
        "deletedAt",
        "gttSummaryId",
        "isExpired",
    }
)


@_attrs_define
class GttSummary:
    """Header of a listed GTT or OCO.

    Attributes:
        id (int | Unset): Numeric id (a JSON number; equals `gttSummaryId`).
        user_id (str | Unset):
        symbol (str | Unset): `<listingId>_<exchange>`, e.g. `14366_NSE`.
        symbol_name (str | Unset):
        order_type (OrderTypeOpenType0 | str | Unset): Order type as returned; includes legacy `MKT` and `SL-M`, and any
            other string.
        product_type (ProductType | str | Unset):
        gtt_type (GttTypeOpenType0 | str | Unset): Kind of a listed GTT. `SINGLE` is the only value seen; the value used
            for OCO pairs is
            UNSURE (not in any sample), so any other string parses too. To tell the kinds apart
            reliably look at `triggers`: `gtt` for a single GTT, `target` + `stopLoss` for an OCO.
        valid_till (str | Unset): Validity; `FOREVER` is the only value seen (open set).
        created_at (str | Unset): Format `yyyy-MM-dd HH:mm:ss` (IST).
        deleted_at (str | Unset): Format `yyyy-MM-dd HH:mm:ss` (IST); `""` if not deleted.
        gtt_summary_id (str | Unset): Id to pass to modify/delete (a string here).
        is_expired (bool | Unset):
    """

    id: int | Unset = UNSET
    user_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    order_type: OrderTypeOpenType0 | str | Unset = UNSET
    product_type: ProductType | str | Unset = UNSET
    gtt_type: GttTypeOpenType0 | str | Unset = UNSET
    valid_till: str | Unset = UNSET
    created_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    gtt_summary_id: str | Unset = UNSET
    is_expired: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        symbol = self.symbol

        symbol_name = self.symbol_name

        order_type: str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        elif isinstance(self.order_type, str):
            order_type = self.order_type
        else:
            order_type = self.order_type

        product_type: str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, str):
            product_type = self.product_type
        else:
            product_type = self.product_type

        gtt_type: str | Unset
        if isinstance(self.gtt_type, Unset):
            gtt_type = UNSET
        elif isinstance(self.gtt_type, str):
            gtt_type = self.gtt_type
        else:
            gtt_type = self.gtt_type

        valid_till = self.valid_till

        created_at = self.created_at

        deleted_at = self.deleted_at

        gtt_summary_id = self.gtt_summary_id

        is_expired = self.is_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if gtt_type is not UNSET:
            field_dict["gttType"] = gtt_type
        if valid_till is not UNSET:
            field_dict["validTill"] = valid_till
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if gtt_summary_id is not UNSET:
            field_dict["gttSummaryId"] = gtt_summary_id
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        gtt_summary = cls.__new__(cls)
        gtt_summary.id = get("id", UNSET)

        gtt_summary.user_id = get("userId", UNSET)

        gtt_summary.symbol = get("symbol", UNSET)

        gtt_summary.symbol_name = get("symbolName", UNSET)

        order_type: OrderTypeOpenType0 | str | Unset = get("orderType", UNSET)

        gtt_summary.order_type = order_type

        product_type: ProductType | str | Unset = get("productType", UNSET)

        gtt_summary.product_type = product_type

        gtt_type: GttTypeOpenType0 | str | Unset = get("gttType", UNSET)

        gtt_summary.gtt_type = gtt_type

        gtt_summary.valid_till = get("validTill", UNSET)

        gtt_summary.created_at = get("createdAt", UNSET)

        gtt_summary.deleted_at = get("deletedAt", UNSET)

        gtt_summary.gtt_summary_id = get("gttSummaryId", UNSET)

        gtt_summary.is_expired = get("isExpired", UNSET)

        gtt_summary.additional_properties = (
            {}
            if _GTTSUMMARY_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GTTSUMMARY_FIELDS}
        )
        return gtt_summary

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
