"""The composition root: pool, pipeline, projections, event runtime, scheduler, FastAPI app.

The same names in every service: ``create_app``, ``migrate``, ``wire`` -> ``Container``.
Nothing connects at import time; the app's lifespan opens and closes everything.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import ouvrage_events as es
import structlog
from fastapi import FastAPI
from ouvrage_platform import revocation
from ouvrage_platform.app import create_app as create_platform_app
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import add_ready_check, kafka_check, postgres_check
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import RuntimeOptions, event_runtime, migrate_database
from ouvrage_platform.personal_data import personal_data_router

from actions.adapters import personal_data
from actions.adapters.directory import PgDirectory
from actions.adapters.scheduler import DueScheduler
from actions.api import action_routes, follow_up_routes, type_routes
from actions.api.errors import ERROR_MAPPING
from actions.app.action_handlers import ActionHandlers
from actions.app.bounce_reaction import EMAIL_CORRECTIONS, email_corrections_reaction
from actions.app.client_projections import clients_projection
from actions.app.clock import ServiceClock
from actions.app.container import Container
from actions.app.follow_up_engine import follow_up_engine
from actions.app.follow_up_projections import follow_up_rules_view
from actions.app.follow_up_seeding import follow_up_seeding
from actions.app.identity_projections import tenants_projection, users_projection
from actions.app.projections import OWN_PROJECTIONS
from actions.app.type_handlers import ActionTypeHandlers
from actions.follow_up_wiring import follow_up_loop, install_follow_ups
from actions.settings import ActionsSettings

SERVICE = "actions"

log = structlog.get_logger(__name__)


# Projections of identity's and clients' events, by name (they react through a unit of work).
CONSUMED: dict[str, Callable[[es.UnitOfWorkFactory], es.Projection]] = {
    "tenants": tenants_projection,
    "users": users_projection,
    "clients": clients_projection,
    revocation.PROJECTION.name: lambda _uow: revocation.PROJECTION,
    # the notifier's bounces: « Corriger l'adresse email » for the client's owner
    EMAIL_CORRECTIONS: email_corrections_reaction,
    "follow_up_engine": follow_up_engine,
    "follow_up_seeding": follow_up_seeding,
}
OWN = [*OWN_PROJECTIONS, follow_up_rules_view]
# The pool needs the schemas before the consumed projections (which need its factory) exist:
# their schema is ``proj_<name>``, checked in ``open_pool``.
SCHEMAS = [*(p.schema for p in OWN), *(f"proj_{name}" for name in CONSUMED)]


def consumed_projections(uow_factory: es.UnitOfWorkFactory) -> list[es.Projection]:
    """Projections of identity's and clients' events (they react through ``uow_factory``)."""
    return [build(uow_factory) for build in CONSUMED.values()]


def consumed_topics(settings: ActionsSettings) -> dict[str, list[str]]:
    return {
        "tenants": [settings.identity_topic],
        "users": [settings.identity_topic],
        "clients": [settings.clients_topic],
        revocation.PROJECTION.name: [settings.identity_topic],
        EMAIL_CORRECTIONS: [settings.notifier_topic],
        "follow_up_engine": [settings.sales_topic, settings.planning_topic, settings.clients_topic],
        "follow_up_seeding": [settings.identity_topic],
    }


async def open_pool(settings: ActionsSettings) -> tuple[es.UnitOfWorkFactory, list[es.Projection]]:
    """A pool seeing every projection's tables, its unit-of-work factory, the consumed
    projections."""
    pool = await es.create_pool(
        settings.database_url,
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        search_path=SCHEMAS,
        application_name=f"ouvrage-{SERVICE}",
    )
    uow_factory = es.UnitOfWorkFactory(pool, projections=OWN)
    consumed = consumed_projections(uow_factory)
    assert SCHEMAS[len(OWN) :] == [p.schema for p in consumed]
    return uow_factory, consumed


async def migrate(settings: ActionsSettings) -> list[str]:
    """Event store and service migrations, then every projection's schema (idempotent)."""
    uow_factory, consumed = await open_pool(settings)
    try:
        return await migrate_database(settings.database_url, [*OWN, *consumed])
    finally:
        await uow_factory.pool.close()


def _scheduler(
    settings: ActionsSettings, uow_factory: es.UnitOfWorkFactory, clock: ServiceClock
) -> DueScheduler | None:
    if not settings.scheduler_enabled:
        return None
    return DueScheduler(
        uow_factory,
        dsn=settings.database_url,
        interval=settings.scheduler_interval,
        batch_size=settings.scheduler_batch,
        clock=clock,
    )


def _runtime(
    settings: ActionsSettings, uow_factory: es.UnitOfWorkFactory, consumed: list[es.Projection]
) -> es.EventRuntime:
    options = RuntimeOptions(relay_topic=settings.events_topic, topics=consumed_topics(settings))
    return event_runtime(SERVICE, settings, uow_factory.pool, consumed, options)


def wire(
    uow_factory: es.UnitOfWorkFactory,
    runtime: es.EventRuntime,
    scheduler: DueScheduler | None,
) -> Container:
    """The handlers over one pipeline."""
    pipeline = es.Pipeline(uow_factory, idempotency=PostgresIdempotency())
    return Container(
        pool=uow_factory.pool,
        uow_factory=uow_factory,
        types=ActionTypeHandlers(pipeline, PgDirectory),
        actions=ActionHandlers(pipeline, PgDirectory, scheduler.wake if scheduler else _no_wake),
        runtime=runtime,
        scheduler=scheduler,
    )


@asynccontextmanager
async def open_container(settings: ActionsSettings) -> AsyncIterator[Container]:
    """Everything the service runs, started; stopped and closed on exit."""
    uow_factory, consumed = await open_pool(settings)
    clock = ServiceClock(settings.controllable_clock)
    scheduler = _scheduler(settings, uow_factory, clock)
    runtime = _runtime(settings, uow_factory, consumed)
    services = wire(uow_factory, runtime, scheduler)
    services.clock = clock
    follow_ups = follow_up_loop(settings, uow_factory, clock, scheduler)
    try:
        await runtime.start()
        if scheduler is not None:
            services.scheduler_task = asyncio.create_task(scheduler.run(), name="due-scheduler")
        await follow_ups.start()
        log.info("actions.started", scheduler=scheduler is not None)
        yield services
    finally:
        await follow_ups.stop()
        if scheduler is not None:
            scheduler.stop()
        if services.scheduler_task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(services.scheduler_task, 10)
        await runtime.stop()
        await uow_factory.pool.close()


def _no_wake(_alert_at: object) -> None:
    return None


def create_app(
    settings: ActionsSettings | None = None, *, verifier: TokenVerifier | None = None
) -> FastAPI:
    """The actions service's FastAPI app (``verifier`` replaces the JWKS one in tests)."""
    settings = settings or ActionsSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_container(settings) as services:
            app.state.container = services
            install_follow_ups(app, services)
            revocation.install_revocations(app, services.pool)
            add_ready_check(app, "postgres", postgres_check(services.pool))
            add_ready_check(app, "kafka", kafka_check(settings.kafka_bootstrap))
            add_ready_check(app, "workers", services.check_workers)
            yield

    return create_platform_app(
        title="Ouvrage actions",
        settings=settings,
        lifespan=lifespan,
        routers=[
            type_routes.router,
            action_routes.router,
            follow_up_routes.router,
            personal_data_router(
                "actions", lambda r: r.app.state.container.pool, personal_data.export_client
            ),
        ],
        error_mapping=ERROR_MAPPING,
        verifier=verifier,
    )
