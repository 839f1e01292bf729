"""Latency from an event's commit to a consumer in another service having handled it, at a steady
200 events/s, through the relay, the real broker and the consumer runtime.

The writer notes the wall-clock time when its commit returns; the projection handler stores
clock_timestamp() in the same transaction as its effect. Target (issue 3): p99 <= 50 ms.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import uvloop

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, Account, database, percentiles, topic
from ouvrage_events.catalog.clients import ClientBlocked

RATE = 200
SECONDS = 15

handled = es.Projection(
    "bench_latency",
    ddl="CREATE TABLE IF NOT EXISTS handled (event_id uuid PRIMARY KEY, at double precision)",
)


@handled.on(ClientBlocked)
async def _handled(conn: Any, event: ClientBlocked, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO handled VALUES ($1, extract(epoch FROM clock_timestamp()))", env.event_id
    )


async def _write(factory: es.UnitOfWorkFactory, committed: dict[UUID, float]) -> None:
    interval = 1 / RATE
    start = time.perf_counter()
    for i in range(RATE * SECONDS):
        async with factory(es.Metadata(tenant_id=uuid4())) as uow:
            acc = Account(uuid4())
            uow.add(acc)
            acc.block("latency")
            [env] = await uow.commit()
        committed[env.event_id] = time.time()
        await asyncio.sleep(max(0.0, start + (i + 1) * interval - time.perf_counter()))


async def main() -> None:
    async with database([handled]) as (dsn, pool), topic() as name:
        relay = es.Relay(dsn, KAFKA, service="clients", topic=name)
        consumer = es.Consumer(
            service="bench", projection=handled, pool=pool, bootstrap=KAFKA, topics=[name],
            group_id=f"bench-{uuid4()}",
        )  # fmt: skip
        tasks = [asyncio.create_task(relay.run()), asyncio.create_task(consumer.run())]
        await consumer.assigned.wait()
        committed: dict[UUID, float] = {}
        await _write(es.UnitOfWorkFactory(pool), committed)
        while await pool.fetchval("SELECT count(*) FROM handled") < len(committed):
            await asyncio.sleep(0.05)
        rows = await pool.fetch("SELECT event_id, at FROM handled")
        relay.stop()
        consumer.stop()
        await asyncio.gather(*tasks)
    latencies = [(r["at"] - committed[r["event_id"]]) * 1000 for r in rows]
    p = percentiles(latencies)
    print(f"commit -> handled latency: {len(latencies)} events at {RATE}/s for {SECONDS}s")
    print("  " + "  ".join(f"{k}={v:.1f} ms" for k, v in p.items()))
    print(f"  target p99 <= 50 ms: {'met' if p['p99'] <= 50 else 'NOT met'}")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
