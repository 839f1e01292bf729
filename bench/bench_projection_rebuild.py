"""Projection rebuild from Kafka: events/s of ``rebuild_from_kafka`` (the CLI's ``rebuild``).

Publishes N CloudEvents records (default 200,000: 4 in 5 ``ClientUnblocked``, 1 in 5
``ClientTrashed``, in random order, over 20,000 clients) to a fresh 6-partition topic, then
rebuilds a projection of them into a fresh database: a counter per client
(``INSERT ... ON CONFLICT DO UPDATE``) and a row per trashed client, plus the tracking record of
every event. The clock covers the whole call (consumer start, fetches, the swap). The result is
checked against the events sent. Target (issue 21): >= 20,000 events/s.

    uv run python bench/bench_projection_rebuild.py [--events 200000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path
from typing import Any
from uuid import uuid4

import uvloop
from aiokafka import AIOKafkaProducer

sys.path.insert(0, str(Path(__file__).parent))

import ouvrage_events as es
from _common import KAFKA, database, topic
from ouvrage_events.catalog.clients import ClientTrashed, ClientUnblocked
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_events.runtime.rebuild import rebuild_from_kafka

TARGET = 20_000

counts = es.Projection(
    "bench_rebuild",
    ddl="""
    CREATE TABLE IF NOT EXISTS unblocks (client_id uuid PRIMARY KEY, n integer NOT NULL);
    CREATE TABLE IF NOT EXISTS trashed (client_id uuid PRIMARY KEY, at timestamptz NOT NULL);
""",
)


@counts.on(ClientUnblocked)
async def _unblocked(conn: Any, e: ClientUnblocked, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO unblocks VALUES ($1, 1) "
        "ON CONFLICT (client_id) DO UPDATE SET n = unblocks.n + 1",
        e.client_id,
    )


@counts.on(ClientTrashed)
async def _trashed(conn: Any, e: ClientTrashed, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO trashed VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING",
        e.client_id,
        env.time,
    )


async def _publish(name: str, n: int) -> tuple[int, int]:
    """Send ``n`` events; returns (unblocks, distinct trashed clients)."""
    rng = random.Random(21)
    tenant = uuid4()
    clients = [uuid4() for _ in range(20_000)]
    versions = dict.fromkeys(clients, 0)
    trashed: set[Any] = set()
    unblocks = 0
    producer = AIOKafkaProducer(**client_options(KAFKA), linger_ms=5, max_batch_size=256 * 1024)
    await producer.start()
    try:
        futures = []
        for _ in range(n):
            client = rng.choice(clients)
            versions[client] += 1
            if rng.random() < 0.8:
                event: es.DomainEvent = ClientUnblocked(client_id=client)
                unblocks += 1
            else:
                event = ClientTrashed(client_id=client)
                trashed.add(client)
            env = es.Envelope.wrap(
                event, aggregate_id=client, aggregate_type="client",
                sequence=versions[client], metadata=es.Metadata(tenant_id=tenant),
            )  # fmt: skip
            key, value, headers = cloudevents.encode(env)
            futures.append(await producer.send(name, value=value, key=key, headers=headers))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return unblocks, len(trashed)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    n = parser.parse_args().events
    async with database([counts]) as (dsn, pool), topic() as name:
        unblocks, trashed = await _publish(name, n)
        started = time.perf_counter()
        applied = await rebuild_from_kafka(dsn, counts, es.registry, bootstrap=KAFKA, topics=[name])
        seconds = time.perf_counter() - started
        assert applied == n, (applied, n)
        assert await pool.fetchval("SELECT sum(n) FROM unblocks") == unblocks
        assert await pool.fetchval("SELECT count(*) FROM trashed") == trashed
        assert await pool.fetchval("SELECT count(*) FROM es_processed") == n
    rate = n / seconds
    print(f"projection rebuild from Kafka: {n:,} events in {seconds:.1f} s: {rate:,.0f} events/s")
    print(f"  target >= {TARGET:,} events/s: {'met' if rate >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
