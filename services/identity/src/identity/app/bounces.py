"""Users' addresses that bounced (the notifier's ``EmailBounced`` for a user, consumed from
Kafka): ``GET /users/{id}`` shows the mark while the user's address is still the bounced one,
so a corrected address clears it. An erased user's marks are deleted (``UserErased``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.identity import UserErased
from ouvrage_events.catalog.notifier import EmailBounced
from ouvrage_events.store.db import Conn

if TYPE_CHECKING:
    import asyncpg

    Db: TypeAlias = Conn | asyncpg.Pool
else:
    Db = Any

BOUNCES_DDL = """
CREATE TABLE IF NOT EXISTS undeliverable_user_emails (
    tenant_id  uuid NOT NULL,
    user_id    uuid NOT NULL,
    address    text NOT NULL,
    status     text NOT NULL,
    diagnostic text NOT NULL,
    bounced_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id, address)
);
"""

bounces_projection = es.Projection("email_bounces", ddl=BOUNCES_DDL)


@dataclass(frozen=True)
class UndeliverableEmail:
    address: str
    status: str
    diagnostic: str
    bounced_at: datetime


@bounces_projection.on(EmailBounced)
async def _bounced(conn: Conn, e: EmailBounced, env: es.Envelope) -> None:
    bounce = e.user_recipient
    if e.recipient_kind != "user" or e.user_id is None or bounce is None:
        return  # a client's address: the clients service marks it
    await conn.execute(
        "INSERT INTO undeliverable_user_emails (tenant_id, user_id, address, status, diagnostic, "
        "bounced_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, user_id, address) "
        "DO UPDATE SET status = EXCLUDED.status, diagnostic = EXCLUDED.diagnostic, "
        "bounced_at = EXCLUDED.bounced_at",
        env.tenant_id,
        e.user_id,
        bounce.address.strip().lower(),
        e.status,
        bounce.diagnostic,
        env.time,
    )


@bounces_projection.on(UserErased)
async def _erased(conn: Conn, e: UserErased, env: es.Envelope) -> None:
    await conn.execute(
        "DELETE FROM undeliverable_user_emails WHERE tenant_id = $1 AND user_id = $2",
        env.tenant_id,
        e.user_id,
    )


async def undeliverable(
    db: Db, tenant_id: UUID, user_id: UUID, email: str
) -> UndeliverableEmail | None:
    """The bounce of the user's current address, if it bounced."""
    row = await db.fetchrow(
        f'SELECT address, status, diagnostic, bounced_at FROM "{bounces_projection.schema}".'
        "undeliverable_user_emails WHERE tenant_id = $1 AND user_id = $2 AND address = $3",
        tenant_id,
        user_id,
        email.strip().lower(),
    )
    if row is None:
        return None
    return UndeliverableEmail(row["address"], row["status"], row["diagnostic"], row["bounced_at"])
