"""Contains all the data models used in inputs/outputs"""

from .connect_ack import ConnectAck
from .connect_ack_alt import ConnectAckAlt
from .connect_request import ConnectRequest
from .depth_fields import DepthFields
from .depth_snapshot import DepthSnapshot
from .depth_update import DepthUpdate
from .heartbeat import Heartbeat
from .heartbeat_ack import HeartbeatAck
from .order_feed_ack import OrderFeedAck
from .order_feed_request import OrderFeedRequest
from .order_update import OrderUpdate
from .subscribe_request import SubscribeRequest
from .subscribe_request_t import SubscribeRequestT
from .touchline_fields import TouchlineFields
from .touchline_snapshot import TouchlineSnapshot
from .touchline_update import TouchlineUpdate
from .unsubscribe_request import UnsubscribeRequest
from .unsubscribe_request_t import UnsubscribeRequestT

__all__ = (
    "ConnectAck",
    "ConnectAckAlt",
    "ConnectRequest",
    "DepthFields",
    "DepthSnapshot",
    "DepthUpdate",
    "Heartbeat",
    "HeartbeatAck",
    "OrderFeedAck",
    "OrderFeedRequest",
    "OrderUpdate",
    "SubscribeRequest",
    "SubscribeRequestT",
    "TouchlineFields",
    "TouchlineSnapshot",
    "TouchlineUpdate",
    "UnsubscribeRequest",
    "UnsubscribeRequestT",
)
