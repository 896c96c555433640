"""Contains all the data models used in inputs/outputs"""

from .bank_detail import BankDetail
from .broker_order_ref import BrokerOrderRef
from .cancel_order_request import CancelOrderRequest
from .chart_data_response import ChartDataResponse
from .chart_instrument import ChartInstrument
from .client_details import ClientDetails
from .dp_account import DpAccount
from .empty_result import EmptyResult
from .envelope import Envelope
from .envelope_status import EnvelopeStatus
from .exchange import Exchange
from .exchange_segment import ExchangeSegment
from .exchange_v1 import ExchangeV1
from .exit_order_complexity import ExitOrderComplexity
from .exit_order_v1_request import ExitOrderV1Request
from .fund_limits import FundLimits
from .fund_limits_response import FundLimitsResponse
from .fund_limits_v1 import FundLimitsV1
from .fund_limits_v1_response import FundLimitsV1Response
from .get_user_details_request import GetUserDetailsRequest
from .get_user_details_response import GetUserDetailsResponse
from .historical_data_request import HistoricalDataRequest
from .holding import Holding
from .holding_listing import HoldingListing
from .holding_v1 import HoldingV1
from .holdings_group import HoldingsGroup
from .holdings_response import HoldingsResponse
from .holdings_v1_response import HoldingsV1Response
from .intraday_data_request import IntradayDataRequest
from .modify_order_request import ModifyOrderRequest
from .modify_order_type_v1 import ModifyOrderTypeV1
from .modify_order_v1_request import ModifyOrderV1Request
from .modify_validity import ModifyValidity
from .open_item_v1 import OpenItemV1
from .open_v1_response import OpenV1Response
from .order_ack import OrderAck
from .order_ack_v1 import OrderAckV1
from .order_ack_v1_response import OrderAckV1Response
from .order_book_entry import OrderBookEntry
from .order_book_response import OrderBookResponse
from .order_complexity import OrderComplexity
from .order_entry_v1 import OrderEntryV1
from .order_history_entry import OrderHistoryEntry
from .order_history_request import OrderHistoryRequest
from .order_history_response import OrderHistoryResponse
from .order_list_v1_response import OrderListV1Response
from .order_margin import OrderMargin
from .order_margin_request import OrderMarginRequest
from .order_margin_response import OrderMarginResponse
from .order_margin_v1_request import OrderMarginV1Request
from .order_postback import OrderPostback
from .order_postback_meta import OrderPostbackMeta
from .order_source import OrderSource
from .order_type import OrderType
from .order_type_v1 import OrderTypeV1
from .place_order_request import PlaceOrderRequest
from .place_order_response import PlaceOrderResponse
from .place_order_v1_request import PlaceOrderV1Request
from .pos_type import PosType
from .position import Position
from .position_conversion_request import PositionConversionRequest
from .position_conversion_response import PositionConversionResponse
from .position_conversion_v1_request import PositionConversionV1Request
from .position_v1 import PositionV1
from .positions_response import PositionsResponse
from .positions_v1_response import PositionsV1Response
from .postback_status import PostbackStatus
from .price_type import PriceType
from .product import Product
from .product_code import ProductCode
from .product_v1 import ProductV1
from .profile_response import ProfileResponse
from .trade_book_entry import TradeBookEntry
from .trade_book_response import TradeBookResponse
from .trans_type import TransType
from .trans_type_any import TransTypeAny
from .transaction_type import TransactionType
from .user_session import UserSession
from .validity import Validity
from .web_socket_key import WebSocketKey
from .web_socket_key_response import WebSocketKeyResponse

__all__ = (
    "BankDetail",
    "BrokerOrderRef",
    "CancelOrderRequest",
    "ChartDataResponse",
    "ChartInstrument",
    "ClientDetails",
    "DpAccount",
    "EmptyResult",
    "Envelope",
    "EnvelopeStatus",
    "Exchange",
    "ExchangeSegment",
    "ExchangeV1",
    "ExitOrderComplexity",
    "ExitOrderV1Request",
    "FundLimits",
    "FundLimitsResponse",
    "FundLimitsV1",
    "FundLimitsV1Response",
    "GetUserDetailsRequest",
    "GetUserDetailsResponse",
    "HistoricalDataRequest",
    "Holding",
    "HoldingListing",
    "HoldingsGroup",
    "HoldingsResponse",
    "HoldingsV1Response",
    "HoldingV1",
    "IntradayDataRequest",
    "ModifyOrderRequest",
    "ModifyOrderTypeV1",
    "ModifyOrderV1Request",
    "ModifyValidity",
    "OpenItemV1",
    "OpenV1Response",
    "OrderAck",
    "OrderAckV1",
    "OrderAckV1Response",
    "OrderBookEntry",
    "OrderBookResponse",
    "OrderComplexity",
    "OrderEntryV1",
    "OrderHistoryEntry",
    "OrderHistoryRequest",
    "OrderHistoryResponse",
    "OrderListV1Response",
    "OrderMargin",
    "OrderMarginRequest",
    "OrderMarginResponse",
    "OrderMarginV1Request",
    "OrderPostback",
    "OrderPostbackMeta",
    "OrderSource",
    "OrderType",
    "OrderTypeV1",
    "PlaceOrderRequest",
    "PlaceOrderResponse",
    "PlaceOrderV1Request",
    "Position",
    "PositionConversionRequest",
    "PositionConversionResponse",
    "PositionConversionV1Request",
    "PositionsResponse",
    "PositionsV1Response",
    "PositionV1",
    "PostbackStatus",
    "PosType",
    "PriceType",
    "Product",
    "ProductCode",
    "ProductV1",
    "ProfileResponse",
    "TradeBookEntry",
    "TradeBookResponse",
    "TransactionType",
    "TransType",
    "TransTypeAny",
    "UserSession",
    "Validity",
    "WebSocketKey",
    "WebSocketKeyResponse",
)
