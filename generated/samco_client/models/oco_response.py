from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oco_order_details import OcoOrderDetails


T = TypeVar("T", bound="OcoResponse")
_OCORESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "gttSummaryId",
        "orderDetails",
    }
)


@_attrs_define
class OcoResponse:
    """Response of addOco, modifyOco and deleteOco.

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
        gtt_summary_id (str | Unset): Id of the OCO pair. After a modify this is the new id.
        order_details (OcoOrderDetails | Unset): The OCO pair as echoed by add / modify / delete. Delete returns only
            `clientId` (note:
            `userId` on deleteGtt). All values are strings.
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    gtt_summary_id: str | Unset = UNSET
    order_details: OcoOrderDetails | Unset = UNSET
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

        gtt_summary_id = self.gtt_summary_id

        order_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_details, Unset):
            order_details = self.order_details.to_dict()

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
        if gtt_summary_id is not UNSET:
            field_dict["gttSummaryId"] = gtt_summary_id
        if order_details is not UNSET:
            field_dict["orderDetails"] = order_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oco_order_details import OcoOrderDetails  # noqa: PLC0415

        get = src_dict.get
        oco_response = cls.__new__(cls)
        oco_response.server_time = get("serverTime", UNSET)

        oco_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        oco_response.status = status

        oco_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        oco_response.validation_errors = validation_errors

        oco_response.error_code = get("errorCode", UNSET)

        oco_response.gtt_summary_id = get("gttSummaryId", UNSET)

        _order_details = get("orderDetails", UNSET)
        order_details: OcoOrderDetails | Unset
        if isinstance(_order_details, Unset):
            order_details = UNSET
        else:
            order_details = OcoOrderDetails.from_dict(_order_details)

        oco_response.order_details = order_details

        oco_response.additional_properties = (
            {}
            if _OCORESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _OCORESPONSE_FIELDS}
        )
        return oco_response

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
