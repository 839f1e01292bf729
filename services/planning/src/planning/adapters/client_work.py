"""Reads of a client's open work (worksites, SAV tickets), for the reactions to its status and
to its trash."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ouvrage_events.store.db import Conn

# ``opened_at <= $3``: only what was opened before the causing event. A projection rebuilt from
# Kafka replays old status changes; they must not close or move a worksite opened since.
_OPEN_WORKSITES = (
    "SELECT id FROM worksites WHERE tenant_id = $1 AND client_id = $2 AND NOT closed "
    "AND opened_at <= $3 ORDER BY seq"
)
_OPEN_TICKETS = (
    "SELECT id FROM sav_tickets WHERE tenant_id = $1 AND client_id = $2 AND NOT archived "
    "AND opened_at <= $3 ORDER BY seq"
)


async def open_worksites(
    conn: Conn, tenant_id: UUID, client_id: UUID, until: datetime
) -> list[UUID]:
    """The client's worksites still on the planning, opened at or before ``until``."""
    return [r["id"] for r in await conn.fetch(_OPEN_WORKSITES, tenant_id, client_id, until)]


async def open_tickets(conn: Conn, tenant_id: UUID, client_id: UUID, until: datetime) -> list[UUID]:
    """The client's SAV and service tickets not archived, opened at or before ``until``."""
    return [r["id"] for r in await conn.fetch(_OPEN_TICKETS, tenant_id, client_id, until)]
