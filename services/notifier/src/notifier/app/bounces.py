"""Bounces: what the recipient's mail server reported, in a DSN sent to the email's return path.

A permanent failure (``5.x.x``) records ``EmailBounced`` on the email's stream (clients, identity
and actions react: the address is marked undeliverable, the record's owner gets an action to
correct it); a temporary one (``4.x.x``) puts the email back in the queue with backoff, until
``max_soft_bounces`` temporary bounces, after which it counts as bounced. Recording is idempotent:
a DSN received twice (mail servers retry) records nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from uuid import UUID

import ouvrage_events as es
import structlog

from notifier.app import directory_projection as directory
from notifier.app.ports import BouncedEmail, Outbox
from notifier.domain.dsn import DeliveryReport, RecipientReport
from notifier.domain.email import Bounce, Email, EmailRef

if TYPE_CHECKING:
    import asyncpg

log = structlog.get_logger(__name__)

BounceOutcome = Literal["bounced", "retrying", "ignored"]


@dataclass(frozen=True)
class BouncePolicy:
    max_soft_bounces: int = 3
    retry_delay: float = 300.0


def hard_reason(report: RecipientReport) -> str:
    return f"Adresse non distribuable ({report.status}) : {report.diagnostic}".rstrip(" :")


def soft_reason(report: RecipientReport) -> str:
    return f"Rebond temporaire ({report.status}) : {report.diagnostic} — nouvel essai".replace(
        " :  —", " —"
    )


class Bounces:
    def __init__(
        self, pool: asyncpg.Pool, pipeline: es.Pipeline, outbox: Outbox, policy: BouncePolicy
    ) -> None:
        self._pool = pool
        self._pipeline = pipeline
        self._outbox = outbox
        self._policy = policy

    async def receive(self, email_id: UUID, report: DeliveryReport) -> BounceOutcome:
        """Apply what a DSN says about ``email_id`` (already authenticated by its return path)."""
        problems = report.problems()
        if not problems:
            log.info("bounce.no_failure", email_id=str(email_id))
            return "ignored"
        # A DSN to one return path is about one recipient; a hard failure wins over a delay.
        worst = min(problems, key=lambda r: r.severity != "hard")
        async with self._pool.acquire() as conn:
            email = await self._outbox.bounced_email(conn, email_id)
        if email is None or email.status not in ("sent", "bounced", "pending"):
            log.warning("bounce.unknown_email", email_id=str(email_id))
            return "ignored"
        if worst.severity == "soft" and email.soft_bounces < self._policy.max_soft_bounces:
            return await self._retry(email, worst)
        return await self._bounced(email, worst)

    async def _retry(self, email: BouncedEmail, report: RecipientReport) -> BounceOutcome:
        email_id = email.entry.email_id
        delay = self._policy.retry_delay * 2**email.soft_bounces
        async with self._pool.acquire() as conn:
            await self._outbox.retry_after_bounce(
                conn, email_id, delay, soft_reason(report), report.status
            )
        log.info("bounce.soft", email_id=str(email_id), status=report.status, delay=delay)
        return "retrying"

    async def _bounced(self, email: BouncedEmail, report: RecipientReport) -> BounceOutcome:
        entry = email.entry
        metadata = es.Metadata(
            tenant_id=entry.tenant_id,
            correlation_id=entry.correlation_id,
            causation_id=entry.source_event_id,
        )
        async with self._pipeline.command(metadata) as cmd:
            aggregate = await cmd.get(Email, entry.email_id)
            if aggregate is None:
                log.warning("bounce.email_never_sent", email_id=str(entry.email_id))
                return "ignored"
            client = entry.recipient_address is not None
            owner = await _owner(cmd.conn, entry.tenant_id, entry.recipient_id) if client else None
            bounce = Bounce(
                recipient_kind="client" if client else "user",
                address=email.to_address or entry.recipient_address or report.address,
                status=report.status,
                diagnostic=report.diagnostic,
                owner_id=owner,
                after_retries=report.severity == "soft",
            )
            ref = EmailRef(entry.recipient_id, entry.template, entry.source_event_id)
            if aggregate.bounced(ref, bounce):
                reason = hard_reason(report)
                cmd.after_append(
                    lambda c, _: self._outbox.mark_bounced(c, entry.email_id, reason, report.status)
                )
                await cmd.commit()
        log.info("bounce.hard", email_id=str(entry.email_id), status=report.status)
        return "bounced"


async def _owner(conn: object, tenant_id: UUID, client_id: UUID) -> UUID | None:
    try:
        return await directory.client_owner(conn, tenant_id, client_id)  # type: ignore[arg-type]
    except directory.DirectoryBehindError:
        return None  # the client is not in the directory (yet): actions finds no owner either
