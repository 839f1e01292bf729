"""What the planning holds about a client (RGPD access export)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_platform.personal_data import rows


async def export_client(pool: asyncpg.Pool, tenant_id: UUID, client_id: UUID) -> dict[str, Any]:
    args = (tenant_id, client_id)
    tickets = await rows(
        pool,
        "SELECT id, client_name, kind, title, archived, opened_at FROM sav_tickets "
        "WHERE tenant_id = $1 AND client_id = $2 ORDER BY opened_at",
        *args,
    )
    return {
        "client": await rows(
            pool,
            "SELECT display_name, contact::text AS contact, status FROM client_cards "
            "WHERE tenant_id = $1 AND client_id = $2",
            *args,
        ),
        "worksites": await rows(
            pool,
            "SELECT id, client_name, title, address::text AS address, notes, start_date, "
            "opened_at FROM worksites WHERE tenant_id = $1 AND client_id = $2 ORDER BY opened_at",
            *args,
        ),
        "sav_tickets": tickets,
        "sav_observations": await rows(
            pool,
            "SELECT ticket_id, text, added_at FROM sav_observations "
            "WHERE tenant_id = $1 AND ticket_id = ANY($2) ORDER BY added_at",
            tenant_id,
            [t["id"] for t in tickets],
        ),
        "acceptance_reserves": await rows(
            pool,
            "SELECT r.worksite_id, r.text, r.lifted_on, a.accepted_on FROM worksite_reserves r "
            "JOIN worksite_acceptances a ON a.worksite_id = r.worksite_id "
            "WHERE a.tenant_id = $1 AND a.client_id = $2 ORDER BY r.seq",
            *args,
        ),
    }
