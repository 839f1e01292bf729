"""One `migrate` for every service: the event store, the service's own folders, the schemas of
its projections and reactions, on a bare connection (each step idempotent)."""

from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import ouvrage_events as es

from ouvrage_platform import idempotency

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
