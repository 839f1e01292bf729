"""What the bootstrap wires once and the routes use (the same name in every service)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ouvrage_events as es

from actions.app.action_handlers import ActionHandlers
from actions.app.type_handlers import ActionTypeHandlers

if TYPE_CHECKING:
    import asyncpg

    from actions.adapters.scheduler import DueScheduler
    from actions.app.clock import ServiceClock


@dataclass
class Container:
    pool: asyncpg.Pool
    uow_factory: es.UnitOfWorkFactory
    types: ActionTypeHandlers
    actions: ActionHandlers
    runtime: es.EventRuntime
    scheduler: DueScheduler | None
    scheduler_task: asyncio.Task[None] | None = None
    clock: ServiceClock | None = None
    """The service's clock (controllable in tests), shared by its schedulers."""

    async def check_workers(self) -> None:
        """Ready check: the relay, the consumers and the scheduler are all running."""
        if not self.runtime.healthy():
            raise RuntimeError("an event runtime task stopped")
        if self.scheduler_task is not None and self.scheduler_task.done():
            raise RuntimeError("the due-alert scheduler stopped")
