"""Instrument masters of both brokers: downloaded daily, cached on disk, parsed, looked up.

::

    from broker_overlays import instruments

    master = instruments.load("samco")                # ScripMaster.csv, every exchange
    sbin = master.by_symbol("SBIN-EQ", exchange="NSE")
    sbin.symbol_name, sbin.stream_key                 # "SBIN" (orders, quotes), "3045_NSE"
    call = master.contract("NIFTY", "2026-12-31", 24800, "CE")
    master.search("reliance", limit=5)

    gp = instruments.load("gopocket", exchanges=["NSE", "NFO"])
    gp.by_symbol("SBIN-EQ").token, gp.by_symbol("SBIN-EQ").stream_key   # "3045", "NSE|3045"

Samco publishes one ScripMaster.csv for every exchange (spec ``getScripMaster``, on
developers.stocknote.com); Gopocket one contract file per exchange (``getContractMaster``).
Columns are read by name, as the spec's ``x-csv-columns`` list them
(:mod:`~broker_overlays.instruments.parsing`); files are cached per broker and exchange and
re-checked once a day after 08:00 IST (:mod:`~broker_overlays.instruments.cache`); loading is
one flow with a blocking and an async driver (:mod:`~broker_overlays.instruments.loading`);
:class:`InstrumentMaster` answers the look-ups. A body that is not the file raises
:class:`~broker_overlays.errors.InstrumentMasterError` and never replaces a cached copy.
"""

from __future__ import annotations

from broker_overlays.instruments.cache import default_dir
from broker_overlays.instruments.dates import parse_date
from broker_overlays.instruments.loading import (
    DEFAULT_EXCHANGES,
    Refresh,
    aload,
    load,
    master_url,
)
from broker_overlays.instruments.model import (
    Broker,
    ContractTerms,
    Instrument,
    InstrumentMaster,
    MasterFile,
)
from broker_overlays.instruments.parsing import parse

__all__ = [
    "DEFAULT_EXCHANGES",
    "Broker",
    "ContractTerms",
    "Instrument",
    "InstrumentMaster",
    "MasterFile",
    "Refresh",
    "aload",
    "default_dir",
    "load",
    "master_url",
    "parse",
    "parse_date",
]
