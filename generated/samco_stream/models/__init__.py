"""Contains all the data models used in inputs/outputs"""

from .depth_data import DepthData
from .depth_envelope import DepthEnvelope
from .depth_level import DepthLevel
from .depth_response import DepthResponse
from .option_greeks import OptionGreeks
from .quote_data import QuoteData
from .quote_envelope import QuoteEnvelope
from .quote_envelope_response import QuoteEnvelopeResponse
from .quote_tick import QuoteTick
from .stream_request import StreamRequest
from .stream_request_body import StreamRequestBody
from .stream_request_body_request_type import StreamRequestBodyRequestType
from .stream_request_body_response_format import StreamRequestBodyResponseFormat
from .stream_request_data import StreamRequestData
from .stream_symbol import StreamSymbol

__all__ = (
    "DepthData",
    "DepthEnvelope",
    "DepthLevel",
    "DepthResponse",
    "OptionGreeks",
    "QuoteData",
    "QuoteEnvelope",
    "QuoteEnvelopeResponse",
    "QuoteTick",
    "StreamRequest",
    "StreamRequestBody",
    "StreamRequestBodyRequestType",
    "StreamRequestBodyResponseFormat",
    "StreamRequestData",
    "StreamSymbol",
)
