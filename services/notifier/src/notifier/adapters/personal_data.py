"""What the notifier holds about a client (RGPD access export): its directory entry, and the
alerts and emails that quote the client (found by id or by name, as for erasure)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_platform.personal_data import rows


async def export_client(pool: asyncpg.Pool, tenant_id: UUID, client_id: UUID) -> dict[str, Any]:
    name = await pool.fetchval(
        "SELECT display_name FROM clients WHERE tenant_id = $1 AND client_id = $2",
        tenant_id,
        client_id,
    )
    needles = [n for n in (str(client_id), name) if n]
    return {
        "client": [{"display_name": name}] if name is not None else [],
        "alerts": await rows(
            pool,
            "SELECT alert_id, recipient_id, kind, title, body, raised_at FROM alerts "
            "WHERE tenant_id = $1 AND EXISTS (SELECT 1 FROM unnest($2::text[]) n "
            "WHERE strpos(title, n) > 0 OR strpos(body, n) > 0 "
            "OR strpos(coalesce(link, ''), n) > 0) ORDER BY raised_at",
            tenant_id,
            needles,
        ),
        "emails": await rows(
            pool,
            "SELECT email_id, recipient_id, template, subject, status, sent_at, "
            "attachment_name FROM email_outbox WHERE tenant_id = $1 AND EXISTS ("
            "SELECT 1 FROM unnest($2::text[]) n WHERE strpos(context::text, n) > 0 "
            "OR strpos(coalesce(subject, ''), n) > 0) ORDER BY created_at",
            tenant_id,
            needles,
        ),
    }
