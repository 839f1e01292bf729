"""Reactions: policies that record events in answer to other services' events.

A reaction is not a read model: it owns no tables, only the tracking table of its consumer (so a
redelivered event does nothing), and it writes through the service's unit of work, in the
consumer's transaction (the append first, as the event store requires). It runs behind a
consumer exactly like a projection, under its own name and consumer group.

    seeding = es.Reaction("catalog_seeding")

    @seeding.on(TenantRegistered)
    async def _seed(conn, event, envelope):
        uow = seeding.unit_of_work(conn, envelope)   # metadata caused by ``envelope``
        ...                                          # uow.get / uow.add
        await uow.flush()                            # the consumer commits

Ids of what it records should derive from the causing event, so that replaying the log records
nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from ouvrage_events.contract.base import Envelope, Metadata
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn
from ouvrage_events.uow import UnitOfWork


class Reaction(Projection):
    """A named policy: its handlers record events; its schema holds only the tracking table."""

    def __init__(
        self,
        name: str,
        *,
        projections: Sequence[Projection] = (),
        schema: str | None = None,
    ) -> None:
        super().__init__(name, ddl="", schema=schema)
        self.projections = list(projections)

    def unit_of_work(self, conn: Conn, envelope: Envelope) -> UnitOfWork:
        """A unit of work in the consumer's transaction, its events caused by ``envelope``
        (the service's inline ``projections`` follow them); call ``flush``, not ``commit``."""
        metadata = Metadata(tenant_id=envelope.tenant_id).caused_by(envelope)
        return UnitOfWork.within(conn, metadata, projections=self.projections)
