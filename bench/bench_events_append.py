"""Append throughput: 8 concurrent writers, one event per transaction, on the real PostgreSQL.

Baseline in the same run: the same 8 writers inserting one plain row per transaction into a
table with a primary key (what any write costs on this server, fsync included). The append is
measured as in production, with the service's relay running and publishing to Kafka, and also
alone. Target (issue 3): >= 3,000 events/s.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from uuid import uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, database, topic

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


async def _rate(factory: es.UnitOfWorkFactory) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(_writer(factory) for _ in range(WRITERS)))
    return WRITERS * PER_WRITER / (time.perf_counter() - start)


async def main() -> None:
    async with database() as (dsn, pool), topic() as name:
        await pool.execute("CREATE TABLE plain (id uuid PRIMARY KEY, body text)")
        factory = es.UnitOfWorkFactory(pool)
        start = time.perf_counter()
        await asyncio.gather(*(_baseline_writer(pool) for _ in range(WRITERS)))
        base = WRITERS * PER_WRITER / (time.perf_counter() - start)
        alone = await _rate(factory)
        relay = es.Relay(dsn, KAFKA, service="clients", topic=name)
        task = asyncio.create_task(relay.run())
        rate = await _rate(factory)
        relay.stop()
        await task
        count = await pool.fetchval("SELECT count(*) FROM es_events")
    assert count == 2 * WRITERS * PER_WRITER
    print(f"append: {WRITERS} writers x {PER_WRITER} events, one event per transaction")
    print(f"  plain-row baseline           : {base:8.0f} rows/s")
    print(f"  append, relay publishing     : {rate:8.0f} events/s  (ratio {rate / base:.2f})")
    print(f"  append, no relay running     : {alone:8.0f} events/s  (ratio {alone / base:.2f})")
    print(f"  target >= 3000 events/s (the append alone): {'met' if alone >= 3000 else 'NOT met'}")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
