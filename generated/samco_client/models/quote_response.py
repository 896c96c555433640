from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..models.exchange import Exchange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_level import BookLevel
    from ..models.quote_details import QuoteDetails


T = TypeVar("T", bound="QuoteResponse")
_QUOTERESPONSE_FIELDS = frozenset(
    {
        "serverTime",
        "msgId",
        "status",
        "statusMessage",
        "validationErrors",
        "errorCode",
        "symbolName",
        "tradingSymbol",
        "exchange",
        "companyName",
        "lastTradedTime",
        "lastTradedPrice",
        "previousClose",
        "changeValue",
        "changePercentage",
        "lastTradedQuantity",
        "lowerCircuitLimit",
        "upperCircuitLimit",
        "averagePrice",
        "openValue",
        "highValue",
        "lowValue",
        "closeValue",
        "totalBuyQuantity",
        "totalSellQuantity",
        "totalTradedValue",
        "totalTradedVolume",
        "yearlyHighPrice",
        "yearlyLowPrice",
        "tickSize",
        "listingId",
        "bestBids",
        "bestAsks",
        "openInterest",
        "expiryDate",
        "spotPrice",
        "instrument",
        "lotQuantity",
        "openInterestChange",
        "oIChangePer",
        "quoteDetails",
    }
)


@_attrs_define
class QuoteResponse:
    """Quote fields sit at the top level (Python and Node samples, 2021-2023 integrations) or
    under `quoteDetails` (Java SDK model; a v3.2 integration reads them there, FR:A3.24).
    Both are accepted.

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
            symbol_name (str | Unset):
            trading_symbol (str | Unset):
            exchange (Exchange | str | Unset): Exchange code as returned by Samco; unknown codes parse as plain strings.
            company_name (str | Unset):
            last_traded_time (str | Unset): Format `dd/MM/yyyy HH:mm:ss` (IST).
            last_traded_price (str | Unset):
            previous_close (str | Unset):
            change_value (str | Unset):
            change_percentage (str | Unset):
            last_traded_quantity (str | Unset):
            lower_circuit_limit (str | Unset):
            upper_circuit_limit (str | Unset):
            average_price (str | Unset):
            open_value (str | Unset):
            high_value (str | Unset):
            low_value (str | Unset):
            close_value (str | Unset):
            total_buy_quantity (str | Unset):
            total_sell_quantity (str | Unset):
            total_traded_value (str | Unset): May carry a unit, e.g. `592.47019 (Crs)`.
            total_traded_volume (str | Unset):
            yearly_high_price (str | Unset):
            yearly_low_price (str | Unset):
            tick_size (str | Unset):
            listing_id (str | Unset): `<id>_<exchange>`, e.g. `3045_NSE` (the streaming symbol).
            best_bids (list[BookLevel] | Unset): Best five bids.
            best_asks (list[BookLevel] | Unset): Best five asks.
            open_interest (str | Unset):
            expiry_date (str | Unset): Derivatives only, format `dd MMM yy`, e.g. `18 Jun 20`.
            spot_price (str | Unset):
            instrument (str | Unset):
            lot_quantity (str | Unset):
            open_interest_change (str | Unset):
            o_i_change_per (str | Unset):
            quote_details (QuoteDetails | Unset): Quote of one symbol. All values are strings. Derivative quotes add
                `openInterest`,
                `expiryDate`, `spotPrice`, `instrument`, `lotQuantity`, `openInterestChange`,
                `oIChangePer`.
    """

    server_time: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    status: EnvelopeStatus | str | Unset = UNSET
    status_message: str | Unset = UNSET
    validation_errors: list[str] | Unset = UNSET
    error_code: str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    trading_symbol: str | Unset = UNSET
    exchange: Exchange | str | Unset = UNSET
    company_name: str | Unset = UNSET
    last_traded_time: str | Unset = UNSET
    last_traded_price: str | Unset = UNSET
    previous_close: str | Unset = UNSET
    change_value: str | Unset = UNSET
    change_percentage: str | Unset = UNSET
    last_traded_quantity: str | Unset = UNSET
    lower_circuit_limit: str | Unset = UNSET
    upper_circuit_limit: str | Unset = UNSET
    average_price: str | Unset = UNSET
    open_value: str | Unset = UNSET
    high_value: str | Unset = UNSET
    low_value: str | Unset = UNSET
    close_value: str | Unset = UNSET
    total_buy_quantity: str | Unset = UNSET
    total_sell_quantity: str | Unset = UNSET
    total_traded_value: str | Unset = UNSET
    total_traded_volume: str | Unset = UNSET
    yearly_high_price: str | Unset = UNSET
    yearly_low_price: str | Unset = UNSET
    tick_size: str | Unset = UNSET
    listing_id: str | Unset = UNSET
    best_bids: list[BookLevel] | Unset = UNSET
    best_asks: list[BookLevel] | Unset = UNSET
    open_interest: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    spot_price: str | Unset = UNSET
    instrument: str | Unset = UNSET
    lot_quantity: str | Unset = UNSET
    open_interest_change: str | Unset = UNSET
    o_i_change_per: str | Unset = UNSET
    quote_details: QuoteDetails | Unset = UNSET
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

        symbol_name = self.symbol_name

        trading_symbol = self.trading_symbol

        exchange: str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        elif isinstance(self.exchange, str):
            exchange = self.exchange
        else:
            exchange = self.exchange

        company_name = self.company_name

        last_traded_time = self.last_traded_time

        last_traded_price = self.last_traded_price

        previous_close = self.previous_close

        change_value = self.change_value

        change_percentage = self.change_percentage

        last_traded_quantity = self.last_traded_quantity

        lower_circuit_limit = self.lower_circuit_limit

        upper_circuit_limit = self.upper_circuit_limit

        average_price = self.average_price

        open_value = self.open_value

        high_value = self.high_value

        low_value = self.low_value

        close_value = self.close_value

        total_buy_quantity = self.total_buy_quantity

        total_sell_quantity = self.total_sell_quantity

        total_traded_value = self.total_traded_value

        total_traded_volume = self.total_traded_volume

        yearly_high_price = self.yearly_high_price

        yearly_low_price = self.yearly_low_price

        tick_size = self.tick_size

        listing_id = self.listing_id

        best_bids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_bids, Unset):
            best_bids = []
            for best_bids_item_data in self.best_bids:
                best_bids_item = best_bids_item_data.to_dict()
                best_bids.append(best_bids_item)

        best_asks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_asks, Unset):
            best_asks = []
            for best_asks_item_data in self.best_asks:
                best_asks_item = best_asks_item_data.to_dict()
                best_asks.append(best_asks_item)

        open_interest = self.open_interest

        expiry_date = self.expiry_date

        spot_price = self.spot_price

        instrument = self.instrument

        lot_quantity = self.lot_quantity

        open_interest_change = self.open_interest_change

        o_i_change_per = self.o_i_change_per

        quote_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_details, Unset):
            quote_details = self.quote_details.to_dict()

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
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if trading_symbol is not UNSET:
            field_dict["tradingSymbol"] = trading_symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if last_traded_time is not UNSET:
            field_dict["lastTradedTime"] = last_traded_time
        if last_traded_price is not UNSET:
            field_dict["lastTradedPrice"] = last_traded_price
        if previous_close is not UNSET:
            field_dict["previousClose"] = previous_close
        if change_value is not UNSET:
            field_dict["changeValue"] = change_value
        if change_percentage is not UNSET:
            field_dict["changePercentage"] = change_percentage
        if last_traded_quantity is not UNSET:
            field_dict["lastTradedQuantity"] = last_traded_quantity
        if lower_circuit_limit is not UNSET:
            field_dict["lowerCircuitLimit"] = lower_circuit_limit
        if upper_circuit_limit is not UNSET:
            field_dict["upperCircuitLimit"] = upper_circuit_limit
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if open_value is not UNSET:
            field_dict["openValue"] = open_value
        if high_value is not UNSET:
            field_dict["highValue"] = high_value
        if low_value is not UNSET:
            field_dict["lowValue"] = low_value
        if close_value is not UNSET:
            field_dict["closeValue"] = close_value
        if total_buy_quantity is not UNSET:
            field_dict["totalBuyQuantity"] = total_buy_quantity
        if total_sell_quantity is not UNSET:
            field_dict["totalSellQuantity"] = total_sell_quantity
        if total_traded_value is not UNSET:
            field_dict["totalTradedValue"] = total_traded_value
        if total_traded_volume is not UNSET:
            field_dict["totalTradedVolume"] = total_traded_volume
        if yearly_high_price is not UNSET:
            field_dict["yearlyHighPrice"] = yearly_high_price
        if yearly_low_price is not UNSET:
            field_dict["yearlyLowPrice"] = yearly_low_price
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if listing_id is not UNSET:
            field_dict["listingId"] = listing_id
        if best_bids is not UNSET:
            field_dict["bestBids"] = best_bids
        if best_asks is not UNSET:
            field_dict["bestAsks"] = best_asks
        if open_interest is not UNSET:
            field_dict["openInterest"] = open_interest
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if lot_quantity is not UNSET:
            field_dict["lotQuantity"] = lot_quantity
        if open_interest_change is not UNSET:
            field_dict["openInterestChange"] = open_interest_change
        if o_i_change_per is not UNSET:
            field_dict["oIChangePer"] = o_i_change_per
        if quote_details is not UNSET:
            field_dict["quoteDetails"] = quote_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_level import BookLevel  # noqa: PLC0415
        from ..models.quote_details import QuoteDetails  # noqa: PLC0415

        get = src_dict.get
        quote_response = cls.__new__(cls)
        quote_response.server_time = get("serverTime", UNSET)

        quote_response.msg_id = get("msgId", UNSET)

        status: EnvelopeStatus | str | Unset = get("status", UNSET)

        quote_response.status = status

        quote_response.status_message = get("statusMessage", UNSET)

        validation_errors = cast(list[str], get("validationErrors", UNSET))

        quote_response.validation_errors = validation_errors

        quote_response.error_code = get("errorCode", UNSET)

        quote_response.symbol_name = get("symbolName", UNSET)

        quote_response.trading_symbol = get("tradingSymbol", UNSET)

        exchange: Exchange | str | Unset = get("exchange", UNSET)

        quote_response.exchange = exchange

        quote_response.company_name = get("companyName", UNSET)

        quote_response.last_traded_time = get("lastTradedTime", UNSET)

        quote_response.last_traded_price = get("lastTradedPrice", UNSET)

        quote_response.previous_close = get("previousClose", UNSET)

        quote_response.change_value = get("changeValue", UNSET)

        quote_response.change_percentage = get("changePercentage", UNSET)

        quote_response.last_traded_quantity = get("lastTradedQuantity", UNSET)

        quote_response.lower_circuit_limit = get("lowerCircuitLimit", UNSET)

        quote_response.upper_circuit_limit = get("upperCircuitLimit", UNSET)

        quote_response.average_price = get("averagePrice", UNSET)

        quote_response.open_value = get("openValue", UNSET)

        quote_response.high_value = get("highValue", UNSET)

        quote_response.low_value = get("lowValue", UNSET)

        quote_response.close_value = get("closeValue", UNSET)

        quote_response.total_buy_quantity = get("totalBuyQuantity", UNSET)

        quote_response.total_sell_quantity = get("totalSellQuantity", UNSET)

        quote_response.total_traded_value = get("totalTradedValue", UNSET)

        quote_response.total_traded_volume = get("totalTradedVolume", UNSET)

        quote_response.yearly_high_price = get("yearlyHighPrice", UNSET)

        quote_response.yearly_low_price = get("yearlyLowPrice", UNSET)

        quote_response.tick_size = get("tickSize", UNSET)

        quote_response.listing_id = get("listingId", UNSET)

        _best_bids = get("bestBids", UNSET)
        best_bids: list[BookLevel] | Unset = UNSET
        if _best_bids is not UNSET:
            best_bids = []
            for best_bids_item_data in _best_bids:
                best_bids_item = BookLevel.from_dict(best_bids_item_data)

                best_bids.append(best_bids_item)

        quote_response.best_bids = best_bids

        _best_asks = get("bestAsks", UNSET)
        best_asks: list[BookLevel] | Unset = UNSET
        if _best_asks is not UNSET:
            best_asks = []
            for best_asks_item_data in _best_asks:
                best_asks_item = BookLevel.from_dict(best_asks_item_data)

                best_asks.append(best_asks_item)

        quote_response.best_asks = best_asks

        quote_response.open_interest = get("openInterest", UNSET)

        quote_response.expiry_date = get("expiryDate", UNSET)

        quote_response.spot_price = get("spotPrice", UNSET)

        quote_response.instrument = get("instrument", UNSET)

        quote_response.lot_quantity = get("lotQuantity", UNSET)

        quote_response.open_interest_change = get("openInterestChange", UNSET)

        quote_response.o_i_change_per = get("oIChangePer", UNSET)

        _quote_details = get("quoteDetails", UNSET)
        quote_details: QuoteDetails | Unset
        if isinstance(_quote_details, Unset):
            quote_details = UNSET
        else:
            quote_details = QuoteDetails.from_dict(_quote_details)

        quote_response.quote_details = quote_details

        quote_response.additional_properties = (
            {}
            if _QUOTERESPONSE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _QUOTERESPONSE_FIELDS}
        )
        return quote_response

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
