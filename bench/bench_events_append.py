"""Append throughput: 8 concurrent writers, one event per transaction, on the real PostgreSQL.

Baseline in the same run: the same 8 writers inserting one plain row per transaction into a
table with a primary key (what any write costs on this server, fsync included).
Target (issue 3): >= 3,000 events/s.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import database

WRITERS = 8
PER_WRITER = 1500


async def _writer(factory: es.UnitOfWorkFactory) -> None:
    from _common import append_one

    for _ in range(PER_WRITER):
        await append_one(factory, uuid4(), "bench")


async def _baseline_writer(pool: object) -> None:
    for _ in range(PER_WRITER):
        async with pool.acquire() as conn, conn.transaction():  # type: ignore[attr-defined]
            await conn.execute("INSERT INTO plain (id, body) VALUES ($1, 'bench')", uuid4())


async def main() -> None:
    async with database() as (_, pool):
        await pool.execute("CREATE TABLE plain (id uuid PRIMARY KEY, body text)")
        factory = es.UnitOfWorkFactory(pool)
        start = time.perf_counter()
        await asyncio.gather(*(_baseline_writer(pool) for _ in range(WRITERS)))
        base = WRITERS * PER_WRITER / (time.perf_counter() - start)
        start = time.perf_counter()
        await asyncio.gather(*(_writer(factory) for _ in range(WRITERS)))
        rate = WRITERS * PER_WRITER / (time.perf_counter() - start)
        count = await pool.fetchval("SELECT count(*) FROM es_events")
    assert count == WRITERS * PER_WRITER
    print(f"append: {WRITERS} writers x {PER_WRITER} events, one event per transaction")
    print(f"  plain-row baseline : {base:8.0f} rows/s")
    print(f"  event store append : {rate:8.0f} events/s  (ratio to baseline {rate / base:.2f})")
    print(f"  target >= 3000 events/s: {'met' if rate >= 3000 else 'NOT met'}")


if __name__ == "__main__":
    asyncio.run(main())
