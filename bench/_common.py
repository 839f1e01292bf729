"""Shared set-up of the benchmark scripts: a throw-away database and topic on the local infra."""

from __future__ import annotations

import contextlib
import os
import statistics
from collections.abc import AsyncIterator, Sequence
from typing import Any
from uuid import UUID, uuid4

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientBlocked
from ouvrage_events.runtime.kafka import client_options, register_security
from ouvrage_testing.kafka_access import kafka_access
from ouvrage_testing.postgres import DatabaseFactory

PG = os.environ.get("OUVRAGE_TEST_PG_DSN", "postgresql://ouvrage:ouvrage@127.0.0.1:55432/postgres")
# the tests' broker and administrator (ouvrage_testing.kafka_access: SASL by default)
ACCESS = kafka_access()
KAFKA = ACCESS.bootstrap
register_security(KAFKA, ACCESS.security)
REASON_1K = "x" * 960  # with the other fields, a ~1 KiB JSON payload


class Account(es.Aggregate):
    stream_type = "bench-account"

    def block(self, reason: str) -> None:
        self.record(ClientBlocked(client_id=self.id, reason=reason))

    def when_ClientBlocked(self, e: ClientBlocked) -> None:
        pass


@contextlib.asynccontextmanager
async def database(projections: Sequence[es.Projection] = ()) -> AsyncIterator[tuple[str, Any]]:
    factory = DatabaseFactory(PG)
    dsn = await factory("bench")
    conn = await es.connect(dsn)
    await es.migrate(conn, {"event_store": es.EVENT_STORE_MIGRATIONS})
    for p in projections:
        await p.ensure_schema(conn)
    await conn.close()
    pool = await es.create_pool(dsn, max_size=16, search_path=[p.schema for p in projections])
    try:
        yield dsn, pool
    finally:
        await pool.close()
        await factory.drop(dsn)


@contextlib.asynccontextmanager
async def topic(partitions: int = 6) -> AsyncIterator[str]:
    name = f"bench.{uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(**client_options(KAFKA))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1)])
        yield name
    finally:
        await admin.delete_topics([name])
        await admin.close()


async def append_one(factory: es.UnitOfWorkFactory, aggregate_id: UUID, reason: str) -> None:
    async with factory(es.Metadata(tenant_id=aggregate_id)) as uow:
        acc = Account(aggregate_id)
        uow.add(acc)
        acc.block(reason)
        await uow.commit()


def percentiles(values: Sequence[float]) -> dict[str, float]:
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": q[49], "p95": q[94], "p99": q[98], "max": max(values)}
