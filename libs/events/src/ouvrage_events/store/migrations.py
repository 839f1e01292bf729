"""Ordered SQL migrations, each applied once, under an advisory lock.

Every service migrates its database with the event store's own files first, then its own:
``migrate(conn, {"event_store": EVENT_STORE_MIGRATIONS, "clients": my_dir})``. A file's identity
is ``<namespace>/<file name>``; a file changed after it was applied is an error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import structlog

from ouvrage_events.store.db import Conn

log = structlog.get_logger(__name__)

EVENT_STORE_MIGRATIONS = Path(__file__).parent / "sql"
_LOCK_KEY = 0x0E5_317A  # any constant; one migration run per database at a time


class MigrationError(RuntimeError):
    """A migration file changed after it was applied, or failed."""


async def migrate(conn: Conn, directories: Mapping[str, Path]) -> list[str]:
    """Apply the not-yet-applied ``*.sql`` files of ``directories``; return their names."""
    applied: list[str] = []
    await conn.execute("SELECT pg_advisory_lock($1)", _LOCK_KEY)
    try:
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   name text PRIMARY KEY, checksum text NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        done = {
            r["name"]: r["checksum"]
            for r in await conn.fetch("SELECT name, checksum FROM schema_migrations")
        }
        for namespace, directory in directories.items():
            for path in sorted(directory.glob("*.sql")):
                name = f"{namespace}/{path.name}"
                sql = path.read_text(encoding="utf-8")
                checksum = hashlib.sha256(sql.encode()).hexdigest()
                if name in done:
                    if done[name] != checksum:
                        raise MigrationError(f"{name} changed after it was applied")
                    continue
                async with conn.transaction():
                    await conn.execute(sql)
                    await conn.execute(
                        "INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)",
                        name,
                        checksum,
                    )
                log.info("migration.applied", migration=name)
                applied.append(name)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _LOCK_KEY)
    return applied
