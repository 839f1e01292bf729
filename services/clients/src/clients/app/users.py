"""Identity's users as clients sees them (consumed from Kafka): who may own a record.

A record's owner must be an active user of the record's company. The service never calls
identity: it checks against this projection. A user identity has just created may not be here
yet (lag of the event flow, usually under a second): they answer like an unknown user, 422
``unknown_user``, whose French detail says to try again (docs/decisions.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.identity import UserDeactivated, UserRegistered
from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

USERS_DDL = """
CREATE TABLE IF NOT EXISTS known_users (
    id        uuid PRIMARY KEY,
    tenant_id uuid NOT NULL,
    active    boolean NOT NULL DEFAULT true
);
"""

users_projection = es.Projection("users", ddl=USERS_DDL)


@users_projection.on(UserRegistered)
async def _registered(conn: Conn, e: UserRegistered, env: es.Envelope) -> None:
    # DO NOTHING: a deactivation replayed before its registration stays a deactivation.
    await conn.execute(
        "INSERT INTO known_users (id, tenant_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        e.user_id,
        env.tenant_id,
    )


@users_projection.on(UserDeactivated)
async def _deactivated(conn: Conn, e: UserDeactivated, env: es.Envelope) -> None:
    await conn.execute(
        "INSERT INTO known_users (id, tenant_id, active) VALUES ($1, $2, false) "
        "ON CONFLICT (id) DO UPDATE SET active = false",
        e.user_id,
        env.tenant_id,
    )


class UserDirectory:
    """Reads of the projection: is this user an active user of that company?"""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self._table = f'"{users_projection.schema}".known_users'

    async def active(self, tenant_id: UUID, user_id: UUID) -> bool | None:
        """True if active, False if deactivated, None if not known in this company."""
        value = await self.pool.fetchval(
            f"SELECT active FROM {self._table} WHERE id = $1 AND tenant_id = $2",
            user_id,
            tenant_id,
        )
        return None if value is None else bool(value)
