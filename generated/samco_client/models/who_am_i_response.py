from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..models.static_ip_type import StaticIpType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.who_am_i_data import WhoAmIData


T = TypeVar("T", bound="WhoAmIResponse")
_WHOAMIRESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "srcIp",
        "clientIp",
        "primaryIp",
        "secondaryIp",
        "matches",
        "matchedAs",
        "data",
    }
)


@_attrs_define
class WhoAmIResponse:
    """Union of three shapes: NODE/JAVA README (`srcIp`, `primaryIp`, `secondaryIp`, `matches`,
    `matchedAs`), JAVA model (`clientIp` instead of `srcIp`), PY README (`data.ip`,
    `data.registered`). All fields are optional.

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
            src_ip (str | Unset): IP address the request came from (NODE/JAVA README).
            client_ip (str | Unset): IP address the request came from (JAVA model name).
            primary_ip (str | Unset): The app's registered PRIMARY static IP.
            secondary_ip (str | Unset): The app's registered SECONDARY static IP (may be absent).
            matches (bool | Unset): Whether the source IP is one of the registered IPs.
            matched_as (None | StaticIpType | str | Unset): `PRIMARY` or `SECONDARY`; presumably null or absent when there
                is no match (UNSURE). Other strings parse too.
            data (WhoAmIData | Unset): PY README shape (contradicts NODE/JAVA).
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    src_ip: str | Unset = UNSET
    client_ip: str | Unset = UNSET
    primary_ip: str | Unset = UNSET
    secondary_ip: str | Unset = UNSET
    matches: bool | Unset = UNSET
    matched_as: None | StaticIpType | str | Unset = UNSET
    data: WhoAmIData | Unset = UNSET
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

        src_ip = self.src_ip

        client_ip = self.client_ip

        primary_ip = self.primary_ip

        secondary_ip = self.secondary_ip

        matches = self.matches

        matched_as: None | str | Unset
        if isinstance(self.matched_as, Unset):
            matched_as = UNSET
        elif isinstance(self.matched_as, str):
            matched_as = self.matched_as
        else:
            matched_as = self.matched_as

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

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
        if src_ip is not UNSET:
            field_dict["srcIp"] = src_ip
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if primary_ip is not UNSET:
            field_dict["primaryIp"] = primary_ip
        if secondary_ip is not UNSET:
            field_dict["secondaryIp"] = secondary_ip
        if matches is not UNSET:
            field_dict["matches"] = matches
        if matched_as is not UNSET:
            field_dict["matchedAs"] = matched_as
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.who_am_i_data import WhoAmIData  # noqa: PLC0415

        get = src_dict.get
        who_am_i_response = cls.__new__(cls)
        who_am_i_response.server_time = get("serverTime", UNSET)

        who_am_i_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        who_am_i_response.status = status

        who_am_i_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        who_am_i_response.validation_errors = validation_errors

        who_am_i_response.error_code = get("errorCode", UNSET)

        who_am_i_response.src_ip = get("srcIp", UNSET)

        who_am_i_response.client_ip = get("clientIp", UNSET)

        who_am_i_response.primary_ip = get("primaryIp", UNSET)

        who_am_i_response.secondary_ip = get("secondaryIp", UNSET)

        who_am_i_response.matches = get("matches", UNSET)

        matched_as: None | StaticIpType | str | Unset = get("matchedAs", UNSET)

        who_am_i_response.matched_as = matched_as

        _data = get("data", UNSET)
        data: WhoAmIData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WhoAmIData.from_dict(_data)

        who_am_i_response.data = data

        who_am_i_response.additional_properties = (
            {}
            if _WHOAMIRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WHOAMIRESPONSE_FIELDS}
        )
        return who_am_i_response

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
