"""What every service's bootstrap does the same way: `migrate_database` (the event store, the
service's own folders, the schemas of its projections and reactions, each step idempotent) and
`event_runtime` (its relay and consumers)."""

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ouvrage_events as es

from ouvrage_platform import idempotency
from ouvrage_platform.settings import ServiceSettings, topic_spec

WITH_IDEMPOTENCY: Mapping[str, Path] = {"platform": idempotency.MIGRATIONS}
"""The idempotency table, for services whose creates take an Idempotency-Key."""


async def migrate_database(
    dsn: str,
    projections: Iterable[es.Projection],
    migrations: Mapping[str, Path] = WITH_IDEMPOTENCY,
    then: Callable[[Any], Awaitable[None]] | None = None,
) -> list[str]:
    """The names of the migrations applied now. A bare connection, not the pool: with the
    pool's search_path, CREATE TABLE IF NOT EXISTS would look for the migration tables in the
    first projection schema instead of public. ``then(conn)`` runs last (backfills)."""
    conn = await es.connect(dsn)
    try:
        applied = await es.migrate(conn, {"event_store": es.EVENT_STORE_MIGRATIONS, **migrations})
        for projection in projections:
            await projection.ensure_schema(conn)
        if then is not None:
            await then(conn)
    finally:
        await conn.close()
    return applied


@dataclass(frozen=True)
class RuntimeOptions:
    """Where the relay publishes and consumers read (tests pass unique topics and groups)."""

    relay_topic: str | None = None
    topics: dict[str, list[str]] | None = None
    group_suffix: str = ""


def event_runtime(
    service: str,
    settings: ServiceSettings,
    pool: Any,
    consumed: Iterable[es.Projection],
    options: RuntimeOptions | None = None,
) -> es.EventRuntime:
    """The relay of ``service``'s events and the consumers of ``consumed`` (one per
    projection or reaction), with the settings' consumer-group suffix."""
    options = options or RuntimeOptions()
    return es.EventRuntime(
        service=service,
        dsn=settings.database_url,
        pool=pool,
        bootstrap=settings.kafka_bootstrap,
        topic_spec=topic_spec(settings),
        consumed=list(consumed),
        relay_topic=options.relay_topic,
        topics=options.topics or None,
        group_suffix=settings.consumer_group_suffix + options.group_suffix,
    )
