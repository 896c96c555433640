from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basket_details import BasketDetails
    from ..models.basket_executed_order import BasketExecutedOrder
    from ..models.basket_info import BasketInfo
    from ..models.basket_order_info import BasketOrderInfo


T = TypeVar("T", bound="BasketResponse")
_BASKETRESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "basketId",
        "orderId",
        "baskets",
        "basketOrders",
        "basketDetails",
        "orderNumbers",
        "executedOrders",
        "spanMargin",
        "totalMargin",
    }
)


@_attrs_define
class BasketResponse:
    """Response of every basket call (the Java SDK uses one model for all of them). Each call
    fills only some fields; all are optional. Contents of the objects are UNSURE.

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
            basket_id (int | str | Unset): Basket id (create basket; Node/Java).
            order_id (int | str | Unset): Basket order id (Java model).
            baskets (list[BasketInfo] | Unset): Baskets (list basket; Java model).
            basket_orders (list[BasketOrderInfo] | Unset): Orders of a basket (Java model).
            basket_details (BasketDetails | list[BasketDetails] | Unset): Orders of a basket (docs' list-basket-order
                sample). Whether this is one object
                or an array is UNSURE; both parse.
            order_numbers (list[str] | Unset): Order numbers placed by execute / square-off (Java model).
            executed_orders (list[BasketExecutedOrder] | Unset): Orders placed by execute (Java model).
            span_margin (float | str | Unset): SPAN margin of the basket (span calculator). The Java model types it as a
                number; Samco sends most numbers as strings, so a string also parses.
            total_margin (float | str | Unset): Total margin of the basket (span calculator); number or string as
                `spanMargin`.
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    basket_id: int | str | Unset = UNSET
    order_id: int | str | Unset = UNSET
    baskets: list[BasketInfo] | Unset = UNSET
    basket_orders: list[BasketOrderInfo] | Unset = UNSET
    basket_details: BasketDetails | list[BasketDetails] | Unset = UNSET
    order_numbers: list[str] | Unset = UNSET
    executed_orders: list[BasketExecutedOrder] | Unset = UNSET
    span_margin: float | str | Unset = UNSET
    total_margin: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basket_details import BasketDetails  # noqa: PLC0415

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

        basket_id: int | str | Unset
        if isinstance(self.basket_id, Unset):
            basket_id = UNSET
        else:
            basket_id = self.basket_id

        order_id: int | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        baskets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.baskets, Unset):
            baskets = []
            for baskets_item_data in self.baskets:
                baskets_item = baskets_item_data.to_dict()
                baskets.append(baskets_item)

        basket_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.basket_orders, Unset):
            basket_orders = []
            for basket_orders_item_data in self.basket_orders:
                basket_orders_item = basket_orders_item_data.to_dict()
                basket_orders.append(basket_orders_item)

        basket_details: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.basket_details, Unset):
            basket_details = UNSET
        elif isinstance(self.basket_details, BasketDetails):
            basket_details = self.basket_details.to_dict()
        else:
            basket_details = []
            for basket_details_type_1_item_data in self.basket_details:
                basket_details_type_1_item = basket_details_type_1_item_data.to_dict()
                basket_details.append(basket_details_type_1_item)

        order_numbers: list[str] | Unset = UNSET
        if not isinstance(self.order_numbers, Unset):
            order_numbers = self.order_numbers

        executed_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.executed_orders, Unset):
            executed_orders = []
            for executed_orders_item_data in self.executed_orders:
                executed_orders_item = executed_orders_item_data.to_dict()
                executed_orders.append(executed_orders_item)

        span_margin: float | str | Unset
        if isinstance(self.span_margin, Unset):
            span_margin = UNSET
        else:
            span_margin = self.span_margin

        total_margin: float | str | Unset
        if isinstance(self.total_margin, Unset):
            total_margin = UNSET
        else:
            total_margin = self.total_margin

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
        if basket_id is not UNSET:
            field_dict["basketId"] = basket_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if baskets is not UNSET:
            field_dict["baskets"] = baskets
        if basket_orders is not UNSET:
            field_dict["basketOrders"] = basket_orders
        if basket_details is not UNSET:
            field_dict["basketDetails"] = basket_details
        if order_numbers is not UNSET:
            field_dict["orderNumbers"] = order_numbers
        if executed_orders is not UNSET:
            field_dict["executedOrders"] = executed_orders
        if span_margin is not UNSET:
            field_dict["spanMargin"] = span_margin
        if total_margin is not UNSET:
            field_dict["totalMargin"] = total_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basket_details import BasketDetails  # noqa: PLC0415
        from ..models.basket_executed_order import BasketExecutedOrder  # noqa: PLC0415
        from ..models.basket_info import BasketInfo  # noqa: PLC0415
        from ..models.basket_order_info import BasketOrderInfo  # noqa: PLC0415

        get = src_dict.get
        basket_response = cls.__new__(cls)
        basket_response.server_time = get("serverTime", UNSET)

        basket_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        basket_response.status = status

        basket_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        basket_response.validation_errors = validation_errors

        basket_response.error_code = get("errorCode", UNSET)

        def _parse_basket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        basket_id = _parse_basket_id(get("basketId", UNSET))

        basket_response.basket_id = basket_id

        def _parse_order_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        order_id = _parse_order_id(get("orderId", UNSET))

        basket_response.order_id = order_id

        _baskets = get("baskets", UNSET)
        baskets: list[BasketInfo] | Unset = UNSET
        if _baskets is not UNSET:
            baskets = []
            for baskets_item_data in _baskets:
                baskets_item = BasketInfo.from_dict(baskets_item_data)

                baskets.append(baskets_item)

        basket_response.baskets = baskets

        _basket_orders = get("basketOrders", UNSET)
        basket_orders: list[BasketOrderInfo] | Unset = UNSET
        if _basket_orders is not UNSET:
            basket_orders = []
            for basket_orders_item_data in _basket_orders:
                basket_orders_item = BasketOrderInfo.from_dict(basket_orders_item_data)

                basket_orders.append(basket_orders_item)

        basket_response.basket_orders = basket_orders

        def _parse_basket_details(data: object) -> BasketDetails | list[BasketDetails] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                basket_details_type_0 = BasketDetails.from_dict(data)

                return basket_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            basket_details_type_1 = []
            _basket_details_type_1 = data
            for basket_details_type_1_item_data in _basket_details_type_1:
                basket_details_type_1_item = BasketDetails.from_dict(
                    basket_details_type_1_item_data
                )

                basket_details_type_1.append(basket_details_type_1_item)

            return basket_details_type_1

        basket_details = _parse_basket_details(get("basketDetails", UNSET))

        basket_response.basket_details = basket_details

        order_numbers = cast(list[str], get("orderNumbers", UNSET))

        basket_response.order_numbers = order_numbers

        _executed_orders = get("executedOrders", UNSET)
        executed_orders: list[BasketExecutedOrder] | Unset = UNSET
        if _executed_orders is not UNSET:
            executed_orders = []
            for executed_orders_item_data in _executed_orders:
                executed_orders_item = BasketExecutedOrder.from_dict(executed_orders_item_data)

                executed_orders.append(executed_orders_item)

        basket_response.executed_orders = executed_orders

        def _parse_span_margin(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        span_margin = _parse_span_margin(get("spanMargin", UNSET))

        basket_response.span_margin = span_margin

        def _parse_total_margin(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total_margin = _parse_total_margin(get("totalMargin", UNSET))

        basket_response.total_margin = total_margin

        basket_response.additional_properties = (
            {}
            if _BASKETRESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BASKETRESPONSE_FIELDS}
        )
        return basket_response

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
