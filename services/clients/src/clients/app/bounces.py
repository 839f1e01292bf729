"""Addresses of client records that bounced (the notifier's ``EmailBounced``, consumed from
Kafka): the record shows them as undeliverable while they are still among its addresses.

The mark is kept per (record, address) and shown only while the record still lists that
address, so correcting the address (``PATCH /clients/{id}/contact``) clears it at once, with
nothing to record; putting the same address back shows the mark again (it did bounce). An
erased client's marks are deleted (``ClientErased``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import ClientErased, Contact
from ouvrage_events.catalog.notifier import EmailBounced
from ouvrage_events.store.db import Conn

from clients.app.records import UndeliverableEmail

if TYPE_CHECKING:
    import asyncpg

BOUNCES_DDL = """
CREATE TABLE IF NOT EXISTS undeliverable_emails (
    client_id  uuid NOT NULL,
    tenant_id  uuid NOT NULL,
    address    text NOT NULL,
    status     text NOT NULL,
    diagnostic text NOT NULL,
    email_id   uuid NOT NULL,
    bounced_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, client_id, address)
);
"""

bounces_projection = es.Projection("email_bounces", ddl=BOUNCES_DDL)


@bounces_projection.on(EmailBounced)
async def _bounced(conn: Conn, e: EmailBounced, env: es.Envelope) -> None:
    bounce = e.client_recipient
    if e.recipient_kind != "client" or e.client_id is None or bounce is None:
        return  # a user's address (identity marks it) or an erased client's
    await conn.execute(
        "INSERT INTO undeliverable_emails (client_id, tenant_id, address, status, diagnostic, "
        "email_id, bounced_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (tenant_id, client_id, address) DO UPDATE SET status = EXCLUDED.status, "
        "diagnostic = EXCLUDED.diagnostic, email_id = EXCLUDED.email_id, "
        "bounced_at = EXCLUDED.bounced_at "
        "WHERE undeliverable_emails.bounced_at < EXCLUDED.bounced_at",
        e.client_id,
        env.tenant_id,
        bounce.address.strip().lower(),
        e.status,
        bounce.diagnostic,
        e.email_id,
        env.time,
    )


@bounces_projection.on(ClientErased)
async def _erased(conn: Conn, e: ClientErased, env: es.Envelope) -> None:
    await conn.execute(
        "DELETE FROM undeliverable_emails WHERE tenant_id = $1 AND client_id = $2",
        env.tenant_id,
        e.client_id,
    )


async def undeliverable(
    pool: asyncpg.Pool, tenant_id: UUID, client_id: UUID, contact: Contact
) -> tuple[UndeliverableEmail, ...]:
    """The record's current addresses that bounced (none once corrected)."""
    current = {address.strip().lower() for address in contact.emails}
    if not current:
        return ()
    rows = await pool.fetch(
        f'SELECT address, status, diagnostic, bounced_at FROM "{bounces_projection.schema}".'
        "undeliverable_emails WHERE tenant_id = $1 AND client_id = $2 AND address = ANY($3) "
        "ORDER BY address",
        tenant_id,
        client_id,
        sorted(current),
    )
    return tuple(
        UndeliverableEmail(r["address"], r["status"], r["diagnostic"], r["bounced_at"])
        for r in rows
    )
