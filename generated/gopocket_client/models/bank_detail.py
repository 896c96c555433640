from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankDetail")
_BANKDETAIL_FIELDS = frozenset(
    {
        "bankName",
        "accNumber",
        "ifsc",
        "micr",
    }
)


@_attrs_define
class BankDetail:
    """A linked bank account. `ifsc` and `micr` are not in the docs; a live Gopocket web app types them [FR:B4.3].

    Attributes:
        bank_name (str | Unset):
        acc_number (str | Unset): Account number (masked in samples).
        ifsc (str | Unset): IFSC code of the branch [FR:B4.3].
        micr (str | Unset): MICR code of the branch [FR:B4.3].
    """

    bank_name: str | Unset = UNSET
    acc_number: str | Unset = UNSET
    ifsc: str | Unset = UNSET
    micr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        acc_number = self.acc_number

        ifsc = self.ifsc

        micr = self.micr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if ifsc is not UNSET:
            field_dict["ifsc"] = ifsc
        if micr is not UNSET:
            field_dict["micr"] = micr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        bank_detail = cls.__new__(cls)
        bank_detail.bank_name = get("bankName", UNSET)

        bank_detail.acc_number = get("accNumber", UNSET)

        bank_detail.ifsc = get("ifsc", UNSET)

        bank_detail.micr = get("micr", UNSET)

        bank_detail.additional_properties = (
            {}
            if _BANKDETAIL_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BANKDETAIL_FIELDS}
        )
        return bank_detail

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
