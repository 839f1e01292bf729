"""Applying many events at once into a projection's fresh schema (rebuilds).

A rebuild owns its target schema until the swap: nothing else writes it, so it can apply a
whole fetched batch in one transaction, remember in memory which events took effect (the log is
at least once), record them in one statement, and send the handlers' writes in pipelined runs
instead of one round trip each. The result is the same as applying the events one by one:
handlers run in the batch's order, and a run only groups consecutive executions of one
statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from ouvrage_events import privacy
from ouvrage_events.contract.base import Envelope
from ouvrage_events.contract.registry import Registry
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.store.db import Conn


class PipelinedWrites:
    """The connection handlers see during a bulk apply.

    ``execute`` with arguments is queued (its status is not known yet: projection handlers
    never read it) and consecutive executions of one statement go out as one ``executemany``
    (asyncpg pipelines it: one round trip). Any read first sends what is queued, so a handler
    always reads its predecessors' writes.
    """

    def __init__(self, conn: Conn) -> None:
        self._conn = conn
        self._query: str | None = None
        self._rows: list[tuple[Any, ...]] = []

    async def execute(self, query: str, *args: Any, timeout: float | None = None) -> str:
        if not args:
            await self.flush()
            status: str = await self._conn.execute(query, timeout=timeout)
            return status
        if query != self._query:
            await self.flush()
            self._query = query
        self._rows.append(args)
        return ""

    async def flush(self) -> None:
        if self._rows:
            assert self._query is not None
            query, rows = self._query, self._rows
            self._rows = []
            await self._conn.executemany(query, rows)
        self._query = None

    async def executemany(self, query: str, args: Any, *, timeout: float | None = None) -> None:
        await self.flush()
        await self._conn.executemany(query, args, timeout=timeout)

    async def fetch(self, query: str, *args: Any, timeout: float | None = None) -> Any:
        await self.flush()
        return await self._conn.fetch(query, *args, timeout=timeout)

    async def fetchrow(self, query: str, *args: Any, timeout: float | None = None) -> Any:
        await self.flush()
        return await self._conn.fetchrow(query, *args, timeout=timeout)

    async def fetchval(
        self, query: str, *args: Any, column: int = 0, timeout: float | None = None
    ) -> Any:
        await self.flush()
        return await self._conn.fetchval(query, *args, column=column, timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


async def apply_batch(
    conn: Conn,
    projection: Projection,
    registry: Registry,
    target: str,
    envelopes: Sequence[Envelope],
    seen: set[UUID],
) -> int:
    """Apply the batch's new events (not in ``seen``, which grows) in the caller's transaction,
    their tracking records in one statement; returns how many took effect."""
    fresh = [e for e in envelopes if e.type in projection.handlers and e.event_id not in seen]
    if not fresh:
        return 0
    await privacy.prefetch(fresh, registry)  # the batch's keys in one query
    await projection.lock_shared(conn)
    writes = PipelinedWrites(conn)
    applied: list[UUID] = []
    for envelope in fresh:
        if envelope.event_id in seen:  # a duplicate inside the batch
            continue
        envelope = await privacy.open_envelope(envelope, registry)
        event = projection.decode(envelope, registry)
        if event is None:
            continue
        await projection.handlers[envelope.type](writes, event, envelope)  # type: ignore[arg-type]  # a Conn to handlers
        seen.add(envelope.event_id)
        applied.append(envelope.event_id)
    await writes.flush()
    await conn.execute(
        f"INSERT INTO {projection.tracking(target)} (event_id) "
        "SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING",
        applied,
    )
    return len(applied)
