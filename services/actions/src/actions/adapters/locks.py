"""Transaction-scoped advisory locks (never row locks: those would give the transaction an xid
before its append, which the event store refuses)."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.store.db import Conn


def _key(namespace: str, entity_id: UUID) -> str:
    return f"actions/{namespace}/{entity_id}"


async def lock_entities(conn: Conn, *entity_ids: UUID) -> None:
    """Serialise with every transaction locking one of these clients or users (sorted: no
    deadlock between two transactions locking several)."""
    for entity_id in sorted(set(entity_ids)):
        await conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", _key("entity", entity_id)
        )


async def try_lock_due(conn: Conn, action_id: UUID) -> bool:
    """Whether this transaction now holds the action's due-alert lock (False: another scheduler
    is recording it)."""
    return bool(
        await conn.fetchval(
            "SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))", _key("due", action_id)
        )
    )
