"""``ouvrage-planning``: migrate, serve, rebuild a projection, look at and replay parked events."""

from __future__ import annotations

import sys

from ouvrage_platform.cli import ServiceCli

from planning import bootstrap
from planning.app.projections.own import INLINE
from planning.settings import PlanningSettings

CLI = ServiceCli(
    service=bootstrap.SERVICE,
    description=__doc__,
    settings=PlanningSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=INLINE,
    consumed={p.name: p for p in bootstrap.CONSUMED},
    schemas=bootstrap.SCHEMAS,
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
