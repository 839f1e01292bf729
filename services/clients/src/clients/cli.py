"""``ouvrage-clients``: migrate, serve, rebuild, parked, replay-parked, purge-idempotency-keys."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

import ouvrage_events as es
import structlog
from ouvrage_platform.cli import ServiceCli, Subcommand, print_json
from ouvrage_platform.idempotency import purge

from clients import bootstrap
from clients.app.projections import clients_view
from clients.settings import SERVICE, ClientsSettings

log = structlog.get_logger(__name__)


def _purge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--older-than-hours", type=int, default=24)


async def _purge(settings: ClientsSettings, args: argparse.Namespace) -> int:
    """Forget the Idempotency-Key answers older than ``--older-than-hours``."""
    conn = await es.connect(settings.database_url)
    try:
        removed = await purge(conn, timedelta(hours=args.older_than_hours))
    finally:
        await conn.close()
    log.info("clients.idempotency_keys_purged", removed=removed)
    print_json({"removed": removed})
    return 0


CLI = ServiceCli(
    service=SERVICE,
    description=__doc__,
    settings=ClientsSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=[clients_view],
    consumed=bootstrap.CONSUMED_PROJECTIONS,
    schemas=[clients_view.schema, *(p.schema for p in bootstrap.CONSUMED_PROJECTIONS.values())],
    commands=[
        Subcommand(
            "purge-idempotency-keys", "forget Idempotency-Key answers", _purge, _purge_arguments
        ),
    ],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
