"""``ouvrage-clients``: migrate, serve, rebuild a projection, replay a parked stream, purge keys."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import timedelta
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_platform.app import serve
from ouvrage_platform.idempotency import purge
from ouvrage_platform.logging import configure_logging

from clients import bootstrap
from clients.settings import SERVICE, ClientsSettings

log = structlog.get_logger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouvrage-clients", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="event store, service tables and read-model schemas")
    serve_cmd = sub.add_parser("serve", help="API, relay and consumers in one process")
    serve_cmd.add_argument("--port", type=int, default=None)
    serve_cmd.add_argument("--host", default=None)
    rebuild = sub.add_parser("rebuild", help="rebuild a projection from the event store")
    rebuild.add_argument("projection", choices=sorted(bootstrap.INLINE_PROJECTIONS))
    replay = sub.add_parser("replay-parked", help="replay a parked stream of a projection")
    replay.add_argument("projection")
    replay.add_argument("aggregate_id", type=UUID)
    keys = sub.add_parser("purge-idempotency-keys", help="forget Idempotency-Key answers")
    keys.add_argument("--older-than-hours", type=int, default=24)
    return parser


async def _purge(settings: ClientsSettings, hours: int) -> int:
    conn = await es.connect(settings.database_url)
    try:
        return await purge(conn, timedelta(hours=hours))
    finally:
        await conn.close()


def _serve(settings: ClientsSettings, port: int | None, host: str | None) -> None:
    overrides = {k: v for k, v in {"http_port": port, "http_host": host}.items() if v is not None}
    settings = settings.model_copy(update=overrides)
    serve(bootstrap.create_clients_app(settings), settings, service=SERVICE)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = ClientsSettings()
    if args.command == "serve":
        _serve(settings, args.port, args.host)
        return 0
    configure_logging(SERVICE, settings.log_level)
    try:
        if args.command == "migrate":
            applied = asyncio.run(bootstrap.migrate(settings))
            log.info("clients.migrated", applied=applied)
        elif args.command == "rebuild":
            events = asyncio.run(bootstrap.rebuild(settings, args.projection))
            log.info("clients.rebuilt", projection=args.projection, events=events)
        elif args.command == "replay-parked":
            count = asyncio.run(bootstrap.replay(settings, args.projection, args.aggregate_id))
            log.info("clients.replayed", projection=args.projection, messages=count)
        else:
            removed = asyncio.run(_purge(settings, args.older_than_hours))
            log.info("clients.idempotency_keys_purged", removed=removed)
    except LookupError as exc:
        print(f"ouvrage-clients: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
