"""Relay throughput against a raw aiokafka producer on the same broker, 1 KiB payloads.

Both publish the same number of CloudEvents records (same keys, headers and ~1 KiB values) with
the same producer settings (idempotent, acks=all); the raw producer reads nothing from PostgreSQL
and writes no checkpoint. Target (issue 3): relay / raw >= 0.5.
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
from _common import KAFKA, REASON_1K, Account, database, topic
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import idempotent_producer

EVENTS = 20_000
PER_TRANSACTION = 200


async def _fill(factory: es.UnitOfWorkFactory) -> list[es.Envelope]:
    written: list[es.Envelope] = []
    for _ in range(EVENTS // PER_TRANSACTION):
        async with factory(es.Metadata(tenant_id=uuid4())) as uow:
            for _ in range(PER_TRANSACTION):
                acc = Account(uuid4())
                uow.add(acc)
                acc.block(REASON_1K)
            written += await uow.commit()
    return written


async def _raw(envelopes: list[es.Envelope], name: str) -> float:
    records = [cloudevents.encode(e) for e in envelopes]
    producer = idempotent_producer(KAFKA, client_id="bench-raw")
    await producer.start()
    try:
        start = time.perf_counter()
        futures = [
            await producer.send(name, value=value, key=key, headers=headers)
            for key, value, headers in records
        ]
        await asyncio.gather(*futures)
        return len(records) / (time.perf_counter() - start)
    finally:
        await producer.stop()


async def _relay(dsn: str, pool: object, name: str, last: int) -> float:
    relay = es.Relay(dsn, KAFKA, service="clients", topic=name, batch_size=2000)
    start = time.perf_counter()
    task = asyncio.create_task(relay.run())
    while (await pool.fetchval("SELECT position FROM es_relay_checkpoints") or 0) < last:  # type: ignore[attr-defined]
        await asyncio.sleep(0.01)
    rate = EVENTS / (time.perf_counter() - start)
    relay.stop()
    await task
    return rate


async def main() -> None:
    async with database() as (dsn, pool), topic() as raw_topic, topic() as relay_topic:
        envelopes = await _fill(es.UnitOfWorkFactory(pool))
        size = len(cloudevents.encode(envelopes[0])[1])
        last = await pool.fetchval("SELECT max(position) FROM es_events")
        raw = await _raw(envelopes, raw_topic)
        relayed = await _relay(dsn, pool, relay_topic, last)
    print(f"relay throughput: {EVENTS} events, {size}-byte values, 6 partitions, one broker")
    print(f"  raw aiokafka producer : {raw:8.0f} events/s")
    print(f"  relay (store -> Kafka): {relayed:8.0f} events/s")
    print(f"  ratio relay / raw     : {relayed / raw:.2f}  (target >= 0.5)")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
