from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DpAccount")
_DPACCOUNT_FIELDS = frozenset(
    {
        "dpAccountNumber",
        "dpId",
        "boId",
        "repository",
        "edisClientCode",
        "dpAccountName",
    }
)


@_attrs_define
class DpAccount:
    """A depository account. Only `dpAccountNumber` is in the docs; the other fields are typed
    by a live Gopocket web app, each nullable [FR:B4.3].

        Attributes:
            dp_account_number (str | Unset): Depository (CDSL) account number.
            dp_id (None | str | Unset): Depository participant id [FR:B4.3].
            bo_id (None | str | Unset): Beneficial owner id [FR:B4.3].
            repository (None | str | Unset): Depository, e.g. CDSL [FR:B4.3].
            edis_client_code (None | str | Unset): Client code for eDIS (electronic delivery instructions) [FR:B4.3].
            dp_account_name (None | str | Unset): Name on the depository account [FR:B4.3].
    """

    dp_account_number: str | Unset = UNSET
    dp_id: None | str | Unset = UNSET
    bo_id: None | str | Unset = UNSET
    repository: None | str | Unset = UNSET
    edis_client_code: None | str | Unset = UNSET
    dp_account_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dp_account_number = self.dp_account_number

        dp_id: None | str | Unset
        if isinstance(self.dp_id, Unset):
            dp_id = UNSET
        else:
            dp_id = self.dp_id

        bo_id: None | str | Unset
        if isinstance(self.bo_id, Unset):
            bo_id = UNSET
        else:
            bo_id = self.bo_id

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        edis_client_code: None | str | Unset
        if isinstance(self.edis_client_code, Unset):
            edis_client_code = UNSET
        else:
            edis_client_code = self.edis_client_code

        dp_account_name: None | str | Unset
        if isinstance(self.dp_account_name, Unset):
            dp_account_name = UNSET
        else:
            dp_account_name = self.dp_account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dp_account_number is not UNSET:
            field_dict["dpAccountNumber"] = dp_account_number
        if dp_id is not UNSET:
            field_dict["dpId"] = dp_id
        if bo_id is not UNSET:
            field_dict["boId"] = bo_id
        if repository is not UNSET:
            field_dict["repository"] = repository
        if edis_client_code is not UNSET:
            field_dict["edisClientCode"] = edis_client_code
        if dp_account_name is not UNSET:
            field_dict["dpAccountName"] = dp_account_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        dp_account = cls.__new__(cls)
        dp_account.dp_account_number = get("dpAccountNumber", UNSET)

        dp_id: None | str | Unset = get("dpId", UNSET)

        dp_account.dp_id = dp_id

        bo_id: None | str | Unset = get("boId", UNSET)

        dp_account.bo_id = bo_id

        repository: None | str | Unset = get("repository", UNSET)

        dp_account.repository = repository

        edis_client_code: None | str | Unset = get("edisClientCode", UNSET)

        dp_account.edis_client_code = edis_client_code

        dp_account_name: None | str | Unset = get("dpAccountName", UNSET)

        dp_account.dp_account_name = dp_account_name

        dp_account.additional_properties = (
            {}
            if _DPACCOUNT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DPACCOUNT_FIELDS}
        )
        return dp_account

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
