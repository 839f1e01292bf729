"""Gapless, duplicate-free document numbers on PostgreSQL.

The event store wants the append to be the transaction's FIRST write (libs/events: the relay's
gap-free ordering relies on it), and ``SELECT … FOR UPDATE`` on a counter row would already
give the transaction an xid. So the counter is serialised with a transaction-scoped ADVISORY
lock per (tenant, series, year), taken before the append (a lock is not a write), read, and
written after the append in the same transaction: a rolled-back command leaves the counter
where it was (no gap), and the next command of the series waits for the lock and then reads
the committed counter (READ COMMITTED: each statement sees what committed before it).
"""

from __future__ import annotations

from typing import Any

import ouvrage_events as es

from sales.domain.numbering import Series

_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"
_READ = (
    "SELECT last_number FROM document_counters WHERE tenant_id = $1 AND series = $2 AND year = $3"
)
_WRITE = """
INSERT INTO document_counters (tenant_id, series, year, last_number) VALUES ($1, $2, $3, $4)
ON CONFLICT (tenant_id, series, year) DO UPDATE SET last_number = EXCLUDED.last_number
"""


class PostgresNumbering:
    async def next(self, cmd: es.Command, series: Series, year: int) -> int:
        tenant_id = cmd.tenant_id
        await cmd.conn.execute(_LOCK, f"sales:number:{tenant_id}:{series}:{year}")
        last = await cmd.conn.fetchval(_READ, tenant_id, series, year)
        number = (last or 0) + 1

        async def write(conn: Any, _envelopes: list[es.Envelope]) -> None:
            await conn.execute(_WRITE, tenant_id, series, year, number)

        cmd.uow.after_append(write)
        return number
