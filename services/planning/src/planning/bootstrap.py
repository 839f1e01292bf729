"""The composition root: settings, pool, unit of work, event runtime, verifier, routes.

Nothing connects at import time or in ``create_app``: the lifespan opens the pool and starts the
relay and consumers, and closes them all on shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import ouvrage_events as es
import structlog
from fastapi import FastAPI
from ouvrage_platform import revocation
from ouvrage_platform.app import Lifespan
from ouvrage_platform.app import create_app as create_platform_app
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import (
    add_ready_check,
    event_runtime_check,
    kafka_check,
    postgres_check,
)
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import RuntimeOptions, event_runtime, migrate_database
from ouvrage_platform.personal_data import personal_data_router

from planning.adapters import personal_data
from planning.adapters.board_hub import BoardHub
from planning.adapters.pdf import render_site_sheet
from planning.adapters.warranty_reminders import WarrantyReminders
from planning.api import (
    intervention_routes,
    sav_routes,
    stream_routes,
    task_routes,
    view_routes,
    warranty_routes,
    worksite_routes,
)
from planning.api.errors import ERROR_MAPPING
from planning.app.container import Container
from planning.app.projections.clients import clients_view
from planning.app.projections.directory import directory_view
from planning.app.projections.own import INLINE
from planning.app.reactions import catalog_seeding
from planning.settings import PlanningSettings

SERVICE = "planning"
CONSUMED: list[es.Projection] = [
    directory_view,
    clients_view,
    catalog_seeding,
    revocation.PROJECTION,
]
PROJECTIONS: dict[str, es.Projection] = {p.name: p for p in [*INLINE, *CONSUMED]}
SCHEMAS = [p.schema for p in PROJECTIONS.values()]

log = structlog.get_logger(__name__)


async def migrate(settings: PlanningSettings) -> list[str]:
    """Event store and service migrations, then every projection's schema."""
    return await migrate_database(settings.database_url, PROJECTIONS.values())


def wire(pool: asyncpg.Pool, settings: PlanningSettings) -> Container:
    """The handlers' container over one pool."""
    uow = es.UnitOfWorkFactory(pool, projections=INLINE)
    return Container(
        pool=pool,
        pipeline=es.Pipeline(uow, idempotency=PostgresIdempotency()),
        default_timezone=settings.default_timezone,
        render_sheet=render_site_sheet,
    )


class _Task:
    """A background loop started with the service and stopped before the runtime."""

    def __init__(self, loop: WarrantyReminders | None) -> None:
        self.loop = loop
        self.task = asyncio.create_task(loop.run(), name="warranty-reminders") if loop else None

    async def stop(self) -> None:
        if self.loop is None or self.task is None:
            return
        self.loop.stop()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(self.task, 10)


def _reminders(pool: asyncpg.Pool, settings: PlanningSettings) -> _Task:
    if not settings.warranty_reminders_enabled:
        return _Task(None)
    loop = WarrantyReminders(
        es.UnitOfWorkFactory(pool, projections=INLINE),
        default_zone=settings.default_timezone,
        interval=settings.warranty_reminder_interval,
    )
    return _Task(loop)


def _lifespan(settings: PlanningSettings, options: RuntimeOptions) -> Lifespan:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await es.create_pool(
            settings.database_url,
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
            search_path=SCHEMAS,
            application_name=SERVICE,
        )
        try:
            events = event_runtime(SERVICE, settings, pool, CONSUMED, options)
            app.state.container = wire(pool, settings)
            app.state.events = events
            revocation.install_revocations(app, pool)
            _ready_checks(app, pool, settings, events)
            app.state.board_hub = hub = BoardHub(settings.database_url)
            await events.start()
            reminders = _reminders(pool, settings)
            await hub.start()
            log.info("planning.started", port=settings.http_port)
            try:
                yield
            finally:
                await hub.stop()
                await reminders.stop()
                await events.stop()
        finally:
            await pool.close()

    return lifespan


def create_app(
    settings: PlanningSettings | None = None,
    *,
    verifier: TokenVerifier | None = None,
    runtime: RuntimeOptions | None = None,
) -> FastAPI:
    """The planning application; its lifespan runs the relay and the consumers beside it."""
    settings = settings or PlanningSettings()
    return create_platform_app(
        title="Ouvrage planning",
        settings=settings,
        lifespan=_lifespan(settings, runtime or RuntimeOptions()),
        routers=[
            worksite_routes.router,
            intervention_routes.router,
            task_routes.router,
            stream_routes.router,
            view_routes.router,
            sav_routes.router,
            warranty_routes.router,
            personal_data_router(
                "planning", lambda r: r.app.state.container.pool, personal_data.export_client
            ),
        ],
        error_mapping=ERROR_MAPPING,
        verifier=verifier,
    )


def _ready_checks(
    app: FastAPI, pool: asyncpg.Pool, settings: PlanningSettings, events: es.EventRuntime
) -> None:
    add_ready_check(app, "postgres", postgres_check(pool))
    add_ready_check(app, "kafka", kafka_check(settings.kafka_bootstrap))
    add_ready_check(app, "events", event_runtime_check(events))
