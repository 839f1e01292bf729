"""Relay throughput against a raw aiokafka producer on the same broker, 1 KiB payloads.

Both publish the same number of CloudEvents records (same keys, headers and ~1 KiB values) with
the same producer settings (idempotent, acks=all); the raw producer reads nothing from PostgreSQL
and writes no checkpoint. Both clocks start once the producer is up. Target (issue 21): relay / raw
>= 0.8.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any
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


class _TimedRelay(es.Relay):
    """Notes when its producer is up (the raw producer's clock also starts after ``start``)
    and when its checkpoint passes the last event."""

    last = 0
    started = 0.0
    done: asyncio.Event

    async def _start_producer(self) -> Any:
        producer = await super()._start_producer()
        self.started = self.started or time.perf_counter()
        return producer

    async def _save_checkpoint(self, conn: Any, checkpoint: Any) -> None:
        await super()._save_checkpoint(conn, checkpoint)
        if checkpoint.position >= self.last:
            self.done.set()


async def _relay(dsn: str, name: str, last: int) -> float:
    relay = _TimedRelay(dsn, KAFKA, service="clients", topic=name, batch_size=2000)
    relay.last, relay.done = last, asyncio.Event()
    task = asyncio.create_task(relay.run())
    await relay.done.wait()
    rate = EVENTS / (time.perf_counter() - relay.started)
    relay.stop()
    await task
    return rate


async def main() -> None:
    async with database() as (dsn, pool), topic() as raw_topic, topic() as relay_topic:
        envelopes = await _fill(es.UnitOfWorkFactory(pool))
        size = len(cloudevents.encode(envelopes[0])[1])
        last = await pool.fetchval("SELECT max(position) FROM es_events")
        raw = await _raw(envelopes, raw_topic)
        relayed = await _relay(dsn, relay_topic, last)
    print(f"relay throughput: {EVENTS} events, {size}-byte values, 6 partitions, one broker")
    print(f"  raw aiokafka producer : {raw:8.0f} events/s")
    print(f"  relay (store -> Kafka): {relayed:8.0f} events/s")
    print(f"  ratio relay / raw     : {relayed / raw:.2f}  (target >= 0.8)")


if __name__ == "__main__":
    uvloop.run(main())  # the event loop the services run on (ouvrage_platform.app.serve)
