"""Deliver one queued email: recipient, sender address after the SPF check, message, SMTP, and
the outcome recorded as an event with the outbox row in one transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Literal

import ouvrage_events as es
import structlog
from ouvrage_events.store.db import Conn

from notifier.app import directory_projection as directory
from notifier.app.ports import (
    ClaimedEmail,
    Delivery,
    Mailer,
    Outbox,
    OutboxEntry,
    PermanentDeliveryError,
    RenderedEmail,
    Renderer,
    TransientDeliveryError,
    UnconfirmedDeliveryError,
)
from notifier.app.sender_domains import SenderDomains
from notifier.domain.attachment import acceptable_site_sheet
from notifier.domain.email import Email, EmailRef
from notifier.domain.errors import EmailAlreadySentError
from notifier.domain.sender import Platform, SenderIdentity, choose_sender
from notifier.domain.sender_domain import domain_of
from notifier.domain.verp import ReturnPaths

log = structlog.get_logger(__name__)

Outcome = Literal["sent", "failed", "unconfirmed", "rescheduled"]

UNKNOWN_RECIPIENT = "Adresse du destinataire inconnue."
INACTIVE_RECIPIENT = "Le compte du destinataire est désactivé."
CORRUPT_ATTACHMENT = "La pièce jointe ne correspond pas à son empreinte SHA-256 : non envoyée."
UNEXPECTED_ATTACHMENT = (
    "La pièce jointe n'est pas une fiche chantier PDF (contenu ou nom inattendu) : non envoyée."
)
INTERRUPTED_BEFORE_DATA = "Envoi interrompu avant la transmission : nouvel essai."
INTERRUPTED_DURING_DATA = (
    "Envoi interrompu pendant la transmission : le serveur a peut-être reçu le message ; "
    "il n'est pas renvoyé automatiquement, pour ne jamais l'envoyer deux fois."
)


@dataclass(frozen=True)
class DeliveryPolicy:
    platform: Platform
    max_attempts: int
    retry_delay: float
    return_paths: ReturnPaths | None = None
    """Per-message envelope senders (VERP), so bounces name the email they are about."""


class EmailDelivery:
    def __init__(
        self,
        uow_factory: es.UnitOfWorkFactory,
        outbox: Outbox,
        mailer: Mailer,
        renderer: Renderer,
        domains: SenderDomains,
        policy: DeliveryPolicy,
    ) -> None:
        self._uow_factory = uow_factory
        self._outbox = outbox
        self._mailer = mailer
        self._renderer = renderer
        self._domains = domains
        self._policy = policy

    async def deliver(self, conn: Conn, claimed: ClaimedEmail) -> Outcome:
        """Send a claimed email (``conn`` holds its lock) and record what happened."""
        entry = claimed.entry
        if claimed.attempts > self._policy.max_attempts:
            return await self.record(entry, "failed", "Trop de tentatives d'envoi.", Delivery())
        address = entry.recipient_address
        if address is None:
            recipient = await directory.user(conn, entry.tenant_id, entry.recipient_id)
            if recipient is None or not recipient.email:
                return await self._retry_or_fail(conn, claimed, UNKNOWN_RECIPIENT, Delivery())
            if not recipient.active:
                return await self.record(entry, "failed", INACTIVE_RECIPIENT, Delivery())
            address = recipient.email
        if entry.attachment and _sha256(entry.attachment.content) != entry.attachment.sha256:
            return await self.record(entry, "failed", CORRUPT_ATTACHMENT, Delivery())
        if entry.attachment and not acceptable_site_sheet(
            entry.attachment.filename, entry.attachment.content
        ):
            return await self.record(entry, "failed", UNEXPECTED_ATTACHMENT, Delivery())
        sender = await self._sender(conn, entry)
        rendered = self._renderer.render(entry.template, entry.context)
        message = compose(entry, rendered, sender, address)
        delivery = Delivery(
            address,
            sender.from_address,
            sender.reply_to,
            rendered.subject,
            sender.via_platform,
        )
        return await self._send(conn, claimed, message, sender, delivery)

    async def _send(
        self,
        conn: Conn,
        claimed: ClaimedEmail,
        message: EmailMessage,
        sender: SenderIdentity,
        delivery: Delivery,
    ) -> Outcome:
        entry = claimed.entry

        async def before_data() -> None:
            # Committed before the message goes out: a crash from here on is « unconfirmed ».
            await self._outbox.mark_transmitting(conn, entry.email_id)

        assert delivery.to_address is not None
        try:
            await self._mailer.send(
                message,
                envelope_from=self._envelope_from(entry, sender),
                recipient=delivery.to_address,
                before_data=before_data,
            )
        except TransientDeliveryError as exc:
            return await self._retry_or_fail(conn, claimed, str(exc), delivery)
        except PermanentDeliveryError as exc:
            return await self.record(entry, "failed", str(exc), delivery)
        except UnconfirmedDeliveryError as exc:
            return await self.record(
                entry, "unconfirmed", f"{INTERRUPTED_DURING_DATA} ({exc})", delivery
            )
        return await self.record(entry, "sent", None, delivery, sender)

    def _envelope_from(self, entry: OutboxEntry, sender: SenderIdentity) -> str:
        paths = self._policy.return_paths
        return paths.address(entry.email_id) if paths else sender.envelope_from

    async def _sender(self, conn: Conn, entry: OutboxEntry) -> SenderIdentity:
        company = await directory.tenant(conn, entry.tenant_id)
        check = None
        if company.sender_email:
            check = await self._domains.check(domain_of(company.sender_email))
            await self._domains.observe(_metadata(entry), check)
        return choose_sender(company.name, company.sender_email, check, self._policy.platform)

    async def _retry_or_fail(
        self, conn: Conn, claimed: ClaimedEmail, reason: str, delivery: Delivery
    ) -> Outcome:
        if claimed.attempts >= self._policy.max_attempts:
            reason = f"Échec après {claimed.attempts} tentatives : {reason}"
            return await self.record(claimed.entry, "failed", reason, delivery)
        delay = self._policy.retry_delay * 2 ** (claimed.attempts - 1)
        await self._outbox.reschedule(conn, claimed.entry.email_id, delay, reason, delivery)
        log.info("email.rescheduled", email_id=str(claimed.entry.email_id), delay=delay)
        return "rescheduled"

    async def record(
        self,
        entry: OutboxEntry,
        status: Literal["sent", "failed", "unconfirmed"],
        reason: str | None,
        delivery: Delivery,
        sender: SenderIdentity | None = None,
    ) -> Outcome:
        """Append the email's event and update its outbox row, in one transaction."""
        async with self._uow_factory(_metadata(entry)) as uow:
            email = await uow.get(Email, entry.email_id)
            if email is None:
                email = Email(entry.email_id)
                uow.add(email)
            try:
                _apply(email, entry, status, reason, sender)
            except EmailAlreadySentError:
                status, reason = "sent", None
            uow.after_append(
                lambda c, _: self._outbox.finish(c, entry.email_id, status, reason, delivery)
            )
            await uow.commit()
        log.info("email.recorded", email_id=str(entry.email_id), status=status)
        return status


def _apply(
    email: Email,
    entry: OutboxEntry,
    status: str,
    reason: str | None,
    sender: SenderIdentity | None,
) -> None:
    ref = EmailRef(entry.recipient_id, entry.template, entry.source_event_id)
    if status == "sent":
        assert sender is not None
        email.sent(
            ref,
            sender_domain=sender.domain,
            via_platform_sender=sender.via_platform,
            message_id=entry.message_id,
        )
    elif status == "failed":
        email.failed(ref, reason or "")
    else:
        email.unconfirmed(ref, reason or "")


def _metadata(entry: OutboxEntry) -> es.Metadata:
    return es.Metadata(
        tenant_id=entry.tenant_id,
        correlation_id=entry.correlation_id,
        causation_id=entry.source_event_id,
    )


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def compose(
    entry: OutboxEntry, rendered: RenderedEmail, sender: SenderIdentity, to: str
) -> EmailMessage:
    """The MIME message: text and HTML alternatives, the attachment, a deterministic Message-ID."""
    message = EmailMessage()
    message["From"] = formataddr((sender.from_name, sender.from_address))
    message["To"] = to
    if sender.reply_to:
        message["Reply-To"] = sender.reply_to
    message["Subject"] = rendered.subject
    message["Message-ID"] = entry.message_id
    message["Date"] = format_datetime(_now())
    message["Auto-Submitted"] = "auto-generated"
    message["X-Ouvrage-Email-Id"] = str(entry.email_id)
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    if entry.attachment is not None:
        maintype, _, subtype = entry.attachment.content_type.partition("/")
        message.add_attachment(
            entry.attachment.content,
            maintype=maintype,
            subtype=subtype,
            filename=entry.attachment.filename,
        )
    return message


def _now() -> datetime:
    return datetime.now(UTC)
