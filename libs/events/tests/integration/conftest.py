"""Fixtures of libs/events integration tests: a migrated database, a test aggregate and a
projection that counts how many times each event took effect."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

import asyncpg
import ouvrage_events as es
import pytest_asyncio
from aiokafka import AIOKafkaConsumer
from ouvrage_events import privacy
from ouvrage_events.catalog.clients import ClientBlocked, ClientUnblocked
from ouvrage_events.contract import cloudevents
from ouvrage_events.runtime.kafka import client_options
from ouvrage_testing.accounts import Account, SnapshottedAccount

COUNTER_DDL = """
CREATE TABLE IF NOT EXISTS effects (
    event_id uuid PRIMARY KEY,
    aggregate_id uuid NOT NULL,
    sequence integer NOT NULL,
    reason text,
    times integer NOT NULL DEFAULT 1,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    seq bigint GENERATED ALWAYS AS IDENTITY
);
"""


async def _opened(record: Any) -> es.Envelope:
    """A record as a consumer sees it: personal fields opened (they travel sealed)."""
    return await privacy.open_envelope(cloudevents.decode(record.value, record.headers))


async def read_topic(
    bootstrap: str, topic: str, expected: int, timeout: float = 30.0
) -> list[tuple[bytes, es.Envelope]]:
    """Every record of ``topic`` from the start, waiting until ``expected`` are there."""
    consumer = AIOKafkaConsumer(
        topic, **client_options(bootstrap), auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    records: list[tuple[bytes, es.Envelope]] = []
    try:
        async with asyncio.timeout(timeout):
            while len(records) < expected:
                batch = await consumer.getmany(timeout_ms=200)
                for recs in batch.values():
                    records += [(r.key, await _opened(r)) for r in recs]
        # anything beyond what was expected (duplicates) that is already there
        for recs in (await consumer.getmany(timeout_ms=300)).values():
            records += [(r.key, await _opened(r)) for r in recs]
    finally:
        await consumer.stop()
    return records


def make_counter(poison: set[UUID], name: str = "counter") -> es.Projection:
    counter = es.Projection(name, ddl=COUNTER_DDL)

    @counter.on(ClientBlocked, ClientUnblocked)
    async def _count(conn: Any, event: Any, env: es.Envelope) -> None:
        if env.aggregate_id in poison:
            raise RuntimeError("poisoned aggregate")
        await conn.execute(
            "INSERT INTO effects (event_id, aggregate_id, sequence, reason) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO UPDATE SET times = effects.times + 1",
            env.event_id,
            env.aggregate_id,
            env.sequence,
            getattr(event, "reason", None),
        )

    return counter


@dataclass
class Kit:
    dsn: str
    pool: asyncpg.Pool
    counter: es.Projection
    poison: set[UUID] = field(default_factory=set)
    Account = Account
    SnapshottedAccount = SnapshottedAccount
    read_topic = staticmethod(read_topic)
    make_counter = staticmethod(make_counter)

    def uow(self, tenant: UUID | None = None) -> es.UnitOfWork:
        return es.UnitOfWorkFactory(self.pool)(es.Metadata(tenant_id=tenant or uuid4()))

    async def blocks(self, count: int, *, per_account: int = 1) -> list[es.Envelope]:
        """Record ``count`` events over ``count / per_account`` accounts, one per transaction."""
        out: list[es.Envelope] = []
        ids = [uuid4() for _ in range(max(count // per_account, 1))]
        for i in range(count):
            aid = ids[i % len(ids)]
            async with self.uow() as uow:
                acc = await uow.get(Account, aid)
                if acc is None:
                    acc = Account(aid)
                    uow.add(acc)
                acc.block(f"raison {i}")
                out += await uow.commit()
        return out

    async def effects(self) -> list[asyncpg.Record]:
        return await self.pool.fetch(f'SELECT * FROM "{self.counter.schema}".effects ORDER BY seq')


@pytest_asyncio.fixture(loop_scope="session")
async def kit(fresh_database: Any) -> AsyncIterator[Kit]:
    """A fresh migrated database per test (tests here count rows and topics precisely)."""
    dsn = await fresh_database("events")
    poison: set[UUID] = set()
    counter = make_counter(poison)
    conn = await es.connect(dsn)
    await es.migrate(conn, {"event_store": es.EVENT_STORE_MIGRATIONS})
    await counter.ensure_schema(conn)
    await conn.close()
    pool = await es.create_pool(dsn, max_size=12, search_path=[counter.schema])
    yield Kit(dsn, pool, counter, poison)
    await pool.close()
    await fresh_database.drop(dsn)


@pytest_asyncio.fixture(loop_scope="session")
async def topic(topic_factory: Any) -> str:
    name: str = await topic_factory("events", partitions=6)
    return name
