from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.symbol_search_result import SymbolSearchResult


T = TypeVar("T", bound="SymbolSearchResponse")
_SYMBOLSEARCHRESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "equityDertivativeValues",
        "commodityValues",
        "searchResults",
    }
)


@_attrs_define
class SymbolSearchResponse:
    """UNSURE which key carries the results; it seems to depend on the segment searched.
    Python sample: `equityDertivativeValues` (sic); Node sample (commodity search):
    `commodityValues`; Java model: `searchResults`. All three are optional. The samples
    have no `serverTime`.

        Attributes:
            server_time (str | Unset): Server time in IST, format `dd/MM/yy HH:mm:ss`.
            msg_id (str | Unset): Per-request id (a UUID) to quote to Samco support. Absent from some failure bodies
                (a real one: `{"serverTime":"30/09/20 13:41:28","status":"Failure","statusMessage":"SymbolName not available"}`,
                FR:A3.9); 5xx answers may carry it too, and support asks for it (FR:A3.7).
            status (EnvelopeStatus | str | Unset): `Success` or `Failure`; any other string parses too.
            status_message (str | Unset): Human-readable outcome.
            validation_errors (list[str] | Unset): In most Java SDK response models; an independent integration (LEAN) also
                checks it on
                place-order responses (FR:A3.9). Never seen populated in a sample.
            error_code (str | Unset): Machine-readable reason of a failure. Carried by failures of `POST /session/token`
                and the OAuth endpoints (FR:A3.2; also in the Java SDK's SessionTokenResponse model):
                `EOAUTH001` API key wrong or app not Active, `EOAUTH008` API secret wrong, `EOAUTH009`
                calling IP not registered. `statusMessage` states the same in words. The codes the
                overlays map to typed errors are listed in the root `x-envelope.errorCodes`.
            equity_dertivative_values (list[SymbolSearchResult] | Unset): Equity and derivative hits (the key is misspelt by
                Samco).
            commodity_values (list[SymbolSearchResult] | Unset): Commodity hits.
            search_results (list[SymbolSearchResult] | Unset): Hits as named by the Java SDK model.
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    equity_dertivative_values: list[SymbolSearchResult] | Unset = UNSET
    commodity_values: list[SymbolSearchResult] | Unset = UNSET
    search_results: list[SymbolSearchResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_time = self.server_time

        msg_id = self.msg_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_message = self.status_message

        validation_errors: list[str] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors

        error_code = self.error_code

        equity_dertivative_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.equity_dertivative_values, Unset):
            equity_dertivative_values = []
            for equity_dertivative_values_item_data in self.equity_dertivative_values:
                equity_dertivative_values_item = equity_dertivative_values_item_data.to_dict()
                equity_dertivative_values.append(equity_dertivative_values_item)

        commodity_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commodity_values, Unset):
            commodity_values = []
            for commodity_values_item_data in self.commodity_values:
                commodity_values_item = commodity_values_item_data.to_dict()
                commodity_values.append(commodity_values_item)

        search_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_results, Unset):
            search_results = []
            for search_results_item_data in self.search_results:
                search_results_item = search_results_item_data.to_dict()
                search_results.append(search_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_time is not UNSET:
            field_dict["serverTime"] = server_time
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if equity_dertivative_values is not UNSET:
            field_dict["equityDertivativeValues"] = equity_dertivative_values
        if commodity_values is not UNSET:
            field_dict["commodityValues"] = commodity_values
        if search_results is not UNSET:
            field_dict["searchResults"] = search_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.symbol_search_result import SymbolSearchResult  # noqa: PLC0415

        get = src_dict.get
        symbol_search_response = cls.__new__(cls)
        symbol_search_response.server_time = get("serverTime", UNSET)

        symbol_search_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        symbol_search_response.status = status

        symbol_search_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        symbol_search_response.validation_errors = validation_errors

        symbol_search_response.error_code = get("errorCode", UNSET)

        _equity_dertivative_values = get("equityDertivativeValues", UNSET)
        equity_dertivative_values: list[SymbolSearchResult] | Unset = UNSET
        if _equity_dertivative_values is not UNSET:
            equity_dertivative_values = []
            for equity_dertivative_values_item_data in _equity_dertivative_values:
                equity_dertivative_values_item = SymbolSearchResult.from_dict(
                    equity_dertivative_values_item_data
                )

                equity_dertivative_values.append(equity_dertivative_values_item)

        symbol_search_response.equity_dertivative_values = equity_dertivative_values

        _commodity_values = get("commodityValues", UNSET)
        commodity_values: list[SymbolSearchResult] | Unset = UNSET
        if _commodity_values is not UNSET:
            commodity_values = []
            for commodity_values_item_data in _commodity_values:
                commodity_values_item = SymbolSearchResult.from_dict(commodity_values_item_data)

                commodity_values.append(commodity_values_item)

        symbol_search_response.commodity_values = commodity_values

        _search_results = get("searchResults", UNSET)
        search_results: list[SymbolSearchResult] | Unset = UNSET
        if _search_results is not UNSET:
            search_results = []
            for search_results_item_data in _search_results:
                search_results_item = SymbolSearchResult.from_dict(search_results_item_data)

                search_results.append(search_results_item)

        symbol_search_response.search_results = search_results

        symbol_search_response.additional_properties = (
            {}
            if _SYMBOLSEARCHRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SYMBOLSEARCHRESPONSE_FIELDS}
        )
        return symbol_search_response

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
