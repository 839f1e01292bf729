"""The backends of the event-store contract suite (pyeventsourcing's ``tests/persistence.py``
way: one suite, every backend). ``memory`` needs nothing; ``postgres`` a migrated database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import ouvrage_events as es
import pytest
import pytest_asyncio
from ouvrage_events import memory
from ouvrage_platform.idempotency import MIGRATIONS, PostgresIdempotency


@dataclass
class Backend:
    name: str
    store: Any
    factory: Any  # es.UnitOfWorkFactory
    idempotency: es.pipeline.IdempotencyStore

    def pipeline(self) -> es.Pipeline:
        return es.Pipeline(self.factory, idempotency=self.idempotency)


@pytest_asyncio.fixture(scope="module")
async def postgres_backend(fresh_database: Any) -> AsyncIterator[Backend]:
    dsn = await fresh_database("contract")
    conn = await es.connect(dsn)
    await es.migrate(conn, {"event_store": es.EVENT_STORE_MIGRATIONS, "platform": MIGRATIONS})
    await conn.close()
    pool = await es.create_pool(dsn, max_size=6)
    store = es.EventStore()
    yield Backend("postgres", store, es.UnitOfWorkFactory(pool, store=store), PostgresIdempotency())
    await pool.close()
    await fresh_database.drop(dsn)


@pytest.fixture(params=["memory", "postgres"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each contract test runs once per backend."""
    if request.param == "postgres":
        found: Backend = request.getfixturevalue("postgres_backend")
        return found
    store = memory.InMemoryEventStore()
    return Backend(
        "memory", store, memory.unit_of_work_factory(store), memory.InMemoryIdempotency()
    )
