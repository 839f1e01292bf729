"""Reads of the SAV projection (joined with clients for the names shown)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

    Row: TypeAlias = asyncpg.Record
else:
    Row = Any

_TICKET = """
SELECT t.id, t.client_id, t.kind, t.title, t.archived, t.opened_at, t.version, t.seq,
       coalesce(nullif(c.display_name, ''), t.client_name) AS client_name
FROM sav_tickets t
LEFT JOIN client_cards c ON c.client_id = t.client_id AND c.tenant_id = t.tenant_id
"""


async def ticket(conn: Conn, tenant_id: UUID, ticket_id: UUID) -> Row | None:
    return await conn.fetchrow(
        _TICKET + " WHERE t.tenant_id = $1 AND t.id = $2", tenant_id, ticket_id
    )


async def tickets(
    conn: Conn,
    tenant_id: UUID,
    *,
    include_archived: bool,
    client_id: UUID | None,
    before_seq: int | None,
    limit: int,
    hide_trashed: bool = False,
) -> list[Row]:
    """The tenant's tickets, newest first (without those of trashed clients if asked)."""
    return await conn.fetch(
        _TICKET
        + """ WHERE t.tenant_id = $1 AND ($2 OR NOT t.archived)
              AND ($3::uuid IS NULL OR t.client_id = $3)
              AND ($4::bigint IS NULL OR t.seq < $4)
              AND NOT ($6 AND coalesce(c.trashed, false))
            ORDER BY t.seq DESC LIMIT $5""",
        tenant_id,
        include_archived,
        client_id,
        before_seq,
        limit,
        hide_trashed,
    )


async def observations(conn: Conn, ticket_ids: Sequence[UUID]) -> list[Row]:
    return await conn.fetch(
        "SELECT ticket_id, text, author_id, added_at FROM sav_observations "
        "WHERE ticket_id = ANY($1::uuid[]) ORDER BY seq",
        list(ticket_ids),
    )
