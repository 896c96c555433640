from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteData")
_QUOTEDATA_FIELDS = frozenset(
    {
        "sym",
        "delta",
        "gamma",
        "theta",
        "vega",
        "iv",
        "ltp",
        "ltq",
        "ltt",
        "lTrdT",
        "lttUTC",
        "o",
        "h",
        "l",
        "c",
        "ch",
        "chPer",
        "vol",
        "ttv",
        "avgPr",
        "oI",
        "oIChg",
        "bPr",
        "bSz",
        "aPr",
        "aSz",
        "tBQ",
        "tSQ",
        "yH",
        "yL",
    }
)


@_attrs_define
class QuoteData:
    """The fields of a `quote` tick (meanings inferred from the names, reference section 12).
    All strings; numbers may carry thousands separators and `""` means no value
    (FR:A1.12). Only `sym` is always present; other fields may be missing, and fields not
    listed here may appear.

        Attributes:
            sym (str): The symbol key (`2885_NSE`, `-21`); `quote` uses `sym`, `quote2` uses `symbol` (FR:A1.10).
            delta (str | Unset): Delta.
            gamma (str | Unset): Gamma.
            theta (str | Unset): Theta.
            vega (str | Unset): Vega.
            iv (str | Unset): Implied volatility (percent).
            ltp (str | Unset): Last traded price.
            ltq (str | Unset): Last traded quantity.
            ltt (str | Unset): Last trade time, `dd MMM yyyy, hh:mm:ss a` (IST), e.g. `23 May 2024, 12:33:04 PM`; note the
                comma.
            l_trd_t (str | Unset): Last trade time (same format as `ltt`).
            ltt_utc (str | Unset): Last trade time in UTC (same format).
            o (str | Unset): Open.
            h (str | Unset): High.
            l (str | Unset): Low.
            c (str | Unset): Previous close.
            ch (str | Unset): Change against the close.
            ch_per (str | Unset): Change in percent.
            vol (str | Unset): Volume traded today.
            ttv (str | Unset): Total traded value.
            avg_pr (str | Unset): Average traded price.
            o_i (str | Unset): Open interest (`""` for cash symbols).
            o_i_chg (str | Unset): Change in open interest.
            b_pr (str | Unset): Best bid price.
            b_sz (str | Unset): Best bid size.
            a_pr (str | Unset): Best ask price.
            a_sz (str | Unset): Best ask size.
            t_bq (str | Unset): Total buy quantity.
            t_sq (str | Unset): Total sell quantity.
            y_h (str | Unset): 52-week high.
            y_l (str | Unset): 52-week low.
    """

    sym: str
    delta: str | Unset = UNSET
    gamma: str | Unset = UNSET
    theta: str | Unset = UNSET
    vega: str | Unset = UNSET
    iv: str | Unset = UNSET
    ltp: str | Unset = UNSET
    ltq: str | Unset = UNSET
    ltt: str | Unset = UNSET
    l_trd_t: str | Unset = UNSET
    ltt_utc: str | Unset = UNSET
    o: str | Unset = UNSET
    h: str | Unset = UNSET
    l: str | Unset = UNSET
    c: str | Unset = UNSET
    ch: str | Unset = UNSET
    ch_per: str | Unset = UNSET
    vol: str | Unset = UNSET
    ttv: str | Unset = UNSET
    avg_pr: str | Unset = UNSET
    o_i: str | Unset = UNSET
    o_i_chg: str | Unset = UNSET
    b_pr: str | Unset = UNSET
    b_sz: str | Unset = UNSET
    a_pr: str | Unset = UNSET
    a_sz: str | Unset = UNSET
    t_bq: str | Unset = UNSET
    t_sq: str | Unset = UNSET
    y_h: str | Unset = UNSET
    y_l: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sym = self.sym

        delta = self.delta

        gamma = self.gamma

        theta = self.theta

        vega = self.vega

        iv = self.iv

        ltp = self.ltp

        ltq = self.ltq

        ltt = self.ltt

        l_trd_t = self.l_trd_t

        ltt_utc = self.ltt_utc

        o = self.o

        h = self.h

        l = self.l

        c = self.c

        ch = self.ch

        ch_per = self.ch_per

        vol = self.vol

        ttv = self.ttv

        avg_pr = self.avg_pr

        o_i = self.o_i

        o_i_chg = self.o_i_chg

        b_pr = self.b_pr

        b_sz = self.b_sz

        a_pr = self.a_pr

        a_sz = self.a_sz

        t_bq = self.t_bq

        t_sq = self.t_sq

        y_h = self.y_h

        y_l = self.y_l

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sym": sym,
            }
        )
        if delta is not UNSET:
            field_dict["delta"] = delta
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if theta is not UNSET:
            field_dict["theta"] = theta
        if vega is not UNSET:
            field_dict["vega"] = vega
        if iv is not UNSET:
            field_dict["iv"] = iv
        if ltp is not UNSET:
            field_dict["ltp"] = ltp
        if ltq is not UNSET:
            field_dict["ltq"] = ltq
        if ltt is not UNSET:
            field_dict["ltt"] = ltt
        if l_trd_t is not UNSET:
            field_dict["lTrdT"] = l_trd_t
        if ltt_utc is not UNSET:
            field_dict["lttUTC"] = ltt_utc
        if o is not UNSET:
            field_dict["o"] = o
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if c is not UNSET:
            field_dict["c"] = c
        if ch is not UNSET:
            field_dict["ch"] = ch
        if ch_per is not UNSET:
            field_dict["chPer"] = ch_per
        if vol is not UNSET:
            field_dict["vol"] = vol
        if ttv is not UNSET:
            field_dict["ttv"] = ttv
        if avg_pr is not UNSET:
            field_dict["avgPr"] = avg_pr
        if o_i is not UNSET:
            field_dict["oI"] = o_i
        if o_i_chg is not UNSET:
            field_dict["oIChg"] = o_i_chg
        if b_pr is not UNSET:
            field_dict["bPr"] = b_pr
        if b_sz is not UNSET:
            field_dict["bSz"] = b_sz
        if a_pr is not UNSET:
            field_dict["aPr"] = a_pr
        if a_sz is not UNSET:
            field_dict["aSz"] = a_sz
        if t_bq is not UNSET:
            field_dict["tBQ"] = t_bq
        if t_sq is not UNSET:
            field_dict["tSQ"] = t_sq
        if y_h is not UNSET:
            field_dict["yH"] = y_h
        if y_l is not UNSET:
            field_dict["yL"] = y_l

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        quote_data = cls.__new__(cls)
        quote_data.sym = src_dict["sym"]

        quote_data.delta = get("delta", UNSET)

        quote_data.gamma = get("gamma", UNSET)

        quote_data.theta = get("theta", UNSET)

        quote_data.vega = get("vega", UNSET)

        quote_data.iv = get("iv", UNSET)

        quote_data.ltp = get("ltp", UNSET)

        quote_data.ltq = get("ltq", UNSET)

        quote_data.ltt = get("ltt", UNSET)

        quote_data.l_trd_t = get("lTrdT", UNSET)

        quote_data.ltt_utc = get("lttUTC", UNSET)

        quote_data.o = get("o", UNSET)

        quote_data.h = get("h", UNSET)

        quote_data.l = get("l", UNSET)

        quote_data.c = get("c", UNSET)

        quote_data.ch = get("ch", UNSET)

        quote_data.ch_per = get("chPer", UNSET)

        quote_data.vol = get("vol", UNSET)

        quote_data.ttv = get("ttv", UNSET)

        quote_data.avg_pr = get("avgPr", UNSET)

        quote_data.o_i = get("oI", UNSET)

        quote_data.o_i_chg = get("oIChg", UNSET)

        quote_data.b_pr = get("bPr", UNSET)

        quote_data.b_sz = get("bSz", UNSET)

        quote_data.a_pr = get("aPr", UNSET)

        quote_data.a_sz = get("aSz", UNSET)

        quote_data.t_bq = get("tBQ", UNSET)

        quote_data.t_sq = get("tSQ", UNSET)

        quote_data.y_h = get("yH", UNSET)

        quote_data.y_l = get("yL", UNSET)

        quote_data.additional_properties = (
            {}
            if _QUOTEDATA_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _QUOTEDATA_FIELDS}
        )
        return quote_data

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
