"""``python -m broker_overlays.mock samco|gopocket ...`` (what ``scripts/mock-server`` runs)."""

from broker_overlays.mock.cli import main

raise SystemExit(main())
