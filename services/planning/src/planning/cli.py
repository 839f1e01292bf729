"""``ouvrage-planning``: migrate, serve, rebuild a projection, look at and replay parked events,
and ``warranty-reminders`` (the parfait achèvement reminders due today, once)."""

from __future__ import annotations

import argparse
import sys

import ouvrage_events as es
from ouvrage_platform.cli import ServiceCli, Subcommand, print_json

from planning import bootstrap
from planning.adapters.warranty_reminders import WarrantyReminders
from planning.app.projections.own import INLINE
from planning.settings import PlanningSettings


async def _reminders(settings: PlanningSettings, _args: argparse.Namespace) -> int:
    """Record the parfait achèvement reminders due today, once."""
    pool = await es.create_pool(settings.database_url, search_path=bootstrap.SCHEMAS)
    try:
        loop = WarrantyReminders(
            es.UnitOfWorkFactory(pool, projections=INLINE),
            default_zone=settings.default_timezone,
            interval=settings.warranty_reminder_interval,
        )
        recorded = await loop.run_once()
    finally:
        await pool.close()
    print_json({"recorded": recorded})
    return 0


CLI = ServiceCli(
    service=bootstrap.SERVICE,
    description=__doc__,
    settings=PlanningSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=INLINE,
    consumed={p.name: p for p in bootstrap.CONSUMED},
    schemas=bootstrap.SCHEMAS,
    commands=[Subcommand("warranty-reminders", "record the reminders due today, once", _reminders)],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
