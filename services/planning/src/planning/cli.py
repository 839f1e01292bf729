"""`ouvrage-planning`: migrate, serve, rebuild a projection, look at and replay parked events."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Sequence
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.runtime import parking, rebuild
from ouvrage_platform.app import serve
from ouvrage_platform.logging import configure_logging

from planning import bootstrap
from planning.app.projections.own import INLINE
from planning.settings import PlanningSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ouvrage-planning", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="event store, service tables and projection schemas")
    serve_cmd = sub.add_parser("serve", help="API, relay and consumers in one process")
    serve_cmd.add_argument("--port", type=int, default=None)
    rebuild_cmd = sub.add_parser("rebuild", help="rebuild a projection while the service runs")
    rebuild_cmd.add_argument("projection", choices=sorted(bootstrap.PROJECTIONS))
    parked_cmd = sub.add_parser("parked", help="list the parked streams of a projection")
    parked_cmd.add_argument("projection", choices=sorted(bootstrap.PROJECTIONS))
    replay_cmd = sub.add_parser("replay-parked", help="apply a parked stream's events")
    replay_cmd.add_argument("projection", choices=sorted(bootstrap.PROJECTIONS))
    replay_cmd.add_argument("aggregate_id", type=UUID)
    return parser


async def _rebuild(settings: PlanningSettings, name: str) -> int:
    projection = bootstrap.PROJECTIONS[name]
    others = [s for s in bootstrap.SCHEMAS if s != projection.schema]
    if projection in INLINE:
        return await rebuild.rebuild_from_store(
            settings.database_url, projection, es.registry, other_schemas=others
        )
    topics = sorted(es.topic_for(service) for service in projection.services())
    return await rebuild.rebuild_from_kafka(
        settings.database_url,
        projection,
        es.registry,
        bootstrap=settings.kafka_bootstrap,
        topics=topics,
        other_schemas=others,
    )


async def _parked(settings: PlanningSettings, name: str) -> list[dict[str, object]]:
    pool = await es.create_pool(settings.database_url, search_path=bootstrap.SCHEMAS)
    try:
        return await parking.parked_streams(pool, name)
    finally:
        await pool.close()


async def _replay(settings: PlanningSettings, name: str, aggregate_id: UUID) -> int:
    pool = await es.create_pool(settings.database_url, search_path=bootstrap.SCHEMAS)
    try:
        projection = bootstrap.PROJECTIONS[name]
        return await parking.replay_parked(pool, projection, aggregate_id, es.registry)
    finally:
        await pool.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `ouvrage-planning` console script."""
    args = _parser().parse_args(argv)
    settings = PlanningSettings()
    if args.command == "serve":
        if args.port is not None:
            settings = settings.model_copy(update={"http_port": args.port})
        serve(bootstrap.create_app(settings), settings, service="planning")
        return 0
    configure_logging("planning", settings.log_level)
    if args.command == "migrate":
        applied = asyncio.run(bootstrap.migrate(settings))
        print(json.dumps({"applied": applied}))
    elif args.command == "rebuild":
        count = asyncio.run(_rebuild(settings, args.projection))
        print(json.dumps({"projection": args.projection, "events": count}))
    elif args.command == "parked":
        streams = asyncio.run(_parked(settings, args.projection))
        print(json.dumps(streams, default=str))
    else:
        count = asyncio.run(_replay(settings, args.projection, args.aggregate_id))
        print(json.dumps({"projection": args.projection, "replayed": count}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
