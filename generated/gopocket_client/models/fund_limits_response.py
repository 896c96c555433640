from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fund_limits import FundLimits


T = TypeVar("T", bound="FundLimitsResponse")
_FUNDLIMITSRESPONSE_FIELDS = frozenset(
    {
        "status",
        "message",
        "result",
        "error_type",
        "emsg",
        "stat",
        "data",
    }
)


@_attrs_define
class FundLimitsResponse:
    """
    Attributes:
        status (EnvelopeStatus | str | Unset): `Ok` on success; `Not_ok`, `Not_Ok`, `error` or any other string on
            failure.
        message (str | Unset): Outcome text, normally `Success` (the positions sample has lower-case `success`); on
            failure the reason.
        result (list[FundLimits] | Unset): The payload, always a JSON array (typed per operation).
        error_type (str | Unset): Exception name on failures, e.g. `GeneralException` (Response Structure page, template
            text).
        emsg (str | Unset): Error text of the `stat`/`emsg` (Noren-style) form.
        stat (str | Unset): `Ok` or `Not_ok` in the Noren-style form (getUserDetails on the same platform).
        data (Any | Unset): Optional payload key named by the Response Structure page (template text); never seen in a
            sample.
    """

    status: EnvelopeStatus | str | Unset = UNSET
    message: str | Unset = UNSET
    result: list[FundLimits] | Unset = UNSET
    error_type: str | Unset = UNSET
    emsg: str | Unset = UNSET
    stat: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        message = self.message

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        error_type = self.error_type

        emsg = self.emsg

        stat = self.stat

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if emsg is not UNSET:
            field_dict["emsg"] = emsg
        if stat is not UNSET:
            field_dict["stat"] = stat
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fund_limits import FundLimits  # noqa: PLC0415

        get = src_dict.get
        fund_limits_response = cls.__new__(cls)
        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        fund_limits_response.status = status

        fund_limits_response.message = get("message", UNSET)

        _result = get("result", UNSET)
        result: list[FundLimits] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = FundLimits.from_dict(result_item_data)

                result.append(result_item)

        fund_limits_response.result = result

        fund_limits_response.error_type = get("error_type", UNSET)

        fund_limits_response.emsg = get("emsg", UNSET)

        fund_limits_response.stat = get("stat", UNSET)

        fund_limits_response.data = get("data", UNSET)

        fund_limits_response.additional_properties = (
            {}
            if _FUNDLIMITSRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FUNDLIMITSRESPONSE_FIELDS}
        )
        return fund_limits_response

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
