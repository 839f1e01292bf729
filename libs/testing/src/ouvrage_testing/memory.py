"""Handler tests without infrastructure: a command pipeline on the in-memory event store.

world = in_memory()
await world.given(meta, Client.register(...))      # aggregates recorded as history
await handlers.block(cmd, meta)                     # when: the command, through the pipeline
assert world.recorded() == ["ClientRegistered", "ClientBlocked"]   # then: the events
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

import ouvrage_events as es
from ouvrage_events import memory


@dataclass
class InMemory:
    store: memory.InMemoryEventStore
    uow: Any  # es.UnitOfWorkFactory on the in-memory store
    pipeline: es.Pipeline

    async def given(self, metadata: es.Metadata, *aggregates: es.Aggregate) -> None:
        """Record what the aggregates' pending events say happened (one transaction)."""
        async with self.pipeline.command(metadata) as run:
            for aggregate in aggregates:
                run.add(aggregate)
            await run.commit()

    def recorded(self, aggregate_id: UUID | None = None) -> list[str]:
        """The names of the events committed so far (of one aggregate if given), in order."""
        return [
            env.type.rsplit(".", 1)[-1]
            for _, env in self.store.events
            if aggregate_id is None or env.aggregate_id == aggregate_id
        ]

    def envelopes(self) -> list[es.Envelope]:
        return [env for _, env in self.store.events]


def in_memory(projections: Sequence[Any] = ()) -> InMemory:
    store = memory.InMemoryEventStore()
    factory = memory.unit_of_work_factory(store, projections=projections)
    return InMemory(store, factory, es.Pipeline(factory, idempotency=memory.InMemoryIdempotency()))


def caller(tenant_id: UUID | None = None, actor_id: UUID | None = None) -> es.Metadata:
    """The metadata of a command of ``actor_id`` (new ids by default) in ``tenant_id``."""
    return es.Metadata(tenant_id=tenant_id or uuid4(), actor_id=actor_id or uuid4())
