"""Rebuild a projection from the start of the log into a fresh schema, then swap it in.

The service keeps answering from the live schema meanwhile. The swap runs in one transaction
holding the projection's exclusive lock (live applications hold it shared), catches up the last
events, and renames the schemas, so no event is lost or applied twice across the swap.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from uuid import UUID

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition

from ouvrage_events.contract import cloudevents
from ouvrage_events.contract.registry import Registry
from ouvrage_events.runtime.bulk import apply_batch
from ouvrage_events.runtime.kafka import client_options
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn, connect
from ouvrage_events.store.event_store import EventStore, Position, envelope_from_row

log = structlog.get_logger(__name__)

REBUILD_BATCH = 2000
"""Records per transaction when rebuilding from Kafka."""


@contextlib.asynccontextmanager
async def _dedicated(dsn: str) -> AsyncIterator[Conn]:
    """A connection of its own: the rebuild changes its search_path."""
    conn = await connect(dsn)
    try:
        yield conn
    finally:
        await conn.close()


async def _prepare(conn: Conn, projection: Projection, others: Sequence[str]) -> str:
    target = f"{projection.schema}__rebuild"
    await conn.execute(f'DROP SCHEMA IF EXISTS "{target}" CASCADE')
    await projection.ensure_schema(conn, target)
    path = ", ".join(f'"{s}"' for s in [target, *others, "public"])
    await conn.execute(f"SET search_path TO {path}")
    return target


async def _swap(conn: Conn, projection: Projection, target: str) -> None:
    old = f"{projection.schema}__old"
    await conn.execute(f'DROP SCHEMA IF EXISTS "{old}" CASCADE')
    await conn.execute(f'ALTER SCHEMA "{projection.schema}" RENAME TO "{old}"')
    await conn.execute(f'ALTER SCHEMA "{target}" RENAME TO "{projection.schema}"')
    await conn.execute(f'DROP SCHEMA "{old}" CASCADE')


async def rebuild_from_store(
    dsn: str,
    projection: Projection,
    registry: Registry,
    *,
    other_schemas: Sequence[str] = (),
    page: int = 1000,
) -> int:
    """Rebuild a projection of the service's own events from its event store."""
    store = EventStore()
    applied = 0
    seen: set[UUID] = set()
    async with _dedicated(dsn) as conn:
        target = await _prepare(conn, projection, other_schemas)
        position = Position(0, 0)
        while True:
            horizon = await conn.fetchval(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
            )
            rows = await store.read_all(conn, position, page)
            if not rows:
                break
            async with conn.transaction():
                envelopes = [envelope for _pos, envelope in rows]
                applied += await apply_batch(conn, projection, registry, target, envelopes, seen)
            position = rows[-1][0]
        async with conn.transaction():
            await projection.lock_exclusive(conn)
            # Everything committed now, including rows an old transaction held back.
            tail = await conn.fetch(
                f"SELECT e.* FROM es_events e WHERE e.txid >= $1 AND NOT EXISTS "
                f'(SELECT 1 FROM "{target}".es_processed p WHERE p.event_id = e.event_id) '
                "ORDER BY e.txid, e.position",
                horizon,
            )
            for row in tail:
                applied += await projection.apply_tracked(
                    conn, envelope_from_row(row), registry, target
                )
            await _swap(conn, projection, target)
    log.info("projection.rebuilt", projection=projection.name, events=applied)
    return applied


async def rebuild_from_kafka(
    dsn: str,
    projection: Projection,
    registry: Registry,
    *,
    bootstrap: str,
    topics: Sequence[str],
    other_schemas: Sequence[str] = (),
) -> int:
    """Rebuild a projection of other services' events by reading their topics from the start."""
    # No group: the consumer takes every partition of the topics itself.
    consumer = AIOKafkaConsumer(
        *topics, **client_options(bootstrap), enable_auto_commit=False,
        auto_offset_reset="earliest",
    )  # fmt: skip
    await consumer.start()
    applied = 0
    try:
        async with asyncio.timeout(30):
            while not consumer.assignment():  # noqa: ASYNC110  (aiokafka offers no event)
                await asyncio.sleep(0.05)
        partitions = sorted(consumer.assignment())
        await consumer.seek_to_beginning(*partitions)
        async with _dedicated(dsn) as conn:
            target = await _prepare(conn, projection, other_schemas)
            seen: set[UUID] = set()
            applied += await _consume_until(
                consumer, conn, projection, registry, target, partitions, seen
            )
            async with conn.transaction():
                await projection.lock_exclusive(conn)
                applied += await _consume_until(
                    consumer, conn, projection, registry, target, partitions, seen
                )
                await _swap(conn, projection, target)
    finally:
        await consumer.stop()
    log.info("projection.rebuilt", projection=projection.name, events=applied)
    return applied


async def _consume_until(
    consumer: AIOKafkaConsumer,
    conn: Conn,
    projection: Projection,
    registry: Registry,
    target: str,
    partitions: list[TopicPartition],
    seen: set[UUID],
) -> int:
    """Apply every record up to the end offsets as they are now, a fetched batch per
    transaction (``bulk.apply_batch``)."""
    ends = await consumer.end_offsets(partitions)
    applied = 0
    while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
        batch = await consumer.getmany(*partitions, timeout_ms=500, max_records=REBUILD_BATCH)
        envelopes = []
        for records in batch.values():
            for record in records:
                try:
                    envelopes.append(cloudevents.decode(record.value, record.headers))
                except cloudevents.BindingError:
                    continue
        async with conn.transaction():
            applied += await apply_batch(conn, projection, registry, target, envelopes, seen)
    return applied
