"""Reads of the worksites, tasks and interventions projections (joined with clients)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any

# A default title (« Chantier <client name> », the name as known when the worksite opened, the
# placeholder « Client » if it was not known yet) follows the client's name; a chosen one stays.
_TITLE = """CASE
    WHEN w.title = 'Chantier ' || w.client_name AND nullif(c.display_name, '') IS NOT NULL
    THEN 'Chantier ' || c.display_name ELSE w.title END"""
_CLIENT = "LEFT JOIN client_cards c ON c.client_id = w.client_id AND c.tenant_id = w.tenant_id"

_WORKSITE = f"""
SELECT w.id, w.client_id, {_TITLE} AS title, w.origin, w.notes, w.start_date, w.provisional,
       w.closed, w.version, w.seq, w.opened_at,
       coalesce(nullif(c.display_name, ''), w.client_name) AS client_name,
       CASE WHEN w.address_from_client THEN coalesce(c.contact -> 'address', w.address)
            ELSE w.address END AS address,
       coalesce(c.trashed, false) AS client_trashed,
       coalesce(w.start_date, 'infinity'::date)::text AS sort_date
FROM worksites w
{_CLIENT}
"""

_INTERVENTION = f"""
SELECT i.id, i.worksite_id, i.label, i.starts_at, i.ends_at, i.operator_ids, i.state, i.locked,
       i.version, i.task_id, {_TITLE} AS worksite_title
FROM interventions i JOIN worksites w ON w.id = i.worksite_id
{_CLIENT}
"""


async def has_open_worksite(conn: Conn, tenant_id: UUID, client_id: UUID) -> bool:
    found = await conn.fetchval(
        "SELECT 1 FROM worksites WHERE tenant_id = $1 AND client_id = $2 AND NOT closed LIMIT 1",
        tenant_id,
        client_id,
    )
    return bool(found)


async def worksite(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> Row | None:
    return await conn.fetchrow(
        _WORKSITE + " WHERE w.tenant_id = $1 AND w.id = $2", tenant_id, worksite_id
    )


async def planning(
    conn: Conn,
    tenant_id: UUID,
    until: date | None,
    after: tuple[str, int],
    limit: int,
    client_id: UUID | None = None,
) -> list[Row]:
    """Open worksites of clients not in the trash, earliest start first, undated last."""
    return await conn.fetch(
        _WORKSITE
        + """ WHERE w.tenant_id = $1 AND NOT w.closed AND NOT coalesce(c.trashed, false)
              AND ($2::date IS NULL OR w.start_date IS NULL OR w.start_date <= $2)
              AND (coalesce(w.start_date, 'infinity'::date), w.seq) > ($3::text::date, $4)
              AND ($6::uuid IS NULL OR w.client_id = $6)
            ORDER BY coalesce(w.start_date, 'infinity'::date), w.seq LIMIT $5""",
        tenant_id,
        until,
        after[0],
        after[1],
        limit,
        client_id,
    )


async def client_worksites(
    conn: Conn, tenant_id: UUID, client_id: UUID, after_seq: int, limit: int
) -> list[Row]:
    """A client's worksites, open or closed, in the order they were opened (« onglet
    Planning » of the client record)."""
    return await conn.fetch(
        _WORKSITE + " WHERE w.tenant_id = $1 AND w.client_id = $2 AND w.seq > $3 "
        "ORDER BY w.seq LIMIT $4",
        tenant_id,
        client_id,
        after_seq,
        limit,
    )


async def lock_tasks(conn: Conn, worksite_id: UUID) -> None:
    """Serialise, until the transaction ends, what links interventions to the worksite's tasks
    (planning one for a task, removing a task). An advisory lock, not a row lock: the event
    append must stay the transaction's first write."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended('planning.tasks:' || $1, 0))",
        str(worksite_id),
    )


async def task_served(conn: Conn, tenant_id: UUID, task_id: UUID) -> bool:
    """Whether an intervention (not removed) serves the task."""
    found = await conn.fetchval(
        "SELECT 1 FROM interventions WHERE tenant_id = $1 AND task_id = $2 LIMIT 1",
        tenant_id,
        task_id,
    )
    return bool(found)


async def tasks(conn: Conn, worksite_ids: Sequence[UUID]) -> list[Row]:
    return await conn.fetch(
        "SELECT id, worksite_id, name, catalog_task_id, state FROM worksite_tasks "
        "WHERE worksite_id = ANY($1::uuid[]) ORDER BY seq",
        list(worksite_ids),
    )


async def interventions(
    conn: Conn,
    tenant_id: UUID,
    worksite_ids: Sequence[UUID],
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
) -> list[Row]:
    """The worksites' interventions meeting [starts_at, ends_at), by start time."""
    return await conn.fetch(
        _INTERVENTION
        + """ WHERE i.tenant_id = $1 AND i.worksite_id = ANY($2::uuid[])
              AND ($3::timestamptz IS NULL OR i.ends_at > $3)
              AND ($4::timestamptz IS NULL OR i.starts_at < $4)
            ORDER BY i.starts_at, i.id""",
        tenant_id,
        list(worksite_ids),
        starts_at,
        ends_at,
    )


async def intervention(conn: Conn, tenant_id: UUID, intervention_id: UUID) -> Row | None:
    return await conn.fetchrow(
        _INTERVENTION + " WHERE i.tenant_id = $1 AND i.id = $2", tenant_id, intervention_id
    )


async def overlapping(
    conn: Conn,
    tenant_id: UUID,
    intervention_id: UUID,
    operator_ids: Sequence[UUID],
    starts_at: datetime,
    ends_at: datetime,
) -> list[Row]:
    """Other interventions booking one of ``operator_ids`` at a time meeting the slot."""
    return await conn.fetch(
        _INTERVENTION
        + """ WHERE i.tenant_id = $1 AND i.id <> $2 AND i.operator_ids && $3::uuid[]
              AND i.starts_at < $5 AND i.ends_at > $4
            ORDER BY i.starts_at, i.id""",
        tenant_id,
        intervention_id,
        list(operator_ids),
        starts_at,
        ends_at,
    )


async def agenda(
    conn: Conn, tenant_id: UUID, user_id: UUID, starts_at: datetime, ends_at: datetime
) -> list[Row]:
    """An operator's interventions meeting [starts_at, ends_at), with their worksite."""
    return await conn.fetch(
        f"""SELECT i.id, i.worksite_id, i.label, i.starts_at, i.ends_at, i.operator_ids, i.state,
                  i.locked, i.version, i.task_id, {_TITLE} AS worksite_title,
                  coalesce(nullif(c.display_name, ''), w.client_name) AS client_name
           FROM interventions i JOIN worksites w ON w.id = i.worksite_id
           {_CLIENT}
           WHERE i.tenant_id = $1 AND $2 = ANY(i.operator_ids)
             AND i.starts_at < $4 AND i.ends_at > $3
           ORDER BY i.starts_at, i.id""",
        tenant_id,
        user_id,
        starts_at,
        ends_at,
    )


async def catalog_task(conn: Conn, tenant_id: UUID, task_id: UUID) -> Row | None:
    return await conn.fetchrow(
        "SELECT id, name, seeded FROM catalog_tasks WHERE tenant_id = $1 AND id = $2",
        tenant_id,
        task_id,
    )


async def catalog_page(conn: Conn, tenant_id: UUID, after_seq: int, limit: int) -> list[Row]:
    return await conn.fetch(
        "SELECT id, name, seeded, seq FROM catalog_tasks WHERE tenant_id = $1 AND seq > $2 "
        "ORDER BY seq LIMIT $3",
        tenant_id,
        after_seq,
        limit,
    )
