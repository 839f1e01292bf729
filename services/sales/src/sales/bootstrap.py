"""The composition root: pool, pipeline, projections, event runtime, overdue scheduler, routes.

Nothing connects at import time; the app's lifespan opens and closes everything.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
import ouvrage_events as es
import structlog
from fastapi import FastAPI
from ouvrage_platform import revocation
from ouvrage_platform.app import create_app as create_platform_app
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import (
    add_ready_check,
    event_runtime_check,
    kafka_check,
    postgres_check,
)
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import (
    WITH_IDEMPOTENCY,
    RuntimeOptions,
    event_runtime,
    migrate_database,
)
from ouvrage_platform.personal_data import personal_data_router

from sales.adapters import personal_data
from sales.adapters.numbering import PostgresNumbering
from sales.adapters.postgres import PostgresClientDirectory, SalesQueries
from sales.adapters.renderer import PdfRenderer
from sales.adapters.warranty_reads import PostgresRetentionReleases
from sales.api import company_routes, invoice_routes, quote_routes
from sales.api.errors import ERROR_MAPPING
from sales.app.company_handlers import CompanyHandlers
from sales.app.container import Container
from sales.app.invoice_handlers import InvoiceHandlers
from sales.app.overdue import OverdueScheduler
from sales.app.ports import Today
from sales.app.projections import clients_view, sales_view
from sales.app.quote_handlers import QuoteHandlers, SalesPorts
from sales.app.warranty_projection import warranty_view
from sales.settings import SERVICE, SalesSettings

log = structlog.get_logger(__name__)

MIGRATIONS = Path(__file__).parent / "adapters" / "sql"
OWN_PROJECTIONS = [sales_view]
# identity's revocations (token_not_before): tokens of deactivated/changed users are refused
CONSUMED_PROJECTIONS: dict[str, es.Projection] = {
    clients_view.name: clients_view,
    revocation.PROJECTION.name: revocation.PROJECTION,
    warranty_view.name: warranty_view,
}
SCHEMAS = [p.schema for p in (*OWN_PROJECTIONS, *CONSUMED_PROJECTIONS.values())]


def company_today(settings: SalesSettings) -> Today:
    zone = ZoneInfo(settings.timezone)

    def today() -> date:
        return datetime.now(zone).date()

    return today


async def open_pool(settings: SalesSettings) -> asyncpg.Pool:
    return await es.create_pool(
        settings.database_url,
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        search_path=SCHEMAS,
        application_name=f"ouvrage-{SERVICE}",
    )


def wire(pool: asyncpg.Pool, today: Today, font_dir: Path | None = None) -> Container:
    """The handlers and queries over one pool."""
    uow = es.UnitOfWorkFactory(pool, projections=OWN_PROJECTIONS)
    pipeline = es.Pipeline(uow, idempotency=PostgresIdempotency())
    directory = PostgresClientDirectory()
    renderer = PdfRenderer(font_dir)
    ports = SalesPorts(pipeline, directory, PostgresNumbering(), renderer, today)
    return Container(
        pool=pool,
        quotes=QuoteHandlers(ports),
        invoices=InvoiceHandlers(ports),
        company=CompanyHandlers(pipeline),
        queries=SalesQueries(pool),
        directory=directory,
        renderer=renderer,
        today=today,
        retention_releases=PostgresRetentionReleases(pool),
    )


def _runtime(settings: SalesSettings, pool: asyncpg.Pool) -> es.EventRuntime:
    topics = {
        clients_view.name: [settings.clients_topic],
        revocation.PROJECTION.name: [settings.identity_topic],
        warranty_view.name: [settings.planning_topic],
    }
    options = RuntimeOptions(relay_topic=settings.events_topic, topics=topics)
    return event_runtime(SERVICE, settings, pool, CONSUMED_PROJECTIONS.values(), options)


@asynccontextmanager
async def open_services(settings: SalesSettings, today: Today) -> AsyncIterator[Container]:
    """Everything the service runs, started; stopped and closed on exit."""
    pool = await open_pool(settings)
    services = wire(pool, today, settings.font_dir)
    runtime = _runtime(settings, pool)
    scheduler = OverdueScheduler(
        services.quotes.ports.pipeline,
        services.queries.overdue_candidates,
        today,
        interval=settings.overdue_interval,
        batch=settings.overdue_batch,
    )
    task: asyncio.Task[None] | None = None
    services.workers = [runtime, scheduler]
    try:
        await runtime.start()
        if settings.overdue_enabled:
            task = asyncio.create_task(scheduler.run(), name="overdue-scheduler")
        log.info("sales.started", port=settings.http_port)
        yield services
    finally:
        scheduler.stop()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, 10)
        await runtime.stop()
        await pool.close()


def create_app(
    settings: SalesSettings | None = None,
    *,
    verifier: TokenVerifier | None = None,
    today: Today | None = None,
) -> FastAPI:
    """The sales API; ``verifier`` and ``today`` are replaced in tests."""
    settings = settings or SalesSettings()
    clock = today or company_today(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_services(settings, clock) as services:
            app.state.container = services
            revocation.install_revocations(app, services.pool)
            add_ready_check(app, "postgres", postgres_check(services.pool))
            add_ready_check(app, "event_runtime", event_runtime_check(services.workers[0]))
            yield

    return create_platform_app(
        title="Ouvrage — sales",
        settings=settings,
        lifespan=lifespan,
        routers=[
            quote_routes.router,
            invoice_routes.router,
            company_routes.router,
            personal_data_router(
                "sales", lambda r: r.app.state.container.pool, personal_data.export_client
            ),
        ],
        error_mapping=ERROR_MAPPING,
        ready_checks={"kafka": kafka_check(settings.kafka_bootstrap)},
        verifier=verifier,
    )


async def migrate(settings: SalesSettings) -> list[str]:
    """Event store, idempotency keys, document counters, then the projections' schemas."""
    return await migrate_database(
        settings.database_url,
        [*OWN_PROJECTIONS, *CONSUMED_PROJECTIONS.values()],
        {**WITH_IDEMPOTENCY, "sales": MIGRATIONS},
    )
