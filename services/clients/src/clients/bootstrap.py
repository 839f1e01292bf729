"""The composition root: settings -> pool, pipeline, event runtime, routes.

The same names in every service: ``create_app``, ``migrate``, ``wire`` -> ``Container``.
Nothing connects at import time or in ``create_app``; the lifespan opens the pool and the
event runtime (relay to ``ouvrage.clients.events``) and closes them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import ouvrage_events as es
import structlog
from fastapi import FastAPI
from ouvrage_platform import revocation
from ouvrage_platform.app import Lifespan
from ouvrage_platform.app import create_app as create_service_app
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import (
    add_ready_check,
    event_runtime_check,
    kafka_check,
    postgres_check,
)
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import RuntimeOptions, event_runtime, migrate_database

from clients.adapters.postgres import PostgresClientReads
from clients.api import clients_routes, command_routes, privacy_routes, status_routes
from clients.api.errors import ERROR_MAPPING
from clients.app.access import AccessExport
from clients.app.bounces import bounces_projection
from clients.app.container import Container
from clients.app.erasure import ErasureHandlers
from clients.app.handlers import ClientHandlers
from clients.app.projections import clients_view
from clients.app.queries import ClientQueries
from clients.app.retention import Retention
from clients.app.status_handlers import StatusHandlers
from clients.app.users import UserDirectory, users_projection
from clients.settings import SERVICE, ClientsSettings

log = structlog.get_logger(__name__)

INLINE_PROJECTIONS = {clients_view.name: clients_view}
# identity's users: who may own a record (api/references.py checks owners against it);
# identity's revocations (token_not_before): tokens of deactivated/changed users are refused.
CONSUMED_PROJECTIONS: dict[str, es.Projection] = {
    users_projection.name: users_projection,
    revocation.PROJECTION.name: revocation.PROJECTION,
    # the notifier's bounces: addresses shown as undeliverable on the record (app/bounces.py)
    bounces_projection.name: bounces_projection,
}


async def open_pool(settings: ClientsSettings) -> asyncpg.Pool:
    return await es.create_pool(
        settings.database_url,
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        # consumed projections' handlers run on the pool's connections with bare table names
        search_path=[clients_view.schema, users_projection.schema, bounces_projection.schema],
        application_name="ouvrage-clients",
    )


def wire(pool: asyncpg.Pool, settings: ClientsSettings) -> Container:
    """The handlers and queries over one pool."""
    reads = PostgresClientReads(rank_candidates=settings.search_rank_candidates)
    uow = es.UnitOfWorkFactory(pool, projections=[clients_view])
    pipeline = es.Pipeline(uow, idempotency=PostgresIdempotency())
    queries = ClientQueries(pool, reads)
    erasure = ErasureHandlers(pipeline)
    return Container(
        clients=ClientHandlers(pipeline, reads),
        statuses=StatusHandlers(pipeline),
        queries=queries,
        users=UserDirectory(pool),
        erasure=erasure,
        access=AccessExport(queries, settings.personal_data_sources),
        retention=Retention(pipeline, pool, erasure),
    )


def _lifespan(settings: ClientsSettings, opts: RuntimeOptions) -> Lifespan:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await open_pool(settings)
        events = event_runtime(SERVICE, settings, pool, CONSUMED_PROJECTIONS.values(), opts)
        app.state.container = container = wire(pool, settings)
        app.state.event_runtime = events
        revocation.install_revocations(app, pool)
        add_ready_check(app, "postgres", postgres_check(pool))
        add_ready_check(app, "event_runtime", event_runtime_check(events))
        await events.start()
        stop = asyncio.Event()
        retention = None
        if settings.retention_check_seconds > 0:
            job = container.retention.run_forever(settings.retention_check_seconds, stop)
            retention = asyncio.create_task(job)
        log.info("clients.started", port=settings.http_port)
        try:
            yield
        finally:
            stop.set()
            if retention is not None:
                await retention
            await events.stop()
            await pool.close()

    return lifespan


def create_app(
    settings: ClientsSettings | None = None,
    *,
    verifier: TokenVerifier | None = None,
    runtime: RuntimeOptions | None = None,
) -> FastAPI:
    """The clients API; ``verifier`` defaults to identity's JWKS (tests pass their own keys)."""
    settings = settings or ClientsSettings()
    return create_service_app(
        title="Ouvrage — clients",
        settings=settings,
        lifespan=_lifespan(settings, runtime or RuntimeOptions()),
        routers=[
            clients_routes.router,
            command_routes.router,
            status_routes.router,
            privacy_routes.router,
            privacy_routes.retention_router,
        ],
        error_mapping=ERROR_MAPPING,
        ready_checks={"kafka": kafka_check(settings.kafka_bootstrap)},
        verifier=verifier,
    )


async def migrate(settings: ClientsSettings) -> list[str]:
    """Event store, service tables, then the read model's schema; each step idempotent."""
    projections = [*INLINE_PROJECTIONS.values(), *CONSUMED_PROJECTIONS.values()]
    return await migrate_database(settings.database_url, projections)
