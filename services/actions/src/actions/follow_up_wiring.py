"""Wiring of the follow-ups that run themselves (issue 20), kept beside the composition root:
the scheduler loop started with the service, the rule handlers and the clock the routes use."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime

import ouvrage_events as es
from fastapi import FastAPI
from ouvrage_platform.idempotency import PostgresIdempotency

from actions.adapters.follow_up_scheduler import FollowUpScheduler
from actions.adapters.scheduler import DueScheduler
from actions.app.clock import ServiceClock
from actions.app.container import Container
from actions.app.follow_up_handlers import FollowUpRuleHandlers
from actions.settings import ActionsSettings


class FollowUpLoop:
    def __init__(self, scheduler: FollowUpScheduler | None) -> None:
        self.scheduler = scheduler
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.scheduler is not None:
            self.task = asyncio.create_task(self.scheduler.run(), name="follow-up-scheduler")

    async def stop(self) -> None:
        if self.scheduler is None or self.task is None:
            return
        self.scheduler.stop()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(self.task, 10)


def follow_up_loop(
    settings: ActionsSettings,
    uow_factory: es.UnitOfWorkFactory,
    clock: ServiceClock,
    due: DueScheduler | None,
) -> FollowUpLoop:
    """The follow-up scheduler (with the due-alert scheduler's), or none when they are off."""
    if not settings.scheduler_enabled:
        return FollowUpLoop(None)

    def wake(alert_at: datetime) -> None:
        if due is not None:
            due.wake(alert_at)

    return FollowUpLoop(
        FollowUpScheduler(
            uow_factory,
            clock=clock,
            interval=settings.follow_up_interval,
            batch_size=settings.scheduler_batch,
            wake=wake,
        )
    )


def install_follow_ups(app: FastAPI, services: Container) -> None:
    """What the follow-up routes use: the rule handlers and the service's clock."""
    pipeline = es.Pipeline(services.uow_factory, idempotency=PostgresIdempotency())
    app.state.follow_ups = FollowUpRuleHandlers(pipeline)
    app.state.clock = services.clock or ServiceClock()
