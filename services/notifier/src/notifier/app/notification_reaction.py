"""The ``notifications`` reaction: other services' events in, alerts raised and emails queued.

For each event of the rules table, in the consumer's one transaction: the recipients' alerts are
appended to the notifier's event store (first write of the transaction, as the store requires),
then one outbox row per email. With the consumer's tracking record, a redelivered event does
nothing; alert and email ids derive from (event, recipient, kind/template), so even a rebuild of
this reaction from the start of the log raises and sends nothing twice.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from uuid import UUID

import ouvrage_events as es
from ouvrage_events import DomainEvent, Envelope
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionRescheduled,
    ParfaitAchevementReminderDue,
    SiteSheetSent,
)
from ouvrage_events.catalog.sales import InvoiceSent, QuoteSent
from ouvrage_events.store.db import Conn

from notifier.app import directory_projection as directory
from notifier.app.messages import Facts, alert_text, email_context
from notifier.app.ports import Attachment, Outbox, OutboxEntry
from notifier.app.rules import RULES, ClientOwner, Rule
from notifier.domain.alert import Alert
from notifier.domain.email import alert_id_for, email_id_for
from notifier.domain.preferences import Channel, channel_enabled


@dataclass(frozen=True)
class Plan:
    facts: Facts
    alert_to: list[UUID]
    email_to: list[tuple[UUID, directory.UserCard | None]]


NOTIFICATIONS = "notifications"


def notifications_schema() -> es.Reaction:
    """The reaction without handlers: its name and schema (tracking table only)."""
    return es.Reaction(NOTIFICATIONS)


def notifications_reaction(
    uow_factory: es.UnitOfWorkFactory, outbox: Outbox, message_domain: str
) -> es.Reaction:
    """The reaction applying ``RULES``; built in bootstrap with what it writes to (the alerts
    go through ``uow_factory``'s inline projections)."""
    reaction = es.Reaction(NOTIFICATIONS, projections=uow_factory.projections)

    async def handle(conn: Conn, event: DomainEvent, envelope: Envelope) -> None:
        """Raise the alerts and queue the emails the rules table gives for ``event``."""
        rule = RULES[type(event)]
        plan = await plan_for(conn, rule, event, envelope)
        await _raise_alerts(reaction.unit_of_work(conn, envelope), rule, plan, event)
        await _queue_emails(conn, outbox, rule, plan, event, message_domain)

    reaction.on(*RULES)(handle)
    return reaction


async def plan_for(conn: Conn, rule: Rule, event: DomainEvent, envelope: Envelope) -> Plan:
    """Who gets an alert and who an email, after the users' preferences."""
    users = {
        user_id: await directory.user(conn, envelope.tenant_id, user_id)
        for user_id in await _recipients(conn, rule, event, envelope)
    }
    reachable = {uid: card for uid, card in users.items() if card is None or card.active}

    def wants(card: directory.UserCard | None, channel: Channel) -> bool:
        return channel_enabled(card.channels if card else {}, rule.kind, channel)

    return Plan(
        facts=await _facts(conn, event, envelope),
        alert_to=[uid for uid, card in reachable.items() if rule.alert and wants(card, "alert")],
        email_to=[
            (uid, card) for uid, card in reachable.items() if rule.email and wants(card, "email")
        ],
    )


async def _recipients(conn: Conn, rule: Rule, event: DomainEvent, envelope: Envelope) -> list[UUID]:
    found: list[UUID] = []
    for recipient in rule.to(event):
        if isinstance(recipient, ClientOwner):
            recipient = await directory.client_owner(conn, envelope.tenant_id, recipient.client_id)
        if recipient is None or recipient in found:
            continue
        if recipient == envelope.actor_id and not rule.tell_actor:
            continue
        found.append(recipient)
    return found


async def _facts(conn: Conn, event: DomainEvent, envelope: Envelope) -> Facts:
    tenant_id = envelope.tenant_id
    sent = isinstance(event, SiteSheetSent | QuoteSent | InvoiceSent)
    actor_id = event.sent_by if sent else envelope.actor_id  # type: ignore[attr-defined]
    actor = await directory.user(conn, tenant_id, actor_id) if actor_id else None
    worksite = None
    if isinstance(
        event, InterventionLocked | InterventionRescheduled | ParfaitAchevementReminderDue
    ):
        worksite = await directory.worksite_title(conn, tenant_id, event.worksite_id)
    return Facts(
        company=await directory.tenant(conn, tenant_id),
        envelope=envelope,
        actor_name=actor.full_name if actor else None,
        worksite=worksite,
    )


async def _raise_alerts(uow: es.UnitOfWork, rule: Rule, plan: Plan, event: DomainEvent) -> None:
    if not plan.alert_to:
        return
    envelope = plan.facts.envelope
    text = alert_text(event, plan.facts)
    for recipient_id in plan.alert_to:
        alert_id = alert_id_for(envelope.event_id, recipient_id, rule.kind)
        if await uow.get(Alert, alert_id) is not None:
            continue
        uow.add(
            Alert.raise_for(
                alert_id,
                recipient_id=recipient_id,
                kind=rule.kind,
                title=text.title,
                body=text.body,
                link=text.link,
                source_event_id=envelope.event_id,
            )
        )
    await uow.flush()


async def _queue_emails(
    conn: Conn, outbox: Outbox, rule: Rule, plan: Plan, event: DomainEvent, domain: str
) -> None:
    envelope = plan.facts.envelope
    assert rule.email is not None or not plan.email_to
    for recipient_id, card in plan.email_to:
        email_id = email_id_for(envelope.event_id, recipient_id, rule.email or "")
        entry = OutboxEntry(
            email_id=email_id,
            tenant_id=envelope.tenant_id,
            source_event_id=envelope.event_id,
            source_type=envelope.type,
            correlation_id=envelope.correlation_id,
            recipient_id=recipient_id,
            template=rule.email or "",
            context=email_context(event, plan.facts, card),
            message_id=f"<{email_id}@{domain}>",
            attachment=_attachment(event),
        )
        await outbox.enqueue(conn, entry)
    if rule.address is not None and rule.email is not None:
        await _queue_external(conn, outbox, rule, plan, event, domain)


async def _queue_external(
    conn: Conn, outbox: Outbox, rule: Rule, plan: Plan, event: DomainEvent, domain: str
) -> None:
    """The email to an address outside the company (the client's); its id is the client's."""
    assert rule.address is not None and rule.email is not None
    envelope = plan.facts.envelope
    client_id: UUID = event.client_id  # type: ignore[attr-defined]  # QuoteSent, InvoiceSent
    email_id = email_id_for(envelope.event_id, client_id, rule.email)
    entry = OutboxEntry(
        email_id=email_id,
        tenant_id=envelope.tenant_id,
        source_event_id=envelope.event_id,
        source_type=envelope.type,
        correlation_id=envelope.correlation_id,
        recipient_id=client_id,
        template=rule.email,
        context=email_context(event, plan.facts, None),
        message_id=f"<{email_id}@{domain}>",
        attachment=_attachment(event),
        recipient_address=rule.address(event),
    )
    await outbox.enqueue(conn, entry)


def _attachment(event: DomainEvent) -> Attachment | None:
    """The PDF carried by the event itself (planning's ``SiteSheetSent``, sales' ``QuoteSent``
    and ``InvoiceSent``)."""
    if not isinstance(event, SiteSheetSent | QuoteSent | InvoiceSent):
        return None
    try:
        content = base64.b64decode(event.pdf_base64, validate=True)
    except (binascii.Error, ValueError):
        content = b""  # refused at send time: its SHA-256 cannot match
    return Attachment(filename=event.filename, content=content, sha256=event.sha256)
