"""``ouvrage-actions``: migrate, serve, rebuild a projection, replay a parked stream, and the
service's own tools (``parked``, ``due``)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.runtime import parking, rebuild
from ouvrage_platform.app import serve
from ouvrage_platform.logging import configure_logging

from actions import bootstrap
from actions.app.scheduler import DueScheduler
from actions.app.views import OWN_PROJECTIONS
from actions.settings import ActionsSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouvrage-actions", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="event store, service migrations, projection schemas")
    serve_cmd = sub.add_parser("serve", help="API + relay + consumers + due-alert scheduler")
    serve_cmd.add_argument("--port", type=int, default=None)
    rebuild_cmd = sub.add_parser("rebuild", help="rebuild a projection, service kept running")
    rebuild_cmd.add_argument("projection")
    replay_cmd = sub.add_parser("replay-parked", help="apply a parked stream's messages")
    replay_cmd.add_argument("projection")
    replay_cmd.add_argument("aggregate_id", type=UUID)
    parked_cmd = sub.add_parser("parked", help="list the parked streams of a projection")
    parked_cmd.add_argument("projection")
    sub.add_parser("due", help="record the due alerts once (what the scheduler does)")
    return parser


def _projection(name: str, consumed: Sequence[es.Projection]) -> es.Projection:
    for projection in (*OWN_PROJECTIONS, *consumed):
        if projection.name == name:
            return projection
    names = ", ".join(p.name for p in (*OWN_PROJECTIONS, *consumed))
    raise SystemExit(f"unknown projection {name!r}; one of: {names}")


async def _rebuild(settings: ActionsSettings, name: str) -> int:
    uow_factory, consumed = await bootstrap.open_pool(settings)
    try:
        projection = _projection(name, consumed)
        others = [p.schema for p in (*OWN_PROJECTIONS, *consumed) if p is not projection]
        dsn, registry = settings.database_url, uow_factory.registry
        if projection in OWN_PROJECTIONS:
            return await rebuild.rebuild_from_store(dsn, projection, registry, other_schemas=others)
        return await rebuild.rebuild_from_kafka(
            dsn,
            projection,
            registry,
            bootstrap=settings.kafka_bootstrap,
            topics=bootstrap.consumed_topics(settings)[projection.name],
            other_schemas=others,
        )
    finally:
        await uow_factory.pool.close()


async def _replay(settings: ActionsSettings, name: str, aggregate_id: UUID) -> int:
    uow_factory, consumed = await bootstrap.open_pool(settings)
    try:
        projection = _projection(name, consumed)
        return await parking.replay_parked(
            uow_factory.pool, projection, aggregate_id, uow_factory.registry
        )
    finally:
        await uow_factory.pool.close()


async def _parked(settings: ActionsSettings, name: str) -> list[dict[str, object]]:
    uow_factory, consumed = await bootstrap.open_pool(settings)
    try:
        projection = _projection(name, consumed)
        return await parking.parked_streams(uow_factory.pool, projection.name)
    finally:
        await uow_factory.pool.close()


async def _due(settings: ActionsSettings) -> int:
    uow_factory, _consumed = await bootstrap.open_pool(settings)
    try:
        return await DueScheduler(uow_factory, batch_size=settings.scheduler_batch).run_once()
    finally:
        await uow_factory.pool.close()


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    overrides = {"http_port": args.port} if getattr(args, "port", None) else {}
    settings = ActionsSettings(**overrides)
    configure_logging(bootstrap.SERVICE, settings.log_level)
    if args.command == "serve":
        serve(bootstrap.create_app(settings), settings, service=bootstrap.SERVICE)
    elif args.command == "migrate":
        applied = asyncio.run(bootstrap.migrate(settings))
        print(json.dumps({"applied": applied}))
    elif args.command == "rebuild":
        print(json.dumps({"applied": asyncio.run(_rebuild(settings, args.projection))}))
    elif args.command == "replay-parked":
        count = asyncio.run(_replay(settings, args.projection, args.aggregate_id))
        print(json.dumps({"replayed": count}))
    elif args.command == "parked":
        print(json.dumps(asyncio.run(_parked(settings, args.projection)), default=str))
    elif args.command == "due":
        print(json.dumps({"recorded": asyncio.run(_due(settings))}))


if __name__ == "__main__":
    main(sys.argv[1:])
