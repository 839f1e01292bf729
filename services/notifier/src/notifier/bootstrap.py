"""The notifier's one composition root: nothing connects at import; the lifespan opens and
closes the pool, the event runtime (relay + consumers), the sender workers and the alert hub."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import ouvrage_events as es
from fastapi import FastAPI
from ouvrage_platform import revocation
from ouvrage_platform.app import create_app as create_platform_app
from ouvrage_platform.auth import TokenVerifier
from ouvrage_platform.health import add_ready_check, kafka_check, postgres_check
from ouvrage_platform.idempotency import PostgresIdempotency
from ouvrage_platform.migrations import RuntimeOptions, migrate_database
from ouvrage_platform.migrations import event_runtime as platform_runtime
from ouvrage_platform.personal_data import personal_data_router

from notifier.adapters import personal_data
from notifier.adapters.alert_hub import AlertHub
from notifier.adapters.bounce_server import BounceHandler, BounceServer
from notifier.adapters.dns import DnsPythonResolver
from notifier.adapters.postgres_outbox import PostgresOutbox
from notifier.adapters.sending import SenderWorkers
from notifier.adapters.smtp import SmtpMailer
from notifier.adapters.templates import JinjaRenderer
from notifier.adapters.tenant_rate import TenantRate
from notifier.api import alert_routes as alerts_api
from notifier.api import email_routes as emails_api
from notifier.api import sender_domain_routes as sender_domains_api
from notifier.api.errors import ERROR_MAPPING
from notifier.app.alert_projection import alerts_view
from notifier.app.bounces import BouncePolicy, Bounces
from notifier.app.container import Container
from notifier.app.delivery import DeliveryPolicy, EmailDelivery
from notifier.app.directory_projection import directory
from notifier.app.notification_reaction import notifications_reaction, notifications_schema
from notifier.app.ports import Mailer
from notifier.app.sender_domains import SenderDomains
from notifier.domain import spf
from notifier.domain.sender import Platform
from notifier.domain.sender_domain import domain_of
from notifier.domain.verp import ReturnPaths
from notifier.settings import NotifierSettings

SERVICE = "notifier"
SQL_DIR = Path(__file__).parent / "adapters" / "sql"
SCHEMAS = [alerts_view.schema, directory.schema, notifications_schema().schema]


@dataclass(frozen=True)
class Overrides:
    """What tests replace: unique topics and consumer groups, the SMTP and DNS adapters."""

    topics: dict[str, list[str]] | None = None
    relay_topic: str | None = None
    group_suffix: str = ""
    mailer: Mailer | None = None
    dns: spf.DnsPort | None = None


@dataclass
class Running:
    pool: asyncpg.Pool
    runtime: es.EventRuntime
    workers: SenderWorkers
    hub: AlertHub
    container: Container
    bounces: BounceServer | None = None

    async def stop(self) -> None:
        if self.bounces is not None:
            await self.bounces.stop()
        await self.workers.stop()
        await self.runtime.stop()
        await self.hub.stop()
        self.container.domains.close()
        await self.pool.close()

    def healthy(self) -> bool:
        receiving = self.bounces is None or self.bounces.healthy()
        return (
            self.runtime.healthy()
            and self.workers.healthy()
            and self.hub.listening.is_set()
            and receiving
        )


async def migrate(settings: NotifierSettings) -> list[str]:
    """Event store and notifier migrations, then the projections' schemas."""
    projections = (alerts_view, directory, notifications_schema(), revocation.PROJECTION)
    return await migrate_database(settings.database_url, projections, {SERVICE: SQL_DIR})


async def create_pool(settings: NotifierSettings) -> asyncpg.Pool:
    return await es.create_pool(
        settings.database_url,
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        search_path=SCHEMAS,
        application_name=SERVICE,
    )


async def dedicated_connection(settings: NotifierSettings) -> asyncpg.Connection:
    """A connection of its own (session locks, LISTEN), resolving the projections' tables."""
    return await es.connect(
        settings.database_url,
        server_settings={
            "search_path": ", ".join([*SCHEMAS, "public"]),
            "application_name": f"{SERVICE}-sender",
        },
    )


def platform(settings: NotifierSettings) -> Platform:
    return Platform(address=settings.platform_sender, name=settings.platform_name)


def return_paths(settings: NotifierSettings) -> ReturnPaths:
    return ReturnPaths(settings.bounce_key(), settings.bounce_domain)


def bounce_server(
    settings: NotifierSettings, pool: asyncpg.Pool, container: Container
) -> BounceServer | None:
    """The DSN receiver on the notifier's bounce port (None when no port is configured)."""
    if settings.bounce_port is None:
        return None
    policy = BouncePolicy(settings.bounce_soft_max, settings.bounce_retry_delay)
    bounces = Bounces(pool, container.pipeline, container.outbox, policy)
    handler = BounceHandler(return_paths(settings), bounces)
    return BounceServer(
        handler, settings.bounce_host, settings.bounce_port, settings.bounce_protocol
    )


def dns_resolver(settings: NotifierSettings) -> spf.DnsPort:
    return DnsPythonResolver(
        settings.nameserver(),
        timeout=settings.dns_timeout,
        negative_ttl=settings.dns_negative_ttl,
        failure_ttl=settings.dns_failure_ttl,
        min_ttl=settings.dns_min_ttl,
        max_entries=settings.dns_cache_entries,
    )


def build_delivery(
    settings: NotifierSettings, uow_factory: es.UnitOfWorkFactory, overrides: Overrides
) -> tuple[EmailDelivery, SenderDomains]:
    domains = SenderDomains(
        overrides.dns or dns_resolver(settings), uow_factory, settings.platform_spf_domain,
        workers=settings.spf_workers, deadline=settings.spf_deadline_seconds,
    )  # fmt: skip
    delivery = EmailDelivery(
        uow_factory,
        PostgresOutbox(),
        overrides.mailer or SmtpMailer(settings),
        JinjaRenderer(),
        domains,
        DeliveryPolicy(
            platform(settings),
            settings.send_max_attempts,
            settings.send_retry_delay,
            return_paths(settings),
        ),
    )
    return delivery, domains


def event_runtime(
    settings: NotifierSettings,
    pool: asyncpg.Pool,
    uow_factory: es.UnitOfWorkFactory,
    outbox: PostgresOutbox,
    overrides: Overrides,
) -> es.EventRuntime:
    """The relay of the notifier's events and the consumers of everyone else's."""
    notifications = notifications_reaction(uow_factory, outbox, domain_of(settings.platform_sender))
    options = RuntimeOptions(overrides.relay_topic, overrides.topics, overrides.group_suffix)
    return platform_runtime(
        SERVICE, settings, pool, [directory, notifications, revocation.PROJECTION], options
    )


def wire(
    pool: asyncpg.Pool,
    uow_factory: es.UnitOfWorkFactory,
    outbox: PostgresOutbox,
    domains: SenderDomains,
    feed: AlertHub,
) -> Container:
    """What the routes reach, over one pool."""
    pipeline = es.Pipeline(uow_factory, idempotency=PostgresIdempotency())
    return Container(pool, pipeline, outbox, domains, feed)


async def start(settings: NotifierSettings, overrides: Overrides) -> Running:
    """Open everything, in order; the caller stops it with ``Running.stop``."""
    pool = await create_pool(settings)
    outbox = PostgresOutbox()
    uow_factory = es.UnitOfWorkFactory(pool, projections=[alerts_view])
    delivery, domains = build_delivery(settings, uow_factory, overrides)
    runtime = event_runtime(settings, pool, uow_factory, outbox, overrides)
    workers = SenderWorkers(
        connect=lambda: dedicated_connection(settings),
        outbox=outbox,
        delivery=delivery,
        workers=settings.sender_workers,
        poll_interval=settings.outbox_poll_interval,
        recovery_interval=settings.recovery_interval,
    )
    hub = AlertHub(settings.database_url)
    container = wire(pool, uow_factory, outbox, domains, hub)
    bounces = bounce_server(settings, pool, container)
    running = Running(pool, runtime, workers, hub, container, bounces)
    try:
        await hub.start()
        await runtime.start()
        await workers.start()
        if bounces is not None:
            await bounces.start()
    except BaseException:
        await running.stop()
        raise
    return running


def create_app(
    settings: NotifierSettings | None = None,
    *,
    verifier: TokenVerifier | None = None,
    overrides: Overrides | None = None,
) -> FastAPI:
    """The notifier's FastAPI app; its lifespan starts the consumers and the sender workers."""
    settings = settings or NotifierSettings()
    chosen = overrides or Overrides()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        running = await start(settings, chosen)
        app.state.container = running.container
        app.state.spf_rate = TenantRate(settings.spf_diagnosis_rate)
        app.state.running = running
        revocation.install_revocations(app, running.pool)
        add_ready_check(app, "postgres", postgres_check(running.pool))
        add_ready_check(app, "kafka", kafka_check(settings.kafka_bootstrap))
        add_ready_check(app, "workers", _workers_check(running))
        try:
            yield
        finally:
            await running.stop()

    return create_platform_app(
        title="Ouvrage notifier",
        settings=settings,
        lifespan=lifespan,
        routers=[
            alerts_api.router,
            emails_api.router,
            sender_domains_api.router,
            personal_data_router(
                "notifier", lambda r: r.app.state.container.pool, personal_data.export_client
            ),
        ],
        error_mapping=ERROR_MAPPING,
        verifier=verifier,
    )


def _workers_check(running: Running) -> Callable[[], Awaitable[None]]:
    async def check() -> None:
        if not running.healthy():
            raise RuntimeError("a background task of the notifier stopped")

    return check
