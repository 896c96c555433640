"""Hand-written overlays for the generated Samco and Gopocket clients.

The generated packages (``samco_client``, ``gopocket_client``) are never edited; everything
broker-specific that the overlays need is read from the spec bundled inside them
(see :mod:`broker_overlays.spec_catalog`).
"""

from broker_overlays.spec_catalog import Operation, RateWindow, SpecCatalog, catalog

__all__ = ["Operation", "RateWindow", "SpecCatalog", "catalog"]
