"""Every projection of one service equals a rebuild from the log (run with the service's env):

    python tests/faults/rebuild_check.py clients

Waits until the service's projections stop changing (its consumers caught up), then for each
projection: its rows (every table of its schema, the tracking table included), the service's own
``rebuild`` (event store or Kafka topics, swapped in), its rows again. Prints one JSON line:
``{"service": ..., "projections": {name: {"rows": n, "equal": bool, "diff": [...]}}}``.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import time
from typing import Any

import asyncpg
from ouvrage_events import privacy

QUIET_SECONDS = 2.0
SETTLE_TIMEOUT = 60.0


async def rows_of(conn: asyncpg.Connection, schema: str, *, tracked: bool = True) -> list[str]:
    """Every row of every table of ``schema``; of the tracking table, the event ids only (when
    ``tracked``: a service's own projections are applied in the append transaction, untracked)."""
    tables = await conn.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 "
        "AND table_type = 'BASE TABLE' ORDER BY table_name",
        schema,
    )
    rows: list[str] = []
    for table in tables:
        name = table["table_name"]
        if name == "es_processed" and not tracked:
            continue
        # surrogate counters (identity / serial columns) number rows in insertion order: a
        # rolled-back insert leaves a gap live that a rebuild does not, so they are left out
        counters = await conn.fetchval(
            "SELECT coalesce(array_agg(column_name::text), '{}') FROM information_schema.columns "
            "WHERE table_schema = $1 AND table_name = $2 "
            "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')",
            schema,
            name,
        )
        value = "t.event_id::text" if name == "es_processed" else "(to_jsonb(t) - $1::text[])::text"
        query = f'SELECT {value} AS row FROM "{schema}"."{name}" t'
        found = await (conn.fetch(query) if name == "es_processed" else conn.fetch(query, counters))
        rows += sorted(f"{name}: {r['row']}" for r in found)
    return rows


async def settled(dsn: str, schemas: list[str]) -> None:
    """Until every projection's rows stay the same for QUIET_SECONDS."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    conn = await asyncpg.connect(dsn)
    try:
        before = [await rows_of(conn, s) for s in schemas]
        while True:
            await asyncio.sleep(QUIET_SECONDS)
            now = [await rows_of(conn, s) for s in schemas]
            if now == before or time.monotonic() > deadline:
                return
            before = now
    finally:
        await conn.close()


async def check(service: str) -> dict[str, Any]:
    cli = importlib.import_module(f"{service}.cli").CLI
    settings = cli.settings()
    privacy.configure(
        settings.keys_database_url,
        settings.platform_key.get_secret_value(),
        cache_seconds=settings.privacy_key_cache_seconds,
    )
    async with cli.pool(settings) as pool:
        schemas = {
            name: cli.projection(name, pool, settings).schema for name in cli.projection_names
        }
    own = {p.name for p in cli.own}
    await settled(settings.database_url, list(schemas.values()))
    results: dict[str, Any] = {}
    for name, schema in schemas.items():
        conn = await asyncpg.connect(settings.database_url)
        try:
            tracked = name not in own
            live = await rows_of(conn, schema, tracked=tracked)
            await cli.rebuild(settings, name)
            rebuilt = await rows_of(conn, schema, tracked=tracked)
        finally:
            await conn.close()
        diff = sorted(set(live) ^ set(rebuilt))
        results[name] = {"rows": len(live), "equal": live == rebuilt, "diff": diff[:6]}
    return {"service": service, "projections": results}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(check(sys.argv[1]))), flush=True)
