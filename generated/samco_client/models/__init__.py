"""Contains all the data models used in inputs/outputs"""

from .add_gtt_request import AddGttRequest
from .add_oco_request import AddOcoRequest
from .analyser_contract import AnalyserContract
from .analyser_exchange import AnalyserExchange
from .analyser_leg import AnalyserLeg
from .analytics_data import AnalyticsData
from .analytics_details_request import AnalyticsDetailsRequest
from .analytics_details_response import AnalyticsDetailsResponse
from .analytics_summary_request import AnalyticsSummaryRequest
from .analytics_summary_request_filter import AnalyticsSummaryRequestFilter
from .analytics_summary_response import AnalyticsSummaryResponse
from .basket_details import BasketDetails
from .basket_executed_order import BasketExecutedOrder
from .basket_execution_type import BasketExecutionType
from .basket_info import BasketInfo
from .basket_list_type import BasketListType
from .basket_order_info import BasketOrderInfo
from .basket_order_item import BasketOrderItem
from .basket_position import BasketPosition
from .basket_response import BasketResponse
from .basket_span_calculator_request import BasketSpanCalculatorRequest
from .basket_square_off_request import BasketSquareOffRequest
from .bo_price_type import BoPriceType
from .bo_value_type import BoValueType
from .book_level import BookLevel
from .bracket_product_type import BracketProductType
from .bulk_order_list_request import BulkOrderListRequest
from .bulk_order_response import BulkOrderResponse
from .bulk_order_single_request import BulkOrderSingleRequest
from .candle_exchange_code import CandleExchangeCode
from .chain_exchange import ChainExchange
from .contracts_analyser_request import ContractsAnalyserRequest
from .contracts_analyser_response import ContractsAnalyserResponse
from .convert_position_request import ConvertPositionRequest
from .convert_position_response import ConvertPositionResponse
from .cover_order_type import CoverOrderType
from .cover_order_validity import CoverOrderValidity
from .cover_product_type import CoverProductType
from .create_basket_order_request import CreateBasketOrderRequest
from .create_basket_request import CreateBasketRequest
from .daily_candle import DailyCandle
from .delete_basket_order_request import DeleteBasketOrderRequest
from .delete_basket_request import DeleteBasketRequest
from .delete_gtt_request import DeleteGttRequest
from .depth_ask import DepthAsk
from .depth_bid import DepthBid
from .envelope import Envelope
from .envelope_status import EnvelopeStatus
from .exchange import Exchange
from .execute_basket_order_request import ExecuteBasketOrderRequest
from .future_chain_entry import FutureChainEntry
from .future_chain_response import FutureChainResponse
from .gain_loss_request import GainLossRequest
from .gain_loss_response import GainLossResponse
from .gain_loss_status import GainLossStatus
from .gtt_list_entry import GttListEntry
from .gtt_list_response import GttListResponse
from .gtt_list_type import GttListType
from .gtt_order_details import GttOrderDetails
from .gtt_order_type import GttOrderType
from .gtt_product_type import GttProductType
from .gtt_response import GttResponse
from .gtt_summary import GttSummary
from .gtt_trigger import GttTrigger
from .gtt_trigger_status_open_type_0 import GttTriggerStatusOpenType0
from .gtt_trigger_type_open_type_0 import GttTriggerTypeOpenType0
from .gtt_triggers import GttTriggers
from .gtt_type_open_type_0 import GttTypeOpenType0
from .historical_candles_response import HistoricalCandlesResponse
from .holding_detail import HoldingDetail
from .holdings_response import HoldingsResponse
from .index_historical_candles_response import IndexHistoricalCandlesResponse
from .index_intraday_candles_response import IndexIntradayCandlesResponse
from .index_quote import IndexQuote
from .index_quote_response import IndexQuoteResponse
from .intraday_candle import IntradayCandle
from .intraday_candles_response import IntradayCandlesResponse
from .legacy_access_token_request import LegacyAccessTokenRequest
from .legacy_access_token_response import LegacyAccessTokenResponse
from .legacy_envelope_response import LegacyEnvelopeResponse
from .legacy_generate_otp_request import LegacyGenerateOtpRequest
from .legacy_login_request import LegacyLoginRequest
from .legacy_login_response import LegacyLoginResponse
from .legacy_secret_key_request import LegacySecretKeyRequest
from .legacy_secret_key_response import LegacySecretKeyResponse
from .legacy_static_ip_request import LegacyStaticIpRequest
from .legacy_static_ip_response import LegacyStaticIpResponse
from .limits_response import LimitsResponse
from .logout_response import LogoutResponse
from .margin_limit import MarginLimit
from .market_depth import MarketDepth
from .market_depth_details import MarketDepthDetails
from .market_depth_request import MarketDepthRequest
from .market_depth_response import MarketDepthResponse
from .modify_and_retry_basket_request import ModifyAndRetryBasketRequest
from .modify_basket_order_request import ModifyBasketOrderRequest
from .modify_basket_request import ModifyBasketRequest
from .modify_gtt_request import ModifyGttRequest
from .modify_oco_request import ModifyOcoRequest
from .modify_order_request import ModifyOrderRequest
from .modify_order_response import ModifyOrderResponse
from .multi_quote import MultiQuote
from .multi_quote_request import MultiQuoteRequest
from .multi_quote_response import MultiQuoteResponse
from .o_auth_revoke_request import OAuthRevokeRequest
from .o_auth_revoke_response import OAuthRevokeResponse
from .o_auth_token_request import OAuthTokenRequest
from .o_auth_token_response import OAuthTokenResponse
from .oco_order_details import OcoOrderDetails
from .oco_response import OcoResponse
from .option_chain_entry import OptionChainEntry
from .option_chain_response import OptionChainResponse
from .option_type import OptionType
from .option_type_open_type_0 import OptionTypeOpenType0
from .order_book_entry import OrderBookEntry
from .order_book_response import OrderBookResponse
from .order_cancel_response import OrderCancelResponse
from .order_details import OrderDetails
from .order_response import OrderResponse
from .order_status_response import OrderStatusResponse
from .order_type import OrderType
from .order_type_open_type_0 import OrderTypeOpenType0
from .order_validity import OrderValidity
from .personal_index import PersonalIndex
from .personal_index_response import PersonalIndexResponse
from .personal_index_values import PersonalIndexValues
from .place_bracket_order_request import PlaceBracketOrderRequest
from .place_cover_order_request import PlaceCoverOrderRequest
from .place_order_request import PlaceOrderRequest
from .portfolio_summary import PortfolioSummary
from .position_detail import PositionDetail
from .position_square_off_item import PositionSquareOffItem
from .position_square_off_request import PositionSquareOffRequest
from .position_square_off_response import PositionSquareOffResponse
from .position_square_off_result import PositionSquareOffResult
from .position_type import PositionType
from .positions_response import PositionsResponse
from .product_type import ProductType
from .quote_details import QuoteDetails
from .quote_response import QuoteResponse
from .rearrange_basket_order_request import RearrangeBasketOrderRequest
from .regular_order_type import RegularOrderType
from .regular_product_type import RegularProductType
from .session_account_details import SessionAccountDetails
from .session_token_request import SessionTokenRequest
from .session_token_response import SessionTokenResponse
from .span_details import SpanDetails
from .span_margin_item import SpanMarginItem
from .span_margin_request import SpanMarginRequest
from .span_margin_response import SpanMarginResponse
from .static_ip_type import StaticIpType
from .symbol_search_response import SymbolSearchResponse
from .symbol_search_result import SymbolSearchResult
from .trade_book_entry import TradeBookEntry
from .trade_book_response import TradeBookResponse
from .transaction_type import TransactionType
from .trigger_order import TriggerOrder
from .trigger_orders_response import TriggerOrdersResponse
from .web_secret_code import WebSecretCode
from .web_secret_code_response import WebSecretCodeResponse
from .web_secret_code_validation_request import WebSecretCodeValidationRequest
from .web_secret_code_validation_response import WebSecretCodeValidationResponse
from .who_am_i_data import WhoAmIData
from .who_am_i_response import WhoAmIResponse
from .yes_no import YesNo

__all__ = (
    "AddGttRequest",
    "AddOcoRequest",
    "AnalyserContract",
    "AnalyserExchange",
    "AnalyserLeg",
    "AnalyticsData",
    "AnalyticsDetailsRequest",
    "AnalyticsDetailsResponse",
    "AnalyticsSummaryRequest",
    "AnalyticsSummaryRequestFilter",
    "AnalyticsSummaryResponse",
    "BasketDetails",
    "BasketExecutedOrder",
    "BasketExecutionType",
    "BasketInfo",
    "BasketListType",
    "BasketOrderInfo",
    "BasketOrderItem",
    "BasketPosition",
    "BasketResponse",
    "BasketSpanCalculatorRequest",
    "BasketSquareOffRequest",
    "BookLevel",
    "BoPriceType",
    "BoValueType",
    "BracketProductType",
    "BulkOrderListRequest",
    "BulkOrderResponse",
    "BulkOrderSingleRequest",
    "CandleExchangeCode",
    "ChainExchange",
    "ContractsAnalyserRequest",
    "ContractsAnalyserResponse",
    "ConvertPositionRequest",
    "ConvertPositionResponse",
    "CoverOrderType",
    "CoverOrderValidity",
    "CoverProductType",
    "CreateBasketOrderRequest",
    "CreateBasketRequest",
    "DailyCandle",
    "DeleteBasketOrderRequest",
    "DeleteBasketRequest",
    "DeleteGttRequest",
    "DepthAsk",
    "DepthBid",
    "Envelope",
    "EnvelopeStatus",
    "Exchange",
    "ExecuteBasketOrderRequest",
    "FutureChainEntry",
    "FutureChainResponse",
    "GainLossRequest",
    "GainLossResponse",
    "GainLossStatus",
    "GttListEntry",
    "GttListResponse",
    "GttListType",
    "GttOrderDetails",
    "GttOrderType",
    "GttProductType",
    "GttResponse",
    "GttSummary",
    "GttTrigger",
    "GttTriggers",
    "GttTriggerStatusOpenType0",
    "GttTriggerTypeOpenType0",
    "GttTypeOpenType0",
    "HistoricalCandlesResponse",
    "HoldingDetail",
    "HoldingsResponse",
    "IndexHistoricalCandlesResponse",
    "IndexIntradayCandlesResponse",
    "IndexQuote",
    "IndexQuoteResponse",
    "IntradayCandle",
    "IntradayCandlesResponse",
    "LegacyAccessTokenRequest",
    "LegacyAccessTokenResponse",
    "LegacyEnvelopeResponse",
    "LegacyGenerateOtpRequest",
    "LegacyLoginRequest",
    "LegacyLoginResponse",
    "LegacySecretKeyRequest",
    "LegacySecretKeyResponse",
    "LegacyStaticIpRequest",
    "LegacyStaticIpResponse",
    "LimitsResponse",
    "LogoutResponse",
    "MarginLimit",
    "MarketDepth",
    "MarketDepthDetails",
    "MarketDepthRequest",
    "MarketDepthResponse",
    "ModifyAndRetryBasketRequest",
    "ModifyBasketOrderRequest",
    "ModifyBasketRequest",
    "ModifyGttRequest",
    "ModifyOcoRequest",
    "ModifyOrderRequest",
    "ModifyOrderResponse",
    "MultiQuote",
    "MultiQuoteRequest",
    "MultiQuoteResponse",
    "OAuthRevokeRequest",
    "OAuthRevokeResponse",
    "OAuthTokenRequest",
    "OAuthTokenResponse",
    "OcoOrderDetails",
    "OcoResponse",
    "OptionChainEntry",
    "OptionChainResponse",
    "OptionType",
    "OptionTypeOpenType0",
    "OrderBookEntry",
    "OrderBookResponse",
    "OrderCancelResponse",
    "OrderDetails",
    "OrderResponse",
    "OrderStatusResponse",
    "OrderType",
    "OrderTypeOpenType0",
    "OrderValidity",
    "PersonalIndex",
    "PersonalIndexResponse",
    "PersonalIndexValues",
    "PlaceBracketOrderRequest",
    "PlaceCoverOrderRequest",
    "PlaceOrderRequest",
    "PortfolioSummary",
    "PositionDetail",
    "PositionSquareOffItem",
    "PositionSquareOffRequest",
    "PositionSquareOffResponse",
    "PositionSquareOffResult",
    "PositionsResponse",
    "PositionType",
    "ProductType",
    "QuoteDetails",
    "QuoteResponse",
    "RearrangeBasketOrderRequest",
    "RegularOrderType",
    "RegularProductType",
    "SessionAccountDetails",
    "SessionTokenRequest",
    "SessionTokenResponse",
    "SpanDetails",
    "SpanMarginItem",
    "SpanMarginRequest",
    "SpanMarginResponse",
    "StaticIpType",
    "SymbolSearchResponse",
    "SymbolSearchResult",
    "TradeBookEntry",
    "TradeBookResponse",
    "TransactionType",
    "TriggerOrder",
    "TriggerOrdersResponse",
    "WebSecretCode",
    "WebSecretCodeResponse",
    "WebSecretCodeValidationRequest",
    "WebSecretCodeValidationResponse",
    "WhoAmIData",
    "WhoAmIResponse",
    "YesNo",
)
