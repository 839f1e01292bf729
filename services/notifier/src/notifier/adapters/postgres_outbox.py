"""The email outbox in PostgreSQL (table ``email_outbox``, see sql/0001_email_outbox.sql).

A worker holding an email holds a session advisory lock keyed on its id: PostgreSQL releases it
when the worker's connection dies, which is how a crashed send is told from one in progress.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_events.store.db import Conn

from notifier.app.ports import (
    Attachment,
    BouncedEmail,
    ClaimedEmail,
    Delivery,
    EmailLogRow,
    EmailStatus,
    OutboxEntry,
)

_LOCK_CLASS = 0x0E5_3A11

_INSERT = """
INSERT INTO email_outbox (email_id, tenant_id, source_event_id, source_type, correlation_id,
    recipient_id, template, context, message_id, attachment, attachment_name, attachment_sha256,
    recipient_address)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
ON CONFLICT DO NOTHING
"""

_CLAIM = """
SELECT * FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= now()
ORDER BY next_attempt_at, log_seq LIMIT 1 FOR UPDATE SKIP LOCKED
"""

_DELIVERY = """to_address = coalesce($3, to_address), from_address = coalesce($4, from_address),
    reply_to = $5, subject = coalesce($6, subject),
    via_platform_sender = coalesce($7, via_platform_sender)"""


def _entry(row: asyncpg.Record) -> OutboxEntry:
    attachment = None
    if row["attachment"] is not None:
        attachment = Attachment(
            filename=row["attachment_name"],
            content=bytes(row["attachment"]),
            sha256=row["attachment_sha256"],
        )
    return OutboxEntry(
        email_id=row["email_id"],
        tenant_id=row["tenant_id"],
        source_event_id=row["source_event_id"],
        source_type=row["source_type"],
        correlation_id=row["correlation_id"],
        recipient_id=row["recipient_id"],
        template=row["template"],
        context=row["context"],
        message_id=row["message_id"],
        attachment=attachment,
        recipient_address=row["recipient_address"],
    )


def _delivery_args(delivery: Delivery) -> list[Any]:
    return [
        delivery.to_address,
        delivery.from_address,
        delivery.reply_to,
        delivery.subject,
        delivery.via_platform_sender,
    ]


class PostgresOutbox:
    async def enqueue(self, conn: Conn, entry: OutboxEntry) -> bool:
        """Queue an email; False when this (event, recipient, template) was queued before."""
        attachment = entry.attachment
        status = await conn.execute(
            _INSERT,
            entry.email_id,
            entry.tenant_id,
            entry.source_event_id,
            entry.source_type,
            entry.correlation_id,
            entry.recipient_id,
            entry.template,
            entry.context,
            entry.message_id,
            attachment.content if attachment else None,
            attachment.filename if attachment else None,
            attachment.sha256 if attachment else None,
            entry.recipient_address,
        )
        return bool(status == "INSERT 0 1")

    async def claim(self, conn: Conn) -> ClaimedEmail | None:
        """The next due email, marked ``sending`` and locked by this connection."""
        async with conn.transaction():
            row = await conn.fetchrow(_CLAIM)
            if row is None or not await self._try_lock(conn, row["email_id"]):
                return None
            await conn.execute(
                "UPDATE email_outbox SET status = 'sending', attempts = attempts + 1, "
                "updated_at = now() WHERE email_id = $1",
                row["email_id"],
            )
        return ClaimedEmail(_entry(row), row["attempts"] + 1)

    async def try_lock(self, conn: Conn, email_id: UUID) -> ClaimedEmail | None:
        """An in-flight email whose worker is gone (its lock was free), now locked here."""
        if not await self._try_lock(conn, email_id):
            return None
        row = await conn.fetchrow(
            "SELECT * FROM email_outbox WHERE email_id = $1 "
            "AND status IN ('sending', 'transmitting')",
            email_id,
        )
        if row is None:
            await self.release(conn, email_id)
            return None
        return ClaimedEmail(_entry(row), row["attempts"], row["status"])

    async def _try_lock(self, conn: Conn, email_id: UUID) -> bool:
        return bool(
            await conn.fetchval(
                "SELECT pg_try_advisory_lock($1, hashtext($2::uuid::text))", _LOCK_CLASS, email_id
            )
        )

    async def release(self, conn: Conn, email_id: UUID) -> None:
        await conn.execute(
            "SELECT pg_advisory_unlock($1, hashtext($2::uuid::text))", _LOCK_CLASS, email_id
        )

    async def mark_transmitting(self, conn: Conn, email_id: UUID) -> None:
        await conn.execute(
            "UPDATE email_outbox SET status = 'transmitting', updated_at = now() "
            "WHERE email_id = $1",
            email_id,
        )

    async def reschedule(
        self, conn: Conn, email_id: UUID, delay: float, error: str, delivery: Delivery
    ) -> None:
        await conn.execute(
            "UPDATE email_outbox SET status = 'pending', last_error = $2, "
            f"{_DELIVERY}, next_attempt_at = now() + make_interval(secs => $8), "
            "updated_at = now() WHERE email_id = $1",
            email_id,
            error,
            *_delivery_args(delivery),
            delay,
        )

    async def finish(
        self,
        conn: Conn,
        email_id: UUID,
        status: EmailStatus,
        error: str | None,
        delivery: Delivery,
    ) -> None:
        await conn.execute(
            f"UPDATE email_outbox SET status = $8, last_error = $2, {_DELIVERY}, "
            "sent_at = CASE WHEN $8 = 'sent' THEN now() END, updated_at = now() "
            "WHERE email_id = $1",
            email_id,
            error,
            *_delivery_args(delivery),
            status,
        )

    async def in_flight(self, conn: Conn) -> list[UUID]:
        rows = await conn.fetch(
            "SELECT email_id FROM email_outbox WHERE status IN ('sending', 'transmitting')"
        )
        return [r["email_id"] for r in rows]

    async def requeue(self, conn: Conn, email_id: UUID, tenant_id: UUID | None) -> bool:
        """Put a failed or unconfirmed email back in the queue (an operator's decision)."""
        status = await conn.execute(
            "UPDATE email_outbox SET status = 'pending', next_attempt_at = now(), attempts = 0, "
            "updated_at = now() WHERE email_id = $1 AND status IN ('failed', 'unconfirmed') "
            "AND ($2::uuid IS NULL OR tenant_id = $2)",
            email_id,
            tenant_id,
        )
        if status != "UPDATE 1":
            return False
        await conn.execute("SELECT pg_notify('notifier_outbox', '')")
        return True

    async def bounced_email(self, conn: Conn, email_id: UUID) -> BouncedEmail | None:
        """The email a bounce names, as it was sent (None when no such email exists)."""
        row = await conn.fetchrow("SELECT * FROM email_outbox WHERE email_id = $1", email_id)
        if row is None:
            return None
        return BouncedEmail(
            _entry(row), row["status"], row["to_address"], row["soft_bounces"], row["attempts"]
        )

    async def retry_after_bounce(
        self, conn: Conn, email_id: UUID, delay: float, error: str, code: str
    ) -> None:
        """A temporary bounce: the email goes back to the queue after ``delay`` seconds."""
        await conn.execute(
            "UPDATE email_outbox SET status = 'pending', last_error = $2, bounce_status = $3, "
            "soft_bounces = soft_bounces + 1, next_attempt_at = now() + make_interval(secs => $4), "
            "updated_at = now() WHERE email_id = $1 AND status = 'sent'",
            email_id,
            error,
            code,
            delay,
        )

    async def mark_bounced(self, conn: Conn, email_id: UUID, error: str, code: str) -> None:
        await conn.execute(
            "UPDATE email_outbox SET status = 'bounced', last_error = $2, bounce_status = $3, "
            "updated_at = now() WHERE email_id = $1",
            email_id,
            error,
            code,
        )

    async def log(
        self, conn: Conn, tenant_id: UUID, before: int | None, limit: int
    ) -> list[EmailLogRow]:
        rows = await conn.fetch(
            "SELECT * FROM email_outbox WHERE tenant_id = $1 "
            "AND ($2::bigint IS NULL OR log_seq < $2) ORDER BY log_seq DESC LIMIT $3",
            tenant_id,
            before,
            limit,
        )
        return [_log_row(r) for r in rows]


def _log_row(row: asyncpg.Record) -> EmailLogRow:
    return EmailLogRow(
        email_id=row["email_id"],
        recipient_id=row["recipient_id"],
        template=row["template"],
        status=row["status"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        delivery=Delivery(
            to_address=row["to_address"],
            from_address=row["from_address"],
            reply_to=row["reply_to"],
            subject=row["subject"],
            via_platform_sender=row["via_platform_sender"],
        ),
        source_event_id=row["source_event_id"],
        source_type=row["source_type"],
        message_id=row["message_id"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
        position=row["log_seq"],
    )
