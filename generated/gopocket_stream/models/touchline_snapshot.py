from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TouchlineSnapshot")
_TOUCHLINESNAPSHOT_FIELDS = frozenset(
    {
        "e",
        "tk",
        "t",
        "ts",
        "pp",
        "ls",
        "ti",
        "ml",
        "lp",
        "pc",
        "cv",
        "c",
        "o",
        "h",
        "l",
        "ap",
        "v",
        "ltq",
        "ft",
        "oi",
        "poi",
        "toi",
        "tbq",
        "tsq",
        "bp1",
        "bq1",
        "sp1",
        "sq1",
    }
)


@_attrs_define
class TouchlineSnapshot:
    """Touchline snapshot (`t: tk`), the full record; `e` and `tk` always present.

    Attributes:
        e (str): Exchange (`NSE`, `BSE`, `NFO`, `MCX`, ...).
        tk (str): Instrument token (with `e`, the instrument's identity).
        t (Literal['tk']): Frame type `tk`.
        ts (str | Unset): Trading symbol.
        pp (str | Unset): Price precision (decimals).
        ls (str | Unset): Lot size.
        ti (str | Unset): Tick size.
        ml (str | Unset): Multiplier (meaning not confirmed).
        lp (str | Unset): Last traded price.
        pc (str | Unset): Percent change against the previous close.
        cv (str | Unset): Change value against the previous close (meaning inferred).
        c (str | Unset): Previous close.
        o (str | Unset): Open.
        h (str | Unset): High.
        l (str | Unset): Low.
        ap (str | Unset): Average traded price.
        v (str | Unset): Volume.
        ltq (str | Unset): Last traded quantity.
        ft (str | Unset): Feed time (epoch seconds).
        oi (str | Unset): Open interest.
        poi (str | Unset): Previous open interest.
        toi (str | Unset): Total open interest.
        tbq (str | Unset): Total buy quantity.
        tsq (str | Unset): Total sell quantity.
        bp1 (str | Unset): Best bid price.
        bq1 (str | Unset): Best bid quantity.
        sp1 (str | Unset): Best ask price.
        sq1 (str | Unset): Best ask quantity.
    """

    e: str
    tk: str
    t: Literal["tk"]
    ts: str | Unset = UNSET
    pp: str | Unset = UNSET
    ls: str | Unset = UNSET
    ti: str | Unset = UNSET
    ml: str | Unset = UNSET
    lp: str | Unset = UNSET
    pc: str | Unset = UNSET
    cv: str | Unset = UNSET
    c: str | Unset = UNSET
    o: str | Unset = UNSET
    h: str | Unset = UNSET
    l: str | Unset = UNSET
    ap: str | Unset = UNSET
    v: str | Unset = UNSET
    ltq: str | Unset = UNSET
    ft: str | Unset = UNSET
    oi: str | Unset = UNSET
    poi: str | Unset = UNSET
    toi: str | Unset = UNSET
    tbq: str | Unset = UNSET
    tsq: str | Unset = UNSET
    bp1: str | Unset = UNSET
    bq1: str | Unset = UNSET
    sp1: str | Unset = UNSET
    sq1: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        e = self.e

        tk = self.tk

        t = self.t

        ts = self.ts

        pp = self.pp

        ls = self.ls

        ti = self.ti

        ml = self.ml

        lp = self.lp

        pc = self.pc

        cv = self.cv

        c = self.c

        o = self.o

        h = self.h

        l = self.l

        ap = self.ap

        v = self.v

        ltq = self.ltq

        ft = self.ft

        oi = self.oi

        poi = self.poi

        toi = self.toi

        tbq = self.tbq

        tsq = self.tsq

        bp1 = self.bp1

        bq1 = self.bq1

        sp1 = self.sp1

        sq1 = self.sq1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": e,
                "tk": tk,
                "t": t,
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts
        if pp is not UNSET:
            field_dict["pp"] = pp
        if ls is not UNSET:
            field_dict["ls"] = ls
        if ti is not UNSET:
            field_dict["ti"] = ti
        if ml is not UNSET:
            field_dict["ml"] = ml
        if lp is not UNSET:
            field_dict["lp"] = lp
        if pc is not UNSET:
            field_dict["pc"] = pc
        if cv is not UNSET:
            field_dict["cv"] = cv
        if c is not UNSET:
            field_dict["c"] = c
        if o is not UNSET:
            field_dict["o"] = o
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if ap is not UNSET:
            field_dict["ap"] = ap
        if v is not UNSET:
            field_dict["v"] = v
        if ltq is not UNSET:
            field_dict["ltq"] = ltq
        if ft is not UNSET:
            field_dict["ft"] = ft
        if oi is not UNSET:
            field_dict["oi"] = oi
        if poi is not UNSET:
            field_dict["poi"] = poi
        if toi is not UNSET:
            field_dict["toi"] = toi
        if tbq is not UNSET:
            field_dict["tbq"] = tbq
        if tsq is not UNSET:
            field_dict["tsq"] = tsq
        if bp1 is not UNSET:
            field_dict["bp1"] = bp1
        if bq1 is not UNSET:
            field_dict["bq1"] = bq1
        if sp1 is not UNSET:
            field_dict["sp1"] = sp1
        if sq1 is not UNSET:
            field_dict["sq1"] = sq1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        touchline_snapshot = cls.__new__(cls)
        touchline_snapshot.e = src_dict["e"]

        touchline_snapshot.tk = src_dict["tk"]

        t = cast(Literal["tk"], src_dict["t"])
        if t != "tk":
            raise ValueError(f"t must match const 'tk', got '{t}'")
        touchline_snapshot.t = t

        touchline_snapshot.ts = get("ts", UNSET)

        touchline_snapshot.pp = get("pp", UNSET)

        touchline_snapshot.ls = get("ls", UNSET)

        touchline_snapshot.ti = get("ti", UNSET)

        touchline_snapshot.ml = get("ml", UNSET)

        touchline_snapshot.lp = get("lp", UNSET)

        touchline_snapshot.pc = get("pc", UNSET)

        touchline_snapshot.cv = get("cv", UNSET)

        touchline_snapshot.c = get("c", UNSET)

        touchline_snapshot.o = get("o", UNSET)

        touchline_snapshot.h = get("h", UNSET)

        touchline_snapshot.l = get("l", UNSET)

        touchline_snapshot.ap = get("ap", UNSET)

        touchline_snapshot.v = get("v", UNSET)

        touchline_snapshot.ltq = get("ltq", UNSET)

        touchline_snapshot.ft = get("ft", UNSET)

        touchline_snapshot.oi = get("oi", UNSET)

        touchline_snapshot.poi = get("poi", UNSET)

        touchline_snapshot.toi = get("toi", UNSET)

        touchline_snapshot.tbq = get("tbq", UNSET)

        touchline_snapshot.tsq = get("tsq", UNSET)

        touchline_snapshot.bp1 = get("bp1", UNSET)

        touchline_snapshot.bq1 = get("bq1", UNSET)

        touchline_snapshot.sp1 = get("sp1", UNSET)

        touchline_snapshot.sq1 = get("sq1", UNSET)

        touchline_snapshot.additional_properties = (
            {}
            if _TOUCHLINESNAPSHOT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _TOUCHLINESNAPSHOT_FIELDS}
        )
        return touchline_snapshot

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
