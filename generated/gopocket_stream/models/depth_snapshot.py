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

T = TypeVar("T", bound="DepthSnapshot")
_DEPTHSNAPSHOT_FIELDS = frozenset(
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
        "bo1",
        "so1",
        "bp2",
        "bq2",
        "bo2",
        "sp2",
        "sq2",
        "so2",
        "bp3",
        "bq3",
        "bo3",
        "sp3",
        "sq3",
        "so3",
        "bp4",
        "bq4",
        "bo4",
        "sp4",
        "sq4",
        "so4",
        "bp5",
        "bq5",
        "bo5",
        "sp5",
        "sq5",
        "so5",
        "uc",
        "lc",
        "52h",
        "52l",
    }
)


@_attrs_define
class DepthSnapshot:
    """Depth snapshot (`t: dk`), the full record; `e` and `tk` always present.

    Attributes:
        e (str): Exchange (`NSE`, `BSE`, `NFO`, `MCX`, ...).
        tk (str): Instrument token (with `e`, the instrument's identity).
        t (Literal['dk']): Frame type `dk`.
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
        bo1 (str | Unset): Orders at the best bid.
        so1 (str | Unset): Orders at the best ask.
        bp2 (str | Unset): Bid price, level 2.
        bq2 (str | Unset): Bid quantity, level 2.
        bo2 (str | Unset): Bid orders, level 2.
        sp2 (str | Unset): Ask price, level 2.
        sq2 (str | Unset): Ask quantity, level 2.
        so2 (str | Unset): Ask orders, level 2.
        bp3 (str | Unset): Bid price, level 3.
        bq3 (str | Unset): Bid quantity, level 3.
        bo3 (str | Unset): Bid orders, level 3.
        sp3 (str | Unset): Ask price, level 3.
        sq3 (str | Unset): Ask quantity, level 3.
        so3 (str | Unset): Ask orders, level 3.
        bp4 (str | Unset): Bid price, level 4.
        bq4 (str | Unset): Bid quantity, level 4.
        bo4 (str | Unset): Bid orders, level 4.
        sp4 (str | Unset): Ask price, level 4.
        sq4 (str | Unset): Ask quantity, level 4.
        so4 (str | Unset): Ask orders, level 4.
        bp5 (str | Unset): Bid price, level 5.
        bq5 (str | Unset): Bid quantity, level 5.
        bo5 (str | Unset): Bid orders, level 5.
        sp5 (str | Unset): Ask price, level 5.
        sq5 (str | Unset): Ask quantity, level 5.
        so5 (str | Unset): Ask orders, level 5.
        uc (str | Unset): Upper circuit (price band).
        lc (str | Unset): Lower circuit (price band).
        field_52h (str | Unset): 52-week high.
        field_52l (str | Unset): 52-week low.
    """

    e: str
    tk: str
    t: Literal["dk"]
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
    bo1: str | Unset = UNSET
    so1: str | Unset = UNSET
    bp2: str | Unset = UNSET
    bq2: str | Unset = UNSET
    bo2: str | Unset = UNSET
    sp2: str | Unset = UNSET
    sq2: str | Unset = UNSET
    so2: str | Unset = UNSET
    bp3: str | Unset = UNSET
    bq3: str | Unset = UNSET
    bo3: str | Unset = UNSET
    sp3: str | Unset = UNSET
    sq3: str | Unset = UNSET
    so3: str | Unset = UNSET
    bp4: str | Unset = UNSET
    bq4: str | Unset = UNSET
    bo4: str | Unset = UNSET
    sp4: str | Unset = UNSET
    sq4: str | Unset = UNSET
    so4: str | Unset = UNSET
    bp5: str | Unset = UNSET
    bq5: str | Unset = UNSET
    bo5: str | Unset = UNSET
    sp5: str | Unset = UNSET
    sq5: str | Unset = UNSET
    so5: str | Unset = UNSET
    uc: str | Unset = UNSET
    lc: str | Unset = UNSET
    field_52h: str | Unset = UNSET
    field_52l: str | Unset = UNSET
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

        bo1 = self.bo1

        so1 = self.so1

        bp2 = self.bp2

        bq2 = self.bq2

        bo2 = self.bo2

        sp2 = self.sp2

        sq2 = self.sq2

        so2 = self.so2

        bp3 = self.bp3

        bq3 = self.bq3

        bo3 = self.bo3

        sp3 = self.sp3

        sq3 = self.sq3

        so3 = self.so3

        bp4 = self.bp4

        bq4 = self.bq4

        bo4 = self.bo4

        sp4 = self.sp4

        sq4 = self.sq4

        so4 = self.so4

        bp5 = self.bp5

        bq5 = self.bq5

        bo5 = self.bo5

        sp5 = self.sp5

        sq5 = self.sq5

        so5 = self.so5

        uc = self.uc

        lc = self.lc

        field_52h = self.field_52h

        field_52l = self.field_52l

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
        if bo1 is not UNSET:
            field_dict["bo1"] = bo1
        if so1 is not UNSET:
            field_dict["so1"] = so1
        if bp2 is not UNSET:
            field_dict["bp2"] = bp2
        if bq2 is not UNSET:
            field_dict["bq2"] = bq2
        if bo2 is not UNSET:
            field_dict["bo2"] = bo2
        if sp2 is not UNSET:
            field_dict["sp2"] = sp2
        if sq2 is not UNSET:
            field_dict["sq2"] = sq2
        if so2 is not UNSET:
            field_dict["so2"] = so2
        if bp3 is not UNSET:
            field_dict["bp3"] = bp3
        if bq3 is not UNSET:
            field_dict["bq3"] = bq3
        if bo3 is not UNSET:
            field_dict["bo3"] = bo3
        if sp3 is not UNSET:
            field_dict["sp3"] = sp3
        if sq3 is not UNSET:
            field_dict["sq3"] = sq3
        if so3 is not UNSET:
            field_dict["so3"] = so3
        if bp4 is not UNSET:
            field_dict["bp4"] = bp4
        if bq4 is not UNSET:
            field_dict["bq4"] = bq4
        if bo4 is not UNSET:
            field_dict["bo4"] = bo4
        if sp4 is not UNSET:
            field_dict["sp4"] = sp4
        if sq4 is not UNSET:
            field_dict["sq4"] = sq4
        if so4 is not UNSET:
            field_dict["so4"] = so4
        if bp5 is not UNSET:
            field_dict["bp5"] = bp5
        if bq5 is not UNSET:
            field_dict["bq5"] = bq5
        if bo5 is not UNSET:
            field_dict["bo5"] = bo5
        if sp5 is not UNSET:
            field_dict["sp5"] = sp5
        if sq5 is not UNSET:
            field_dict["sq5"] = sq5
        if so5 is not UNSET:
            field_dict["so5"] = so5
        if uc is not UNSET:
            field_dict["uc"] = uc
        if lc is not UNSET:
            field_dict["lc"] = lc
        if field_52h is not UNSET:
            field_dict["52h"] = field_52h
        if field_52l is not UNSET:
            field_dict["52l"] = field_52l

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        depth_snapshot = cls.__new__(cls)
        depth_snapshot.e = src_dict["e"]

        depth_snapshot.tk = src_dict["tk"]

        t = cast(Literal["dk"], src_dict["t"])
        if t != "dk":
            raise ValueError(f"t must match const 'dk', got '{t}'")
        depth_snapshot.t = t

        depth_snapshot.ts = get("ts", UNSET)

        depth_snapshot.pp = get("pp", UNSET)

        depth_snapshot.ls = get("ls", UNSET)

        depth_snapshot.ti = get("ti", UNSET)

        depth_snapshot.ml = get("ml", UNSET)

        depth_snapshot.lp = get("lp", UNSET)

        depth_snapshot.pc = get("pc", UNSET)

        depth_snapshot.cv = get("cv", UNSET)

        depth_snapshot.c = get("c", UNSET)

        depth_snapshot.o = get("o", UNSET)

        depth_snapshot.h = get("h", UNSET)

        depth_snapshot.l = get("l", UNSET)

        depth_snapshot.ap = get("ap", UNSET)

        depth_snapshot.v = get("v", UNSET)

        depth_snapshot.ltq = get("ltq", UNSET)

        depth_snapshot.ft = get("ft", UNSET)

        depth_snapshot.oi = get("oi", UNSET)

        depth_snapshot.poi = get("poi", UNSET)

        depth_snapshot.toi = get("toi", UNSET)

        depth_snapshot.tbq = get("tbq", UNSET)

        depth_snapshot.tsq = get("tsq", UNSET)

        depth_snapshot.bp1 = get("bp1", UNSET)

        depth_snapshot.bq1 = get("bq1", UNSET)

        depth_snapshot.sp1 = get("sp1", UNSET)

        depth_snapshot.sq1 = get("sq1", UNSET)

        depth_snapshot.bo1 = get("bo1", UNSET)

        depth_snapshot.so1 = get("so1", UNSET)

        depth_snapshot.bp2 = get("bp2", UNSET)

        depth_snapshot.bq2 = get("bq2", UNSET)

        depth_snapshot.bo2 = get("bo2", UNSET)

        depth_snapshot.sp2 = get("sp2", UNSET)

        depth_snapshot.sq2 = get("sq2", UNSET)

        depth_snapshot.so2 = get("so2", UNSET)

        depth_snapshot.bp3 = get("bp3", UNSET)

        depth_snapshot.bq3 = get("bq3", UNSET)

        depth_snapshot.bo3 = get("bo3", UNSET)

        depth_snapshot.sp3 = get("sp3", UNSET)

        depth_snapshot.sq3 = get("sq3", UNSET)

        depth_snapshot.so3 = get("so3", UNSET)

        depth_snapshot.bp4 = get("bp4", UNSET)

        depth_snapshot.bq4 = get("bq4", UNSET)

        depth_snapshot.bo4 = get("bo4", UNSET)

        depth_snapshot.sp4 = get("sp4", UNSET)

        depth_snapshot.sq4 = get("sq4", UNSET)

        depth_snapshot.so4 = get("so4", UNSET)

        depth_snapshot.bp5 = get("bp5", UNSET)

        depth_snapshot.bq5 = get("bq5", UNSET)

        depth_snapshot.bo5 = get("bo5", UNSET)

        depth_snapshot.sp5 = get("sp5", UNSET)

        depth_snapshot.sq5 = get("sq5", UNSET)

        depth_snapshot.so5 = get("so5", UNSET)

        depth_snapshot.uc = get("uc", UNSET)

        depth_snapshot.lc = get("lc", UNSET)

        depth_snapshot.field_52h = get("52h", UNSET)

        depth_snapshot.field_52l = get("52l", UNSET)

        depth_snapshot.additional_properties = (
            {}
            if _DEPTHSNAPSHOT_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DEPTHSNAPSHOT_FIELDS}
        )
        return depth_snapshot

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
