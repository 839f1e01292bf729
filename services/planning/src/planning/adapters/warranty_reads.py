"""Reads of the warranty projection (acceptances, reserves, SAV warranties)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any


async def worksite_version(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> Row | None:
    return await conn.fetchrow(
        "SELECT client_id, version FROM worksites WHERE tenant_id = $1 AND id = $2",
        tenant_id,
        worksite_id,
    )


async def acceptance(conn: Conn, tenant_id: UUID, worksite_id: UUID) -> Row | None:
    return await conn.fetchrow(
        "SELECT * FROM worksite_acceptances WHERE tenant_id = $1 AND worksite_id = $2",
        tenant_id,
        worksite_id,
    )


async def reserves(conn: Conn, worksite_id: UUID) -> list[Row]:
    return await conn.fetch(
        "SELECT reserve_id, text, lifted_on FROM worksite_reserves WHERE worksite_id = $1 "
        "ORDER BY seq",
        worksite_id,
    )


async def sav_warranties(conn: Conn, ticket_ids: Sequence[UUID]) -> list[Row]:
    """Each ticket's warranty, with the acceptance date of its worksite (if accepted)."""
    return await conn.fetch(
        """SELECT w.ticket_id, w.worksite_id, w.disorder, w.reported_on, w.guarantees,
                  a.accepted_on
           FROM sav_warranties w
           LEFT JOIN worksite_acceptances a ON a.worksite_id = w.worksite_id
           WHERE w.ticket_id = ANY($1::uuid[])""",
        list(ticket_ids),
    )


async def reminders_due(conn: Conn, today: date, days: int, limit: int) -> list[Row]:
    """Acceptances with reserves left whose parfait achèvement ends within ``days`` days."""
    return await conn.fetch(
        """SELECT worksite_id, tenant_id FROM worksite_acceptances
           WHERE open_reserves > 0 AND NOT reminded
             AND parfait_achevement_ends_on - $2::int <= $1 AND $1 <= parfait_achevement_ends_on
           ORDER BY parfait_achevement_ends_on, worksite_id LIMIT $3""",
        today,
        days,
        limit,
    )
