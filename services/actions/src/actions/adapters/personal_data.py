"""What the actions service holds about a client (RGPD access export)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_platform.personal_data import rows


async def export_client(pool: asyncpg.Pool, tenant_id: UUID, client_id: UUID) -> dict[str, Any]:
    return {
        "client": await rows(
            pool,
            "SELECT id, display_name, trashed FROM known_clients WHERE tenant_id = $1 AND id = $2",
            tenant_id,
            client_id,
        ),
        "actions": await rows(
            pool,
            "SELECT id, client_name, type_name, note, alert_at, status, response, "
            "response_comment, assignee_id, created_at FROM actions "
            "WHERE tenant_id = $1 AND client_id = $2 ORDER BY created_at",
            tenant_id,
            client_id,
        ),
    }
