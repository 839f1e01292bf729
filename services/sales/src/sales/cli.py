"""``ouvrage-sales``: migrate, serve, rebuild, parked, replay-parked, purge-idempotency-keys,
mark-overdue."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

import ouvrage_events as es
import structlog
from ouvrage_platform.cli import ServiceCli, Subcommand, print_json
from ouvrage_platform.idempotency import purge

from sales import bootstrap
from sales.app.overdue import OverdueScheduler
from sales.settings import SERVICE, SalesSettings

log = structlog.get_logger(__name__)


def _purge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--older-than-hours", type=int, default=24)


async def _purge(settings: SalesSettings, args: argparse.Namespace) -> int:
    """Forget the Idempotency-Key answers older than ``--older-than-hours``."""
    conn = await es.connect(settings.database_url)
    try:
        removed = await purge(conn, timedelta(hours=args.older_than_hours))
    finally:
        await conn.close()
    log.info("sales.idempotency_keys_purged", removed=removed)
    print_json({"removed": removed})
    return 0


async def _mark_overdue(settings: SalesSettings, _args: argparse.Namespace) -> int:
    """Record ``InvoiceOverdue`` for the invoices past due now (what the scheduler does)."""
    pool = await bootstrap.open_pool(settings)
    try:
        services = bootstrap.wire(pool, bootstrap.company_today(settings), settings.font_dir)
        scheduler = OverdueScheduler(
            services.quotes.ports.pipeline, services.queries.overdue_candidates, services.today
        )
        marked = await scheduler.run_once()
    finally:
        await pool.close()
    print_json({"marked": marked})
    return 0


def _topics(settings: SalesSettings, projection: es.Projection) -> list[str]:
    return [settings.clients_topic]


CLI = ServiceCli(
    service=SERVICE,
    description=__doc__,
    settings=SalesSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=bootstrap.OWN_PROJECTIONS,
    consumed=bootstrap.CONSUMED_PROJECTIONS,
    schemas=[
        p.schema for p in (*bootstrap.OWN_PROJECTIONS, *bootstrap.CONSUMED_PROJECTIONS.values())
    ],
    topics=_topics,
    commands=[
        Subcommand(
            "purge-idempotency-keys", "forget Idempotency-Key answers", _purge, _purge_arguments
        ),
        Subcommand("mark-overdue", "record InvoiceOverdue for invoices past due", _mark_overdue),
    ],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
