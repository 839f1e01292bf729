"""``ouvrage-actions``: migrate, serve, rebuild, parked, replay-parked, ``due`` (what the
scheduler does, once) and ``follow-ups`` (the follow-ups whose time has come, once)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import asyncpg
import ouvrage_events as es
from ouvrage_platform.cli import ServiceCli, Subcommand, print_json

from actions import bootstrap
from actions.adapters.follow_up_scheduler import FollowUpScheduler
from actions.adapters.scheduler import DueScheduler
from actions.app.clock import ServiceClock
from actions.settings import ActionsSettings


def _over_pool(
    build: Callable[[es.UnitOfWorkFactory], es.Projection],
) -> Callable[[asyncpg.Pool, ActionsSettings], es.Projection]:
    """A consumed projection reacting through a unit of work over the command's pool."""
    return lambda pool, _settings: build(es.UnitOfWorkFactory(pool, projections=bootstrap.OWN))


def _topics(settings: ActionsSettings, projection: es.Projection) -> list[str]:
    return bootstrap.consumed_topics(settings)[projection.name]


async def _due(settings: ActionsSettings, _args: argparse.Namespace) -> int:
    """Record the due alerts once."""
    uow_factory, _consumed = await bootstrap.open_pool(settings)
    try:
        recorded = await DueScheduler(uow_factory, batch_size=settings.scheduler_batch).run_once()
    finally:
        await uow_factory.pool.close()
    print_json({"recorded": recorded})
    return 0


async def _follow_ups(settings: ActionsSettings, _args: argparse.Namespace) -> int:
    """Create the actions of the follow-ups whose time has come, once."""
    uow_factory, _consumed = await bootstrap.open_pool(settings)
    try:
        scheduler = FollowUpScheduler(uow_factory, clock=ServiceClock())
        created = await scheduler.run_once()
    finally:
        await uow_factory.pool.close()
    print_json({"created": created})
    return 0


CLI = ServiceCli(
    service=bootstrap.SERVICE,
    description=__doc__,
    settings=ActionsSettings,
    app=bootstrap.create_app,
    migrate=bootstrap.migrate,
    own=bootstrap.OWN,
    consumed={name: _over_pool(build) for name, build in bootstrap.CONSUMED.items()},
    schemas=bootstrap.SCHEMAS,
    topics=_topics,
    serve_help="API + relay + consumers + due-alert scheduler",
    commands=[
        Subcommand("due", "record the due alerts once (what the scheduler does)", _due),
        Subcommand("follow-ups", "create the actions of the follow-ups due now, once", _follow_ups),
    ],
)
main = CLI.main

if __name__ == "__main__":
    sys.exit(main())
