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

T = TypeVar("T", bound="OrderUpdate")
_ORDERUPDATE_FIELDS = frozenset(
    {
        "t",
        "norenordno",
        "exch",
        "tsym",
        "trantype",
        "pcode",
        "status",
        "st_intrn",
        "reporttype",
        "pp",
        "mult",
        "prcftr",
        "tm",
        "norentm",
        "ntm",
        "kidid",
        "qty",
        "fillshares",
        "prc",
        "trgprc",
        "prctyp",
        "avgprc",
        "rejreason",
    }
)


@_attrs_define
class OrderUpdate:
    """An order update (`t: om`), Noren field names (not the REST ones). Statuses are
    Noren-style free text (`PENDING` with `st_intrn: ORDER ACK` and `reporttype: NewAck`
    seen on Sky; OpenAlgo maps `open`, `new`, `trigger_pending`, `replaced`, `complete`,
    `rejected`, `cancelled` case-insensitively on Alice Blue): every value is an open
    string. Fields marked [AB] are read by OpenAlgo on Alice Blue only.

        Attributes:
            t (Literal['om']): Frame type `om`.
            norenordno (str): Order number (14 digits, e.g. `26011500000081`).
            exch (str | Unset): Exchange.
            tsym (str | Unset): Trading symbol (`EICHERMOT-EQ`).
            trantype (str | Unset): `B` buy / `S` sell.
            pcode (str | Unset): One-letter product (`I` intraday, `C` delivery, `M` normal).
            status (str | Unset): Order status (open set, case varies).
            st_intrn (str | Unset): Internal status (`ORDER ACK`).
            reporttype (str | Unset): Report type (`NewAck`, ...; open set).
            pp (str | Unset): Price precision.
            mult (str | Unset): Multiplier.
            prcftr (str | Unset): Price factor.
            tm (str | Unset): Event time, epoch seconds.
            norentm (str | Unset): Order time `HH:mm:ss dd-MM-yyyy` (as the REST `requestTime`).
            ntm (str | Unset): Another event time (format not quoted).
            kidid (str | Unset): Kid id (Noren internal).
            qty (str | Unset): [AB] Order quantity.
            fillshares (str | Unset): [AB] Filled quantity.
            prc (str | Unset): [AB] Price.
            trgprc (str | Unset): [AB] Trigger price.
            prctyp (str | Unset): [AB] Price type (`LMT`, `MKT`, `SL-LMT`, `SL-MKT`).
            avgprc (str | Unset): [AB] Average fill price.
            rejreason (str | Unset): [AB] Rejection reason.
    """

    t: Literal["om"]
    norenordno: str
    exch: str | Unset = UNSET
    tsym: str | Unset = UNSET
    trantype: str | Unset = UNSET
    pcode: str | Unset = UNSET
    status: str | Unset = UNSET
    st_intrn: str | Unset = UNSET
    reporttype: str | Unset = UNSET
    pp: str | Unset = UNSET
    mult: str | Unset = UNSET
    prcftr: str | Unset = UNSET
    tm: str | Unset = UNSET
    norentm: str | Unset = UNSET
    ntm: str | Unset = UNSET
    kidid: str | Unset = UNSET
    qty: str | Unset = UNSET
    fillshares: str | Unset = UNSET
    prc: str | Unset = UNSET
    trgprc: str | Unset = UNSET
    prctyp: str | Unset = UNSET
    avgprc: str | Unset = UNSET
    rejreason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        norenordno = self.norenordno

        exch = self.exch

        tsym = self.tsym

        trantype = self.trantype

        pcode = self.pcode

        status = self.status

        st_intrn = self.st_intrn

        reporttype = self.reporttype

        pp = self.pp

        mult = self.mult

        prcftr = self.prcftr

        tm = self.tm

        norentm = self.norentm

        ntm = self.ntm

        kidid = self.kidid

        qty = self.qty

        fillshares = self.fillshares

        prc = self.prc

        trgprc = self.trgprc

        prctyp = self.prctyp

        avgprc = self.avgprc

        rejreason = self.rejreason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "norenordno": norenordno,
            }
        )
        if exch is not UNSET:
            field_dict["exch"] = exch
        if tsym is not UNSET:
            field_dict["tsym"] = tsym
        if trantype is not UNSET:
            field_dict["trantype"] = trantype
        if pcode is not UNSET:
            field_dict["pcode"] = pcode
        if status is not UNSET:
            field_dict["status"] = status
        if st_intrn is not UNSET:
            field_dict["st_intrn"] = st_intrn
        if reporttype is not UNSET:
            field_dict["reporttype"] = reporttype
        if pp is not UNSET:
            field_dict["pp"] = pp
        if mult is not UNSET:
            field_dict["mult"] = mult
        if prcftr is not UNSET:
            field_dict["prcftr"] = prcftr
        if tm is not UNSET:
            field_dict["tm"] = tm
        if norentm is not UNSET:
            field_dict["norentm"] = norentm
        if ntm is not UNSET:
            field_dict["ntm"] = ntm
        if kidid is not UNSET:
            field_dict["kidid"] = kidid
        if qty is not UNSET:
            field_dict["qty"] = qty
        if fillshares is not UNSET:
            field_dict["fillshares"] = fillshares
        if prc is not UNSET:
            field_dict["prc"] = prc
        if trgprc is not UNSET:
            field_dict["trgprc"] = trgprc
        if prctyp is not UNSET:
            field_dict["prctyp"] = prctyp
        if avgprc is not UNSET:
            field_dict["avgprc"] = avgprc
        if rejreason is not UNSET:
            field_dict["rejreason"] = rejreason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        order_update = cls.__new__(cls)
        t = cast(Literal["om"], src_dict["t"])
        if t != "om":
            raise ValueError(f"t must match const 'om', got '{t}'")
        order_update.t = t

        order_update.norenordno = src_dict["norenordno"]

        order_update.exch = get("exch", UNSET)

        order_update.tsym = get("tsym", UNSET)

        order_update.trantype = get("trantype", UNSET)

        order_update.pcode = get("pcode", UNSET)

        order_update.status = get("status", UNSET)

        order_update.st_intrn = get("st_intrn", UNSET)

        order_update.reporttype = get("reporttype", UNSET)

        order_update.pp = get("pp", UNSET)

        order_update.mult = get("mult", UNSET)

        order_update.prcftr = get("prcftr", UNSET)

        order_update.tm = get("tm", UNSET)

        order_update.norentm = get("norentm", UNSET)

        order_update.ntm = get("ntm", UNSET)

        order_update.kidid = get("kidid", UNSET)

        order_update.qty = get("qty", UNSET)

        order_update.fillshares = get("fillshares", UNSET)

        order_update.prc = get("prc", UNSET)

        order_update.trgprc = get("trgprc", UNSET)

        order_update.prctyp = get("prctyp", UNSET)

        order_update.avgprc = get("avgprc", UNSET)

        order_update.rejreason = get("rejreason", UNSET)

        order_update.additional_properties = (
            {}
            if _ORDERUPDATE_FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ORDERUPDATE_FIELDS}
        )
        return order_update

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
