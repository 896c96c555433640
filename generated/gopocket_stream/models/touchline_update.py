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

T = TypeVar("T", bound="TouchlineUpdate")
_TOUCHLINEUPDATE_FIELDS = frozenset(
    {
        "t",
        "e",
        "tk",
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
class TouchlineUpdate:
    """Touchline update (`t: tf`): partial, only the fields that changed; merge into the
    snapshot of `e`+`tk` (present in every update seen, but not required here).

        Attributes:
            t (Literal['tf']): Frame type `tf`.
            e (str | Unset): Exchange (`NSE`, `BSE`, `NFO`, `MCX`, ...).
            tk (str | Unset): Instrument token (with `e`, the instrument's identity).
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

    t: Literal["tf"]
    e: str | Unset = UNSET
    tk: str | Unset = UNSET
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
        t = self.t

        e = self.e

        tk = self.tk

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
                "t": t,
            }
        )
        if e is not UNSET:
            field_dict["e"] = e
        if tk is not UNSET:
            field_dict["tk"] = tk
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
        touchline_update = cls.__new__(cls)
        t = cast(Literal["tf"], src_dict["t"])
        if t != "tf":
            raise ValueError(f"t must match const 'tf', got '{t}'")
        touchline_update.t = t

        touchline_update.e = get("e", UNSET)

        touchline_update.tk = get("tk", UNSET)

        touchline_update.ts = get("ts", UNSET)

        touchline_update.pp = get("pp", UNSET)

        touchline_update.ls = get("ls", UNSET)

        touchline_update.ti = get("ti", UNSET)

        touchline_update.ml = get("ml", UNSET)

        touchline_update.lp = get("lp", UNSET)

        touchline_update.pc = get("pc", UNSET)

        touchline_update.cv = get("cv", UNSET)

        touchline_update.c = get("c", UNSET)

        touchline_update.o = get("o", UNSET)

        touchline_update.h = get("h", UNSET)

        touchline_update.l = get("l", UNSET)

        touchline_update.ap = get("ap", UNSET)

        touchline_update.v = get("v", UNSET)

        touchline_update.ltq = get("ltq", UNSET)

        touchline_update.ft = get("ft", UNSET)

        touchline_update.oi = get("oi", UNSET)

        touchline_update.poi = get("poi", UNSET)

        touchline_update.toi = get("toi", UNSET)

        touchline_update.tbq = get("tbq", UNSET)

        touchline_update.tsq = get("tsq", UNSET)

        touchline_update.bp1 = get("bp1", UNSET)

        touchline_update.bq1 = get("bq1", UNSET)

        touchline_update.sp1 = get("sp1", UNSET)

        touchline_update.sq1 = get("sq1", UNSET)

        touchline_update.additional_properties = (
            {}
            if _TOUCHLINEUPDATE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _TOUCHLINEUPDATE_FIELDS}
        )
        return touchline_update

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
