from typing import Literal

StaticIpType = Literal["PRIMARY", "SECONDARY"]

STATIC_IP_TYPE_VALUES: set[StaticIpType] = {
    "PRIMARY",
    "SECONDARY",
}


def check_static_ip_type(value: str) -> StaticIpType:
    if value in STATIC_IP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATIC_IP_TYPE_VALUES!r}")
