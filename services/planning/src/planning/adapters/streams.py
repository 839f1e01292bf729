"""Who owns a stream: the event store answers for every aggregate, whatever its type."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.store.db import Conn


async def stream_owner(conn: Conn, stream_id: UUID) -> tuple[UUID, str] | None:
    """(tenant id, stream type) of a stream, or None when it has no events."""
    row = await conn.fetchrow(
        "SELECT tenant_id, stream_type FROM es_events WHERE stream_id = $1 AND version = 1",
        stream_id,
    )
    return None if row is None else (row["tenant_id"], row["stream_type"])
