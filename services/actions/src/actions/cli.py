"""``ouvrage-actions``: migrate, serve, rebuild a projection, replay a parked stream, and the
service's own tools (``parked``, ``due``)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from uuid import UUID

from ouvrage_events.runtime import parking
from ouvrage_platform.app import serve
from ouvrage_platform.logging import configure_logging

from actions import bootstrap
from actions.app.scheduler import DueScheduler
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


async def _parked(settings: ActionsSettings, name: str) -> list[dict[str, object]]:
    uow_factory, consumed = await bootstrap.open_pool(settings)
    try:
        projection = bootstrap.projection_named(name, consumed)
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
        print(json.dumps({"applied": asyncio.run(bootstrap.rebuild(settings, args.projection))}))
    elif args.command == "replay-parked":
        count = asyncio.run(bootstrap.replay(settings, args.projection, args.aggregate_id))
        print(json.dumps({"replayed": count}))
    elif args.command == "parked":
        print(json.dumps(asyncio.run(_parked(settings, args.projection)), default=str))
    elif args.command == "due":
        print(json.dumps({"recorded": asyncio.run(_due(settings))}))


if __name__ == "__main__":
    main(sys.argv[1:])
