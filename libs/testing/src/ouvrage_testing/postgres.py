"""Throw-away PostgreSQL databases for tests, dropped at the end of the session."""

from __future__ import annotations

import re
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import asyncpg

MARK = "ouvrage-test created="
STALE_AFTER_S = 12 * 3600  # databases left behind by a killed session are swept after this


def with_database(dsn: str, database: str) -> str:
    """The same server and credentials, another database."""
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path=f"/{database}"))


def database_name(prefix: str) -> str:
    cleaned = re.sub(r"[^a-z0-9_]+", "_", prefix.lower()).strip("_")[:40] or "db"
    return f"t_{cleaned}_{uuid.uuid4().hex[:8]}"


class DatabaseFactory:
    """`await factory("prefix")` creates database t_<prefix>_<uuid8> and returns its DSN."""

    def __init__(self, admin_dsn: str) -> None:
        self.admin_dsn = admin_dsn
        self.created: list[str] = []

    async def __call__(self, prefix: str = "db") -> str:
        name = database_name(prefix)
        conn = await asyncpg.connect(self.admin_dsn)
        try:
            # template0 is never connected to, so concurrent sessions cannot block the copy
            await conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            await conn.execute(f"COMMENT ON DATABASE \"{name}\" IS '{MARK}{int(time.time())}'")
        finally:
            await conn.close()
        self.created.append(name)
        return with_database(self.admin_dsn, name)

    async def drop(self, dsn_or_name: str) -> None:
        name = urlsplit(dsn_or_name).path.lstrip("/") if "://" in dsn_or_name else dsn_or_name
        conn = await asyncpg.connect(self.admin_dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()
        if name in self.created:
            self.created.remove(name)

    async def drop_all(self) -> None:
        for name in list(self.created):
            await self.drop(name)

    async def sweep_stale(self) -> None:
        """Drop test databases that killed sessions left behind long ago."""
        conn = await asyncpg.connect(self.admin_dsn)
        try:
            rows = await conn.fetch(
                "SELECT d.datname, s.description FROM pg_database d "
                "JOIN pg_shdescription s ON s.objoid = d.oid "
                "WHERE d.datname LIKE 't\\_%' AND s.description LIKE $1",
                MARK + "%",
            )
            for row in rows:
                created = int(row["description"].removeprefix(MARK) or 0)
                if time.time() - created > STALE_AFTER_S:
                    await conn.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
        finally:
            await conn.close()
