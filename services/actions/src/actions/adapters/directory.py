"""The command handlers' ``Directory`` over PostgreSQL (projections of this service's database)."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.store.db import Conn

from actions.adapters import queries
from actions.adapters.locks import lock_entities
from actions.app.records import ActionRecord, ActionTypeRecord, ClientInfo
from actions.domain.times import DEFAULT_TIMEZONE


class PgDirectory:
    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    async def lock(self, *entity_ids: UUID) -> None:
        await lock_entities(self.conn, *entity_ids)

    async def timezone(self, tenant_id: UUID) -> str:
        value = await self.conn.fetchval("SELECT timezone FROM tenants WHERE id = $1", tenant_id)
        return str(value) if value else DEFAULT_TIMEZONE

    async def client(self, client_id: UUID) -> ClientInfo | None:
        row = await self.conn.fetchrow(
            "SELECT tenant_id, display_name, trashed FROM known_clients WHERE id = $1", client_id
        )
        if row is None:
            return None
        return ClientInfo(row["tenant_id"], row["display_name"], row["trashed"])

    async def invalid_users(self, tenant_id: UUID, user_ids: list[UUID]) -> list[UUID]:
        if not user_ids:
            return []
        active = {
            r["id"]
            for r in await self.conn.fetch(
                "SELECT id FROM directory_users WHERE id = ANY($1::uuid[]) AND tenant_id = $2 "
                "AND active",
                list(user_ids),
                tenant_id,
            )
        }
        return [u for u in dict.fromkeys(user_ids) if u not in active]

    async def type_name_taken(
        self, tenant_id: UUID, name: str, except_id: UUID | None = None
    ) -> bool:
        # Compared in Python: casefold() is right for accents whatever the database's locale.
        rows = await self.conn.fetch(
            "SELECT name FROM action_types WHERE tenant_id = $1 AND NOT retired "
            "AND id IS DISTINCT FROM $2",
            tenant_id,
            except_id,
        )
        folded = name.casefold()
        return any(r["name"].casefold() == folded for r in rows)

    async def action(self, tenant_id: UUID, action_id: UUID) -> ActionRecord | None:
        return await queries.fetch_action(self.conn, tenant_id, action_id)

    async def action_type(self, tenant_id: UUID, action_type_id: UUID) -> ActionTypeRecord | None:
        return await queries.fetch_type(self.conn, tenant_id, action_type_id)
